import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { IndicatorScore, ProblemSolvingScore } from "../observation/observation.type";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";

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
class CreateIndicatorScoreInput extends ScoreKeyInput {
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
class UpdateIndicatorScoreInput {
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
class CreateProblemSolvingScoreInput extends ScoreKeyInput {
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
class UpdateProblemSolvingScoreInput {
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

@Resolver()
export class ScoreWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => IndicatorScore, {
    description: "Records a firm's JICA indicator scores in a round, for a sentra it takes part in; the same id and values again return it unchanged.",
  })
  createIndicatorScore(@Arg("input", () => CreateIndicatorScoreInput) input: CreateIndicatorScoreInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createIndicatorScore(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => IndicatorScore, { description: "Changes indicator scores at the version you read (CONFLICT if someone changed them since)." })
  updateIndicatorScore(@Arg("input", () => UpdateIndicatorScoreInput) input: UpdateIndicatorScoreInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateIndicatorScore(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, { description: "Archives indicator scores: reads and analyses no longer see them." })
  archiveIndicatorScore(
    @Arg("id", () => ID, { description: "The record." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return data.of(writeData)(caller).archiveIndicatorScore(id, expectedVersion);
  }

  @Authorized("EDITOR")
  @Mutation(() => ProblemSolvingScore, {
    description: "Records a firm's joint problem-solving scores in a round, for a sentra it takes part in; the same id and values again return it unchanged.",
  })
  createProblemSolvingScore(@Arg("input", () => CreateProblemSolvingScoreInput) input: CreateProblemSolvingScoreInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createProblemSolvingScore(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => ProblemSolvingScore, { description: "Changes problem-solving scores at the version you read (CONFLICT if someone changed them since)." })
  updateProblemSolvingScore(@Arg("input", () => UpdateProblemSolvingScoreInput) input: UpdateProblemSolvingScoreInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateProblemSolvingScore(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, { description: "Archives problem-solving scores: reads and analyses no longer see them." })
  archiveProblemSolvingScore(
    @Arg("id", () => ID, { description: "The record." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return data.of(writeData)(caller).archiveProblemSolvingScore(id, expectedVersion);
  }
}
