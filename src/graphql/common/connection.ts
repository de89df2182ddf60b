import type { GraphQLResolveInfo } from "graphql";
import { ArgsType, Field, Int, ObjectType } from "type-graphql";

import { msg } from "../../i18n/message";
import type { Page, PageRequest, SortValue } from "../../repositories/paging";
import { badInput } from "../errors";
import type { ReturnTypeFunc } from "./fields-per-key";
import type { PagedLoader } from "./loaders";
import { nodesFitSlim, selectsEdgeField, selectsField, type SlimFields } from "./list-selection";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: "Where a page sits in its list (Relay cursor connections)." })
export class PageInfo {
  @Field({ description: "True when more items follow this page." })
  hasNextPage!: boolean;

  @Field({ description: "True when items come before this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item; pass it as `after` for the next page." })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many items, 1 to ${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor." })
  after?: string | null;
}

/*
 * A cursor is the sort key values of an item (base64url of a JSON array, see
 * src/repositories/paging.ts): the next page starts after them, so writes elsewhere in the list
 * neither repeat nor skip items. The list checks that the values fit its keys.
 */
const MAX_CURSOR_LENGTH = 4096;
const MAX_SORT_KEYS = 16;

export const encodeCursor = (sortKey: readonly SortValue[]) => Buffer.from(JSON.stringify(sortKey)).toString("base64url");

const isSortValue = (value: unknown): value is SortValue =>
  typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));

function decodeCursor(cursor: string): SortValue[] {
  const refuse = () => badInput("after", msg("errors.cursorNotOfApi", { cursor: cursor.slice(0, 200) }));
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(values) || values.length === 0 || values.length > MAX_SORT_KEYS || !values.every(isSortValue)) throw refuse();
  // Only the canonical encoding: a cursor is what encodeCursor made, byte for byte.
  if (encodeCursor(values) !== cursor) throw refuse();
  return values;
}

/**
 * Checks first/after and turns them into a page request. With the resolver's `info`, the list is
 * counted only when the client selected totalCount (counting a list of 100,000 is work a page of
 * 20 does not need), and every item's cursor read only when edges select it; without it, always.
 */
export function toPageRequest({ first, after }: PageArgs, info?: GraphQLResolveInfo): PageRequest {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput("first", msg("errors.pageSize", { max: MAX_PAGE_SIZE, first: String(first) }));
  }
  if (!info) return { after: after ? decodeCursor(after) : null, limit: first, count: true };
  return { after: after ? decodeCursor(after) : null, limit: first, count: selectsField(info, "totalCount"), everyCursor: selectsEdgeField(info, "cursor") };
}

/** Builds a connection from a page; `edge` gives an item's edge fields besides its cursor (by default the item is the node). */
export function toConnection<T>(page: Page<T>, edge: (item: T) => object = (node) => ({ node })) {
  // Cursors are encoded when read: most requests select none, and a page of pages (50 members
  // with 20 ties each) would otherwise encode a thousand.
  const cursorAt = (i: number) => {
    const sortKey = page.sortKeys[i];
    if (!sortKey) throw new Error(`The cursor of item ${i} was read, but its sort key was not (PageRequest.everyCursor)`);
    return encodeCursor(sortKey);
  };
  const last = page.items.length - 1;
  const edges = page.items.map((item, i) => withCursor(edge(item), () => cursorAt(i)));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      get startCursor() {
        return last < 0 ? null : cursorAt(0);
      },
      get endCursor() {
        return last < 0 ? null : cursorAt(last);
      },
    },
  };
}

const withCursor = <E extends object>(fields: E, cursor: () => string) =>
  Object.defineProperty({ ...fields }, "cursor", { get: cursor, enumerable: true }) as E & { readonly cursor: string };

/** Fields an edge carries besides cursor and node (a member's role): name, GraphQL type, description. */
export type EdgeFields = Record<string, { type: ReturnTypeFunc; nullable?: boolean; description: string }>;

export interface ConnectionNames {
  /** What one item is, for descriptions: "actor", "member". */
  what: string;
  /** Description of an edge, when it says more than "one item with its cursor". */
  edgeDescription?: string;
  /** Description of the node field, when it is not "The <what>." */
  nodeDescription?: string;
}

/**
 * Edge and connection classes for a list of `node`s, named `${name}Edge` and `${name}Connection`.
 * `edgeFields` adds fields that belong to the relationship rather than to the node.
 */
export function connectionOf<T extends object>(
  node: () => abstract new (...args: never[]) => T,
  name: string,
  names: ConnectionNames,
  edgeFields: EdgeFields = {},
) {
  const { what } = names;

  @ObjectType(`${name}Edge`, { description: names.edgeDescription ?? `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field({ description: "Opaque position of this item; pass it as `after` to continue from here." })
    cursor!: string;

    @Field(node, { description: names.nodeDescription ?? `The ${what}.` })
    node!: T;
  }

  // Fields of the relationship, declared the way @Field would declare them on the class.
  for (const [field, { type, ...options }] of Object.entries(edgeFields)) Field(type, options)(Edge.prototype, field);

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s.` })
  class Connection {
    @Field(() => Int, { description: "How many items the whole list has, across all pages." })
    totalCount!: number;

    @Field(() => PageInfo, { description: "Where this page sits in the list." })
    pageInfo!: PageInfo;

    @Field(() => [Edge], { description: `The ${what}s of this page.` })
    edges!: Edge[];
  }
  return Connection;
}

/**
 * A connection over one page of a paged loader; `edge` adds the edge fields of an item. With
 * `info`, the list is counted only when totalCount is selected, and with `slim` too, its rows are
 * slim when the selected nodes ask nothing more of them.
 */
export async function connectionFrom<F, T>(
  loader: PagedLoader<F, T>,
  id: string,
  filter: F,
  args: PageArgs,
  edge: (item: T) => object = (node) => ({ node }),
  info?: GraphQLResolveInfo,
  slim?: SlimFields,
) {
  const page = toPageRequest(args, info);
  if (info && slim && nodesFitSlim(info, slim)) page.slim = true;
  return toConnection(await loader.load(id, filter, page), edge);
}
