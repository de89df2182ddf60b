import { Field, Float, Int, ObjectType } from "type-graphql";
import type { ClusterStage, Comparison, CriterionGroup } from "../../domain/analytics/criteria";
import type { SevenStepId } from "../../domain/analytics/seven-steps";
import { ClusterStageEnum, ComparisonEnum, CriterionGroupEnum, SevenStepEnum } from "./analytics.enums";

@ObjectType({ description: "One test of whether a sentra is a cluster: what was measured, against which threshold, and its source." })
export class Criterion {
  @Field({ description: "Stable id of the criterion, e.g. concentration.clusterFirms." })
  id!: string;

  @Field(() => CriterionGroupEnum, { description: "What it tests." })
  group!: CriterionGroup;

  @Field(() => ClusterStageEnum, { description: "The lowest rung of the ladder that needs it passed." })
  requiredFor!: ClusterStage;

  @Field({ description: "What is measured, in words." })
  description!: string;

  @Field(() => Float, { nullable: true, description: "The measured value; null without data." })
  measured!: number | null;

  @Field(() => Float, { description: "The threshold applied (the default or the query's override)." })
  threshold!: number;

  @Field({ description: "Name of the threshold, as in `thresholds:`." })
  thresholdName!: string;

  @Field(() => ComparisonEnum, { description: "AT_LEAST or AT_MOST." })
  comparison!: Comparison;

  @Field(() => Boolean, { nullable: true, description: "Pass or fail; null when there is no data, or too little to decide." })
  passed!: boolean | null;

  @Field({ description: "Where the threshold comes from: literature, the research, or Simpul's reasoned default." })
  source!: string;

  @Field({ description: "The figures behind the measured value, with their coverage." })
  detail!: string;

  @Field(() => String, { nullable: true, description: "Why it fails, in the research's words where it has them; null when passed." })
  shortfall!: string | null;
}

@ObjectType({ description: "One step of the seven-step cluster development model, and whether the graph evidences it." })
export class SevenStep {
  @Field(() => Int, { description: "Its number, 1 to 7." })
  step!: number;

  @Field(() => SevenStepEnum, { description: "Which step." })
  id!: SevenStepId;

  @Field({ description: "Its title." })
  title!: string;

  @Field({ description: "True when the graph shows the step done." })
  evidenced!: boolean;

  @Field(() => [String], { description: "What in the graph shows it done." })
  evidence!: string[];

  @Field(() => [String], { description: "What the graph lacks for it." })
  missing!: string[];
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

  @Field({ description: "Where the default comes from." })
  source!: string;
}

@ObjectType({ description: "Whether a sentra is a true cluster, on a documented ladder, and why." })
export class ClusterVerdict {
  @Field(() => ClusterStageEnum, { description: "The highest rung whose criteria, and those of every rung below, all pass." })
  stage!: ClusterStage;

  @Field({ description: "Every JICA aspect at least dynamic (a mean of 3)." })
  dynamic!: boolean;

  @Field(() => [Criterion], { description: "Every criterion, with measured value, threshold, pass or fail and source." })
  criteria!: Criterion[];

  @Field(() => [String], { description: "Why it is not a higher stage, one sentence per unmet criterion, lowest rung first." })
  reasons!: string[];

  @Field(() => SevenStepPath, { description: "The seven-step path and the recommended next step." })
  sevenSteps!: SevenStepPath;

  @Field(() => [AppliedThreshold], { description: "The thresholds applied." })
  thresholds!: AppliedThreshold[];
}
