import type { ParsedFile } from "./parse-csv";
import type { ImportFile, ImportProblem, RawRow } from "./rows";
import { msg } from "../i18n/message";

/**
 * The rows of a JSON import: `[{...}, ...]` (an array of rows of one file), or
 * `{ "firms": [...], "linkages": [...] }` (both files at once). A row's "line" is its 1-based
 * position in its array; its columns are the keys of all its rows.
 */
export function parseJson(text: string, single: ImportFile = "firms"): Partial<Record<ImportFile, ParsedFile>> & { problems: ImportProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { problems: [{ file: single, line: 0, column: null, reason: msg("errors.importJsonInvalid", { detail: (error as Error).message }) }] };
  }
  if (Array.isArray(value)) return { [single]: rowsOf(single, value), problems: [] };
  if (value && typeof value === "object") {
    const { firms, linkages, ...rest } = value as Record<string, unknown>;
    const problems: ImportProblem[] = Object.keys(rest).map((key) => ({
      file: single,
      line: 0,
      column: key,
      reason: msg("errors.importJsonUnknownKey"),
    }));
    const result: Partial<Record<ImportFile, ParsedFile>> & { problems: ImportProblem[] } = { problems };
    for (const [file, rows] of [["firms", firms] as const, ["linkages", linkages] as const]) {
      if (rows === undefined) continue;
      if (Array.isArray(rows)) result[file] = rowsOf(file, rows);
      else problems.push({ file, line: 0, column: null, reason: msg("errors.importJsonNotArray", { file }) });
    }
    return result;
  }
  return { problems: [{ file: single, line: 0, column: null, reason: msg("errors.importJsonShape") }] };
}

function rowsOf(file: ImportFile, items: unknown[]): ParsedFile {
  const problems: ImportProblem[] = [];
  const rows: RawRow[] = [];
  const columns = new Set<string>();
  items.forEach((item, index) => {
    if (item && typeof item === "object" && !Array.isArray(item)) {
      Object.keys(item).forEach((key) => columns.add(key));
      rows.push({ line: index + 1, cells: item as Record<string, unknown> });
    } else {
      problems.push({ file, line: index + 1, column: null, reason: msg("errors.importJsonRowNotObject") });
    }
  });
  return { columns: [...columns], rows, problems };
}
