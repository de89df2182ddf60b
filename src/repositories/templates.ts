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
  /**
   * The variables `match` binds that `item` and the order read. Given, the count and the page come
   * from one pass over the match instead of two (see `onePassRows`); only for lists whose size the
   * graph's shape bounds (a sentra's members, an actor's ties) or a selective search, because that
   * pass holds every match of the list in memory for the moment of the statement.
   */
  binds?: readonly string[];
}

// One page of a list: the rows after the cursor in list order, at most $take of them (a keyset
// page read with LIMIT, so Neo4j keeps only the top rows instead of the whole list), each with the
// values of its sort keys. Returns one row holding the page as `rows`.
const pageRows = ({ match, item, order }: ListQuery, page: PageRequest) => `${match}
  WITH * WHERE ${afterCondition(order, page.after)}
  WITH * ORDER BY ${orderBy(order)} LIMIT $take
  ${
    page.everyCursor === false
      ? // The first item's key and the last's (the last row may be the one past the page).
        `WITH collect({item: ${item}, sortKey: ${sortKeyList(order)}}) AS page
  RETURN [i IN range(0, size(page) - 1) | CASE WHEN i = 0 OR i >= size(page) - 2 THEN page[i] ELSE {item: page[i].item} END] AS rows`
      : `RETURN collect({item: ${item}, sortKey: ${sortKeyList(order)}}) AS rows`
  }`;

// How many rows the whole list has, counted without collecting them; only when the client asked
// for totalCount (PageRequest.count), otherwise null.
const countRows = ({ match }: ListQuery, count: boolean) => (count ? `${match}\n  RETURN count(*) AS totalCount` : `RETURN null AS totalCount`);

/*
 * Count and page in one pass: every match is kept as its bound variables (nothing projected yet),
 * counted, and only the page, the top $take after the cursor, is projected into items. Two passes
 * (countRows, then pageRows) read every match twice: a member's ties, or the text index of a name
 * search, once to count and once to order.
 */
const onePassRows = ({ match, item, order }: ListQuery, binds: readonly string[], page: PageRequest) => {
  // One variable is collected as itself, several as a map of them.
  const [kept, unwound] =
    binds.length === 1
      ? [binds[0], `UNWIND matched AS ${binds[0]}`]
      : [`{${binds.map((name) => `${name}: ${name}`).join(", ")}}`, `UNWIND matched AS row WITH ${binds.map((name) => `row.${name} AS ${name}`).join(", ")}`];
  return `${match}
  WITH collect(${kept}) AS matched
  CALL (matched) {
    ${pageRows({ match: unwound, item, order }, page)}
  }
  RETURN size(matched) AS totalCount, rows`;
};

/** The body that yields `totalCount` and `rows` for one list (of one key): one pass when it can, else count and page. */
const countAndPage = (query: ListQuery, page: PageRequest, scope: string) =>
  query.binds && page.count !== false
    ? `CALL (${scope}) { ${onePassRows(query, query.binds, page)} }`
    : `CALL (${scope}) { ${countRows(query, page.count !== false)} }
       CALL (${scope}) { ${pageRows(query, page)} }`;

export interface RawPage {
  totalCount: number | null;
  rows: Array<{ item: unknown; sortKey?: SortValue[] }>;
}

const pageParams = (order: ListOrder, page: PageRequest) => {
  checkAfter(order, page.after);
  return { after: page.after, take: neo4j.int(page.limit + 1) };
};

/** The page of rows a statement returned, each row turned by `toRow` (dropped when undefined). */
export function pageOf<T>(raw: RawPage, page: PageRequest, toRow: RowOf<T>): Page<T> {
  const rows = raw.rows.slice(0, page.limit);
  const items: T[] = [];
  const sortKeys: Array<SortValue[] | null> = [];
  for (const { item, sortKey } of rows) {
    const row = toRow(item);
    if (row === undefined) continue;
    items.push(row);
    sortKeys.push(sortKey ?? null);
  }
  // With the ends' keys only, a dropped first or last row leaves a kept item without one: the
  // dropped row's key marks the same place in the list (nothing shown lies between them).
  if (items.length > 0) {
    sortKeys[0] ??= rows[0].sortKey ?? null;
    sortKeys[items.length - 1] ??= rows[rows.length - 1].sortKey ?? null;
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

/**
 * One page of a top-level list; parameters are the caller's plus `after` and `take`. One
 * statement: a COUNT of the list when totalCount is wanted, and the page by keyset and LIMIT (or
 * both from one pass, for a query that names its `binds`).
 */
export async function listPage<T>(db: Database, query: ListQuery, params: Record<string, unknown>, page: PageRequest, toRow: RowOf<T>): Promise<Page<T>> {
  const paging = pageParams(query.order, page);
  return db.read(async (tx) => {
    const result = await tx.run(
      `${countAndPage(query, page, "")}
       RETURN totalCount, rows`,
      { ...params, ...paging },
    );
    return pageOf(recordToObject<RawPage>(result.records[0]), page, toRow);
  });
}

/**
 * One page per key of a list hanging off a node (a sentra's members, an actor's linkages).
 * The query runs once per `key` (count and page, as in listPage), all keys in one statement.
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
       ${countAndPage(query, page, "key")}
       RETURN key, totalCount, rows`,
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
      { match: `${lists[list].match} WITH n WHERE n.archivedAt IS NULL`, item: nodeRow("n"), order: lists[list].order, binds: ["n"] },
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
