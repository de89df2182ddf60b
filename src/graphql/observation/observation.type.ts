import { connectionOf } from "../common/connection";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import type { Intensity, SurveyQuestion } from "../../domain/vocabulary";
import { IntensityEnum, SurveyQuestionEnum } from "../common/enums";
import { Node } from "../common/node.interface";

@ObjectType({ implements: Node, description: "A dated survey round; observations of the same round can be compared with another round's." })
export class SurveyRound extends Node {
  @Field({ description: "Name of the round." })
  name!: string;

  @Field(() => GraphQLLocalDate, { description: "When the survey was taken." })
  date!: string;

  @Field({ description: "Where the data comes from." })
  source!: string;

  @Field(() => String, { nullable: true, description: "Caveats about the data." })
  notes!: string | null;
}

@ObjectType({
  implements: Node,
  description:
    "One firm's answer to one cooperation question in one round. A question the firm did not answer has no SurveyResponse, so 'has no such linkage' (cooperates false) and 'did not answer' differ.",
})
export class SurveyResponse extends Node {
  @Field(() => SurveyQuestionEnum, { description: "Which question." })
  question!: SurveyQuestion;

  @Field({ description: "Whether the firm cooperates in this way (ya/tidak)." })
  cooperates!: boolean;

  @Field(() => IntensityEnum, { nullable: true, description: "How, when it does: passive, active or proactive (not asked for supporting institutions)." })
  intensity!: Intensity | null;
}

@ObjectType({
  implements: Node,
  description: "A firm's JICA cluster-dynamics scores in one round, each from 1 (very undynamic) to 5 (very dynamic).",
})
export class IndicatorScore extends Node {
  @Field(() => Int, { description: "Product: no development, development, innovation." })
  product!: number;

  @Field(() => Int, { description: "Technology: manual or traditional, developing, automation." })
  technology!: number;

  @Field(() => Int, { description: "Market: local, local and seeking buyers, export." })
  market!: number;

  @Field(() => Int, { description: "Skills: hereditary, general and growing, dynamic specialists." })
  skills!: number;

  @Field(() => Int, { description: "Trust: low, some cooperation, networking." })
  trust!: number;

  @Field(() => Int, { description: "Information: limited, within the group, free market information." })
  information!: number;
}

@ObjectType({
  implements: Node,
  description: "A firm's joint problem-solving scores in one round (1 to 5), per field: raw material, auxiliary material, production, marketing.",
})
export class ProblemSolvingScore extends Node {
  @Field(() => Int, { description: "Raw material (bahan baku)." })
  rawMaterial!: number;

  @Field(() => Int, { description: "Auxiliary material (bahan penolong): 2 making another product, 3 substituting." })
  auxiliaryMaterial!: number;

  @Field(() => Int, { description: "Production: 2 simplifying the product, 3 learning from a peer." })
  production!: number;

  @Field(() => Int, { description: "Marketing: 3 joining a larger member, 4 joint marketing." })
  marketing!: number;
}

export const SurveyRoundConnection = connectionOf(() => SurveyRound, "SurveyRound", { what: "survey round" });

export const SurveyResponseConnection = connectionOf(() => SurveyResponse, "SurveyResponse", { what: "survey response" });

export const IndicatorScoreConnection = connectionOf(() => IndicatorScore, "IndicatorScore", { what: "indicator score" });

export const ProblemSolvingScoreConnection = connectionOf(() => ProblemSolvingScore, "ProblemSolvingScore", { what: "problem solving score" });
