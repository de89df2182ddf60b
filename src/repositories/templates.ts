import neo4j from "neo4j-driver";
import { recordToObject } from "../db/convert";
import type { Database } from "../db/neo4j";
import { ENTITY_LABELS, NODE_LABEL, type EntityLabel } from "../domain/graph";
import { nodeRow, toNodeRow, type NodeRow } from "./node-row";
import { afterCondition, checkAfter, orderBy, sortKeyList, type ListOrder, type Page, type PageRequest, type SortValue } from "./paging";

/*
 * The query shapes every repository shares. Each takes a fixed Cypher fragment written in a
 * repository (never built from client input) and adds the common head and tail.
 */

/** Turns one raw `item` into a row; undefined drops it (a node Simpul does not expose). */
export type RowOf<T> = (raw: unknown) => T | undefined;

/**
 * A list query: `match` binds the variables that `item` (the projection of one row) and the
 * order's sort keys read. All three are fixed Cypher written in a repository.
 */
export interface ListQuery {
  match: string;
  item: string;
  order: ListOrder;
}

// The rows of a list with their sort key values, in list order.
const rowsOf = ({ match, item, order }: ListQuery) => `${match}
  WITH ${item} AS item, ${sortKeyList(order)} AS sortKey`;

// The tail that turns the ordered rows into one page: the whole list is collected to count it
// (fine at the size of a sentra's network), then the rows after the cursor, one more than asked
// so as to know whether more follow.
const pageTail = (order: ListOrder, key: string) => `WITH ${key}collect({item: item, sortKey: sortKey}) AS rows
  RETURN ${key}size(rows) AS totalCount, [row IN rows WHERE ${afterCondition(order, "row.sortKey")}][0..$take] AS rows`;

interface RawPage {
  totalCount: number;
  rows: Array<{ item: unknown; sortKey: SortValue[] }>;
}

const pageParams = (order: ListOrder, page: PageRequest) => {
  checkAfter(order, page.after);
  return { after: page.after, take: neo4j.int(page.limit + 1) };
};

function pageOf<T>(raw: RawPage, page: PageRequest, toRow: RowOf<T>): Page<T> {
  const items: T[] = [];
  const sortKeys: SortValue[][] = [];
  for (const { item, sortKey } of raw.rows.slice(0, page.limit)) {
    const row = toRow(item);
    if (row === undefined) continue;
    items.push(row);
    sortKeys.push(sortKey);
  }
  return { totalCount: raw.totalCount, items, sortKeys, hasNextPage: raw.rows.length > page.limit, hasPreviousPage: page.after !== null };
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

/** One page of a top-level list; parameters are the caller's plus `after` and `take`. */
export async function listPage<T>(db: Database, query: ListQuery, params: Record<string, unknown>, page: PageRequest, toRow: RowOf<T>): Promise<Page<T>> {
  const paging = pageParams(query.order, page);
  return db.read(async (tx) => {
    const result = await tx.run(
      `${rowsOf(query)}
       ORDER BY ${orderBy(query.order)}
       ${pageTail(query.order, "")}`,
      { ...params, ...paging },
    );
    return pageOf(recordToObject<RawPage>(result.records[0]), page, toRow);
  });
}

/**
 * One page per key of a list hanging off a node (a sentra's members, an actor's linkages).
 * The query runs once per `key`; a key with no items is absent.
 */
export async function findPagesPerKey<T>(
  db: Database,
  query: ListQuery,
  keys: readonly string[],
  params: Record<string, unknown>,
  page: PageRequest,
  toRow: RowOf<T>,
): Promise<Map<string, Page<T>>> {
  const paging = pageParams(query.order, page);
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $keys AS key
       CALL { WITH key ${rowsOf(query)} RETURN item, sortKey }
       WITH key, item, sortKey ORDER BY key, ${orderBy(query.order)}
       ${pageTail(query.order, "key, ")}`,
      { ...params, keys, ...paging },
    );
    return result.records.map((record) => recordToObject<RawPage & { key: string }>(record));
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

/** One named list of nodes hanging off a node: `match` matches from `key` and binds `n`. */
export interface NodeList {
  match: string;
  order: ListOrder;
}

/**
 * Named lists of nodes hanging off a node. Returns the finder for one list by name; the names
 * are fixed in code, never a client's.
 */
export function nodeListsOf<K extends string>(lists: Record<K, NodeList>) {
  return <T extends NodeRow = NodeRow>(db: Database, list: K, keys: readonly string[], page: PageRequest, params: Record<string, unknown> = {}) =>
    findPagesPerKey<T>(
      db,
      { match: `${lists[list].match} WITH n WHERE n.archivedAt IS NULL`, item: nodeRow("n"), order: lists[list].order },
      keys,
      params,
      page,
      asNode,
    );
}

/** Named to-one links from a node: each body matches from `key` and binds `item`. */
export function linksOf<K extends string>(bodies: Record<K, string>) {
  return <T extends NodeRow = NodeRow>(db: Database, link: K, keys: readonly string[]) => findOnePerKey<T>(db, bodies[link], keys);
}
