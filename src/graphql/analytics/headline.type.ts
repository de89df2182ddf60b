import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { HEADLINE_METRICS } from "../../domain/analytics/headline";
import { enumOf } from "../common/enums";
import { ClusterStageEnum } from "./analytics.enums";

export const HeadlineMetricEnum = enumOf(HEADLINE_METRICS);
registerEnumType(HeadlineMetricEnum, {
  name: "HeadlineMetric",
  description:
    "A headline figure stored on every sentra under the default thresholds, for ranking: stageRank (0 embryo to 4 dynamic cluster, the stage on the evidence there is; ties ranked by highestPossibleStageRank, then lowestPossibleStageRank), highestPossibleStageRank (the stage if every undetermined criterion passed), lowestPossibleStageRank (the stage if every undetermined criterion failed), verdictComplete (1 when every criterion could be judged, 0 when some lack data), completeness, coreMembers, horizontal and whole-network density and weighted density, horizontalTiedShare, horizontalLargestComponentShare, passedCriteria, indicatorDisplaySum (Table 3's sum).",
});

/** The stored figures, read back as `metric_*` properties; declared from the domain's list. */
@ObjectType({ description: "A sentra's headline figures as stored (default thresholds), recomputed whenever its network changes and by `npm run recompute`." })
export class SentraHeadline {
  @Field(() => ClusterStageEnum, { nullable: true, description: "The verdict's stage." })
  stage!: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the verdict found it dynamic." })
  dynamic!: boolean | null;
}

for (const metric of HEADLINE_METRICS) {
  Field(() => Float, { nullable: true, description: `The stored ${metric}.` })(SentraHeadline.prototype, metric);
}
