import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { IndicatorScore, ProblemSolvingScore } from "../observation/observation.type";
import { ArchiveResult } from "./payloads";
import { CreateIndicatorScoreInput, CreateProblemSolvingScoreInput, UpdateIndicatorScoreInput, UpdateProblemSolvingScoreInput } from "./score-write.input";
import { writeData } from "./write.data";

const archived = (row: { id: string; version?: number; archivedAt?: string }) => ({ id: row.id, version: row.version, archivedAt: row.archivedAt });

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
  async archiveIndicatorScore(
    @Arg("id", () => ID, { description: "The record." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return archived(await data.of(writeData)(caller).archiveIndicatorScore(id, expectedVersion));
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
  async archiveProblemSolvingScore(
    @Arg("id", () => ID, { description: "The record." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return archived(await data.of(writeData)(caller).archiveProblemSolvingScore(id, expectedVersion));
  }
}
