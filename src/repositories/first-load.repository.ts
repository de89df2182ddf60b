import type { Database } from "../db/neo4j";
import type { EmptyList } from "../import/importer-csv";

/**
 * Sets the list properties a dataset left empty, which the importer's CSV cannot hold (an empty
 * field is no property), as the dataset writer's `SET n = row.props` stores them: empty lists.
 */
export async function setEmptyLists(db: Database, lists: readonly EmptyList[], batchSize = 5000): Promise<void> {
  // The pattern from a fixed set, never from the file: a stored analysis shares its sentra's id.
  const patterns = { Node: "(n:Node {id: row.id})", SentraAnalysis: "(n:SentraAnalysis {id: row.id})", LINKED: "()-[n:LINKED {id: row.id}]->()" } as const;
  for (const [label, pattern] of Object.entries(patterns)) {
    const ofLabel = lists.filter((list) => (list.label ?? "Node") === label).map(({ id, property }) => ({ id, property }));
    for (let start = 0; start < ofLabel.length; start += batchSize) {
      const rows = ofLabel.slice(start, start + batchSize);
      await db.write((tx) => tx.run(`UNWIND $rows AS row MATCH ${pattern} SET n[row.property] = []`, { rows }));
    }
  }
}

/** Waits until every index is online (populated), failing after `seconds`. */
export async function awaitIndexesOnline(db: Database, seconds: number): Promise<void> {
  await db.schema(`CALL db.awaitIndexes(${Math.max(1, Math.round(seconds))})`);
}

/** How many sentra the graph holds (the stored analyses a finish will compute). */
export async function countSentra(db: Database): Promise<number> {
  return db.read(async (tx) => Number((await tx.run("MATCH (s:Sentra) RETURN count(s) AS n")).records[0].get("n")));
}
