import "reflect-metadata";
import path from "node:path";
import { terminalProgress } from "../../seed/progress";
import { defaultProjectRoot, loadConfig } from "../config";
import { connectNeo4j } from "../db/connect";
import { migrate } from "../db/migrate";
import { Database } from "../db/neo4j";
import { createLogger } from "../logger";
import { seed } from "../seeding";

/** `npm run seed`: applies the schema, then loads (or re-loads, unchanged) the research seed. */
async function run(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const root = defaultProjectRoot();
  const connection = await connectNeo4j(config.neo4j, root, logger);
  try {
    const db = new Database(connection.driver, config.database);
    await migrate(db, path.join(root, "schema"));
    await seed(db, terminalProgress());
    process.stdout.write(`Seeded ${connection.uri} (database ${config.database})\n`);
  } finally {
    await connection.close();
  }
}

run().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
