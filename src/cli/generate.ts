import "reflect-metadata";
import path from "node:path";
import { bulkLoadPolicy } from "../config";
import { migrate } from "../db/migrate";
import type { Database } from "../db/neo4j";
import { DEFAULT_SEED, generateDataset, SCALE_NAMES, SCALES, type ScaleName } from "../generate/synthetic";
import { datasetStatementRows, PER_BATCH_CONCURRENCY, writeDataset, type Progress } from "../repositories/dataset.writer";
import { RECOMPUTE_BATCH_SIZE, recomputeAllSentraMetrics } from "../services/sentra-analysis.service";
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

function parseArgs(argv: string[]): Args {
  let scale: string | undefined;
  let seed = DEFAULT_SEED;
  let batchSize = 5000;
  let concurrency = PER_BATCH_CONCURRENCY;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[(i += 1)];
      if (next === undefined || next.startsWith("--")) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    const whole = (text: string, min: number) => {
      const n = Number(text);
      if (!Number.isInteger(n) || n < min) throw new Error(`${arg} must be a whole number from ${min}, got "${text}"\n${USAGE}`);
      return n;
    };
    if (arg === "--scale") scale = value();
    else if (arg === "--seed") seed = whole(value(), 0);
    else if (arg === "--batch-size") batchSize = whole(value(), 1);
    else if (arg === "--concurrency") concurrency = whole(value(), 1);
    else if (arg === "--help" || arg === "-h") throw new Error(USAGE);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (!scale || !(SCALE_NAMES as string[]).includes(scale)) throw new Error(`--scale must be one of ${SCALE_NAMES.join(", ")}\n${USAGE}`);
  return { scale: scale as ScaleName, seed, batchSize, concurrency };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const perSecond = (count: number, ms: number) => Math.round(count / Math.max(ms / 1000, 0.001)).toLocaleString("en-US");

/** One bar over all rows of the load, redrawn in place on a terminal, every 5% otherwise; on stderr. */
function progressBar(totalRows: number, started: number, stream: NodeJS.WriteStream = process.stderr, width = 30): Progress {
  let base = 0; // rows of the statements already written
  let lastShown = -1;
  return (collection, done, total) => {
    const rowsDone = base + done;
    if (done === total) base += total;
    const share = totalRows === 0 ? 1 : Math.min(1, rowsDone / totalRows);
    const step = Math.floor(share * 20);
    if (!stream.isTTY && step === lastShown && done !== total) return;
    lastShown = step;
    const filled = Math.round(share * width);
    const line = `loading [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${collection.padEnd(20)} ${String(done).padStart(9)}/${total} ${seconds(Date.now() - started)} s`;
    stream.write(stream.isTTY ? `\r${line}` : `${line}\n`);
  };
}

/** Nodes and relationships in the database, from Neo4j's count store (no scan). */
async function countGraph(db: Database): Promise<{ nodes: number; relationships: number }> {
  return db.read(async (tx) => {
    const nodes = await tx.run<{ n: number }>("MATCH (n) RETURN count(n) AS n");
    const relationships = await tx.run<{ n: number }>("MATCH ()-[r]->() RETURN count(r) AS n");
    return { nodes: Number(nodes.records[0].get("n")), relationships: Number(relationships.records[0].get("n")) };
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
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
    await writeDataset(db, dataset, progressBar(rows, started), { batchSize: args.batchSize, transactions: "per-batch", concurrency: args.concurrency });
    const loadMs = Date.now() - started;
    if (process.stderr.isTTY) process.stderr.write("\n");
    const after = await countGraph(db);
    const nodes = after.nodes - before.nodes;
    const relationships = after.relationships - before.relationships;
    const recomputeStarted = Date.now();
    let shown = -1;
    const sentra = await recomputeAllSentraMetrics(db, RECOMPUTE_BATCH_SIZE, (done) => {
      const tenth = Math.floor((10 * done) / Math.max(1, dataset.sentra.length));
      if (process.stderr.isTTY) process.stderr.write(`\rrecomputing stored sentra metrics ${done}/${dataset.sentra.length}`);
      else if (tenth !== shown)
        process.stderr.write(`recomputing stored sentra metrics ${done}/${dataset.sentra.length} ${seconds(Date.now() - recomputeStarted)} s\n`);
      shown = tenth;
    });
    const recomputeMs = Date.now() - recomputeStarted;
    process.stderr.write(`${process.stderr.isTTY ? "\n" : ""}recomputed the stored metrics of ${sentra} sentra in ${seconds(recomputeMs)} s\n`);
    process.stdout.write(
      `Loaded scale ${args.scale} (seed ${args.seed}) into ${uri}: ${nodes} new nodes, ${relationships} new relationships (${rows} rows, batches of ${args.batchSize}, ${args.concurrency} at once) in ${seconds(loadMs)} s: ` +
        `${perSecond(nodes, loadMs)} nodes/s, ${perSecond(relationships, loadMs)} relationships/s; graph now ${after.nodes} nodes, ${after.relationships} relationships\n`,
    );
  }, bulkLoadPolicy);
}

main().catch(exitOnError);
