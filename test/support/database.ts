import path from "node:path";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { migrate } from "../../src/db/migrate";
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

/** Every node and relationship with all its properties, sorted: equal fingerprints mean an unchanged graph. */
export async function graphFingerprint(db: Database): Promise<string[]> {
  return db.read(async (tx) => {
    const nodes = await tx.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties");
    const relationships = await tx.run("MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, properties(r) AS properties, b.id AS to");
    return [...nodes.records, ...relationships.records].map((r) => canonicalJson(r.toObject())).sort();
  });
}

// Neo4j does not promise the order of a map's keys, so sort them before comparing.
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** An emptied, migrated test database, with `fill` run on it; what a test file starts from. */
export async function freshGraph(fill: (db: Database) => Promise<unknown> = async () => {}): Promise<{ db: Database; driver: Driver }> {
  const opened = openTestDatabase();
  await resetDatabase(opened.db);
  await migrate(opened.db, path.resolve(__dirname, "..", "..", "schema"));
  await fill(opened.db);
  return opened;
}
