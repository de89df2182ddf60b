import type { Page } from "../../repositories/paging";
import { toPageRequest, type PageArgs } from "./connection";

/** One page of a list already in memory (a computed result), as the connections expect it. */
export function pageOfList<T>(items: readonly T[], args: PageArgs): Page<T> {
  const { skip, limit } = toPageRequest(args);
  return { totalCount: items.length, skip, items: items.slice(skip, skip + limit) };
}
