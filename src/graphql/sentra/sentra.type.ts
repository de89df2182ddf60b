import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import type { SentraRole } from "../../domain/vocabulary";
import { Actor } from "../actor/actor.type";
import { connectionOf, PageInfo } from "../common/connection";
import { SentraRoleEnum } from "../common/enums";
import { Node } from "../common/node.interface";
import { Int } from "type-graphql";

@ObjectType({
  implements: Node,
  description:
    "A sentra: a geographic concentration of same-type small firms (e.g. the metal casters of Ceper), the candidate cluster whose network Simpul maps.",
})
export class Sentra extends Node {
  @Field({ description: "Name, e.g. Sentra Pengecoran Logam Ceper." })
  name!: string;

  @Field({ description: "Main product, e.g. metal castings." })
  product!: string;

  @Field({ description: "Sector, e.g. metal, furniture, textiles, livestock." })
  sector!: string;

  @Field({ description: "What the sentra makes and how it is organised." })
  description!: string;

  @Field({ description: "Designated by its region as a leading industry (industri unggulan)." })
  unggulan!: boolean;

  /** Not a field: resolved through `region`. */
  regionId?: string | null;
}

export const SentraConnection = connectionOf(() => Sentra, "Sentra", "sentra");

@ObjectType({ description: "An actor taking part in a sentra, with the role it plays there." })
export class SentraMemberEdge {
  @Field({ description: "Opaque position of this item; pass it as `after` to continue from here." })
  cursor!: string;

  @Field(() => SentraRoleEnum, { description: "The role this actor plays in this sentra." })
  role!: SentraRole;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Since when, where known." })
  since!: string | null;

  @Field(() => Actor, { description: "The actor." })
  node!: Actor;
}

@ObjectType({ description: "A page of a sentra's members." })
export class SentraMemberConnection {
  @Field(() => Int, { description: "How many members match, across all pages." })
  totalCount!: number;

  @Field(() => PageInfo, { description: "Where this page sits in the list." })
  pageInfo!: PageInfo;

  @Field(() => [SentraMemberEdge], { description: "The members of this page." })
  edges!: SentraMemberEdge[];
}
