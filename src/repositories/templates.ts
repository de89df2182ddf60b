import { recordToObject } from "../db/convert";
import type { Database } from "../db/neo4j";
import { ENTITY_LABELS, NODE_LABEL, type EntityLabel } from "../domain/graph";
import { nodeRow, toNodeRow, type NodeRow } from "./node-row";
import type { Page, PageRequest } from "./paging";

/*
 * The query shapes every repository shares. Each takes a fixed Cypher fragment written in a
 * repository (never built from client input) and adds the common head and tail.
 */

/** Turns one raw `item` into a row; undefined drops it (a node Simpul does not expose). */
export type RowOf<T> = (raw: unknown) => T | undefined;

// The tails that turn an ordered `item` stream into one page (per key). They collect the whole
// list to count it: fine at the size of a sentra's network.
const PAGE_TAIL = `WITH collect(item) AS items
  RETURN size(items) AS totalCount, items[$skip..($skip + $limit)] AS items`;
const PAGE_PER_KEY_TAIL = `WITH key, collect(item) AS items
  RETURN key, size(items) AS totalCount, items[$skip..($skip + $limit)] AS items`;

function pageOf<T>(raw: { totalCount: number; items: unknown[] }, page: PageRequest, toRow: RowOf<T>): Page<T> {
  return { totalCount: raw.totalCount, skip: page.skip, items: raw.items.flatMap((item) => toRow(item) ?? []) };
}

/** Nodes of one label (or any exposed node, with NODE_LABEL) by id; absent ids are absent from the map. */
export async function findNodesOfLabel<T extends NodeRow>(
  db: Database,
  label: EntityLabel | typeof NODE_LABEL,
  ids: readonly string[],
): Promise<Map<string, T>> {
  if (label !== NODE_LABEL && !ENTITY_LABELS.includes(label)) throw new Error(`Unknown label ${label}`);
  const rows = await db.read(async (tx) => {
    const result = await tx.run(`UNWIND $ids AS id MATCH (n:${label} {id: id}) WHERE n.archivedAt IS NULL RETURN ${nodeRow("n")} AS node`, { ids });
    return result.records.map((record) => toNodeRow<T>(recordToObject<{ node: unknown }>(record).node));
  });
  return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
}

/**
 * One page of a top-level list. `match` produces `item` rows in list order; parameters are the
 * caller's plus `skip` and `limit`.
 */
export async function listPage<T>(db: Database, match: string, params: Record<string, unknown>, page: PageRequest, toRow: RowOf<T>): Promise<Page<T>> {
  return db.read(async (tx) => {
    const result = await tx.run(`${match}\n${PAGE_TAIL}`, { ...params, ...page });
    return pageOf(recordToObject<{ totalCount: number; items: unknown[] }>(result.records[0]), page, toRow);
  });
}

/**
 * One page per key of a list hanging off a node (a sentra's members, an actor's linkages).
 * `body` runs once per `key` and returns `item` rows in list order; a key with no items is absent.
 */
export async function findPagesPerKey<T>(
  db: Database,
  body: string,
  keys: readonly string[],
  params: Record<string, unknown>,
  page: PageRequest,
  toRow: RowOf<T>,
): Promise<Map<string, Page<T>>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $keys AS key
       CALL { WITH key ${body} RETURN item }
       ${PAGE_PER_KEY_TAIL}`,
      { ...params, keys, ...page },
    );
    return result.records.map((record) => recordToObject<{ key: string; totalCount: number; items: unknown[] }>(record));
  });
  return new Map(rows.map(({ key, ...raw }) => [key, pageOf(raw, page, toRow)]));
}

/** The one node at the end of a to-one relationship from each key (`body` binds it as `item`). */
export async function findOnePerKey<T extends NodeRow>(db: Database, body: string, keys: readonly string[]): Promise<Map<string, T>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $keys AS key
       CALL { WITH key ${body} WHERE item.archivedAt IS NULL RETURN item LIMIT 1 }
       RETURN key, ${nodeRow("item")} AS node`,
      { keys },
    );
    return result.records.map((record) => recordToObject<{ key: string; node: unknown }>(record));
  });
  return new Map(
    rows.flatMap(({ key, node }) => {
      const row = toNodeRow<T>(node);
      return row ? [[key, row] as const] : [];
    }),
  );
}

/** The row converter for lists whose items are projected nodes. */
export const asNode = <T extends NodeRow>(raw: unknown) => toNodeRow<T>(raw);

/**
 * Named lists of nodes hanging off a node: each body matches from `key` and binds `n` in list
 * order. Returns the finder for one list by name; the names are fixed in code, never a client's.
 */
export function nodeListsOf<K extends string>(bodies: Record<K, string>) {
  return <T extends NodeRow = NodeRow>(db: Database, list: K, keys: readonly string[], page: PageRequest, params: Record<string, unknown> = {}) =>
    findPagesPerKey<T>(db, `${bodies[list]} WITH n WHERE n.archivedAt IS NULL WITH ${nodeRow("n")} AS item`, keys, params, page, asNode);
}

/** Named to-one links from a node: each body matches from `key` and binds `item`. */
export function linksOf<K extends string>(bodies: Record<K, string>) {
  return <T extends NodeRow = NodeRow>(db: Database, link: K, keys: readonly string[]) => findOnePerKey<T>(db, bodies[link], keys);
}
