import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { ForumMemberRecord } from "./payloads";
import { writeData } from "./write.data";

/*
 * Forum seats: a person's or an actor's MEMBER_OF a forum, keyed by (memberId, forumId). The
 * inputs are not exported: src/graphql/resolvers.ts takes every export of a resolver file for a resolver.
 */

/** What names a seat: (forumId, memberId). The seat inputs below add to it; no field takes it itself, so the schema leaves it out. */
@InputType()
abstract class ForumSeatKeyInput {
  @Field(() => ID, { description: "The forum." })
  forumId!: string;

  @Field(() => ID, { description: "The Person or Actor who sits in it." })
  memberId!: string;
}

/** A seat's key and the version its change was read at. */
@InputType()
abstract class ForumSeatAtVersionInput extends ForumSeatKeyInput {
  @Field(() => Int, { description: "The version you read; if it has changed since, the change is refused with CONFLICT." })
  expectedVersion!: number;
}

@InputType({ description: "A seat in a forum: a person or an actor, (forumId, memberId) its key." })
class CreateForumMemberInput extends ForumSeatKeyInput {
  @Field(() => String, { nullable: true, description: "Role in the forum, e.g. chair (ketua), secretary; at most 100 characters." })
  role?: string | null;

  @Field(() => String, { nullable: true, description: "Member since, YYYY-MM-DD, not in the future." })
  since?: string | null;
}

@InputType({ description: "Changes to a seat: only the fields given change; null clears them." })
class UpdateForumMemberInput extends ForumSeatAtVersionInput {
  @Field(() => String, { nullable: true, description: "New role; null clears it." })
  role?: string | null;

  @Field(() => String, { nullable: true, description: "New start date; null clears it." })
  since?: string | null;
}

@InputType({ description: "The seat to archive, at the version you read." })
class ArchiveForumMemberInput extends ForumSeatAtVersionInput {}

@Resolver()
export class ForumMemberWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => ForumMemberRecord, { description: "Seats a person or actor in a forum with a role; adding the same seat again returns it unchanged." })
  createForumMember(@Arg("input", () => CreateForumMemberInput) input: CreateForumMemberInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createForumMember(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => ForumMemberRecord, { description: "Changes a seat's role or start date at the version you read." })
  updateForumMember(@Arg("input", () => UpdateForumMemberInput) input: UpdateForumMemberInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateForumMember(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ForumMemberRecord, { description: "Archives a seat: the member no longer sits in the forum." })
  archiveForumMember(@Arg("input", () => ArchiveForumMemberInput) input: ArchiveForumMemberInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).archiveForumMember(input);
  }
}
