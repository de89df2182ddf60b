import fs from "node:fs";
import path from "node:path";
import type { SeedDataset } from "../domain/dataset";
import { ARRAY_DELIMITER_OPTION, importerFiles, type ImporterSummary, type ImporterTable } from "./importer-csv";

/** A table written to disk, where the importer will read it. */
export interface WrittenTable {
  path: string;
  kind: ImporterTable["kind"];
  labels: string[];
  rows: number;
}

const FLUSH_CHARS = 1 << 20;

/** Writes one table as `<dir>/<file>.csv`, header line first, a megabyte at a time. */
function writeTable(dir: string, table: ImporterTable): WrittenTable {
  const file = path.join(dir, `${table.file}.csv`);
  const fd = fs.openSync(file, "w");
  try {
    let chunk = `${table.header}\n`;
    for (const line of table.lines()) {
      chunk += `${line}\n`;
      if (chunk.length >= FLUSH_CHARS) {
        fs.writeSync(fd, chunk);
        chunk = "";
      }
    }
    fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  return { path: path.resolve(file), kind: table.kind, labels: table.labels, rows: table.rows };
}

/** Writes the importer's tables of a dataset into `dir`, each as soon as it is built. */
export function writeImporterFiles(dir: string, dataset: SeedDataset): { summary: ImporterSummary; tables: WrittenTable[] } {
  fs.mkdirSync(dir, { recursive: true });
  const tables: WrittenTable[] = [];
  const summary = importerFiles(dataset, (table) => tables.push(writeTable(dir, table)));
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
 * own string ids in one space (they are unique across the graph), labels and relationship types
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
