import "reflect-metadata";
import path from "node:path";
import { defaultProjectRoot, loadConfig } from "../config";
import { connectNeo4j } from "../db/connect";
import { migrate } from "../db/migrate";
import { Database } from "../db/neo4j";
import { createLogger } from "../logger";

/** `npm run migrate`: applies schema/*.cypher to the configured Neo4j. */
async function run(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const root = defaultProjectRoot();
  const connection = await connectNeo4j(config.neo4j, root, logger);
  try {
    const applied = await migrate(new Database(connection.driver, config.database), path.join(root, "schema"));
    process.stdout.write(`Applied ${applied} schema statements to ${connection.uri} (database ${config.database})\n`);
  } finally {
    await connection.close();
  }
}

run().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
