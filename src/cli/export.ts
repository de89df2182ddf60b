import "reflect-metadata";
import path from "node:path";
import { exportGraph } from "../services/backup.service";
import { backupProgress } from "./backup-progress";
import { inShellLanguage } from "./backup-error";
import { exitOnError, withNeo4j } from "./with-neo4j";

/** `npm run export -- DIR`: writes the whole graph to DIR (new or empty) as a Simpul backup (docs/backup.md). */
const dir = process.argv[2];
if (!dir || process.argv.length > 3) {
  process.stderr.write("Usage: npm run export -- DIR   (DIR must be new or empty)\n");
  process.exit(2);
}

withNeo4j(async (db, { uri }) => {
  const progress = backupProgress("exported");
  const manifest = await exportGraph(db, path.resolve(dir), { progress });
  progress.finish();
  process.stdout.write(`Exported ${manifest.nodes} nodes and ${manifest.relationships} relationships from ${uri} to ${path.resolve(dir)}\n`);
}).catch((error: unknown) => exitOnError(inShellLanguage(error)));
