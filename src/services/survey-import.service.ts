import type { Database } from "../db/neo4j";
import { planImport } from "../import/plan";
import type { ImportProblem } from "../import/rows";
import { checkReferences, checkRows, readSurvey, referencesOf, sortProblems, type SurveyImportText } from "../import/validate";
import { findKnownIds, writeSurveyImport, type ImportProgress } from "../repositories/survey-import.writer";
import type { ChangeAuthor } from "../repositories/write/audit";
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
  /** The sentra the import touches (their stored metrics are recomputed after a write). */
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
  await writeSurveyImport(db, plan, options.progress, options.by);
  await recomputeSentraMetrics(db, plan.sentraIds);
  return { ...result, written: true };
}
