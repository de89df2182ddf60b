import "reflect-metadata";
import path from "node:path";
import { terminalProgress } from "../../seed/progress";
import { migrate } from "../db/migrate";
import { seed } from "../seeding";
import { readCommandLine } from "./command-line";
import { exitOnError, withNeo4j } from "./with-neo4j";

readCommandLine(
  {
    usage: "usage: npm run seed\nApplies schema/*.cypher to the configured Neo4j, then loads (or re-loads, unchanged) the research seed.",
    options: {},
    allowPositionals: false,
  },
  () => undefined,
);

/** `npm run seed`: applies the schema, then loads (or re-loads, unchanged) the research seed. */
withNeo4j(async (db, { uri, projectRoot }) => {
  await migrate(db, path.join(projectRoot, "schema"));
  await seed(db, terminalProgress());
  process.stdout.write(`Seeded ${uri}\n`);
}).catch(exitOnError);
