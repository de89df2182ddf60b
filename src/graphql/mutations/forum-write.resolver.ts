import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { ForumKind } from "../../domain/vocabulary";
import { ForumKindEnum } from "../common/enums";
import type { Context } from "../context";
import { Forum } from "../forum/forum.type";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";

// Not exported: src/graphql/resolvers.ts hands every exported class of a *.resolver.ts file to buildSchema as a resolver.

@InputType({ description: "A new forum serving a sentra. Give a stable `id` to make the creation safe to retry." })
class CreateForumInput {
  @Field(() => ID, { nullable: true, description: "Stable id (letters, digits, . _ : -, at most 128); generated when absent." })
  id?: string | null;

  @Field(() => ForumKindEnum, { description: "FPK or FKAK." })
  kind!: ForumKind;

  @Field({ description: "Name, 1 to 200 characters." })
  name!: string;

  @Field(() => ID, { description: "The sentra it serves (must exist)." })
  sentraId!: string;

  @Field(() => String, { nullable: true, description: "When it was founded, YYYY-MM-DD, not in the future." })
  founded?: string | null;

  @Field(() => String, { nullable: true, description: "The decree that formalised it, at most 500 characters." })
  decree?: string | null;
}

@InputType({ description: "Changes to a forum: only the fields given change; null clears founded or decree." })
class UpdateForumInput {
  @Field(() => ID, { description: "The forum to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the change is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => ForumKindEnum, { nullable: true, description: "New kind." })
  kind?: ForumKind | null;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: "Another sentra it serves instead (must exist)." })
  sentraId?: string | null;

  @Field(() => String, { nullable: true, description: "New founding date; null clears it." })
  founded?: string | null;

  @Field(() => String, { nullable: true, description: "New decree; null clears it." })
  decree?: string | null;
}

@Resolver()
export class ForumWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => Forum, {
    description: "Creates an FPK or FKAK serving a sentra; with a stable id, creating it again with the same values returns it unchanged.",
  })
  createForum(@Arg("input", () => CreateForumInput) input: CreateForumInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createForum(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => Forum, { description: "Changes a forum at the version you read (CONFLICT if someone changed it since)." })
  updateForum(@Arg("input", () => UpdateForumInput) input: UpdateForumInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateForum(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, { description: "Archives a forum: reads no longer show it, and analyses leave it, its seats and its agreements out." })
  archiveForum(
    @Arg("id", () => ID, { description: "The forum." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return data.of(writeData)(caller).archiveForum(id, expectedVersion);
  }
}
