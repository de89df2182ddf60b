import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { createDriver, Database } from "../../src/db/neo4j";

/** The test Neo4j, reached through NEO4J_URI like any remote server. */
export function openTestDatabase(): { db: Database; driver: Driver } {
  const config = loadConfig();
  if (config.neo4j.kind !== "remote") throw new Error("Integration tests expect NEO4J_URI from the global setup");
  const driver = createDriver(config.neo4j);
  return { db: new Database(driver, config.database), driver };
}

/** Empties the graph so a test file starts from nothing; test files run one at a time. */
export async function resetDatabase(db: Database): Promise<void> {
  await db.write((tx) => tx.run("MATCH (n) DETACH DELETE n"));
}
