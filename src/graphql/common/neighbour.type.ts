import { GraphQLJSONObject } from "graphql-scalars";
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { DEFAULT_PAGE_SIZE, PageInfo } from "./connection";
import { DirectionEnum, RelationshipKindEnum } from "./enums";
import { Node } from "./node.interface";

@ObjectType({ description: "A node next to the one asked about, and the relationship between them." })
export class NeighbourEdge {
  @Field({ description: "Opaque position of this item; pass it as `after` to continue from here." })
  cursor!: string;

  @Field(() => RelationshipKindEnum, { description: "The relationship's type, e.g. LINKED or PARTICIPATES_IN." })
  relationship!: string;

  @Field(() => DirectionEnum, { description: "OUTGOING when the relationship points from the node asked about to this neighbour." })
  direction!: "OUTGOING" | "INCOMING";

  @Field(() => GraphQLJSONObject, { description: "The relationship's own properties (a linkage's type and intensity, a participation's role, ...)." })
  properties!: Record<string, unknown>;

  @Field(() => Node, { description: "The node at the other end." })
  node!: Node;
}

@ObjectType({ description: "A page of a node's neighbours." })
export class NeighbourConnection {
  @Field(() => Int, { description: "How many neighbours match, across all pages." })
  totalCount!: number;

  @Field(() => PageInfo, { description: "Where this page sits in the list." })
  pageInfo!: PageInfo;

  @Field(() => [NeighbourEdge], { description: "The neighbours of this page." })
  edges!: NeighbourEdge[];
}

@ArgsType()
export class NeighbourArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: "How many neighbours, 1 to 100." })
  first!: number;

  @Field(() => String, { nullable: true, description: "Return the neighbours after this cursor." })
  after?: string | null;

  @Field(() => DirectionEnum, { defaultValue: "BOTH", description: "Follow outgoing, incoming or all relationships." })
  direction!: "OUTGOING" | "INCOMING" | "BOTH";

  @Field(() => [RelationshipKindEnum], { nullable: true, description: "Only these relationship types; all when omitted." })
  relationships?: string[] | null;
}
