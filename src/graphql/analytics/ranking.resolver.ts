import type { GraphQLResolveInfo } from "graphql";
import { Args, ArgsType, Ctx, Field, Float, ID, Info, Query, Resolver } from "type-graphql";
import type { ClusterStage } from "../../domain/analytics/criteria";
import { HEADLINE_TIE_BREAKS, type HeadlineMetric } from "../../domain/analytics/headline";
import type { SentraRow } from "../../repositories/sentra.repository";
import { connectionOf, PageArgs, toConnection, toPageRequest } from "../common/connection";
import type { Context } from "../context";
import { Sentra } from "../sentra/sentra.type";
import { ClusterStageEnum } from "./analytics.enums";
import { analyticsData } from "./analytics.data";
import { HeadlineMetricEnum } from "./headline.type";

const RankedSentraConnection = connectionOf(
  () => Sentra,
  "RankedSentra",
  { what: "ranked sentra", edgeDescription: "A sentra in a ranking, with the stored value it is ranked by.", nodeDescription: "The sentra." },
  {
    value: { type: () => Float, nullable: true, description: "Its stored value of the ranking metric; null when never computed." },
    stage: { type: () => ClusterStageEnum, nullable: true, description: "Its stored stage." },
  },
);

@ArgsType()
class RankingArgs extends PageArgs {
  @Field(() => HeadlineMetricEnum, {
    defaultValue: "stageRank",
    description:
      "The stored headline figure to rank by. stageRank ranks sentra of one stage by highestPossibleStageRank, then lowestPossibleStageRank, in the same direction: a verdict that data still missing could raise never ranks below a definite one of its stage, and a stage the evidence settles ranks above the same stage that missing data could still lower.",
  })
  metric!: HeadlineMetric;

  @Field({ defaultValue: true, description: "Highest first (true) or lowest first." })
  descending!: boolean;

  @Field(() => ID, { nullable: true, description: "Only sentra in this region or below it." })
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: "Only sentra whose product contains this text, ignoring case." })
  productContains?: string | null;

  @Field(() => [ClusterStageEnum], { nullable: true, description: "Only sentra at one of these stages." })
  stages?: ClusterStage[] | null;
}

@Resolver()
export class SentraRankingResolver {
  @Query(() => RankedSentraConnection, {
    description:
      "Sentra ranked by a stored headline figure (an index-ordered read of values kept current on each sentra, not a recomputation), filtered by region, product or stage. By stageRank, ties are ordered by highestPossibleStageRank (the stage the sentra could reach once its undetermined criteria are known), then by lowestPossibleStageRank (the stage it could fall to), so an incomplete verdict that could be higher never ranks below a complete one of the same stage, and one that could only be lower ranks below it.",
  })
  async sentraRanking(@Args() args: RankingArgs, @Ctx() { data }: Context, @Info() info: GraphQLResolveInfo) {
    const filter = {
      metric: args.metric,
      tieBreaks: HEADLINE_TIE_BREAKS[args.metric] ?? [],
      descending: args.descending,
      regionId: args.regionId ?? undefined,
      productContains: args.productContains ?? undefined,
      stages: args.stages ?? [],
    };
    const page = await data.of(analyticsData).ranked(filter, toPageRequest(args, info));
    return toConnection(page, (row: SentraRow) => {
      const stored = row as SentraRow & Record<string, unknown>;
      return { node: row, value: stored[`metric_${args.metric}`] ?? null, stage: stored.metric_stage ?? null };
    });
  }
}
