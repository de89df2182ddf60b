import { Neo4jError } from "neo4j-driver";
import type { Transaction } from "../db/neo4j";

/** A batch's rows parted by whether their id is new to the graph. */
export interface PartedRows<R> {
  /** The first row of each id that no node holds: these may be CREATEd. */
  fresh: R[];
  /** Every other row, in order: these go through the MERGE upsert, after the CREATE. */
  stored: R[];
}

/**
 * One read per batch finds which of the rows' ids some node already holds (on the :Node id
 * constraint's index, so an id held by a node of another label counts and its row meets the
 * upsert's own error). A later row repeating a new id goes with the stored ones, so CREATE then
 * MERGE leaves what a MERGE row by row would.
 */
export async function partByExistence<R extends { id: string }>(tx: Transaction, rows: readonly R[]): Promise<PartedRows<R>> {
  const result = await tx.run<{ ids: string[] }>("UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN collect(n.id) AS ids", {
    ids: [...new Set(rows.map((row) => row.id))],
  });
  const taken = new Set(result.records[0].get("ids"));
  const parted: PartedRows<R> = { fresh: [], stored: [] };
  for (const row of rows) {
    if (taken.has(row.id)) parted.stored.push(row);
    else {
      taken.add(row.id);
      parted.fresh.push(row);
    }
  }
  return parted;
}

/** A CREATE that met an id another transaction stored after the batch looked (a uniqueness constraint said no). */
export function isDuplicateId(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === "Neo.ClientError.Schema.ConstraintValidationFailed";
}
