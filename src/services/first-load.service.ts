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
  tables: WrittenTable[];
  writeMs: number;
}

/** Writes the importer's CSV of a dataset into `dir`, with what finishing the load needs beside it. */
export function prepareImporterFiles(dataset: SeedDataset, dir: string): PreparedFiles {
  const started = Date.now();
  const { summary: files, tables } = writeImporterFiles(dir, dataset);
  fs.writeFileSync(path.join(dir, FINISH_FILE), JSON.stringify({ emptyLists: files.emptyLists }));
  return { dir, files, tables, writeMs: Date.now() - started };
}

/** Removes the files a load wrote, and their folder if that leaves it empty. */
function removePrepared(prepared: PreparedFiles): void {
  for (const file of [...prepared.tables.map((table) => table.path), FINISH_FILE, REPORT_FILE]) fs.rmSync(path.resolve(prepared.dir, file), { force: true });
  if (fs.readdirSync(prepared.dir).length === 0) fs.rmdirSync(prepared.dir);
}

/** The empty lists a prepared load left to set, read back from its folder. */
export function readEmptyLists(dir: string): EmptyList[] {
  const file = path.join(dir, FINISH_FILE);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: give the --csv-dir the first load wrote`);
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { emptyLists: EmptyList[] }).emptyLists;
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
  recomputeMs: number;
  indexesMs: number;
  sentra: number;
}

/**
 * What Simpul does on a graph the importer wrote: applies schema/*.cypher (constraints, indexes,
 * and the product keys schema/004 derives), sets the empty lists, stores every sentra's metrics
 * and analysis, and waits until every index is online, so the API serves it as loaded online.
 */
export async function finishFirstLoad(
  db: Database,
  schemaDir: string,
  emptyLists: readonly EmptyList[],
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
  await setEmptyLists(db, emptyLists);
  const emptyListsMs = lap();
  progress("recompute", 0);
  const sentra = await recomputeAllSentraMetrics(db, RECOMPUTE_BATCH_SIZE, (done) => progress("recompute", done));
  const recomputeMs = lap();
  progress("indexes");
  await awaitIndexesOnline(db, indexWaitSeconds);
  return { migrateMs, emptyListsMs, recomputeMs, indexesMs: lap(), sentra };
}

export interface EmbeddedFirstLoad {
  projectRoot: string;
  target: Extract<Neo4jTarget, { kind: "embedded" }>;
  database: string;
  /** Where the CSV goes; removed after a load unless `keepCsv`. */
  csvDir: string;
  keepCsv?: boolean;
  logger: Logger;
  policy?: Neo4jPolicy;
  /** Lines the importer prints, and each phase of the finish as it starts. */
  log?: (line: string) => void;
  progress?: (phase: string, done?: number) => void;
}

export interface FirstLoadReport extends FinishTimes {
  /** Making the dataset (`dataset()`), part of totalMs. */
  datasetMs: number;
  csvMs: number;
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
  const prepared = prepareImporterFiles(records, options.csvDir);
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
      const finish = await finishFirstLoad(db, path.join(options.projectRoot, "schema"), prepared.files.emptyLists, options.progress);
      const graph = await countGraph(db);
      return { ...finish, datasetMs, csvMs: prepared.writeMs, importer, startMs, totalMs: Date.now() - started, skipped: prepared.files.skipped, graph };
    } finally {
      await connection.close();
    }
  } finally {
    if (!options.keepCsv) removePrepared(prepared);
  }
}
