import "reflect-metadata";
import path from "node:path";
import { bulkLoadPolicy } from "../config";
import { restoreGraph } from "../services/backup.service";
import { RECOMPUTE_BATCH_SIZE, recomputeAllSentraMetrics } from "../services/sentra-analysis.service";
import { backupProgress } from "./backup-progress";
import { readCommandLine, refuse } from "./command-line";
import { inShellLanguage } from "./backup-error";
import { exitOnError, withNeo4j } from "./with-neo4j";

/**
 * `npm run restore -- DIR`: applies the schema, loads a Simpul backup into an empty database, then
 * stores every sentra's analysis again, which a backup leaves out as derived data (docs/backup.md).
 */
const dir = readCommandLine(
  {
    usage: "usage: npm run restore -- DIR\nLoads the Simpul backup in DIR into an empty database, then stores every sentra's analysis again (docs/backup.md).",
    options: {},
    allowPositionals: true,
  },
  ({ positionals }) => (positionals.length === 1 ? positionals[0] : refuse("name one folder, DIR")),
);

withNeo4j(async (db, { uri, projectRoot }) => {
  const progress = backupProgress("restored");
  const restored = await restoreGraph(db, path.resolve(dir), path.join(projectRoot, "schema"), { progress });
  progress.finish();
  process.stdout.write(`Restored ${restored.nodes} nodes and ${restored.relationships} relationships from ${path.resolve(dir)} to ${uri}\n`);
  const started = Date.now();
  const sentra = await recomputeAllSentraMetrics(db, RECOMPUTE_BATCH_SIZE, (done) => process.stderr.write(`\rrecomputed ${done} sentra`));
  process.stderr.write("\n");
  process.stdout.write(`Recomputed the stored analyses of ${sentra} sentra in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}, bulkLoadPolicy).catch((error: unknown) => exitOnError(inShellLanguage(error)));
