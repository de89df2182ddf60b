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
