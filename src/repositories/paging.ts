import { inEnglish } from "../domain/reader-text";
import { msg, type Text } from "../i18n/message";

/*
 * Keyset paging. Every list has a fixed order: a list of sort keys, each a Cypher expression
 * written in a repository (never built from client input), the last one always an id so the
 * order is total. A page starts after the sort key values of the last item the client saw, so
 * rows written or archived elsewhere in the list do not shift the next page.
 */

/** One sort key's value, as a cursor carries it. Sort keys never yield null (see `nullable`). */
export type SortValue = string | number | boolean;
export type SortValueType = "string" | "number" | "boolean";

/** One key of a list's order. */
export interface SortKey {
  /** A Cypher expression over the variables of the list's match. */
  expr: string;
  type: SortValueType;
  descending?: boolean;
  /**
   * What ORDER BY sorts by for this key, when not `expr`; null when the next key's `orderBy`
   * already sorts by it (a nullable key's null flag, see `nullable`).
   */
  orderBy?: string | null;
}

/** Sort keys, first to last. */
export type ListOrder = readonly SortKey[];

export const asc = (expr: string, type: SortValueType = "string"): SortKey[] => [{ expr, type }];
export const desc = (expr: string, type: SortValueType = "string"): SortKey[] => [{ expr, type, descending: true }];

const SENTINEL: Record<SortValueType, string> = { string: "''", number: "0", boolean: "false" };

/**
 * A key that may be null: rows without a value come last (as Cypher's ORDER BY puts them), then
 * the value itself, with a sentinel in place of null so that comparisons never meet a null.
 */
export function nullable(expr: string, type: SortValueType = "string", descending = false): SortKey[] {
  // Ascending, Cypher's ORDER BY on the value alone gives the same order (nulls last) for less work.
  const byValue = descending ? {} : { orderBy: expr };
  return [
    { expr: `${expr} IS NULL`, type: "boolean", ...(descending ? {} : { orderBy: null }) },
    { expr: `coalesce(${expr}, ${SENTINEL[type]})`, type, descending, ...byValue },
  ];
}

/** A date property as an ISO string (sorts as the date does), null last. */
export const nullableDate = (expr: string, descending = false) => nullable(`toString(${expr})`, "string", descending);

export const orderOf = (...keys: SortKey[][]): ListOrder => keys.flat();

/** A page to fetch: the `limit` items after the item whose sort key values are `after` (none: from the start). */
export interface PageRequest {
  after: readonly SortValue[] | null;
  limit: number;
  /** Whether to count the whole list (the client asked for totalCount); counted unless false. */
  count?: boolean;
  /**
   * Whether slim rows suffice (the client selected nothing more of each item): a list that knows a
   * slim projection reads only those properties. A slim row is never primed into a by-id cache.
   */
  slim?: boolean;
  /**
   * Whether every item's cursor may be read (the client selected `edges { cursor }`); unless so
   * (false), only the first and last items of the page carry their sort key values, which is all
   * that startCursor and endCursor read. A thousand ties' keys are otherwise a third of the bytes.
   */
  everyCursor?: boolean;
}

export interface Page<T> {
  /** How many items the whole list has; null when the request did not ask (PageRequest.count false). */
  totalCount: number | null;
  items: T[];
  /**
   * Each item's sort key values, in the order of `items`; null for an item between the first and
   * the last when the request did not ask for every cursor (PageRequest.everyCursor false).
   */
  sortKeys: Array<SortValue[] | null>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export const emptyPage = <T>(page: PageRequest): Page<T> => ({
  totalCount: page.count === false ? null : 0,
  items: [],
  sortKeys: [],
  hasNextPage: false,
  hasPreviousPage: page.after !== null,
});

/** A cursor that does not fit the list it was passed to (other keys, other types). */
export class CursorMismatch extends Error {
  constructor(readonly text: Text) {
    super(inEnglish(text));
    this.name = "CursorMismatch";
  }
}

/** Checks that `after` has a value of the right type for each key of `order`. */
export function checkAfter(order: ListOrder, after: PageRequest["after"]): void {
  if (after === null) return;
  if (after.length !== order.length || after.some((value, i) => typeof value !== order[i].type)) {
    throw new CursorMismatch(msg("errors.cursorNotOfList"));
  }
}

/**
 * The condition that a row comes after `$after` in `order`, expanded key by key (Cypher has no
 * tuple comparison): k0 > a0 OR (k0 = a0 AND (k1 > a1 OR ...)). Built from the fixed order only;
 * the values are parameters.
 */
export function afterCondition(order: ListOrder, after: PageRequest["after"]): string {
  // The first page has no cursor: no condition to test on every row.
  if (after === null) return "true";
  const at = (i: number): string => {
    const strict = `(${order[i].expr}) ${order[i].descending ? "<" : ">"} $after[${i}]`;
    return i === order.length - 1 ? strict : `(${strict} OR ((${order[i].expr}) = $after[${i}] AND ${at(i + 1)}))`;
  };
  return at(0);
}

/*
 * The order is written as its expressions, not over a list of them built for every row: Neo4j
 * then reads the properties once into its sort and builds the cursor's list for the page alone
 * (a name search orders 40,000 matches to keep 20).
 */
export const sortKeyList = (order: ListOrder) => `[${order.map((key) => key.expr).join(", ")}]`;
export const orderBy = (order: ListOrder) =>
  order
    .filter((key) => key.orderBy !== null)
    .map((key) => `(${key.orderBy ?? key.expr})${key.descending ? " DESC" : ""}`)
    .join(", ");
