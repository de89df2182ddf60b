import { HEADLINE_METRICS, type Headline } from "../domain/analytics/headline";
import { STORED_PARTS } from "../domain/analytics/stored-analysis";
import { metricProperty, type StoredMetrics } from "../repositories/sentra-metrics.repository";
import { field, quote, type Cell, type ColumnType, type EmptyList, type ImporterTable } from "./importer-csv";

/*
 * The stored analyses as one more node table of the importer: each sentra's `SentraAnalysis`
 * record with the properties storeSentraMetrics sets (one JSON text a part, servedBy, the format's
 * version as an integer), in an id space of its own (its id is its sentra's). Its lines are made
 * as they are written, each analysis computed then: a national graph's analyses run to more than a
 * gigabyte of text, never held at once. The sentra's metrics (`metric_<name>`) go on the sentra's
 * own rows, in columns declared here, filled when the sentra table is written after the analyses.
 */

export const ANALYSIS_FILE = "sentra-analyses";
export const ANALYSIS_LABELS = ["SentraAnalysis"];
export const ANALYSIS_HEADER = ["id:ID(SentraAnalysis)", ...STORED_PARTS.map((part) => `${part}:string`), "servedBy:string[]", "version:long"].join(",");

/** Each headline metric's column type, as storeSentraMetrics' parameters store it (a JS number is a float). */
const HEADLINE_TYPES: Record<keyof Headline, ColumnType> = {
  stage: "string",
  dynamic: "boolean",
  ...(Object.fromEntries(HEADLINE_METRICS.map((name) => [name, "double"])) as Record<(typeof HEADLINE_METRICS)[number], ColumnType>),
};

/** The sentra table's metric columns. */
export const METRIC_COLUMNS: ReadonlyArray<[string, ColumnType]> = Object.entries(HEADLINE_TYPES).map(([name, type]) => [metricProperty(name), type]);
const METRIC_TYPES = new Map(METRIC_COLUMNS);

/** One analysis's line of the table; an empty servedBy is noted in `emptyLists`, to be set after the import. */
export function analysisLine(row: StoredMetrics, emptyLists: EmptyList[]): string {
  const { texts, servedBy, version } = row.analysis;
  if (servedBy.length === 0) emptyLists.push({ id: row.sentraId, property: "servedBy", label: "SentraAnalysis" });
  return [quote(row.sentraId), ...STORED_PARTS.map((part) => field(texts[part], "string")), field(servedBy, "string[]"), String(version)].join(",");
}

/** What writing the table found: the empty servedBy lists to set after the import. */
export interface AnalysisTableFound {
  emptyLists: EmptyList[];
}

/**
 * The table of the given analyses, made in this thread; `stored(row)` is told of each one as its
 * line is made (the sentra table, written after it, carries their metrics).
 */
export function storedAnalysisTable(rows: () => Iterable<StoredMetrics>, stored: (row: StoredMetrics) => void, found: AnalysisTableFound): ImporterTable {
  return {
    file: ANALYSIS_FILE,
    kind: "nodes",
    labels: ANALYSIS_LABELS,
    header: ANALYSIS_HEADER,
    lines: function* () {
      for (const row of rows()) {
        stored(row);
        yield analysisLine(row, found.emptyLists);
      }
    },
  };
}

/** A sentra's metrics as the cells of METRIC_COLUMNS; a null one is no property. */
export function metricCells(metrics: StoredMetrics["metrics"]): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  for (const [name, value] of Object.entries(metrics)) {
    const property = metricProperty(name);
    const type = METRIC_TYPES.get(property);
    if (!type) throw new Error(`The metric ${name} has no column in the importer's sentra table`);
    if (value !== null && (type === "double" ? "number" : type) !== typeof value) throw new Error(`The metric ${name} is not a ${type}: ${String(value)}`);
    cells[property] = value;
  }
  return cells;
}
