import type { Database } from "../db/neo4j";
import { msg } from "../i18n/message";
import { planImport } from "../import/plan";
import type { ImportProblem } from "../import/rows";
import { checkReferences, checkRows, readSurvey, referencesOf, sortProblems, type SurveyImportText } from "../import/validate";
import { findKnownIds } from "../repositories/import/known-ids";
import { ImportRowRefused, writeSurveyImport, type ImportProgress } from "../repositories/import/survey-import.writer";
import type { ChangeAuthor } from "../repositories/write/audit";
import { sentraOfActors } from "../repositories/write/sentra-of-actors";
import { recomputeSentraMetrics } from "./sentra-analysis.service";

export interface SurveyImportOptions {
  /** Validate only: report the problems, write nothing. */
  dryRun?: boolean;
  progress?: ImportProgress;
  /** Who imports, and from which file (via "import:<file name>"): recorded on the import's Change records. */
  by?: ChangeAuthor;
}

export interface SurveyImportResult {
  /** Every bad row, cell or file, in file order; when any, nothing was written. */
  problems: ImportProblem[];
  written: boolean;
  firms: number;
  linkages: number;
  observations: number;
  /** The sentra of the file's rows (a write recomputes their stored metrics and those of every other sentra whose network holds one of its actors). */
  sentraIds: string[];
}

/**
 * Imports one survey file (and its linkages file) into a round: parse, check every row, check the
 * ids it refers to in one query, then (unless a dry run, and only when no row is bad) write it all
 * in one transaction and recompute the affected sentra's stored metrics.
 */
export async function importSurvey(db: Database, roundId: string, text: SurveyImportText, options: SurveyImportOptions = {}): Promise<SurveyImportResult> {
  const read = readSurvey(text);
  const rows = checkRows(read.firms, read.linkages);
  const known = await findKnownIds(db, referencesOf(roundId, read.firms, rows.linkages));
  const problems = sortProblems([...read.problems, ...rows.problems, ...checkReferences(roundId, read.firms, rows.linkages, known)]);
  const plan = planImport(roundId, read.firms, rows.linkages);
  const result: SurveyImportResult = {
    problems,
    written: false,
    firms: plan.actors.length,
    linkages: plan.linkages.length,
    observations: plan.observations.length,
    sentraIds: plan.sentraIds,
  };
  if (problems.length > 0 || options.dryRun) return result;
  // Beyond the file's sentra, every sentra whose network holds one of its actors, before and after
  // the write: a firm row changes the firm in each sentra it belongs to, and a tie row may move an
  // existing tie from one sentra's network to another's.
  const actorIds = [...plan.actors.map((a) => a.id), ...plan.linkages.flatMap((l) => [l.fromId, l.toId])];
  const before = await db.read((tx) => sentraOfActors(tx, actorIds));
  try {
    await writeSurveyImport(db, plan, options.progress, options.by);
  } catch (error) {
    if (!(error instanceof ImportRowRefused)) throw error;
    // Rolled back: the row Neo4j refused is reported like any other problem, and nothing is written.
    return { ...result, problems: [{ file: error.file, line: error.line, column: null, reason: msg("errors.importWriteFailed", { detail: error.detail }) }] };
  }
  const after = await db.read((tx) => sentraOfActors(tx, actorIds));
  await recomputeSentraMetrics(db, [...new Set([...plan.sentraIds, ...before, ...after])].sort());
  return { ...result, written: true };
}
