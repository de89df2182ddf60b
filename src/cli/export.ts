import "reflect-metadata";
import path from "node:path";
import { exportGraph } from "../services/backup.service";
import { backupProgress } from "./backup-progress";
import { readCommandLine, refuse } from "./command-line";
import { inShellLanguage } from "./backup-error";
import { exitOnError, withNeo4j } from "./with-neo4j";

/** `npm run export -- DIR`: writes the whole graph to DIR (new or empty) as a Simpul backup (docs/backup.md). */
const dir = readCommandLine(
  {
    usage: "usage: npm run export -- DIR\nWrites the whole graph to DIR (new or empty; made readable by its owner only) as a Simpul backup (docs/backup.md).",
    options: {},
    allowPositionals: true,
  },
  ({ positionals }) => (positionals.length === 1 ? positionals[0] : refuse("name one folder, DIR")),
);

withNeo4j(async (db, { uri }) => {
  const progress = backupProgress("exported");
  const manifest = await exportGraph(db, path.resolve(dir), { progress });
  progress.finish();
  process.stdout.write(`Exported ${manifest.nodes} nodes and ${manifest.relationships} relationships from ${uri} to ${path.resolve(dir)}\n`);
}).catch((error: unknown) => exitOnError(inShellLanguage(error)));
