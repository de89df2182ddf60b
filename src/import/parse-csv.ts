import { parse } from "csv-parse/sync";
import type { ImportFile, ImportProblem, RawRow } from "./rows";
import { msg } from "../i18n/message";

/** The rows of a file, its column names (as given) and the problems that kept rows out. */
export interface ParsedFile {
  columns: string[];
  rows: RawRow[];
  problems: ImportProblem[];
}

/**
 * Parses CSV text with csv-parse (RFC 4180 quoting, a UTF-8 byte-order mark tolerated, blank lines
 * skipped). The first line names the columns. A row with the wrong number of cells is reported at
 * its line and left out; each kept row carries the line it starts on.
 */
export function parseCsv(file: ImportFile, text: string): ParsedFile {
  const problems: ImportProblem[] = [];
  let columns: string[] = [];
  let records: Array<{ record: Record<string, string>; info: { lines: number }; raw: string }>;
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => (columns = header.map((h) => h.trim())),
      info: true,
      raw: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error)
          problems.push({
            file,
            line: Number((error as { lines?: number }).lines ?? 0),
            column: null,
            reason: msg("errors.importCsvUnreadable", { detail: error.message }),
          });
      },
    }) as unknown as typeof records;
  } catch (error) {
    const lines = (error as { lines?: number }).lines ?? 0;
    return {
      columns,
      rows: [],
      problems: [...problems, { file, line: lines, column: null, reason: msg("errors.importCsvUnreadable", { detail: (error as Error).message }) }],
    };
  }
  const rows = records.map(({ record, info, raw }) => {
    const innerBreaks = (raw.replace(/\r?\n$/, "").match(/\n/g) ?? []).length;
    return { line: info.lines - innerBreaks, cells: record };
  });
  return { columns, rows, problems };
}
