import "reflect-metadata";
import path from "node:path";
import { migrate } from "../db/migrate";
import { readCommandLine } from "./command-line";
import { exitOnError, withNeo4j } from "./with-neo4j";

readCommandLine(
  { usage: "usage: npm run migrate\nApplies schema/*.cypher to the configured Neo4j (NEO4J_URI, or the embedded one).", options: {}, allowPositionals: false },
  () => undefined,
);

/** `npm run migrate`: applies schema/*.cypher to the configured Neo4j. */
withNeo4j(async (db, { uri, projectRoot }) => {
  const applied = await migrate(db, path.join(projectRoot, "schema"));
  process.stdout.write(`Applied ${applied} schema statements to ${uri}\n`);
}).catch(exitOnError);
