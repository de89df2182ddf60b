import { connectionOf } from "../common/connection";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import type { ForumKind } from "../../domain/vocabulary";
import { ForumKindEnum } from "../common/enums";
import { Node } from "../common/node.interface";

@ObjectType({
  implements: Node,
  description:
    "A cluster forum: FPK (Forum Pengembangan Klaster), cross-agency members named person by person, or FKAK (Forum Komunikasi Anggota Klaster), about 15 representatives of the cluster's member groups.",
})
export class Forum extends Node {
  @Field(() => ForumKindEnum, { description: "FPK or FKAK." })
  kind!: ForumKind;

  @Field({ description: "Name of the forum." })
  name!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "When it was founded." })
  founded!: string | null;

  @Field(() => String, { nullable: true, description: "The decree that formalised it (e.g. SK Bupati); null while informal." })
  decree!: string | null;
}

@ObjectType({ description: "A member of a forum: a person (usually representing an actor) or an actor itself." })
export class ForumMember {
  @Field(() => String, { nullable: true, description: "Role in the forum, e.g. chair (ketua), secretary, member." })
  role!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Member since." })
  since!: string | null;

  @Field(() => Node, { description: "The Person or Actor." })
  member!: Node;
}

export const ForumConnection = connectionOf(() => Forum, "Forum", "forum");

export const ForumMemberConnection = connectionOf(() => ForumMember, "ForumMember", "forum member");
