/**
 * The survey import format (seed/import/README.md): the columns of the firms file and the linkages
 * file, and the conversion of raw cells (CSV text or JSON values) into typed rows. Pure functions:
 * every problem is returned with its line and column, nothing is thrown.
 */
import { ACTOR_RULES } from "../domain/rules/actor.rules";
import { LINKAGE_RULES } from "../domain/rules/linkage.rules";
import { INDICATOR_SCORE_RULES, PROBLEM_SOLVING_SCORE_RULES } from "../domain/rules/observation.rules";
import { PARTICIPATION_RULES } from "../domain/rules/participation.rules";
import { collectFields, optional, type RuleTable } from "../domain/rules/table";
import {
  JICA_ASPECTS,
  PROBLEM_AREAS,
  SURVEY_QUESTIONS,
  type Flow,
  type Intensity,
  type JicaAspect,
  type LinkageType,
  type ProblemArea,
  type SentraRole,
  type SurveyQuestion,
} from "../domain/vocabulary";
import { msg, type Text } from "../i18n/message";

/** Which file of an import a problem or row belongs to. */
export type ImportFile = "firms" | "linkages";

/**
 * One bad cell, row or file. `line` is the CSV line the row starts on (the header is line 1), or the
 * 1-based position of the row in a JSON array; 0 means the file (or the command) as a whole.
 */
export interface ImportProblem {
  file: ImportFile;
  line: number;
  column: string | null;
  /** What is wrong, for the reader (a catalogue message in the errors area). */
  reason: Text;
}

/** A cell as it arrives: CSV gives strings, JSON may give numbers, booleans, arrays or null. */
export type Cell = unknown;

/** One row before conversion: its line and its cells by column name. */
export interface RawRow {
  line: number;
  cells: Record<string, Cell>;
}

/** P passive, A active, R proactive (all yes), Y yes without an intensity, N no (seed/data/helpers.ts's codes). */
export const ANSWER_CODES = ["P", "A", "R", "Y", "N"] as const;
export type AnswerCode = (typeof ANSWER_CODES)[number];

/** The column of each survey question. */
export const ANSWER_COLUMNS: Record<SurveyQuestion, string> = {
  SAME_TYPE: "sameType",
  UPSTREAM: "upstream",
  DOWNSTREAM: "downstream",
  SUPPORTING: "supporting",
};

export const FIRM_COLUMNS = [
  "id",
  "name",
  "kbli",
  "workers",
  "yearFounded",
  "latitude",
  "longitude",
  "regionId",
  "mainProducts",
  "description",
  "sentraId",
  "role",
  "memberSince",
  ...SURVEY_QUESTIONS.map((q) => ANSWER_COLUMNS[q]),
  ...JICA_ASPECTS,
  ...PROBLEM_AREAS,
] as const;
export const REQUIRED_FIRM_COLUMNS = ["id", "name", "sentraId"] as const;

export const LINKAGE_COLUMNS = ["id", "type", "fromId", "toId", "sentraId", "intensity", "flows", "since", "description"] as const;
export const REQUIRED_LINKAGE_COLUMNS = ["type", "fromId", "toId", "sentraId"] as const;

/** One surveyed firm: the actor, its participation in a sentra and its answers and scores in the round. */
export interface FirmRow {
  line: number;
  id: string;
  name: string;
  kbli: string | null;
  workers: number | null;
  yearFounded: number | null;
  location: { latitude: number; longitude: number } | null;
  regionId: string | null;
  mainProducts: string[] | null;
  description: string | null;
  sentraId: string;
  role: SentraRole;
  memberSince: string | null;
  /** null: the firm did not answer that question. */
  answers: Record<SurveyQuestion, AnswerCode | null>;
  /** null: no JICA scores for this firm (all six cells empty). */
  jica: Record<JicaAspect, number> | null;
  problemSolving: Record<ProblemArea, number> | null;
}

/** One tie of a surveyed firm. */
export interface LinkageRow {
  line: number;
  /** Empty in the file: derived from sentra, type and both ends (validate.ts). */
  id: string | null;
  type: LinkageType;
  fromId: string;
  toId: string;
  sentraId: string;
  intensity: Intensity | null;
  flows: Flow[];
  since: string | null;
  description: string | null;
}

/** The header problem that leaves a file's rows unread. */
export const MISSING_COLUMN = msg("errors.importMissingColumn");

/**
 * Converts the cells of one row, collecting a problem per bad cell. The reader only parses (text,
 * number, list, answer code); what a value must be is the entity's rule table (src/domain/rules/),
 * the one the mutations check, so a value one path refuses the other refuses too.
 */
class CellReader {
  readonly problems: ImportProblem[] = [];
  private readonly failed = new Set<string>();

  constructor(
    private readonly file: ImportFile,
    private readonly row: RawRow,
  ) {}

  fail(column: string, reason: Text): null {
    this.failed.add(column);
    this.problems.push({ file: this.file, line: this.row.line, column, reason });
    return null;
  }

  /** The trimmed text of a cell, or null when it is empty or absent. */
  text(column: string): string | null {
    const value = this.row.cells[column];
    if (value === undefined || value === null) return null;
    if (Array.isArray(value) || typeof value === "object") return this.fail(column, msg("errors.importNotSingle"));
    const text = String(value).trim();
    return text === "" ? null : text;
  }

  /** A list: `;`-separated in CSV, an array of strings in JSON. */
  list(column: string): string[] | null {
    const value = this.row.cells[column];
    if (value === undefined || value === null) return null;
    const items = Array.isArray(value) ? value.map((v) => String(v)) : String(value).split(";");
    const trimmed = items.map((s) => s.trim()).filter((s) => s !== "");
    return trimmed.length === 0 ? null : trimmed;
  }

  /** A vocabulary code as written, in upper case (the file may write `core`); the rule table checks it. */
  code(column: string): string | null {
    return this.text(column)?.toUpperCase() ?? null;
  }

  integer(column: string, what: Text = msg("errors.importWhatWholeNumber")): number | null {
    const text = this.text(column);
    if (text === null) return null;
    const n = Number(text);
    return Number.isInteger(n) ? n : this.fail(column, msg("errors.importNotA", { value: text, what }));
  }

  decimal(column: string): number | null {
    const text = this.text(column);
    if (text === null) return null;
    const n = Number(text);
    return Number.isFinite(n) ? n : this.fail(column, msg("errors.importNotNumber", { value: text }));
  }

  /** A group of scores: each given one follows `rules`; all empty (null) or all given. */
  scores<K extends string>(columns: readonly K[], rules: RuleTable, what: Text): Record<K, number> | null {
    const before = this.problems.length;
    const given = columns.filter((c) => this.text(c) !== null);
    const values = Object.fromEntries(given.map((c) => [c, this.integer(c, msg("errors.importWhatScore"))]));
    const checked = this.check(Object.fromEntries(given.map((c) => [c, rules[c]])), values);
    if (given.length === 0) return null;
    if (given.length < columns.length) for (const c of columns) if (this.text(c) === null) this.fail(c, msg("errors.importScoresTogether", { what }));
    return this.problems.length === before ? (checked as Record<K, number>) : null;
  }

  answer(column: string): AnswerCode | null {
    const text = this.text(column);
    if (text === null || text === "-") return null;
    const code = text.toUpperCase();
    return (ANSWER_CODES as readonly string[]).includes(code)
      ? (code as AnswerCode)
      : this.fail(column, msg("errors.importUnknownValue", { what: msg("errors.importWhatAnswerCode"), value: text, allowed: [...ANSWER_CODES] }));
  }

  /**
   * `input` checked against a rule table as a whole record, each broken rule a problem in the column
   * its field is read from (`columnOf`), and named by that column in the reason; a cell that could
   * not be read is not reported twice.
   */
  check<R extends RuleTable>(table: R, input: Partial<Record<keyof R, unknown>>, columnOf: (field: string) => string = (field) => field) {
    const fields = Object.keys(table);
    const byColumn = Object.fromEntries(fields.map((f) => [columnOf(f), table[f]]));
    const given = Object.fromEntries(fields.map((f) => [columnOf(f), input[f]]));
    const checked = collectFields(byColumn, given, "whole", (field, reason) => {
      // A part of a value ("location.latitude", "mainProducts[2]") is read from its own column or the list's.
      const column = columnOf(field.replace(/\[\d+\]$/, ""));
      if (!this.failed.has(column)) this.fail(column, reason);
    }) as Record<string, unknown>;
    return Object.fromEntries(fields.map((f) => [f, checked[columnOf(f)]])) as ReturnType<typeof collectFields<R>>;
  }
}

// Where each rule-table field is read from, when the column has another name.
const FIRM_COLUMN_OF: Record<string, string> = { "location.latitude": "latitude", "location.longitude": "longitude", actorId: "id", since: "memberSince" };
const firmColumn = (field: string) => FIRM_COLUMN_OF[field] ?? field;

/** Problems with a file's header: missing required columns and columns the format does not know. */
export function headerProblems(file: ImportFile, columns: readonly string[]): ImportProblem[] {
  const known: readonly string[] = file === "firms" ? FIRM_COLUMNS : LINKAGE_COLUMNS;
  const required: readonly string[] = file === "firms" ? REQUIRED_FIRM_COLUMNS : REQUIRED_LINKAGE_COLUMNS;
  return [
    ...required.filter((c) => !columns.includes(c)).map((c) => ({ file, line: 1, column: c, reason: MISSING_COLUMN })),
    ...columns.filter((c) => !known.includes(c)).map((c) => ({ file, line: 1, column: c, reason: msg("errors.importUnknownColumn") })),
  ];
}

/** A firm row, or null with its problems: the actor checked by ACTOR_RULES, its place in the sentra by PARTICIPATION_RULES, its scores by the score rules. */
export function toFirmRow(raw: RawRow): { row: FirmRow | null; problems: ImportProblem[] } {
  const r = new CellReader("firms", raw);
  const latitude = r.decimal("latitude");
  const longitude = r.decimal("longitude");
  if ((r.text("latitude") === null) !== (r.text("longitude") === null)) {
    r.fail(r.text("latitude") === null ? "latitude" : "longitude", msg("errors.importLatLongTogether"));
  }
  const actor = r.check(
    ACTOR_RULES,
    {
      id: r.text("id") ?? undefined,
      name: r.text("name") ?? undefined,
      kind: "IKM",
      kbli: r.text("kbli"),
      workers: r.integer("workers"),
      yearFounded: r.integer("yearFounded"),
      location: latitude !== null && longitude !== null ? { latitude, longitude } : null,
      regionId: r.text("regionId"),
      mainProducts: r.list("mainProducts"),
      description: r.text("description"),
    },
    firmColumn,
  );
  const participation = r.check(
    PARTICIPATION_RULES,
    { actorId: actor.id ?? "-", sentraId: r.text("sentraId") ?? undefined, role: r.code("role") ?? "CORE", since: r.text("memberSince") },
    firmColumn,
  );
  const answers = Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q, r.answer(ANSWER_COLUMNS[q])])) as Record<SurveyQuestion, AnswerCode | null>;
  const supporting = answers.SUPPORTING;
  if (supporting === "P" || supporting === "A" || supporting === "R") r.fail("supporting", msg("errors.importSupportingIntensity", { value: supporting }));
  const jica = r.scores(JICA_ASPECTS, INDICATOR_SCORE_RULES, "JICA");
  const problemSolving = r.scores(PROBLEM_AREAS, PROBLEM_SOLVING_SCORE_RULES, msg("errors.importWhatProblemSolving"));
  if (r.problems.length > 0) return { row: null, problems: r.problems };
  const row: FirmRow = {
    line: raw.line,
    id: actor.id!,
    name: actor.name!,
    kbli: actor.kbli ?? null,
    workers: actor.workers ?? null,
    yearFounded: actor.yearFounded ?? null,
    location: actor.location ?? null,
    regionId: actor.regionId ?? null,
    mainProducts: actor.mainProducts ?? null,
    description: actor.description ?? null,
    sentraId: participation.sentraId!,
    role: participation.role!,
    memberSince: participation.since ?? null,
    answers,
    jica,
    problemSolving,
  };
  return { row, problems: [] };
}

// A file may leave a tie's id empty: it is then derived (validate.ts).
const IMPORTED_LINKAGE_RULES = { ...LINKAGE_RULES, id: optional(LINKAGE_RULES.id.check) };

/** A linkage row, or null with its problems: checked by LINKAGE_RULES (the id too when the file gives one). */
export function toLinkageRow(raw: RawRow): { row: LinkageRow | null; problems: ImportProblem[] } {
  const r = new CellReader("linkages", raw);
  const linkage = r.check(IMPORTED_LINKAGE_RULES, {
    id: r.text("id"),
    type: r.code("type") ?? undefined,
    fromId: r.text("fromId") ?? undefined,
    toId: r.text("toId") ?? undefined,
    sentraId: r.text("sentraId"),
    intensity: r.code("intensity"),
    flows: (r.list("flows") ?? []).map((f) => f.toUpperCase()),
    since: r.text("since"),
    description: r.text("description"),
  });
  // The file format needs the sentra (it names the network the tie belongs to and its derived id).
  if (linkage.sentraId === undefined || linkage.sentraId === null) r.fail("sentraId", msg("errors.required", { field: "sentraId" }));
  if (r.problems.length > 0) return { row: null, problems: r.problems };
  const row: LinkageRow = {
    line: raw.line,
    id: linkage.id ?? null,
    type: linkage.type!,
    fromId: linkage.fromId!,
    toId: linkage.toId!,
    sentraId: linkage.sentraId!,
    intensity: linkage.intensity ?? null,
    flows: linkage.flows ?? [],
    since: linkage.since ?? null,
    description: linkage.description ?? null,
  };
  return { row, problems: [] };
}
