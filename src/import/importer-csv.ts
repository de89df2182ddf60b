import type { SeedDataset } from "../domain/dataset";
import { kbliProblem } from "../domain/kbli";

/*
 * A dataset as the CSV files of Neo4j's offline importer (`neo4j-admin database import full`),
 * holding exactly what the dataset writer (repositories/dataset.writer.ts) stores on an empty
 * graph: the same labels, property names and types (a JS number is a Cypher float, so `double`),
 * dates as `date`, locations as WGS 84 `point`s, the same relationship types and properties. What
 * the writer derives in Cypher is derived after the import the same way (schema/004 sets product
 * keys; recomputeAllSentraMetrics the stored analyses), and empty lists, which a CSV cannot hold,
 * are set after the import too (emptyLists).
 *
 * The writer MATCHes what a record refers to and skips it when absent; so do these tables, in the
 * writer's order, and count what they skip. A node id given twice is refused: the writer would
 * merge the two records (and keep both regions of a sentra), which the importer cannot.
 */

export type Cell = string | number | boolean | readonly string[] | DateCell | PointCell | null | undefined;
export interface DateCell {
  date: string;
}
export interface PointCell {
  latitude: number;
  longitude: number;
}

const date = (iso: string | null | undefined): DateCell | null => (iso == null ? null : { date: iso });

/** One importer input file: a node file with its labels or a relationship file with its type. */
export interface ImporterTable {
  file: string;
  kind: "nodes" | "relationships";
  /** Node labels, or the one relationship type. */
  labels: string[];
  header: string;
  lines: () => Iterable<string>;
}

/** A list property left empty: the importer writes none, so it is set after the import. */
export interface EmptyList {
  id: string;
  property: string;
  /**
   * Absent for a node of the graph (label Node); a stored analysis's list (its id is its
   * sentra's); a linkage's (a LINKED relationship, by its id).
   */
  label?: "SentraAnalysis" | "LINKED";
}

/** What building the tables found, beside the tables themselves. */
export interface ImporterSummary {
  emptyLists: EmptyList[];
  /** Whether a string holds a line break (the importer then needs --multiline-fields). */
  multiline: boolean;
  /** Records skipped because what they refer to is not in the dataset, by what they are. */
  skipped: Record<string, number>;
  nodes: number;
  relationships: number;
}

/** The dataset's collections of observations, and the `kind` each is stored with. */
export const OBSERVATION_KINDS = [
  ["indicatorScores", "INDICATOR_SCORE"],
  ["problemSolvingScores", "PROBLEM_SOLVING_SCORE"],
  ["surveyResponses", "SURVEY_RESPONSE"],
] as const;

/** The importer's array delimiter: a control character no text holds. */
export const ARRAY_DELIMITER = "\u001F";
export const ARRAY_DELIMITER_OPTION = "\\u001F";

interface NodeRecord {
  id: string;
  props: Record<string, Cell>;
}
interface TieRecord {
  from: string;
  to: string;
  props: Record<string, Cell>;
}

export type ColumnType = "string" | "double" | "boolean" | "string[]" | "date" | "point";

function typeOf(value: Exclude<Cell, null | undefined>, table: string, key: string): ColumnType {
  if (typeof value === "string") return "string";
  if (typeof value === "number") return "double";
  if (typeof value === "boolean") return "boolean";
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === "string")) return "string[]";
    throw new Error(`${table}.${key}: only lists of text can be written by the importer`);
  }
  if ("date" in value) return "date";
  return "point";
}

/**
 * The importer's quote character (its --quote): U+001E, a control character JSON never holds raw
 * (JSON.stringify escapes it), so the stored analyses' JSON, 1.4 GB at full scale, is written as it
 * is; with `"` every quote of it was doubled, 2 ms a sentra.
 */
export const QUOTE = "\u001E";
export const QUOTE_OPTION = "\\u001E";

/** Quoted, a quote character inside doubled (RFC 4180's rule, with QUOTE). An unquoted empty field is no property. */
export const quote = (text: string) => QUOTE + (text.includes(QUOTE) ? text.replaceAll(QUOTE, QUOTE + QUOTE) : text) + QUOTE;

export function field(value: Cell, type: ColumnType): string {
  if (value === null || value === undefined) return "";
  switch (type) {
    case "string":
      return quote(value as string);
    case "double":
      return String(value);
    case "boolean":
      return value ? "true" : "false";
    case "string[]": {
      const items = value as readonly string[];
      if (items.length === 0) return ""; // set after the import (emptyLists)
      if (items.some((item) => item.includes(ARRAY_DELIMITER))) throw new Error(`A list item holds the importer's array delimiter U+001F`);
      return quote(items.join(ARRAY_DELIMITER));
    }
    case "date":
      return (value as DateCell).date;
    case "point": {
      const { latitude, longitude } = value as PointCell;
      return quote(`{latitude:${latitude},longitude:${longitude}}`);
    }
  }
}

/** The columns of a table: every property any record has, typed by its values (one type a property). */
function columnsOf(name: string, records: readonly { props: Record<string, Cell> }[], found: ImporterSummary): Array<[string, ColumnType]> {
  const columns = new Map<string, ColumnType>();
  for (const { props } of records) {
    for (const key in props) {
      const value = props[key];
      if (value === null || value === undefined) continue;
      // Once one is found, the rest need no look (a national dataset has millions of values).
      if (!found.multiline && typeof value === "string" && (value.includes("\n") || value.includes("\r"))) found.multiline = true;
      const type = typeOf(value, name, key);
      const seen = columns.get(key);
      if (seen && seen !== type) throw new Error(`${name}.${key} is ${seen} in one record and ${type} in another: the importer needs one type a column`);
      columns.set(key, type);
    }
  }
  return [...columns].sort(([a], [b]) => a.localeCompare(b));
}

/** Columns whose values are known only when the table is written (a sentra's metrics, after the analyses). */
export interface LateColumns {
  columns: ReadonlyArray<[string, ColumnType]>;
  of: (id: string) => Record<string, Cell>;
}

function nodeTable(file: string, labels: string[], records: NodeRecord[], found: ImporterSummary, late?: LateColumns): ImporterTable {
  const columns = columnsOf(file, records, found).filter(([key]) => key !== "id");
  for (const record of records)
    for (const [key, type] of columns) {
      const value = record.props[key];
      if (type === "string[]" && Array.isArray(value) && value.length === 0) found.emptyLists.push({ id: record.id, property: key });
    }
  found.nodes += records.length;
  const all = [...columns, ...(late?.columns ?? [])].sort(([a], [b]) => a.localeCompare(b));
  return {
    file,
    kind: "nodes",
    labels,
    header: ["id:ID", ...all.map(([key, type]) => `${key}:${type}`)].join(","),
    lines: function* () {
      for (const record of records) {
        const props = late ? { ...record.props, ...late.of(record.id) } : record.props;
        yield [quote(record.id), ...all.map(([key, type]) => field(props[key], type))].join(",");
      }
    },
  };
}

function tieTable(file: string, type: string, records: TieRecord[], found: ImporterSummary): ImporterTable {
  const columns = columnsOf(file, records, found);
  for (const record of records)
    for (const [key, columnType] of columns) {
      const value = record.props[key];
      if (columnType !== "string[]" || !Array.isArray(value) || value.length > 0) continue;
      // A tie is found again by its id (a linkage's flows); a relationship without one cannot be.
      if (type !== "LINKED" || typeof record.props.id !== "string") throw new Error(`${file}: a relationship's empty list cannot be written by the importer`);
      found.emptyLists.push({ id: record.props.id, property: key, label: "LINKED" });
    }
  found.relationships += records.length;
  return {
    file,
    kind: "relationships",
    labels: [type],
    header: [":START_ID", ":END_ID", ...columns.map(([key, columnType]) => `${key}:${columnType}`)].join(","),
    lines: function* () {
      for (const record of records)
        yield [quote(record.from), quote(record.to), ...columns.map(([key, columnType]) => field(record.props[key], columnType))].join(",");
    },
  };
}

/** The props of a record without the given keys (what the writer passes as `row.props`). */
function without<T extends object>(record: T, ...keys: Array<keyof T>): Record<string, Cell> {
  const props: Record<string, Cell> = {};
  for (const key of Object.keys(record) as Array<keyof T & string>) if (!keys.includes(key)) props[key] = record[key] as Cell;
  return props;
}

/** Which node ids the graph holds so far, by label, as the writer's statements meet them in order. */
class KnownNodes {
  private readonly labelsOf = new Map<string, string>();
  add(id: string, label: string, what: string): void {
    if (this.labelsOf.has(id)) throw new Error(`The id ${id} is given twice (${what}): a first load needs each node id once`);
    this.labelsOf.set(id, label);
  }
  has(id: string | null | undefined, ...labels: string[]): id is string {
    if (id == null) return false;
    const label = this.labelsOf.get(id);
    return label !== undefined && labels.includes(label);
  }
}

/** Ties keyed by what identifies them (a MERGE's pattern): repeated, the last one's properties win. */
class Ties {
  private readonly byKey = new Map<string, TieRecord>();
  add(from: string, to: string, props: Record<string, Cell> = {}, key = `${from}\u0000${to}`): void {
    this.byKey.delete(key);
    this.byKey.set(key, { from, to, props });
  }
  get records(): TieRecord[] {
    return [...this.byKey.values()];
  }
}

/**
 * The importer's tables of a dataset, each handed to `take` as soon as it is built (and each line
 * made only when it is written), so a national dataset is never held twice over. `sentraMetrics`
 * are the sentra's stored metrics (`metric_<name>`), read when the sentra table is written.
 */
export function importerFiles(dataset: SeedDataset, take: (table: ImporterTable) => void, sentraMetrics?: LateColumns): ImporterSummary {
  const found: ImporterSummary = { emptyLists: [], multiline: false, skipped: {}, nodes: 0, relationships: 0 };
  const known = new KnownNodes();
  const skip = (what: string) => (found.skipped[what] = (found.skipped[what] ?? 0) + 1);
  const nodes = (file: string, labels: string[], records: NodeRecord[], late?: LateColumns) => {
    for (const record of records) known.add(record.id, labels[0], file);
    take(nodeTable(file, labels, records, found, late));
  };
  const ties = (file: string, type: string, collected: Ties) => take(tieTable(file, type, collected.records, found));

  nodes(
    "regions",
    ["Region", "Node"],
    dataset.regions.map((r) => ({ id: r.id, props: { id: r.id, name: r.name, level: r.level } })),
  );
  const partOf = new Ties();
  for (const r of dataset.regions) if (r.parentId && known.has(r.parentId, "Region")) partOf.add(r.id, r.parentId);
  ties("region-part-of", "PART_OF", partOf);

  const sentra = dataset.sentra.filter((s) => known.has(s.regionId, "Region") || (skip("sentra without their region"), false));
  nodes(
    "sentra",
    ["Sentra", "Node"],
    sentra.map((s) => {
      const problem = s.kbli === undefined ? null : kbliProblem(s.kbli);
      if (problem) throw new Error(`Sentra ${s.id}: ${problem}`);
      // productKey is derived after the import by schema/004, with Cypher's toLower as the writer does.
      const { id, name, product, sector, description, unggulan } = s;
      return { id, props: { id, name, product, sector, description, unggulan, kbli: s.kbli ?? null } };
    }),
    sentraMetrics,
  );
  const sentraIn = new Ties();
  for (const s of sentra) sentraIn.add(s.id, s.regionId);
  ties("sentra-located-in", "LOCATED_IN", sentraIn);

  nodes(
    "actors",
    ["Actor", "Node"],
    dataset.actors.map((a) => ({
      id: a.id,
      props: { ...without(a, "location", "regionId"), nameLower: a.name.toLowerCase(), location: a.location ?? null },
    })),
  );
  const actorIn = new Ties();
  for (const a of dataset.actors) if (known.has(a.regionId, "Region")) actorIn.add(a.id, a.regionId);
  ties("actor-located-in", "LOCATED_IN", actorIn);

  const participations = new Ties();
  for (const p of dataset.participations) {
    if (!known.has(p.actorId, "Actor") || !known.has(p.sentraId, "Sentra")) skip("participations of an unknown actor or sentra");
    else participations.add(p.actorId, p.sentraId, { role: p.role, since: date(p.since) }, `${p.actorId}\u0000${p.sentraId}\u0000${p.role}`);
  }
  ties("participations", "PARTICIPATES_IN", participations);

  const linkages = new Ties();
  const linkageIds = new Set<string>();
  for (const { fromId, toId, since, ...props } of dataset.linkages) {
    if (!known.has(fromId, "Actor") || !known.has(toId, "Actor")) {
      skip("linkages of an unknown actor");
      continue;
    }
    if (linkageIds.has(props.id)) throw new Error(`The linkage id ${props.id} is given twice: a first load needs each linkage id once`);
    linkageIds.add(props.id);
    linkages.add(fromId, toId, { ...(props as Record<string, Cell>), since: date(since) }, props.id);
  }
  ties("linkages", "LINKED", linkages);

  nodes(
    "people",
    ["Person", "Node"],
    dataset.people.map((p) => ({ id: p.id, props: without(p, "representsActorId") })),
  );
  const represents = new Ties();
  for (const p of dataset.people) if (known.has(p.representsActorId, "Actor")) represents.add(p.id, p.representsActorId);
  ties("people-represent", "REPRESENTS", represents);

  const forums = dataset.forums.filter((f) => known.has(f.sentraId, "Sentra") || (skip("forums without their sentra"), false));
  nodes(
    "forums",
    ["Forum", "Node"],
    forums.map((f) => ({ id: f.id, props: { ...without(f, "members", "sentraId", "founded"), founded: date(f.founded) } })),
  );
  const serves = new Ties();
  const members = new Ties();
  for (const f of forums) {
    serves.add(f.id, f.sentraId);
    for (const m of f.members) {
      const memberId = m.personId ?? m.actorId;
      if (known.has(memberId, "Person", "Actor")) members.add(memberId, f.id, { role: m.role ?? null, since: date(m.since) });
      else skip("forum members not in the dataset");
    }
  }
  ties("forum-serves", "SERVES", serves);
  ties("forum-members", "MEMBER_OF", members);

  const agreements = dataset.agreements.filter(
    (g) => (known.has(g.forumId, "Forum") && known.has(g.providerId, "Actor")) || (skip("agreements without their forum or provider"), false),
  );
  nodes(
    "agreements",
    ["Agreement", "Node"],
    agreements.map((g) => ({
      id: g.id,
      props: { ...without(g, "forumId", "providerId", "startDate", "endDate"), startDate: date(g.startDate), endDate: date(g.endDate) },
    })),
  );
  const contractedBy = new Ties();
  const providedBy = new Ties();
  for (const g of agreements) {
    contractedBy.add(g.id, g.forumId);
    providedBy.add(g.id, g.providerId);
  }
  ties("agreement-contracted-by", "CONTRACTED_BY", contractedBy);
  ties("agreement-provided-by", "PROVIDED_BY", providedBy);

  const monitoring = dataset.monitoringRecords.filter((m) => known.has(m.sentraId, "Sentra") || (skip("monitoring records without their sentra"), false));
  nodes(
    "monitoring-records",
    ["MonitoringRecord", "Node"],
    monitoring.map((m) => ({ id: m.id, props: { ...without(m, "sentraId", "visitorId", "date"), date: date(m.date) } })),
  );
  const monitors = new Ties();
  const visitedBy = new Ties();
  for (const m of monitoring) {
    monitors.add(m.id, m.sentraId);
    if (known.has(m.visitorId, "Actor")) visitedBy.add(m.id, m.visitorId);
  }
  ties("monitoring-monitors", "MONITORS", monitors);
  ties("monitoring-visited-by", "VISITED_BY", visitedBy);

  nodes(
    "survey-rounds",
    ["SurveyRound", "Node"],
    dataset.surveyRounds.map((r) => ({ id: r.id, props: { ...without(r, "date"), date: date(r.date) } })),
  );

  const inRound = new Ties();
  const ofActor = new Ties();
  const inSentra = new Ties();
  for (const [collection, kind] of OBSERVATION_KINDS) {
    const observations = (dataset[collection] as Array<{ id: string; roundId: string; actorId: string; sentraId: string }>).filter(
      (o) =>
        (known.has(o.roundId, "SurveyRound") && known.has(o.actorId, "Actor") && known.has(o.sentraId, "Sentra")) ||
        (skip("observations without their round, firm or sentra"), false),
    );
    nodes(
      `observations-${collection}`,
      ["Observation", "Node"],
      observations.map((o) => ({ id: o.id, props: { ...without(o, "roundId", "actorId", "sentraId"), kind } })),
    );
    for (const o of observations) {
      inRound.add(o.id, o.roundId);
      ofActor.add(o.id, o.actorId);
      inSentra.add(o.id, o.sentraId);
    }
  }
  ties("observation-in-round", "IN_ROUND", inRound);
  ties("observation-of-actor", "OF_ACTOR", ofActor);
  ties("observation-in-sentra", "IN_SENTRA", inSentra);

  const programmes = dataset.programmes.filter((p) => known.has(p.runById, "Actor") || (skip("programmes without the actor that runs them"), false));
  nodes(
    "programmes",
    ["Programme", "Node"],
    programmes.map((p) => ({
      id: p.id,
      props: { ...without(p, "runById", "partnerIds", "sentraIds", "startDate", "endDate"), startDate: date(p.startDate), endDate: date(p.endDate) },
    })),
  );
  const runBy = new Ties();
  const partners = new Ties();
  const targets = new Ties();
  for (const p of programmes) {
    runBy.add(p.id, p.runById);
    for (const partnerId of p.partnerIds) if (known.has(partnerId, "Actor")) partners.add(p.id, partnerId);
    for (const sentraId of p.sentraIds) if (known.has(sentraId, "Sentra")) targets.add(p.id, sentraId);
  }
  ties("programme-run-by", "RUN_BY", runBy);
  ties("programme-partners", "PARTNER", partners);
  ties("programme-targets", "TARGETS", targets);

  const statistics = dataset.statistics.filter((st) => known.has(st.sentraId, "Sentra") || (skip("statistics without their sentra"), false));
  nodes(
    "sentra-statistics",
    ["SentraStatistic", "Node"],
    statistics.map((st) => ({ id: st.id, props: without(st, "sentraId") })),
  );
  const ofSentra = new Ties();
  for (const st of statistics) ofSentra.add(st.id, st.sentraId);
  ties("statistic-of-sentra", "OF_SENTRA", ofSentra);

  return found;
}
