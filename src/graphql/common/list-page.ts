import type { Page } from "../../repositories/paging";
import { msg } from "../../i18n/message";
import { badInput } from "../errors";
import { toPageRequest, type PageArgs } from "./connection";

/**
 * One page of a list already in memory (a computed result), as the connections expect it. Its
 * sort key is the item's index in the list (the same cursor encoding, `[index]`): the list is
 * computed anew for each request from one read, so an index is as stable as the list itself.
 */
export function pageOfList<T>(items: readonly T[], args: PageArgs): Page<T> {
  const { after, limit } = toPageRequest(args);
  if (after !== null && (after.length !== 1 || !Number.isInteger(after[0]) || (after[0] as number) < 0)) {
    throw badInput("after", msg("errors.cursorNotOfList"));
  }
  const start = after === null ? 0 : (after[0] as number) + 1;
  const page = items.slice(start, start + limit);
  return {
    totalCount: items.length,
    items: [...page],
    sortKeys: page.map((_, i) => [start + i]),
    hasNextPage: start + limit < items.length,
    hasPreviousPage: after !== null,
  };
}
