import { recordToObject } from "../db/convert";
import type { Database } from "../db/neo4j";
import { NODE_MAP, toNodeRow, TYPENAME_BY_LABEL, type NodeRow } from "./node-shape";
import { PAGE_PER_KEY, type Page, type PageRequest } from "./paging";

/** Any exposed nodes by id, through the :Node id constraint. */
export async function findNodesByIds(db: Database, ids: readonly string[]): Promise<Map<string, NodeRow>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(`UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN ${NODE_MAP("n")} AS node`, { ids });
    return result.records.map((r) => recordToObject<{ node: Record<string, unknown> }>(r).node);
  });
  const found = new Map<string, NodeRow>();
  for (const raw of rows) {
    const node = toNodeRow(raw);
    if (node) found.set(node.id, node);
  }
  return found;
}

export type Direction = "OUTGOING" | "INCOMING" | "BOTH";

export interface NeighbourFilter {
  direction: Direction;
  /** Relationship types to follow, already checked against RELATIONSHIP_KINDS; empty means all. */
  relationships: string[];
}

export interface NeighbourRow {
  relationship: string;
  direction: "OUTGOING" | "INCOMING";
  properties: Record<string, unknown>;
  node: NodeRow;
}

/** Every relationship type Simpul writes; the only ones `neighbours` may be asked to follow. */
export const RELATIONSHIP_KINDS = [
  "PART_OF",
  "LOCATED_IN",
  "PARTICIPATES_IN",
  "LINKED",
  "REPRESENTS",
  "MEMBER_OF",
  "SERVES",
  "CONTRACTED_BY",
  "PROVIDED_BY",
  "MONITORS",
  "VISITED_BY",
  "IN_ROUND",
  "OF_ACTOR",
  "IN_SENTRA",
  "RUN_BY",
  "PARTNER",
  "TARGETS",
  "OF_SENTRA",
] as const;

/** One page of each node's neighbours, with the relationship that joins them. */
export async function findNeighbours(
  db: Database,
  ids: readonly string[],
  filter: NeighbourFilter,
  page: PageRequest,
): Promise<Map<string, Page<NeighbourRow>>> {
  const records = await db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $ids AS key
       MATCH (n:Node {id: key})-[r]-(other:Node)
       WHERE type(r) IN $types
         AND any(label IN labels(other) WHERE label IN $exposedLabels)
         AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = n))
       WITH key, r, other, CASE WHEN startNode(r) = n THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
       ORDER BY type(r), direction, other.id
       WITH key, {relationship: type(r), direction: direction, properties: properties(r), node: ${NODE_MAP("other")}} AS item
       ${PAGE_PER_KEY}`,
      {
        ids,
        types: filter.relationships.length > 0 ? filter.relationships : RELATIONSHIP_KINDS,
        exposedLabels: Object.keys(TYPENAME_BY_LABEL),
        direction: filter.direction,
        ...page,
      },
    );
    return result.records.map((r) => recordToObject<{ key: string; totalCount: number; items: Array<Omit<NeighbourRow, "node"> & { node: Record<string, unknown> }> }>(r));
  });
  const pages = new Map<string, Page<NeighbourRow>>();
  for (const { key, totalCount, items } of records) {
    const rows: NeighbourRow[] = [];
    for (const item of items) {
      const node = toNodeRow(item.node);
      if (node) rows.push({ ...item, node });
    }
    pages.set(key, { totalCount, skip: page.skip, items: rows });
  }
  return pages;
}
