import "reflect-metadata";
import path from "node:path";
import { bulkLoadPolicy } from "../config";
import { migrate } from "../db/migrate";
import { readCommandLine } from "./command-line";
import { RECOMPUTE_BATCH_SIZE, recomputeAllSentraMetrics } from "../services/sentra-analysis.service";
import { exitOnError, withNeo4j } from "./with-neo4j";

readCommandLine(
  {
    usage: "usage: npm run recompute\nRecomputes and stores every sentra's headline metrics and whole analysis (default thresholds).",
    options: {},
    allowPositionals: false,
  },
  () => undefined,
);

/**
 * `npm run recompute`: recomputes and stores every sentra's headline metrics and whole analysis
 * (default thresholds). schema/*.cypher first, so that a database from before the stored analyses
 * has the `SentraAnalysis` id constraint their writes MERGE on.
 */
withNeo4j(async (db, { uri, projectRoot }) => {
  await migrate(db, path.join(projectRoot, "schema"));
  const started = Date.now();
  const count = await recomputeAllSentraMetrics(db, RECOMPUTE_BATCH_SIZE, (done) => process.stdout.write(`\rRecomputed ${done} sentra`));
  process.stdout.write(`\nRecomputed the headline metrics and analyses of ${count} sentra in ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}, bulkLoadPolicy).catch(exitOnError);
