import "reflect-metadata";
import path from "node:path";
import { bulkLoadPolicy } from "../config";
import { migrate } from "../db/migrate";
import { DEFAULT_SEED, generateDataset, SCALE_NAMES, SCALES, type ScaleName } from "../generate/synthetic";
import { datasetStatementRows, PER_BATCH_CONCURRENCY, writeDataset, type Progress } from "../repositories/dataset.writer";
import { RECOMPUTE_BATCH_SIZE, recomputeAllSentraMetrics } from "../services/sentra-analysis.service";
import { oneOf, readCommandLine, refuse, wholeNumber, type ParsedCommandLine } from "./command-line";
import { progressBar } from "./progress-bar";
import { countGraph } from "../repositories/system.repository";
import { exitOnError, withNeo4j } from "./with-neo4j";

const USAGE = `usage: npm run generate -- --scale small|medium|full [--seed N] [--batch-size N] [--concurrency N]
Generates a synthetic Indonesia-sized stakeholder network (deterministic for a seed) and loads it
into the configured Neo4j through the dataset writer, in batches that each commit (--batch-size rows,
default 5000; --concurrency batches of a collection at once, default ${PER_BATCH_CONCURRENCY}), then recomputes
every sentra's stored metrics. Scales: ${SCALE_NAMES.map((name) => `${name} (${SCALES[name].sentra} sentra, ${SCALES[name].firms} firms, ${SCALES[name].linkages} linkages)`).join(", ")}.`;

interface Args {
  scale: ScaleName;
  seed: number;
  batchSize: number;
  concurrency: number;
}

const OPTIONS = {
  scale: { type: "string" },
  seed: { type: "string" },
  "batch-size": { type: "string" },
  concurrency: { type: "string" },
} as const;

function interpret({ values }: ParsedCommandLine<typeof OPTIONS, false>): Args {
  if (values.scale === undefined) refuse(`--scale is required: one of ${SCALE_NAMES.join(", ")}`);
  return {
    scale: oneOf("scale", values.scale, SCALE_NAMES),
    seed: values.seed === undefined ? DEFAULT_SEED : wholeNumber("seed", values.seed, 0),
    batchSize: values["batch-size"] === undefined ? 5000 : wholeNumber("batch-size", values["batch-size"], 1),
    concurrency: values.concurrency === undefined ? PER_BATCH_CONCURRENCY : wholeNumber("concurrency", values.concurrency, 1),
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const perSecond = (count: number, ms: number) => Math.round(count / Math.max(ms / 1000, 0.001)).toLocaleString("en-US");

/** One bar over all rows of the load (the shared bar, a line every 5% in a log), the statement in hand beside. */
function loadProgress(totalRows: number, started: number): Progress & { finish(): void } {
  const bar = progressBar({ label: "loading", phaseWidth: 4, steps: 20 });
  let base = 0; // rows of the statements already written
  const report: Progress = (collection, done, total) => {
    const rowsDone = base + done;
    if (done === total) base += total;
    bar.update(
      "rows",
      Math.min(rowsDone, totalRows),
      totalRows,
      `${collection.padEnd(20)} ${String(done).padStart(9)}/${total} ${seconds(Date.now() - started)} s`,
    );
  };
  return Object.assign(report, { finish: bar.finish });
}

async function main(): Promise<void> {
  const args = readCommandLine({ usage: USAGE, options: OPTIONS, allowPositionals: false }, interpret);
  const generatedAt = Date.now();
  const dataset = generateDataset(SCALES[args.scale], args.seed);
  const generatedMs = Date.now() - generatedAt;
  const rows = datasetStatementRows(dataset).reduce((n, s) => n + s.rows, 0);
  process.stderr.write(
    `generated scale ${args.scale} (seed ${args.seed}) in ${seconds(generatedMs)} s: ${dataset.sentra.length} sentra, ${dataset.actors.length} actors, ${dataset.linkages.length} linkages, ${dataset.indicatorScores.length} surveyed firms\n`,
  );
  await withNeo4j(async (db, { uri, projectRoot }) => {
    await migrate(db, path.join(projectRoot, "schema"));
    const before = await countGraph(db);
    const started = Date.now();
    const loading = loadProgress(rows, started);
    await writeDataset(db, dataset, loading, { batchSize: args.batchSize, transactions: "per-batch", concurrency: args.concurrency });
    loading.finish();
    const loadMs = Date.now() - started;
    const after = await countGraph(db);
    const nodes = after.nodes - before.nodes;
    const relationships = after.relationships - before.relationships;
    const recomputeStarted = Date.now();
    const recomputing = progressBar({ label: "recomputing", phaseWidth: 21 });
    const sentra = await recomputeAllSentraMetrics(db, RECOMPUTE_BATCH_SIZE, (done) =>
      recomputing.update("stored sentra metrics", done, dataset.sentra.length, `${seconds(Date.now() - recomputeStarted)} s`),
    );
    recomputing.finish();
    const recomputeMs = Date.now() - recomputeStarted;
    process.stderr.write(`recomputed the stored metrics of ${sentra} sentra in ${seconds(recomputeMs)} s\n`);
    process.stdout.write(
      `Loaded scale ${args.scale} (seed ${args.seed}) into ${uri}: ${nodes} new nodes, ${relationships} new relationships (${rows} rows, batches of ${args.batchSize}, ${args.concurrency} at once) in ${seconds(loadMs)} s: ` +
        `${perSecond(nodes, loadMs)} nodes/s, ${perSecond(relationships, loadMs)} relationships/s; graph now ${after.nodes} nodes, ${after.relationships} relationships\n`,
    );
  }, bulkLoadPolicy);
}

main().catch(exitOnError);
