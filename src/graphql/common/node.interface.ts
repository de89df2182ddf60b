import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType("Node", {
  description: "Anything in Simpul's graph that has a stable id: query it with `node(id:)` and walk its `neighbours`.",
  // Rows read as generic nodes carry the GraphQL type their Neo4j label maps to.
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "Stable id, unique across the whole graph." })
  id!: string;
}
