import { Field, Float, Int, ObjectType } from "type-graphql";
import type { ClusterStage, Comparison, ConcentrationBasis, CriterionGroup } from "../../domain/analytics/criteria";
import type { SevenStepId } from "../../domain/analytics/seven-steps";
import { ClusterStageEnum, ComparisonEnum, CriterionGroupEnum, SevenStepEnum } from "./analytics.enums";
import { ConcentrationBasisEnum, UndeterminedCriterion } from "./undetermined.type";
import type { Text } from "../../i18n/message";
import { TextScalar } from "../common/text.scalar";
import { Citation } from "./citation.type";

@ObjectType({ description: "One test of whether a sentra is a cluster: what was measured, against which threshold, and its source." })
export class Criterion {
  @Field({ description: "Stable id of the criterion, e.g. concentration.clusterFirms." })
  id!: string;

  @Field(() => CriterionGroupEnum, { description: "What it tests." })
  group!: CriterionGroup;

  @Field(() => ClusterStageEnum, { description: "The lowest rung of the ladder that needs it passed." })
  requiredFor!: ClusterStage;

  @Field(() => TextScalar, { description: "What is measured, in words." })
  description!: Text;

  @Field(() => Float, { nullable: true, description: "The measured value; null without data." })
  measured!: number | null;

  @Field(() => Float, { description: "The threshold applied (the default or the query's override)." })
  threshold!: number;

  @Field({ description: "Name of the threshold, as in `thresholds:`." })
  thresholdName!: string;

  @Field(() => ComparisonEnum, { description: "AT_LEAST or AT_MOST." })
  comparison!: Comparison;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Pass or fail; null when there is no data, or too little to decide (undetermined: it then decides no stage, and `settledBy` says what would). A missing supporting industry, FKAK or agreement fails only a sentra whose network a survey round mapped; a criterion with no core firm to count is undetermined.",
  })
  passed!: boolean | null;

  @Field(() => TextScalar, {
    description: "Where the threshold comes from, in words: what it cites (literature, the research) and why Simpul takes the value.",
  })
  source!: Text;

  @Field(() => [Citation], { description: "What `source` cites, as data: document, section, verbatim quote and its translation." })
  citations!: Citation[];

  @Field(() => TextScalar, { description: "The figures behind the measured value, with their coverage; for concentration, which count of firms it used." })
  detail!: Text;

  @Field(() => TextScalar, {
    nullable: true,
    description: "Why it fails, or why it cannot be judged, in the research's words where it has them; null when passed.",
  })
  shortfall!: Text | null;

  @Field(() => TextScalar, { nullable: true, description: "When undetermined (passed null): the data that would settle it; null when judged." })
  settledBy!: Text | null;

  @Field(() => ConcentrationBasisEnum, { nullable: true, description: "For a concentration criterion, which count of firms it used; null for the others." })
  basis!: ConcentrationBasis | null;
}

@ObjectType({ description: "One step of the seven-step cluster development model (research/001 B), and whether the graph evidences it." })
export class SevenStep {
  @Field(() => Int, { description: "Its number, 1 to 7." })
  step!: number;

  @Field(() => SevenStepEnum, { description: "Which step." })
  id!: SevenStepId;

  @Field(() => TextScalar, { description: "Its title, in the research's own words (Indonesian) or their English translation." })
  title!: Text;

  @Field({ description: "True when the graph shows the step done." })
  evidenced!: boolean;

  @Field(() => [TextScalar], { description: "What in the graph shows it done." })
  evidence!: Text[];

  @Field(() => [TextScalar], { description: "What the graph lacks for it." })
  missing!: Text[];

  @Field(() => [Citation], { description: "Where the research sets the step out, quoted verbatim with a translation." })
  citations!: Citation[];
}

@ObjectType({ description: "The seven-step path: each step's evidence and the recommended next step." })
export class SevenStepPath {
  @Field(() => [SevenStep], { description: "The seven steps, in order." })
  steps!: SevenStep[];

  @Field(() => SevenStep, { nullable: true, description: "The first step not evidenced: the recommended next step; null when all seven are." })
  nextStep!: SevenStep | null;
}

@ObjectType({ description: "A threshold as the verdict applied it." })
export class AppliedThreshold {
  @Field({ description: "Its name." })
  name!: string;

  @Field(() => Float, { description: "The value applied." })
  value!: number;

  @Field(() => Float, { description: "Simpul's default." })
  defaultValue!: number;

  @Field({ description: "True when the query overrode it." })
  overridden!: boolean;

  @Field({ description: "True when no published value exists and the default is Simpul's reasoned one (its source says why)." })
  reasonedDefault!: boolean;

  @Field(() => TextScalar, { description: "Where the default comes from, in words: what it cites and why Simpul takes the value." })
  source!: Text;

  @Field(() => [Citation], { description: "What `source` cites, as data: document, section, verbatim quote and its translation." })
  citations!: Citation[];
}

@ObjectType({ description: "Whether a sentra is a true cluster, on a documented ladder, and why." })
export class ClusterVerdict {
  @Field(() => ClusterStageEnum, {
    description:
      "The highest rung the available evidence supports, undetermined criteria (passed null) being neither pass nor failure. Walking up from SENTRA, the walk stops at the first rung with a failed criterion; a rung is supported when none of its criteria failed and more passed than are undetermined; a rung whose criteria are all undetermined may be crossed, but a rung with passes and as many or more undetermined stops the walk. The stage is the highest supported rung below the stop (EMBRYO if none), always within lowestPossibleStage..highestPossibleStage. Missing data never lowers it; see `complete` and the possible range.",
  })
  stage!: ClusterStage;

  @Field(() => Boolean, {
    nullable: true,
    description: "Every JICA aspect at least dynamic (a mean of 3): false when one is below, null when none is below but some have no scores.",
  })
  dynamic!: boolean | null;

  @Field(() => [Criterion], { description: "Every criterion, with measured value, threshold, pass or fail and source." })
  criteria!: Criterion[];

  @Field({ description: "True when every criterion could be judged; false when some lack the data to decide (see `undetermined`)." })
  complete!: boolean;

  @Field(() => [UndeterminedCriterion], { description: "The criteria the data cannot judge yet, lowest rung first, each with what would settle it." })
  undetermined!: UndeterminedCriterion[];

  @Field(() => ClusterStageEnum, { description: "The stage if every undetermined criterion failed; equals `stage` when complete." })
  lowestPossibleStage!: ClusterStage;

  @Field(() => ClusterStageEnum, { description: "The stage if every undetermined criterion passed; equals `stage` when complete." })
  highestPossibleStage!: ClusterStage;

  @Field({ description: "True when settling the undetermined criteria could raise the stage (highestPossibleStage above stage)." })
  couldBeHigher!: boolean;

  @Field(() => [TextScalar], {
    description:
      'Why it is not a higher stage, lowest rung first: a sentence per failed criterion above the stage ("Not a cluster: ..."), and per undetermined criterion at any rung, naming what would settle it ("Cannot be judged yet whether ...").',
  })
  reasons!: Text[];

  @Field(() => SevenStepPath, { description: "The seven-step path and the recommended next step." })
  sevenSteps!: SevenStepPath;

  @Field(() => [AppliedThreshold], { description: "The thresholds applied." })
  thresholds!: AppliedThreshold[];
}
