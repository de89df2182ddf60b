import type { SizeClass, SurveyQuestion } from "./vocabulary";

/**
 * Ids of a firm's survey observations, derived from round, sentra, firm and (for answers) question,
 * so that importing the same survey twice MERGEs onto the same nodes and two rounds never collide.
 * The seed and the survey import both use these.
 */
export const observationIds = {
  indicatorScore: (roundId: string, sentraId: string, actorId: string) => `jica-${roundId}-${sentraId}-${actorId}`,
  problemSolving: (roundId: string, sentraId: string, actorId: string) => `ps-${roundId}-${sentraId}-${actorId}`,
  surveyResponse: (roundId: string, sentraId: string, actorId: string, question: SurveyQuestion) =>
    `resp-${roundId}-${sentraId}-${actorId}-${question.toLowerCase().replace("_", "-")}`,
};

/** BPS worker bands: micro 1-4, small 5-19, medium 20-99, large 100 and more. */
export function sizeClassOf(workers: number): SizeClass {
  if (workers < 5) return "MICRO";
  if (workers < 20) return "SMALL";
  if (workers < 100) return "MEDIUM";
  return "LARGE";
}
