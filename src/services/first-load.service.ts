import fs from "node:fs";
import path from "node:path";
import type { Neo4jPolicy, Neo4jTarget } from "../config";
import { connectNeo4j } from "../db/connect";
import { migrate } from "../db/migrate";
import { Database } from "../db/neo4j";
import type { SeedDataset } from "../domain/dataset";
import { runNeo4jAdmin, type ImporterRun } from "../embedded/offline-import";
import { importerArguments, writeImporterFiles, type WrittenTable } from "../import/importer-command";
import type { EmptyList, ImporterSummary } from "../import/importer-csv";
import type { Logger } from "../logger";
import { awaitIndexesOnline, setEmptyLists } from "../repositories/first-load.repository";
import { countGraph } from "../repositories/system.repository";
import { ANALYSIS_VERSION } from "../domain/analytics/stored-analysis";
import { datasetAnalyses, type AnalysesProgress } from "./dataset-analyses";
import { RECOMPUTE_BATCH_SIZE, recomputeAllSentraMetrics } from "./sentra-analysis.service";

/** A first load asked of a database that already holds a graph: it would be replaced. */
export class FirstLoadRefused extends Error {}

/** What the importer leaves for the database to do: kept beside the CSV for a later `--finish`. */
const FINISH_FILE = "first-load-finish.json";
/** Where the importer reports bad entries (none are expected: the CSV writer checks references). */
export const REPORT_FILE = "import.report";

export interface PreparedFiles {
  dir: string;
  files: ImporterSummary;
  /** What finishing the load needs, also written beside the CSV for a later `--finish`. */
  plan: FinishPlan;
  tables: WrittenTable[];
  /** Writing the CSV, the analyses computed as it is written included. */
  writeMs: number;
  /** Wall-clock time spent analysing the sentra, summed over the threads that did it (dataset-analyses.ts). */
  analysesMs: number;
  /** Worker threads that analysed them; 0 when this thread did, after the other tables. */
  analysisThreads: number;
  /** The sentra whose analysis the CSV holds. */
  sentra: number;
}

/** What finishing a load needs, kept beside its CSV (for `--finish`, perhaps by a later build). */
export interface FinishPlan {
  emptyLists: EmptyList[];
  /** The format of the analyses the CSV holds: a finish by a build of another format recomputes them. */
  analysisVersion: number;
}

/**
 * Writes the importer's CSV of a dataset into `dir`, every sentra's stored analysis and metrics
 * included (dataset-analyses.ts), with what finishing the load needs beside it.
 */
export async function prepareImporterFiles(dataset: SeedDataset, dir: string, options: AnalysesProgress = {}): Promise<PreparedFiles> {
  const started = Date.now();
  const analyses = datasetAnalyses(dir, dataset, options);
  const { summary: files, tables } = await writeImporterFiles(dir, dataset, analyses);
  const plan: FinishPlan = { emptyLists: files.emptyLists, analysisVersion: ANALYSIS_VERSION };
  fs.writeFileSync(path.join(dir, FINISH_FILE), JSON.stringify(plan));
  const sentra = tables.filter((table) => table.labels[0] === "SentraAnalysis").reduce((sum, table) => sum + table.rows, 0);
  return {
    dir,
    files,
    plan,
    tables,
    writeMs: Date.now() - started,
    analysesMs: Math.round(analyses.report.busyMs),
    analysisThreads: analyses.report.threads,
    sentra,
  };
}

/** Removes the files a load wrote, and their folder if that leaves it empty. */
function removePrepared(prepared: PreparedFiles): void {
  for (const file of [...prepared.tables.map((table) => table.path), FINISH_FILE, REPORT_FILE]) fs.rmSync(path.resolve(prepared.dir, file), { force: true });
  if (fs.readdirSync(prepared.dir).length === 0) fs.rmdirSync(prepared.dir);
}

/** What a prepared load left to do, read back from its folder. */
export function readFinishPlan(dir: string): FinishPlan {
  const file = path.join(dir, FINISH_FILE);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: give the --csv-dir the first load wrote`);
  const plan = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<FinishPlan>;
  // A plan of a build before the analyses went into the CSV has no version: they are computed then.
  return { emptyLists: plan.emptyLists ?? [], analysisVersion: plan.analysisVersion ?? 0 };
}

/** Refuses (FirstLoadRefused) a graph that holds any node: the importer replaces a database whole. */
export function refuseNonEmpty(where: string, graph: { nodes: number; relationships: number }): void {
  if (graph.nodes === 0) return;
  throw new FirstLoadRefused(
    `${where} already holds ${graph.nodes} nodes and ${graph.relationships} relationships: a first load fills an empty database only ` +
      `(the importer would replace the graph). Load into an empty database (for the embedded Neo4j, another SIMPUL_DATA_DIR), or add to this one with npm run generate or npm run import.`,
  );
}

export interface FinishTimes {
  migrateMs: number;
  emptyListsMs: number;
  /** Recomputing the stored analyses in the database: 0 when the CSV held them (as it does). */
  recomputeMs: number;
  indexesMs: number;
  /** The sentra recomputed (0 when the CSV held their analyses). */
  recomputed: number;
}

/**
 * What Simpul does on a graph the importer wrote: applies schema/*.cypher (constraints, indexes,
 * and the product keys schema/004 derives), sets the empty lists, and waits until every index is
 * online, so the API serves it as loaded online. The stored analyses came in the CSV; only CSV
 * written by a build of another analysis format has them recomputed here.
 */
export async function finishFirstLoad(
  db: Database,
  schemaDir: string,
  plan: FinishPlan,
  progress: (phase: string, done?: number) => void = () => {},
  indexWaitSeconds = 3600,
): Promise<FinishTimes> {
  let mark = Date.now();
  const lap = () => {
    const now = Date.now();
    const ms = now - mark;
    mark = now;
    return ms;
  };
  progress("migrate");
  await migrate(db, schemaDir);
  const migrateMs = lap();
  progress("empty lists");
  await setEmptyLists(db, plan.emptyLists);
  const emptyListsMs = lap();
  let recomputed = 0;
  if (plan.analysisVersion !== ANALYSIS_VERSION) {
    progress("recompute", 0);
    recomputed = await recomputeAllSentraMetrics(db, RECOMPUTE_BATCH_SIZE, (done) => progress("recompute", done));
  }
  const recomputeMs = lap();
  progress("indexes");
  await awaitIndexesOnline(db, indexWaitSeconds);
  return { migrateMs, emptyListsMs, recomputeMs, indexesMs: lap(), recomputed };
}

export interface EmbeddedFirstLoad {
  projectRoot: string;
  target: Extract<Neo4jTarget, { kind: "embedded" }>;
  database: string;
  /** Where the CSV goes; removed after a load unless `keepCsv`. */
  csvDir: string;
  keepCsv?: boolean;
  /** Worker threads that analyse the sentra while the CSV is written (dataset-analyses.ts). */
  threads?: number;
  logger: Logger;
  policy?: Neo4jPolicy;
  /** Lines the importer prints, and each phase of the finish as it starts. */
  log?: (line: string) => void;
  /** Each phase as it starts, and the sentra analysed or recomputed so far. */
  progress?: (phase: string, done?: number) => void;
}

export interface FirstLoadReport extends FinishTimes {
  /** Making the dataset (`dataset()`), part of totalMs. */
  datasetMs: number;
  /** Writing the CSV, analysesMs included. */
  csvMs: number;
  /** Computing every sentra's stored analysis while the CSV was written (summed over its threads). */
  analysesMs: number;
  analysisThreads: number;
  /** The sentra whose analysis the CSV held. */
  sentra: number;
  importer: ImporterRun;
  startMs: number;
  totalMs: number;
  skipped: Record<string, number>;
  graph: { nodes: number; relationships: number };
}

/**
 * A dataset loaded into the embedded Neo4j's empty database through the offline importer: the
 * database is checked empty (started once if it exists), the CSV written, the importer run into
 * the data folder before Neo4j starts, then Neo4j started and the load finished (finishFirstLoad).
 * Refuses (FirstLoadRefused) a database that holds any node, before `dataset` makes the dataset.
 */
export async function firstLoadEmbedded(dataset: () => SeedDataset, options: EmbeddedFirstLoad): Promise<FirstLoadReport> {
  const started = Date.now();
  const { target, database, logger } = options;
  const log = options.log ?? (() => {});
  const connect = () => connectNeo4j(target, options.projectRoot, logger, { database, policy: options.policy });
  const store = path.join(target.dataDir, "data", "databases", database);
  const exists = fs.existsSync(store);
  if (exists) {
    const connection = await connect();
    try {
      refuseNonEmpty(`The database ${database} in ${target.dataDir}`, await countGraph(new Database(connection.driver, database)));
    } finally {
      await connection.close();
    }
  }

  const datasetAt = Date.now();
  const records = dataset();
  const datasetMs = Date.now() - datasetAt;
  const prepared = await prepareImporterFiles(records, options.csvDir, {
    threads: options.threads,
    analysed: (done) => options.progress?.("analyse", done),
  });
  try {
    const args = importerArguments(prepared.tables, {
      database,
      overwrite: exists,
      multiline: prepared.files.multiline,
      reportFile: path.resolve(options.csvDir, REPORT_FILE),
    });
    const importer = await runNeo4jAdmin({ projectRoot: options.projectRoot, home: target.dataDir, heapMiB: target.heapMiB, log }, args);

    const startAt = Date.now();
    const connection = await connect();
    const startMs = Date.now() - startAt;
    try {
      const db = new Database(connection.driver, database);
      const finish = await finishFirstLoad(db, path.join(options.projectRoot, "schema"), prepared.plan, options.progress);
      const graph = await countGraph(db);
      return {
        ...finish,
        datasetMs,
        csvMs: prepared.writeMs,
        analysesMs: prepared.analysesMs,
        analysisThreads: prepared.analysisThreads,
        sentra: prepared.sentra,
        importer,
        startMs,
        totalMs: Date.now() - started,
        skipped: prepared.files.skipped,
        graph,
      };
    } finally {
      await connection.close();
    }
  } finally {
    if (!options.keepCsv) removePrepared(prepared);
  }
}
