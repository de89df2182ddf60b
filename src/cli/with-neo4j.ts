import { defaultProjectRoot, loadConfig, type Neo4jPolicy } from "../config";
import { connectNeo4j } from "../db/connect";
import { Database } from "../db/neo4j";
import { createLogger } from "../logger";

/**
 * Runs a command-line task against the configured Neo4j (embedded or remote), then disconnects.
 * The driver follows the configured policy (NEO4J_RETRY_TIME_MS and the rest), as the API's does;
 * `adjust` lets a task change it (bulk loads retry longer).
 */
export async function withNeo4j(
  task: (db: Database, where: { uri: string; projectRoot: string }) => Promise<void>,
  adjust: (configured: Neo4jPolicy) => Neo4jPolicy = (configured) => configured,
): Promise<void> {
  const config = loadConfig();
  const projectRoot = defaultProjectRoot();
  const connection = await connectNeo4j(config.neo4j, projectRoot, createLogger(config.logLevel), { policy: adjust(config.neo4jPolicy) });
  try {
    await task(new Database(connection.driver, config.database), { uri: `${connection.uri} (database ${config.database})`, projectRoot });
  } finally {
    await connection.close();
  }
}

/** Ends a command-line task with its error message and a failing exit code. */
export function exitOnError(error: unknown): never {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
