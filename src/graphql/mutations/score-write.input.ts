import { Field, ID, InputType, Int } from "type-graphql";

const ID_DESCRIPTION =
  "Stable id (letters, digits, . _ : -, at most 128); when absent, the one the survey import uses (round, sentra and firm), so the two meet on one record.";
const SCORE = (what: string) => `${what}: a whole number from 1 to 5.`;

@InputType({ description: "Where a firm's scores belong: one live record per firm, round and sentra, for a firm that takes part in the sentra." })
class ScoreKeyInput {
  @Field(() => ID, { nullable: true, description: ID_DESCRIPTION })
  id?: string | null;

  @Field(() => ID, { description: "The survey round." })
  roundId!: string;

  @Field(() => ID, { description: "The firm scored; it must take part in the sentra." })
  actorId!: string;

  @Field(() => ID, { description: "The sentra the scores are about." })
  sentraId!: string;
}

@InputType({ description: "A firm's JICA cluster-dynamics scores in one round, each a whole number from 1 to 5." })
export class CreateIndicatorScoreInput extends ScoreKeyInput {
  @Field(() => Int, { description: SCORE("Product") })
  product!: number;

  @Field(() => Int, { description: SCORE("Technology") })
  technology!: number;

  @Field(() => Int, { description: SCORE("Market") })
  market!: number;

  @Field(() => Int, { description: SCORE("Skills") })
  skills!: number;

  @Field(() => Int, { description: SCORE("Trust") })
  trust!: number;

  @Field(() => Int, { description: SCORE("Information") })
  information!: number;
}

@InputType({ description: "Changes to indicator scores: only the scores given change." })
export class UpdateIndicatorScoreInput {
  @Field(() => ID, { description: "The record to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the update is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => Int, { nullable: true, description: SCORE("Product") })
  product?: number | null;

  @Field(() => Int, { nullable: true, description: SCORE("Technology") })
  technology?: number | null;

  @Field(() => Int, { nullable: true, description: SCORE("Market") })
  market?: number | null;

  @Field(() => Int, { nullable: true, description: SCORE("Skills") })
  skills?: number | null;

  @Field(() => Int, { nullable: true, description: SCORE("Trust") })
  trust?: number | null;

  @Field(() => Int, { nullable: true, description: SCORE("Information") })
  information?: number | null;
}

@InputType({ description: "A firm's joint problem-solving scores in one round, each a whole number from 1 to 5." })
export class CreateProblemSolvingScoreInput extends ScoreKeyInput {
  @Field(() => Int, { description: SCORE("Raw material") })
  rawMaterial!: number;

  @Field(() => Int, { description: SCORE("Auxiliary material") })
  auxiliaryMaterial!: number;

  @Field(() => Int, { description: SCORE("Production") })
  production!: number;

  @Field(() => Int, { description: SCORE("Marketing") })
  marketing!: number;
}

@InputType({ description: "Changes to problem-solving scores: only the scores given change." })
export class UpdateProblemSolvingScoreInput {
  @Field(() => ID, { description: "The record to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the update is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => Int, { nullable: true, description: SCORE("Raw material") })
  rawMaterial?: number | null;

  @Field(() => Int, { nullable: true, description: SCORE("Auxiliary material") })
  auxiliaryMaterial?: number | null;

  @Field(() => Int, { nullable: true, description: SCORE("Production") })
  production?: number | null;

  @Field(() => Int, { nullable: true, description: SCORE("Marketing") })
  marketing?: number | null;
}
