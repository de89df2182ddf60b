import { connectionOf, type EdgeFields } from "../common/connection";
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

/** What a forum membership carries besides the member. */
const FORUM_ROLE_FIELDS: EdgeFields = {
  role: { type: () => String, nullable: true, description: "Role in the forum, e.g. chair (ketua), secretary, member." },
  since: { type: () => GraphQLLocalDate, nullable: true, description: "Member since." },
};

export const ForumConnection = connectionOf(() => Forum, "Forum", { what: "forum" });

export const ForumMemberConnection = connectionOf(
  () => Node,
  "ForumMember",
  { what: "forum member", edgeDescription: "A member of a forum, with its role there.", nodeDescription: "The Person or Actor." },
  FORUM_ROLE_FIELDS,
);
