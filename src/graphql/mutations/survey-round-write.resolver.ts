import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { SurveyRound } from "../observation/observation.type";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";

// Not exported: src/graphql/resolvers.ts hands every exported class of a *.resolver.ts file to buildSchema as a resolver.

@InputType({ description: "A new survey round. Give a stable `id` to make the creation safe to retry: the same id and values return the stored round." })
class CreateSurveyRoundInput {
  @Field(() => ID, { nullable: true, description: "Stable id (letters, digits, . _ : -, at most 128); generated when absent." })
  id?: string | null;

  @Field({ description: "Name, 1 to 200 characters." })
  name!: string;

  @Field({ description: "When the survey was taken, YYYY-MM-DD, not in the future." })
  date!: string;

  @Field({ description: "Where the data comes from, at most 500 characters." })
  source!: string;

  @Field(() => String, { nullable: true, description: "Caveats about the data, at most 2000 characters." })
  notes?: string | null;
}

@InputType({ description: "Changes to a survey round: only the fields given change; null clears notes." })
class UpdateSurveyRoundInput {
  @Field(() => ID, { description: "The round to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the update is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New date, YYYY-MM-DD, not in the future." })
  date?: string | null;

  @Field(() => String, { nullable: true, description: "New source." })
  source?: string | null;

  @Field(() => String, { nullable: true, description: "New notes; null clears them." })
  notes?: string | null;
}

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
  archiveSurveyRound(
    @Arg("id", () => ID, { description: "The round." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return data.of(writeData)(caller).archiveSurveyRound(id, expectedVersion);
  }
}
