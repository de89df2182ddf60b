import { createHash } from "node:crypto";
import type { SizeClass, SurveyQuestion } from "./vocabulary";

/** The longest id the id rule accepts (src/domain/write-rules.ts). */
const MAX_ID_LENGTH = 128;

/**
 * A derived id as it is, or, when its parts make it longer than an id may be, its prefix and a hash
 * of the whole: still stable (the same parts give the same id) and still editable by the mutations.
 */
export function boundedId(prefix: string, whole: string): string {
  return whole.length <= MAX_ID_LENGTH ? whole : `${prefix}-${createHash("sha256").update(whole).digest("hex").slice(0, 48)}`;
}

/**
 * Ids of a firm's survey observations, derived from round, sentra, firm and (for answers) question,
 * so that importing the same survey twice MERGEs onto the same nodes and two rounds never collide.
 * The seed and the survey import both use these.
 */
export const observationIds = {
  indicatorScore: (roundId: string, sentraId: string, actorId: string) => boundedId("jica", `jica-${roundId}-${sentraId}-${actorId}`),
  problemSolving: (roundId: string, sentraId: string, actorId: string) => boundedId("ps", `ps-${roundId}-${sentraId}-${actorId}`),
  surveyResponse: (roundId: string, sentraId: string, actorId: string, question: SurveyQuestion) =>
    boundedId("resp", `resp-${roundId}-${sentraId}-${actorId}-${question.toLowerCase().replace("_", "-")}`),
};

/** BPS worker bands: micro 1-4, small 5-19, medium 20-99, large 100 and more. */
export function sizeClassOf(workers: number): SizeClass {
  if (workers < 5) return "MICRO";
  if (workers < 20) return "SMALL";
  if (workers < 100) return "MEDIUM";
  return "LARGE";
}
