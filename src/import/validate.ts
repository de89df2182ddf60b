/**
 * Validation of a survey import beyond single cells: duplicates, self-ties, ties that contradict
 * the firm's answers, and ids that must exist in the database. Pure functions; the database's
 * answer comes in as KnownIds (one batched query, src/repositories/import/known-ids.ts).
 */
import { boundedId } from "../domain/survey-ids";
import { LINKAGES_BY_QUESTION, type Intensity, type LinkageType, type SurveyQuestion } from "../domain/vocabulary";
import { msg, type Text } from "../i18n/message";
import { parseCsv, type ParsedFile } from "./parse-csv";
import { firmObservations, type FirmObservation } from "./plan";
import { parseJson } from "./parse-json";
import {
  headerProblems,
  MISSING_COLUMN,
  toFirmRow,
  toLinkageRow,
  type AnswerCode,
  type FirmRow,
  type ImportFile,
  type ImportProblem,
  type LinkageRow,
} from "./rows";

export type ImportFormat = "csv" | "json";

/** The text of an import: the firms file and, optionally, the linkages file. */
export interface SurveyImportText {
  format: ImportFormat;
  firms: string;
  /** A second file; a JSON firms text may instead hold both as { firms, linkages }. */
  linkages?: string;
  linkagesFormat?: ImportFormat;
}

export interface SurveyRows {
  firms: FirmRow[];
  linkages: LinkageRow[];
  problems: ImportProblem[];
}

const INTENSITY_OF: Partial<Record<AnswerCode, Intensity>> = { P: "PASSIVE", A: "ACTIVE", R: "PROACTIVE" };
const YES: ReadonlySet<AnswerCode | null> = new Set(["P", "A", "R", "Y"]);

const QUESTION_OF = Object.fromEntries(
  (Object.entries(LINKAGES_BY_QUESTION) as Array<[SurveyQuestion, readonly LinkageType[]]>).flatMap(([q, types]) => types.map((t) => [t, q])),
) as Record<LinkageType, SurveyQuestion>;

/** Which end of a tie answers the question: the firm that cooperates (from for same-type and sales, to for supply and support). */
function answeringEnd(type: LinkageType): "fromId" | "toId" {
  return type === "HORIZONTAL_COOPERATION" || type === "DOWNSTREAM_SALES" ? "fromId" : "toId";
}

/** A linkage id when the file gives none: stable for the same sentra, type and ends. */
export function derivedLinkageId(row: Pick<LinkageRow, "sentraId" | "type" | "fromId" | "toId">): string {
  return boundedId("link", `link-${row.sentraId}-${row.type.toLowerCase().replace(/_/g, "-")}-${row.fromId}-${row.toId}`);
}

function parse(file: ImportFile, format: ImportFormat, text: string): { parsed?: ParsedFile; problems: ImportProblem[] } {
  if (format === "csv") return { parsed: parseCsv(file, text), problems: [] };
  const json = parseJson(text, file);
  return { parsed: json[file], problems: json.problems };
}

/** Parses both files and converts every row; rows with a problem are left out and reported. */
export function readSurvey(input: SurveyImportText): SurveyRows {
  const problems: ImportProblem[] = [];
  const files: Partial<Record<ImportFile, ParsedFile>> = {};
  if (input.format === "json") {
    const json = parseJson(input.firms, "firms");
    problems.push(...json.problems);
    Object.assign(files, { firms: json.firms, linkages: json.linkages });
  } else {
    files.firms = parseCsv("firms", input.firms);
  }
  if (input.linkages !== undefined) {
    if (files.linkages) problems.push({ file: "linkages", line: 0, column: null, reason: msg("errors.importLinkagesTwice") });
    const second = parse("linkages", input.linkagesFormat ?? input.format, input.linkages);
    problems.push(...second.problems);
    files.linkages = second.parsed;
  }
  if (!files.firms) problems.push({ file: "firms", line: 0, column: null, reason: msg("errors.importNoFirms") });

  const firms: FirmRow[] = [];
  const linkages: LinkageRow[] = [];
  for (const [file, parsed] of Object.entries(files) as Array<[ImportFile, ParsedFile | undefined]>) {
    if (!parsed) continue;
    problems.push(...parsed.problems);
    const header = headerProblems(file, parsed.columns);
    problems.push(...header);
    if (header.some((p) => p.reason === MISSING_COLUMN)) continue;
    for (const raw of parsed.rows) {
      if (file === "firms") {
        const { row, problems: bad } = toFirmRow(raw);
        problems.push(...bad);
        if (row) firms.push(row);
      } else {
        const { row, problems: bad } = toLinkageRow(raw);
        problems.push(...bad);
        if (row) linkages.push(row);
      }
    }
  }
  return { firms, linkages, problems };
}

/**
 * Checks across rows: a firm id twice, a self-tie, a linkage id or a tie (type, ends, sentra)
 * twice, a tie that touches no firm of the file, a tie the firm's answer denies, an intensity
 * that differs from the firm's answer or is given for a supporting tie. Returns the linkages
 * completed with their derived id and, where the file leaves it empty, the firm's intensity.
 */
export function checkRows(firms: readonly FirmRow[], linkages: readonly LinkageRow[]): { linkages: LinkageRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const firmById = new Map<string, FirmRow>();
  for (const firm of firms) {
    const first = firmById.get(firm.id);
    if (first) problems.push({ file: "firms", line: firm.line, column: "id", reason: msg("errors.importDuplicateFirm", { id: firm.id, line: first.line }) });
    else firmById.set(firm.id, firm);
  }

  const completed: LinkageRow[] = [];
  const lineOfId = new Map<string, number>();
  const lineOfTie = new Map<string, number>();
  for (const link of linkages) {
    const fail = (column: string | null, reason: Text) => problems.push({ file: "linkages", line: link.line, column, reason });
    const before = problems.length;
    if (link.fromId === link.toId) fail("toId", msg("errors.importSelfTie", { id: link.fromId }));

    const id = link.id ?? derivedLinkageId(link);
    // Directed, also for horizontal cooperation: the survey records each firm's own answer, so two
    // firms that name each other are two ties (the research's networks hold both).
    const tie = `${link.type} ${link.fromId} ${link.toId} ${link.sentraId}`;
    if (lineOfId.has(id)) fail("id", msg("errors.importDuplicateLinkageId", { id, line: lineOfId.get(id) ?? null }));
    else if (lineOfTie.has(tie))
      fail("type", msg("errors.importDuplicateTie", { type: link.type, fromId: link.fromId, toId: link.toId, line: lineOfTie.get(tie) ?? null }));
    lineOfId.set(id, lineOfId.get(id) ?? link.line);
    lineOfTie.set(tie, lineOfTie.get(tie) ?? link.line);

    const inSentra = (actorId: string) => {
      const firm = firmById.get(actorId);
      return firm && firm.sentraId === link.sentraId ? firm : undefined;
    };
    const question = QUESTION_OF[link.type];
    const end = answeringEnd(link.type);
    const answering = inSentra(link[end]);
    const other = inSentra(end === "fromId" ? link.toId : link.fromId);
    let intensity = link.intensity;
    if (question === "SUPPORTING" && link.intensity) fail("intensity", msg("errors.importSupportingTieIntensity", { type: link.type }));
    if (!answering && !other) {
      fail(null, msg("errors.importTieWithoutFirm", { fromId: link.fromId, toId: link.toId, sentraId: link.sentraId }));
    } else if (answering) {
      const answer = answering.answers[question];
      if (!YES.has(answer)) {
        fail(
          end,
          msg(answer ? "errors.importAnswerDenies" : "errors.importNoAnswer", {
            id: answering.id,
            line: answering.line,
            question,
            answer: answer ?? null,
            type: link.type,
          }),
        );
      } else {
        const answered = INTENSITY_OF[answer as AnswerCode];
        if (question !== "SUPPORTING" && answered && link.intensity && link.intensity !== answered) {
          fail("intensity", msg("errors.importIntensityDiffers", { intensity: link.intensity, id: answering.id, question, answered, line: answering.line }));
        }
        intensity = link.intensity ?? (question === "SUPPORTING" ? null : (answered ?? null));
      }
    }
    if (question === "SAME_TYPE" && other && other.answers.SAME_TYPE === "N") {
      fail("toId", msg("errors.importPeerSaidNo", { id: other.id, line: other.line }));
    }
    if (problems.length === before) completed.push({ ...link, id, intensity });
  }
  return { linkages: completed, problems };
}

/** The ids an import refers to or makes, for one batched look-up. */
export interface References {
  roundId: string;
  sentraIds: string[];
  regionIds: string[];
  actorIds: string[];
  linkageIds: string[];
  /** Every node id the import would write: its firms' and their observations' (derived). */
  nodeIds: string[];
  /** The file's firms in their sentra, for the observations they already have in the round. */
  firms: Array<{ actorId: string; sentraId: string }>;
  /** The file's ties, for a live tie of the same type, ends and sentra under another id. */
  ties: Array<{ id: string; type: LinkageType; fromId: string; toId: string; sentraId: string }>;
}

export function referencesOf(roundId: string, firms: readonly FirmRow[], linkages: readonly LinkageRow[]): References {
  const unique = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => v !== null))].sort();
  return {
    roundId,
    sentraIds: unique([...firms.map((f) => f.sentraId), ...linkages.map((l) => l.sentraId)]),
    regionIds: unique(firms.map((f) => f.regionId)),
    actorIds: unique([...firms.map((f) => f.id), ...linkages.flatMap((l) => [l.fromId, l.toId])]),
    linkageIds: unique(linkages.map((l) => l.id)),
    nodeIds: unique(firms.flatMap((f) => [f.id, ...firmObservations(roundId, f).map((o) => o.id)])),
    firms: firms.map((f) => ({ actorId: f.id, sentraId: f.sentraId })),
    ties: linkages.flatMap((l) => (l.id === null ? [] : [{ id: l.id, type: l.type, fromId: l.fromId, toId: l.toId, sentraId: l.sentraId }])),
  };
}

/** A stored observation, as far as an import's check needs it. */
export interface StoredObservation {
  id: string;
  kind: string;
  question: string | null;
  roundId: string | null;
  actorId: string | null;
  sentraId: string | null;
  archived: boolean;
}

/** What the database holds of the referenced ids. */
export interface KnownIds {
  round: boolean;
  roundArchived: boolean;
  sentra: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  /** Existing actors and their kind. */
  actors: ReadonlyMap<string, string>;
  /** Existing linkages and their ends. */
  linkages: ReadonlyMap<string, { fromId: string; toId: string }>;
  /** Existing actors and the live sentra they take part in (a live participation, any role). */
  participations: ReadonlyMap<string, ReadonlySet<string>>;
  /** Referenced sentra, actors and linkages an admin archived. */
  archived: ReadonlySet<string>;
  /** Archived participations of referenced actors, as "<actor> <sentra> <role>". */
  archivedParticipations: ReadonlySet<string>;
  /** Nodes that hold an id the import would write, by id: their labels (and kind), e.g. "Person" or "Actor (BANK)". */
  nodes: ReadonlyMap<string, { label: string; kind: string | null }>;
  /** Stored observations on the ids the import would write. */
  observations: ReadonlyMap<string, StoredObservation>;
  /** Live observations the file's firms have in the round, by "<firm> <sentra>". */
  liveObservations: ReadonlyMap<string, readonly StoredObservation[]>;
  /** A file tie's id, and the live tie of the same type, ends and sentra stored under another id. */
  tiesElsewhere: ReadonlyMap<string, string>;
}

/**
 * Whether an actor is a firm of a sentra once the import is written: a firm row of the file in that
 * sentra, or an existing IKM with a live participation in it.
 */
function firmOfSentra(actorId: string, sentraId: string, fileFirms: ReadonlySet<string>, known: KnownIds): boolean {
  if (fileFirms.has(`${actorId} ${sentraId}`)) return true;
  return known.actors.get(actorId) === "IKM" && (known.participations.get(actorId)?.has(sentraId) ?? false);
}

/**
 * Ids that must exist and do not, ids that exist as something else, and a horizontal tie whose
 * other end is no firm of its sentra. HORIZONTAL_COOPERATION is cooperation among the sentra's
 * same-type firms, so both its ends must be firms of the tie's sentra; the other types (supply,
 * sales, finance, assistance, promotion, certification) may reach an actor outside the sentra.
 */
export function checkReferences(roundId: string, firms: readonly FirmRow[], linkages: readonly LinkageRow[], known: KnownIds): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (!known.round) problems.push({ file: "firms", line: 0, column: "round", reason: msg("errors.importUnknownRound", { id: roundId }) });
  if (known.roundArchived) problems.push({ file: "firms", line: 0, column: "round", reason: msg("errors.importRoundArchived", { id: roundId }) });
  const firmIds = new Set(firms.map((f) => f.id));
  // Ids hold no white space, so "<firm> <sentra>" names a firm row's pair unambiguously.
  const fileFirms = new Set(firms.map((f) => `${f.id} ${f.sentraId}`));
  const observationLines = new Map<string, { line: number; what: Text; firmId: string }>();
  for (const firm of firms) {
    const fail = (column: string, reason: Text) => problems.push({ file: "firms", line: firm.line, column, reason });
    if (!known.sentra.has(firm.sentraId)) fail("sentraId", msg("errors.importUnknownSentra", { id: firm.sentraId }));
    if (firm.regionId !== null && !known.regions.has(firm.regionId)) fail("regionId", msg("errors.importUnknownRegion", { id: firm.regionId }));
    const node = known.nodes.get(firm.id);
    if (node && node.label !== "Actor") fail("id", msg("errors.idTaken", { id: JSON.stringify(firm.id), labels: nodeName(node) }));
    const kind = known.actors.get(firm.id);
    if (kind !== undefined && kind !== "IKM") fail("id", msg("errors.importNotIkm", { id: firm.id, kind }));
    // An import never brings back what an admin archived, so its answers would hang off a record no read shows.
    if (known.archived.has(firm.sentraId)) fail("sentraId", msg("errors.importSentraArchived", { id: firm.sentraId }));
    if (known.archived.has(firm.id)) fail("id", msg("errors.importFirmArchived", { id: firm.id }));
    else if (known.archivedParticipations.has(`${firm.id} ${firm.sentraId} ${firm.role}`)) {
      fail("role", msg("errors.importParticipationArchived", { role: firm.role, id: firm.id, sentraId: firm.sentraId }));
    }
    const live = known.liveObservations.get(`${firm.id} ${firm.sentraId}`) ?? [];
    for (const observation of firmObservations(roundId, firm)) {
      const { id, column, what } = observation;
      const first = observationLines.get(id);
      // The same firm twice is reported once, as a duplicate firm; two firms whose ids run together are reported here.
      if (first && first.firmId !== firm.id) fail(column, msg("errors.importObservationTwice", { what, id, line: first.line, otherWhat: first.what }));
      else if (!first) observationLines.set(id, { line: firm.line, what, firmId: firm.id });
      const stored = known.observations.get(id);
      const holder = known.nodes.get(id);
      if (holder && (!stored || !sameObservation(stored, roundId, firm, observation))) {
        fail(column, msg("errors.importObservationTaken", { what, id, other: stored ? observationName(stored) : nodeName(holder) }));
      } else if (stored?.archived && observation.given) {
        fail(column, msg("errors.importObservationArchived", { what, id: firm.id, observationId: id }));
      }
      const elsewhere = live.find((o) => o.id !== id && o.kind === observation.kind && o.question === observation.question);
      if (elsewhere && observation.given) fail(column, msg("errors.importObservationElsewhere", { id: firm.id, what, existing: elsewhere.id }));
    }
  }
  for (const link of linkages) {
    const fail = (column: string, reason: Text) => problems.push({ file: "linkages", line: link.line, column, reason });
    if (!known.sentra.has(link.sentraId)) fail("sentraId", msg("errors.importUnknownSentra", { id: link.sentraId }));
    for (const end of ["fromId", "toId"] as const) {
      if (!firmIds.has(link[end]) && !known.actors.has(link[end])) fail(end, msg("errors.importUnknownActor", { id: link[end] }));
      else if (link.type === "HORIZONTAL_COOPERATION" && known.sentra.has(link.sentraId) && !firmOfSentra(link[end], link.sentraId, fileFirms, known)) {
        fail(end, msg("errors.importNotFirmOfSentra", { id: link[end], sentraId: link.sentraId }));
      }
    }
    if (known.archived.has(link.sentraId)) fail("sentraId", msg("errors.importSentraArchived", { id: link.sentraId }));
    for (const end of ["fromId", "toId"] as const) if (known.archived.has(link[end])) fail(end, msg("errors.importActorArchived", { id: link[end] }));
    if (link.id !== null && known.archived.has(link.id)) fail("id", msg("errors.importLinkageArchived", { id: link.id }));
    const existing = link.id === null ? undefined : known.linkages.get(link.id);
    if (existing && (existing.fromId !== link.fromId || existing.toId !== link.toId)) {
      fail("id", msg("errors.importLinkageJoinsOthers", { id: link.id, fromId: existing.fromId, toId: existing.toId }));
    }
    // The rule createLinkage keeps: one live tie of a type between two actors in a sentra.
    const other = link.id === null ? undefined : known.tiesElsewhere.get(link.id);
    if (other) fail("type", msg("errors.linkageExists", { type: link.type, fromId: link.fromId, toId: link.toId, sentraId: link.sentraId, existing: other }));
  }
  return problems;
}

const nodeName = (node: { label: string; kind: string | null }) => (node.kind ? `${node.label} (${node.kind})` : node.label);
const observationName = (o: StoredObservation) =>
  `Observation (${[o.kind, o.question, o.roundId, o.sentraId, o.actorId].filter((part) => part !== null).join(", ")})`;

/** Whether a stored observation is the one this row stands for (so the import updates it). */
function sameObservation(stored: StoredObservation, roundId: string, firm: FirmRow, observation: FirmObservation): boolean {
  return (
    stored.kind === observation.kind &&
    stored.question === observation.question &&
    stored.roundId === roundId &&
    stored.actorId === firm.id &&
    stored.sentraId === firm.sentraId
  );
}

/** Problems in file order (firms, then linkages; by line), each reported once. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = JSON.stringify([p.file, p.line, p.column, p.reason]);
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file === "firms" ? -1 : 1));
}
