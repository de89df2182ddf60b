import { Field, Float, ID, ObjectType } from "type-graphql";
import { JICA_ASPECTS, PROBLEM_AREAS, type SurveyQuestion } from "../../domain/vocabulary";
import { fieldsPerKey } from "../common/fields-per-key";
import { SurveyQuestionEnum } from "../common/enums";

@ObjectType({ description: "Change of one cooperation row between two rounds (newer minus older); null where either round lacks it." })
export class CooperationChange {
  @Field(() => SurveyQuestionEnum, { description: "The question." })
  question!: SurveyQuestion;

  @Field(() => Float, { nullable: true, description: "Change in firms that answered." })
  answered!: number | null;

  @Field(() => Float, { nullable: true, description: "Change in yes." })
  yes!: number | null;

  @Field(() => Float, { nullable: true, description: "Change in no." })
  no!: number | null;

  @Field(() => Float, { nullable: true, description: "Change in passive." })
  passive!: number | null;

  @Field(() => Float, { nullable: true, description: "Change in active." })
  active!: number | null;

  @Field(() => Float, { nullable: true, description: "Change in proactive." })
  proactive!: number | null;

  @Field(() => Float, { nullable: true, description: "Change in yes / answered (counts alone mislead when fewer firms answered)." })
  yesShare!: number | null;
}

@ObjectType({ description: "Change of one score between two rounds." })
export class ScoreChange {
  @Field(() => Float, { nullable: true, description: "Change in the mean." })
  mean!: number | null;

  @Field(() => Float, { nullable: true, description: "Change in the minimum." })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: "Change in the maximum." })
  max!: number | null;
}

@ObjectType({ description: "Change of the six JICA aspects between two rounds." })
export class IndicatorChange {}
fieldsPerKey(IndicatorChange, JICA_ASPECTS, () => ScoreChange);

@ObjectType({ description: "Change of the four problem-solving fields between two rounds." })
export class ProblemSolvingChange {}
fieldsPerKey(ProblemSolvingChange, PROBLEM_AREAS, () => ScoreChange);

@ObjectType({ description: "What changed between the two latest survey rounds of a sentra (newer minus older)." })
export class RoundChange {
  @Field(() => ID, { description: "The older round." })
  olderRoundId!: string;

  @Field(() => ID, { description: "The newer round." })
  newerRoundId!: string;

  @Field(() => [CooperationChange], { description: "Tables 4 to 7 (four questions)." })
  cooperation!: CooperationChange[];

  @Field(() => IndicatorChange, { description: "Table 3." })
  indicators!: IndicatorChange;

  @Field(() => Float, { nullable: true, description: "Table 3's printed sum." })
  indicatorDisplaySum!: number | null;

  @Field(() => ProblemSolvingChange, { description: "Table 8." })
  problemSolving!: ProblemSolvingChange;
}
