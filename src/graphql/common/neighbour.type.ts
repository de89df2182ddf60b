import { GraphQLJSONObject } from "graphql-scalars";
import { ArgsType, Field } from "type-graphql";
import type { Direction, RelationshipType } from "../../domain/graph";
import { connectionOf, PageArgs, type EdgeFields } from "./connection";
import { DirectionEnum, RelationshipKindEnum } from "./enums";
import { Node } from "./node.interface";

/** What joins a neighbour to the node asked about. */
const NEIGHBOUR_FIELDS: EdgeFields = {
  relationship: { type: () => RelationshipKindEnum, description: "The relationship's type, e.g. LINKED or PARTICIPATES_IN." },
  direction: { type: () => DirectionEnum, description: "OUTGOING when the relationship points from the node asked about to this neighbour." },
  properties: {
    type: () => GraphQLJSONObject,
    description: "The relationship's own properties (a linkage's type and intensity, a participation's role, ...).",
  },
};

export const NeighbourConnection = connectionOf(
  () => Node,
  "Neighbour",
  {
    what: "neighbour",
    edgeDescription: "A node next to the one asked about, and the relationship between them.",
    nodeDescription: "The node at the other end.",
  },
  NEIGHBOUR_FIELDS,
);

@ArgsType()
export class NeighbourArgs extends PageArgs {
  @Field(() => DirectionEnum, { defaultValue: "BOTH", description: "Follow outgoing, incoming or all relationships." })
  direction!: Direction;

  @Field(() => [RelationshipKindEnum], { nullable: true, description: "Only these relationship types; all when omitted." })
  relationships?: RelationshipType[] | null;
}
