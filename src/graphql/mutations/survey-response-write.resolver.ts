import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { SurveyResponse } from "../observation/observation.type";
import { ArchiveResult } from "./payloads";
import { CreateSurveyResponseInput, UpdateSurveyResponseInput } from "./survey-response-write.input";
import { writeData } from "./write.data";

@Resolver()
export class SurveyResponseWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => SurveyResponse, { description: "Records a firm's answer to a cooperation question in a round, for a sentra it takes part in." })
  createSurveyResponse(@Arg("input", () => CreateSurveyResponseInput) input: CreateSurveyResponseInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createSurveyResponse(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => SurveyResponse, { description: "Changes an answer at the version you read (CONFLICT if someone changed it since)." })
  updateSurveyResponse(@Arg("input", () => UpdateSurveyResponseInput) input: UpdateSurveyResponseInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateSurveyResponse(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, { description: "Archives an answer: reads and analyses no longer see it (the firm then has not answered)." })
  async archiveSurveyResponse(
    @Arg("id", () => ID, { description: "The answer." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    const archived = await data.of(writeData)(caller).archiveSurveyResponse(id, expectedVersion);
    return { id: archived.id, version: archived.version, archivedAt: archived.archivedAt };
  }
}
