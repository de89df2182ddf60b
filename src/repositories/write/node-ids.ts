import type { Transaction } from "../../db/neo4j";
import { conflict } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { thingName } from "./record-names";

/**
 * Refuses a stable id another kind of node already has (ids are unique across the graph, the
 * `Node` constraint): `sameKind` is a Cypher predicate on `n` true for a node this write may meet
 * again on its id (e.g. `n:Forum`).
 */
export async function checkIdFree(tx: Transaction, id: string, sameKind: string): Promise<void> {
  const taken = await tx.run(`MATCH (n:Node {id: $id}) WHERE NOT (${sameKind}) RETURN labels(n) AS labels, n.kind AS kind`, { id });
  if (taken.records.length > 0) {
    const labels = (taken.records[0].get("labels") as string[]).filter((l) => l !== "Node").join(", ");
    const kind = taken.records[0].get("kind") as string | null;
    throw idTaken(id, kind ? `${labels} (${kind})` : labels);
  }
}

/** The CONFLICT for an id another kind of node holds; `labels` names that node (its labels, and its kind). */
export const idTaken = (id: string, labels: string) => conflict("id", msg("errors.idTaken", { id: JSON.stringify(id), labels }));

/** The CONFLICT for a repeated creation on a stable id with other values than those stored; `what` is the kind of record ("forum", "A forum"). */
export const otherValues = (what: string, id: string, archived: boolean) =>
  conflict("id", msg(archived ? "errors.otherValuesArchived" : "errors.otherValues", { thing: thingName(what), id: JSON.stringify(id) }));
