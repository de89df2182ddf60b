import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { SurveyRound } from "../observation/observation.type";
import { ArchiveResult } from "./payloads";
import { CreateSurveyRoundInput, UpdateSurveyRoundInput } from "./survey-round-write.input";
import { writeData } from "./write.data";

@Resolver()
export class SurveyRoundWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => SurveyRound, { description: "Creates a survey round; with a stable id, creating it again with the same values returns it unchanged." })
  createSurveyRound(@Arg("input", () => CreateSurveyRoundInput) input: CreateSurveyRoundInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createSurveyRound(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => SurveyRound, { description: "Changes a survey round at the version you read (CONFLICT if someone changed it since)." })
  updateSurveyRound(@Arg("input", () => UpdateSurveyRoundInput) input: UpdateSurveyRoundInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateSurveyRound(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, { description: "Archives a survey round; refused (CONFLICT) while it still has live observations." })
  async archiveSurveyRound(
    @Arg("id", () => ID, { description: "The round." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    const archived = await data.of(writeData)(caller).archiveSurveyRound(id, expectedVersion);
    return { id: archived.id, version: archived.version, archivedAt: archived.archivedAt };
  }
}
