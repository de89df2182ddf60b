import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { JICA_ASPECTS, PROBLEM_AREAS, type SurveyQuestion } from "../../domain/vocabulary";
import { fieldsPerKey } from "../common/fields-per-key";
import { SurveyQuestionEnum } from "../common/enums";

@ObjectType({ description: "One row of the research's Tables 4 to 7: firms that answered a cooperation question, and how they cooperate." })
export class CooperationTable {
  @Field(() => SurveyQuestionEnum, { description: "The question (Table 4 same-type, 5 upstream, 6 downstream, 7 supporting)." })
  question!: SurveyQuestion;

  @Field(() => Int, { description: "Firms that answered." })
  answered!: number;

  @Field(() => Int, { description: "Answered yes." })
  yes!: number;

  @Field(() => Int, { description: "Answered no." })
  no!: number;

  @Field(() => Int, { nullable: true, description: "Yes, passively; null for SUPPORTING (Table 7 records no intensity)." })
  passive!: number | null;

  @Field(() => Int, { nullable: true, description: "Yes, actively; null for SUPPORTING." })
  active!: number | null;

  @Field(() => Int, { nullable: true, description: "Yes, proactively; null for SUPPORTING." })
  proactive!: number | null;

  @Field(() => Int, { description: "Yes answers with no intensity recorded." })
  yesWithoutIntensity!: number;

  @Field(() => Float, { nullable: true, description: "yes / answered; null when nobody answered." })
  yesShare!: number | null;
}

@ObjectType({ description: "Mean, minimum and maximum of one score over the firms scored." })
export class ScoreSummary {
  @Field(() => Int, { description: "Firms scored." })
  scored!: number;

  @Field(() => Float, { nullable: true, description: "The exact mean." })
  mean!: number | null;

  @Field(() => Int, { nullable: true, description: "The mean rounded half up to a whole score, as the research prints it." })
  displayMean!: number | null;

  @Field(() => Int, { nullable: true, description: "Lowest score." })
  min!: number | null;

  @Field(() => Int, { nullable: true, description: "Highest score." })
  max!: number | null;
}

@ObjectType({ description: "Table 3: JICA's six cluster-dynamics aspects (1 very undynamic to 5 very dynamic; 3 = dynamic)." })
export class IndicatorTable {}
fieldsPerKey(IndicatorTable, JICA_ASPECTS, () => ScoreSummary);

@ObjectType({ description: "Table 8: joint problem solving, per field." })
export class ProblemSolvingTable {}
fieldsPerKey(ProblemSolvingTable, PROBLEM_AREAS, () => ScoreSummary);

@ObjectType({ description: "Who the survey tables rest on." })
export class SurveyCoverage {
  @Field(() => Int, { description: "Core members of the sentra." })
  coreMembers!: number;

  @Field(() => Int, { description: "Core members with at least one response in this round." })
  membersWithResponses!: number;

  @Field(() => Int, { description: "Respondents that are not core members of this sentra." })
  respondentsOutsideCore!: number;
}

@ObjectType({ description: "The research's Tables 3 to 8 recomputed for one sentra and one survey round." })
export class SurveyTables {
  @Field(() => ID, { description: "The survey round." })
  roundId!: string;

  @Field({ description: "Its name." })
  roundName!: string;

  @Field({ description: "Its date." })
  date!: string;

  @Field(() => [CooperationTable], { description: "Tables 4 to 7, one row per question (four)." })
  cooperation!: CooperationTable[];

  @Field(() => IndicatorTable, { description: "Table 3." })
  indicators!: IndicatorTable;

  @Field(() => Int, { nullable: true, description: "Table 3's last column: the sum of the rounded means, as printed; null without scores." })
  indicatorDisplaySum!: number | null;

  @Field(() => ProblemSolvingTable, { description: "Table 8." })
  problemSolving!: ProblemSolvingTable;

  @Field(() => SurveyCoverage, { description: "Who the tables rest on." })
  coverage!: SurveyCoverage;
}
