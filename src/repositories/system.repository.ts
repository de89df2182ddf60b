import type { Database } from "../db/neo4j";

export interface Neo4jComponent {
  name: string;
  version: string;
  edition: string;
}

/** The Neo4j server the API talks to, as it reports itself. */
export async function fetchNeo4jComponent(db: Database): Promise<Neo4jComponent> {
  return db.read(async (tx) => {
    const result = await tx.run<{ name: string; version: string; edition: string }>(
      `CALL dbms.components() YIELD name, versions, edition
       RETURN name, versions[0] AS version, edition`,
    );
    const record = result.records[0];
    return { name: record.get("name"), version: record.get("version"), edition: record.get("edition") };
  });
}

/**
 * True when the configured database answers within `timeoutMs`. It asks the driver directly:
 * a transaction function would keep retrying an unreachable server for half a minute.
 */
export async function isReachable(db: Database, timeoutMs = 3000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const check = db.driver.verifyConnectivity({ database: db.name }).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the database holds any sentra yet (a first start holds none). */
export async function hasAnySentra(db: Database): Promise<boolean> {
  return db.read(async (tx) => (await tx.run("MATCH (s:Sentra) RETURN s LIMIT 1")).records.length > 0);
}

/** Nodes and relationships in the database, from Neo4j's count store (no scan). */
export async function countGraph(db: Database): Promise<{ nodes: number; relationships: number }> {
  return db.read(async (tx) => {
    const nodes = await tx.run<{ n: number }>("MATCH (n) RETURN count(n) AS n");
    const relationships = await tx.run<{ n: number }>("MATCH ()-[r]->() RETURN count(r) AS n");
    return { nodes: Number(nodes.records[0].get("n")), relationships: Number(relationships.records[0].get("n")) };
  });
}
