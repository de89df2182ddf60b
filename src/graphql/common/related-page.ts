import type { RelatedRow } from "../../repositories/related.repository";
import type { PagedLoader } from "../loaders";
import { toConnection, toPageRequest, type PageArgs } from "./connection";

/** A connection over one of the named related lists (a sentra's forums, an actor's scores, ...). */
export async function relatedConnection(
  loader: PagedLoader<Record<string, never>, RelatedRow>,
  id: string,
  args: PageArgs,
  node: (row: RelatedRow) => unknown = (row) => row.node,
) {
  return toConnection(await loader.load(id, {}, toPageRequest(args)), (row) => ({ node: node(row) }));
}
