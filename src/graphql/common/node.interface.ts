import { Field, ID, Int, InterfaceType } from "type-graphql";

/** Shared by Node and Linkage (a relationship, not a Node), which both carry a version. */
export const VERSION_DESCRIPTION = "Its version, from 1, up by one on every change: pass it as expectedVersion to update or archive it.";

@InterfaceType("Node", {
  description: "Anything in Simpul's graph that has a stable id: query it with `node(id:)` and walk its `neighbours`.",
  // Rows read as generic nodes carry the GraphQL type their Neo4j label maps to.
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "Stable id, unique across the whole graph." })
  id!: string;

  // Every node row carries it (nodeRow), so types never written answer 1.
  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version!: number;
}
