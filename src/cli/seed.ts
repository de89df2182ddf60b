import "reflect-metadata";
import path from "node:path";
import { terminalProgress } from "../../seed/progress";
import { migrate } from "../db/migrate";
import { seed } from "../seeding";
import { exitOnError, withNeo4j } from "./with-neo4j";

/** `npm run seed`: applies the schema, then loads (or re-loads, unchanged) the research seed. */
withNeo4j(async (db, { uri, projectRoot }) => {
  await migrate(db, path.join(projectRoot, "schema"));
  await seed(db, terminalProgress());
  process.stdout.write(`Seeded ${uri}\n`);
}).catch(exitOnError);
