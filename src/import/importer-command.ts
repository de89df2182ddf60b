import fs from "node:fs";
import path from "node:path";
import type { SeedDataset } from "../domain/dataset";
import type { StoredMetrics } from "../repositories/sentra-metrics.repository";
import { METRIC_COLUMNS, metricCells } from "./analysis-csv";
import { ARRAY_DELIMITER_OPTION, QUOTE_OPTION, importerFiles, type Cell, type EmptyList, type ImporterSummary, type ImporterTable } from "./importer-csv";

/** A table written to disk, where the importer will read it. */
export interface WrittenTable {
  path: string;
  kind: ImporterTable["kind"];
  labels: string[];
  rows: number;
}

const FLUSH_CHARS = 1 << 20;

/**
 * Writes one table as `<dir>/<file>.csv`, header line first, a megabyte at a time; `tick` is called
 * at each megabyte (the analyses' workers are fed then).
 */
export function writeTable(dir: string, table: ImporterTable, tick: () => void = () => {}): WrittenTable {
  const file = path.join(dir, `${table.file}.csv`);
  const fd = fs.openSync(file, "w");
  let rows = 0;
  try {
    let chunk = `${table.header}\n`;
    for (const line of table.lines()) {
      rows++;
      chunk += `${line}\n`;
      if (chunk.length >= FLUSH_CHARS) {
        fs.writeSync(fd, chunk);
        chunk = "";
        tick();
      }
    }
    fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  return { path: path.resolve(file), kind: table.kind, labels: table.labels, rows };
}

/** The stored analyses of a dataset's sentra, written as the importer's table(s) while the other tables are. */
export interface AnalysesWriter {
  /** Called between stretches of other writing: hands the analysis more work if it runs alongside. */
  feed(): void;
  /** Writes what is left and waits for it: the analyses' tables, each sentra's metrics, the empty lists. */
  finish(): Promise<WrittenAnalyses>;
  /** Stops the analyses when the other tables fail. */
  abort(): Promise<void>;
}

export interface WrittenAnalyses {
  tables: WrittenTable[];
  metrics: Map<string, StoredMetrics["metrics"]>;
  emptyLists: EmptyList[];
}

/**
 * Writes the importer's tables of a dataset into `dir`, each as soon as it is built. With
 * `analyses`, their tables too, and the sentra table last, with every sentra's metrics.
 */
export async function writeImporterFiles(
  dir: string,
  dataset: SeedDataset,
  analyses?: AnalysesWriter,
): Promise<{ summary: ImporterSummary; tables: WrittenTable[] }> {
  const tables: WrittenTable[] = [];
  const later: ImporterTable[] = [];
  const metrics = new Map<string, Record<string, Cell>>();
  const feed = () => analyses?.feed();
  let summary: ImporterSummary;
  try {
    fs.mkdirSync(dir, { recursive: true });
    summary = importerFiles(
      dataset,
      (table) => {
        if (analyses && table.file === "sentra") later.push(table);
        else tables.push(writeTable(dir, table, feed));
        feed();
      },
      analyses && { columns: METRIC_COLUMNS, of: (sentraId) => metrics.get(sentraId) ?? {} },
    );
  } catch (error) {
    await analyses?.abort();
    throw error;
  }
  if (analyses) {
    const written = await analyses.finish();
    for (const [sentraId, values] of written.metrics) metrics.set(sentraId, metricCells(values));
    tables.push(...written.tables);
    summary.emptyLists.push(...written.emptyLists);
    summary.nodes += written.metrics.size;
  }
  for (const table of later) tables.push(writeTable(dir, table));
  return { summary, tables };
}

export interface ImportOptions {
  database: string;
  /** Replace the database's store (only ever an empty one: the caller checks). */
  overwrite: boolean;
  multiline: boolean;
  /** Where the importer writes its report of bad entries (none are expected). */
  reportFile: string;
}

/**
 * The arguments after `neo4j-admin` for a full import of the written tables: ids are the nodes'
 * own string ids in one space (they are unique across the graph; the stored analyses, keyed by
 * their sentra's id, have a space of their own), labels and relationship types
 * given with each file. Tables without rows are left out: they add
 * nothing.
 */
export function importerArguments(tables: readonly WrittenTable[], options: ImportOptions): string[] {
  return [
    "database",
    "import",
    "full",
    options.database,
    "--id-type=string",
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    `--quote=${QUOTE_OPTION}`,
    `--multiline-fields=${options.multiline}`,
    `--overwrite-destination=${options.overwrite}`,
    `--report-file=${options.reportFile}`,
    ...tables
      .filter((table) => table.rows > 0)
      .map((table) => (table.kind === "nodes" ? `--nodes=${table.labels.join(":")}=${table.path}` : `--relationships=${table.labels[0]}=${table.path}`)),
  ];
}

/** The arguments as one shell line, each quoted where the shell would split or expand it. */
export function shellLine(command: string, args: readonly string[]): string {
  const quoted = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
  return [command, ...args.map(quoted)].join(" ");
}
