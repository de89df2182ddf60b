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

/** True when a trivial read succeeds on the configured database. */
export async function isReachable(db: Database): Promise<boolean> {
  try {
    await db.read((tx) => tx.run("RETURN 1"));
    return true;
  } catch {
    return false;
  }
}
