import type { Transaction } from "../../db/neo4j";
import { conflict } from "../../domain/write-rejection";

/**
 * Refuses a stable id another kind of node already has (ids are unique across the graph, the
 * `Node` constraint): `sameKind` is a Cypher predicate on `n` true for a node this write may meet
 * again on its id (e.g. `n:Forum`).
 */
export async function checkIdFree(tx: Transaction, id: string, sameKind: string): Promise<void> {
  const taken = await tx.run(`MATCH (n:Node {id: $id}) WHERE NOT (${sameKind}) RETURN labels(n) AS labels, n.kind AS kind`, { id });
  if (taken.records.length > 0) {
    const labels = (taken.records[0].get("labels") as string[]).filter((l) => l !== "Node").join(", ");
    throw conflict(
      "id",
      `id ${JSON.stringify(id)} is already the id of a ${labels}${taken.records[0].get("kind") ? ` (${taken.records[0].get("kind")})` : ""}`,
    );
  }
}

/** The CONFLICT for a repeated creation on a stable id with other values than those stored. */
export const otherValues = (what: string, id: string, archived: boolean) =>
  conflict("id", `${what} with id ${JSON.stringify(id)} already exists with other values${archived ? " (archived)" : ""}: update it, or choose another id`);
