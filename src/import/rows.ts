/**
 * The survey import format (seed/import/README.md): the columns of the firms file and the linkages
 * file, and the conversion of raw cells (CSV text or JSON values) into typed rows. Pure functions:
 * every problem is returned with its line and column, nothing is thrown.
 */
import {
  FLOWS,
  INTENSITIES,
  JICA_ASPECTS,
  LINKAGE_TYPES,
  PROBLEM_AREAS,
  SENTRA_ROLES,
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

// Values and bounds as written (a year bound must not read 1,800).
const outOfRange = (value: string, min: number, max: number) => msg("errors.importOutOfRange", { value, min: String(min), max: String(max) });

/** Converts the cells of one row, collecting a problem per bad cell. */
class CellReader {
  readonly problems: ImportProblem[] = [];

  constructor(
    private readonly file: ImportFile,
    private readonly row: RawRow,
  ) {}

  private fail(column: string, reason: Text): null {
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

  required(column: string): string | null {
    const text = this.text(column);
    return text === null ? this.fail(column, msg("errors.importRequired")) : text;
  }

  id(column: string, required = false): string | null {
    const text = required ? this.required(column) : this.text(column);
    if (text === null) return null;
    return /\s/.test(text) ? this.fail(column, msg("errors.importIdWhiteSpace", { id: text })) : text;
  }

  /** A list: `;`-separated in CSV, an array of strings in JSON. */
  list(column: string): string[] | null {
    const value = this.row.cells[column];
    if (value === undefined || value === null) return null;
    const items = Array.isArray(value) ? value.map((v) => String(v)) : String(value).split(";");
    const trimmed = items.map((s) => s.trim()).filter((s) => s !== "");
    return trimmed.length === 0 ? null : trimmed;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[], what: Text): T | null {
    const text = this.text(column);
    if (text === null) return null;
    const code = text.toUpperCase();
    return (allowed as readonly string[]).includes(code)
      ? (code as T)
      : this.fail(column, msg("errors.importUnknownValue", { what, value: text, allowed: [...allowed] }));
  }

  integer(column: string, min: number, max: number, what: Text = msg("errors.importWhatWholeNumber")): number | null {
    const text = this.text(column);
    if (text === null) return null;
    const n = Number(text);
    if (!Number.isInteger(n)) return this.fail(column, msg("errors.importNotA", { value: text, what }));
    return n < min || n > max ? this.fail(column, outOfRange(text, min, max)) : n;
  }

  decimal(column: string, min: number, max: number): number | null {
    const text = this.text(column);
    if (text === null) return null;
    const n = Number(text);
    if (!Number.isFinite(n)) return this.fail(column, msg("errors.importNotNumber", { value: text }));
    return n < min || n > max ? this.fail(column, outOfRange(text, min, max)) : n;
  }

  date(column: string): string | null {
    const text = this.text(column);
    if (text === null) return null;
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
    return valid ? text : this.fail(column, msg("errors.importNotDate", { value: text }));
  }

  /** A group of scores 1 to 5: all empty (null) or all given. */
  scores<K extends string>(columns: readonly K[], what: Text): Record<K, number> | null {
    const values = columns.map((c) => this.integer(c, 1, 5, msg("errors.importWhatScore")));
    const given = columns.filter((c) => this.text(c) !== null);
    if (given.length === 0) return null;
    if (given.length < columns.length) {
      for (const c of columns) if (this.text(c) === null) this.fail(c, msg("errors.importScoresTogether", { what }));
      return null;
    }
    if (values.some((v) => v === null)) return null;
    return Object.fromEntries(columns.map((c, i) => [c, values[i]])) as Record<K, number>;
  }

  answer(column: string): AnswerCode | null {
    const text = this.text(column);
    if (text === null || text === "-") return null;
    return this.oneOf(column, ANSWER_CODES, msg("errors.importWhatAnswerCode"));
  }
}

/** Problems with a file's header: missing required columns and columns the format does not know. */
export function headerProblems(file: ImportFile, columns: readonly string[]): ImportProblem[] {
  const known: readonly string[] = file === "firms" ? FIRM_COLUMNS : LINKAGE_COLUMNS;
  const required: readonly string[] = file === "firms" ? REQUIRED_FIRM_COLUMNS : REQUIRED_LINKAGE_COLUMNS;
  return [
    ...required.filter((c) => !columns.includes(c)).map((c) => ({ file, line: 1, column: c, reason: MISSING_COLUMN })),
    ...columns.filter((c) => !known.includes(c)).map((c) => ({ file, line: 1, column: c, reason: msg("errors.importUnknownColumn") })),
  ];
}

/** A firm row, or null with its problems. */
export function toFirmRow(raw: RawRow): { row: FirmRow | null; problems: ImportProblem[] } {
  const r = new CellReader("firms", raw);
  const latitude = r.decimal("latitude", -90, 90);
  const longitude = r.decimal("longitude", -180, 180);
  if ((r.text("latitude") === null) !== (r.text("longitude") === null)) {
    r.problems.push({
      file: "firms",
      line: raw.line,
      column: r.text("latitude") === null ? "latitude" : "longitude",
      reason: msg("errors.importLatLongTogether"),
    });
  }
  const kbli = r.text("kbli");
  if (kbli !== null && !/^\d{5}$/.test(kbli))
    r.problems.push({ file: "firms", line: raw.line, column: "kbli", reason: msg("errors.importKbli", { value: kbli }) });
  const answers = Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q, r.answer(ANSWER_COLUMNS[q])])) as Record<SurveyQuestion, AnswerCode | null>;
  const supporting = answers.SUPPORTING;
  if (supporting === "P" || supporting === "A" || supporting === "R") {
    r.problems.push({ file: "firms", line: raw.line, column: "supporting", reason: msg("errors.importSupportingIntensity", { value: supporting }) });
  }
  const row: FirmRow = {
    line: raw.line,
    id: r.id("id", true) ?? "",
    name: r.required("name") ?? "",
    kbli,
    workers: r.integer("workers", 1, 1_000_000),
    yearFounded: r.integer("yearFounded", 1800, new Date().getUTCFullYear()),
    location: latitude !== null && longitude !== null ? { latitude, longitude } : null,
    regionId: r.id("regionId"),
    mainProducts: r.list("mainProducts"),
    description: r.text("description"),
    sentraId: r.id("sentraId", true) ?? "",
    role: r.oneOf("role", SENTRA_ROLES, msg("errors.importWhatSentraRole")) ?? "CORE",
    memberSince: r.date("memberSince"),
    answers,
    jica: r.scores(JICA_ASPECTS, "JICA"),
    problemSolving: r.scores(PROBLEM_AREAS, msg("errors.importWhatProblemSolving")),
  };
  return { row: r.problems.length === 0 ? row : null, problems: r.problems };
}

/** A linkage row, or null with its problems. */
export function toLinkageRow(raw: RawRow): { row: LinkageRow | null; problems: ImportProblem[] } {
  const r = new CellReader("linkages", raw);
  const flows = r.list("flows") ?? [];
  for (const flow of flows) {
    if (!(FLOWS as readonly string[]).includes(flow.toUpperCase()))
      r.problems.push({
        file: "linkages",
        line: raw.line,
        column: "flows",
        reason: msg("errors.importUnknownValue", { what: msg("errors.importWhatFlow"), value: flow, allowed: [...FLOWS] }),
      });
  }
  const row: LinkageRow = {
    line: raw.line,
    id: r.id("id"),
    type: r.oneOf("type", LINKAGE_TYPES, msg("errors.importWhatLinkageType")) ?? (r.required("type") as LinkageType),
    fromId: r.id("fromId", true) ?? "",
    toId: r.id("toId", true) ?? "",
    sentraId: r.id("sentraId", true) ?? "",
    intensity: r.oneOf("intensity", INTENSITIES, msg("errors.importWhatIntensity")),
    flows: flows.map((f) => f.toUpperCase() as Flow),
    since: r.date("since"),
    description: r.text("description"),
  };
  return { row: r.problems.length === 0 ? row : null, problems: r.problems };
}
