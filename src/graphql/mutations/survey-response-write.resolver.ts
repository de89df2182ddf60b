import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { Intensity, SurveyQuestion } from "../../domain/vocabulary";
import { IntensityEnum, SurveyQuestionEnum } from "../common/enums";
import type { Context } from "../context";
import { SurveyResponse } from "../observation/observation.type";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";

@InputType({
  description:
    "A firm's answer to one cooperation question in one round, for a sentra it takes part in. One live answer per firm, question, round and sentra; give a stable `id` to make it safe to retry.",
})
class CreateSurveyResponseInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "Stable id (letters, digits, . _ : -, at most 128); when absent, the one the survey import uses (round, sentra, firm and question), so the two meet on one answer.",
  })
  id?: string | null;

  @Field(() => ID, { description: "The survey round." })
  roundId!: string;

  @Field(() => ID, { description: "The firm answering; it must take part in the sentra." })
  actorId!: string;

  @Field(() => ID, { description: "The sentra the answer is about." })
  sentraId!: string;

  @Field(() => SurveyQuestionEnum, { description: "Which question." })
  question!: SurveyQuestion;

  @Field({ description: "Whether it cooperates in this way." })
  cooperates!: boolean;

  @Field(() => IntensityEnum, { nullable: true, description: "How intensely; only when cooperates is true." })
  intensity?: Intensity | null;
}

@InputType({ description: "Changes to an answer: only the fields given change. Setting cooperates to false clears the intensity." })
class UpdateSurveyResponseInput {
  @Field(() => ID, { description: "The answer to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the update is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => Boolean, { nullable: true, description: "Whether it cooperates." })
  cooperates?: boolean | null;

  @Field(() => IntensityEnum, { nullable: true, description: "How intensely; null clears it." })
  intensity?: Intensity | null;
}

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
  archiveSurveyResponse(
    @Arg("id", () => ID, { description: "The answer." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return data.of(writeData)(caller).archiveSurveyResponse(id, expectedVersion);
  }
}
