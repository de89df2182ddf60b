import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import type { SentraRole } from "../../domain/vocabulary";
import { Actor } from "../actor/actor.type";
import { SentraRoleEnum } from "../common/enums";
import { Node } from "../common/node.interface";
import { Forum } from "../forum/forum.type";
import { Sentra } from "../sentra/sentra.type";

@ObjectType({ description: "What an archive did: the thing keeps its data and history but reads and analyses no longer show it." })
export class ArchiveResult {
  @Field(() => ID, { description: "Id of what was archived." })
  id!: string;

  @Field(() => Int, { description: "Its version after archiving." })
  version!: number;

  @Field({ description: "When it was archived (ISO 8601 date-time, UTC)." })
  archivedAt!: string;
}

@ObjectType({ description: "An actor's part in one sentra in one role, as written; (actor, sentra, role) is its key." })
export class ParticipationRecord {
  @Field(() => Actor, { description: "The actor." })
  actor!: unknown;

  @Field(() => Sentra, { description: "The sentra." })
  sentra!: unknown;

  @Field(() => SentraRoleEnum, { description: "The role the actor plays there." })
  role!: SentraRole;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Since when, where known." })
  since!: string | null;

  @Field(() => Int, { description: "Its version: pass it as expectedVersion to update or archive it." })
  version!: number;

  @Field(() => String, { nullable: true, description: "When it was archived (ISO 8601 date-time), if it is." })
  archivedAt!: string | null;
}

@ObjectType({ description: "A seat in a forum, as written; (member, forum) is its key." })
export class ForumMemberRecord {
  @Field(() => Node, { description: "The Person or Actor." })
  member!: unknown;

  @Field(() => Forum, { description: "The forum." })
  forum!: unknown;

  @Field(() => String, { nullable: true, description: "Role in the forum." })
  role!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Member since, where known." })
  since!: string | null;

  @Field(() => Int, { description: "Its version: pass it as expectedVersion to update or archive it." })
  version!: number;

  @Field(() => String, { nullable: true, description: "When it was archived (ISO 8601 date-time), if it is." })
  archivedAt!: string | null;
}
