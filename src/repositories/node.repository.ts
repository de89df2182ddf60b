import type { Database } from "../db/neo4j";
import { ENTITY_LABELS, NODE_LABEL, RELATIONSHIP_TYPES, type Direction, type Orientation, type RelationshipType } from "../domain/graph";
import { nodeRow, toNodeRow, type NodeRow } from "./node-row";
import { asc, orderOf, type PageRequest } from "./paging";
import { findNodesOfLabel, findPagesPerKey } from "./templates";

/** Any exposed nodes by id, through the :Node id constraint. */
export const findNodesByIds = (db: Database, ids: readonly string[]) => findNodesOfLabel<NodeRow>(db, NODE_LABEL, ids);

export interface NeighbourFilter {
  direction: Direction;
  /** Relationship types to follow; empty means all. */
  relationships: RelationshipType[];
}

export interface NeighbourRow {
  relationship: RelationshipType;
  direction: Orientation;
  properties: Record<string, unknown>;
  node: NodeRow;
}

function asNeighbour(raw: unknown): NeighbourRow | undefined {
  const { node, ...edge } = raw as Omit<NeighbourRow, "node"> & { node: unknown };
  const row = toNodeRow(node);
  return row ? { ...edge, node: row } : undefined;
}

/** One page of each node's neighbours, with the relationship that joins them. */
export function findNeighbours(db: Database, ids: readonly string[], filter: NeighbourFilter, page: PageRequest) {
  return findPagesPerKey<NeighbourRow>(
    db,
    {
      match: `MATCH (n:Node {id: key})-[r]-(other:Node)
     WHERE type(r) IN $types AND r.archivedAt IS NULL AND other.archivedAt IS NULL
       AND any(label IN labels(other) WHERE label IN $exposedLabels)
       AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = n))
     WITH r, other, CASE WHEN startNode(r) = n THEN 'OUTGOING' ELSE 'INCOMING' END AS direction`,
      item: `{relationship: type(r), direction: direction, properties: properties(r), node: ${nodeRow("other")}}`,
      // Two relationships of one type between the same pair would tie: their element ids break it.
      order: orderOf(asc("type(r)"), asc("direction"), asc("other.id"), asc("elementId(r)")),
    },
    ids,
    {
      types: filter.relationships.length > 0 ? filter.relationships : RELATIONSHIP_TYPES,
      exposedLabels: ENTITY_LABELS,
      direction: filter.direction,
    },
    page,
    asNeighbour,
  );
}
