import { JICA_ASPECTS, PROBLEM_AREAS, SURVEY_QUESTIONS, type JicaAspect, type ProblemArea, type SurveyQuestion } from "../vocabulary";
import type { SurveyRoundData } from "./network";

/** One row of Tables 4 to 7: firms that answered a cooperation question, and how they cooperate. */
export interface CooperationTable {
  question: SurveyQuestion;
  answered: number;
  yes: number;
  no: number;
  /** Null for SUPPORTING: Table 7 records no intensity. */
  passive: number | null;
  active: number | null;
  proactive: number | null;
  /** "Yes" answers that carry no intensity (always all of them for SUPPORTING). */
  yesWithoutIntensity: number;
  /** yes / answered; null when nobody answered. */
  yesShare: number | null;
}

/** Mean, minimum and maximum of one score over the firms scored; `displayMean` is the mean as the research prints it. */
export interface ScoreSummary {
  scored: number;
  mean: number | null;
  displayMean: number | null;
  min: number | null;
  max: number | null;
}

export interface SurveyTables {
  roundId: string;
  roundName: string;
  date: string;
  /** Tables 4 to 7, in question order. */
  cooperation: CooperationTable[];
  /** Table 3: JICA's six aspects. */
  indicators: Record<JicaAspect, ScoreSummary>;
  /** Table 3's last column: the sum of the ROUNDED means (how the research prints it); null without scores. */
  indicatorDisplaySum: number | null;
  /** Table 8: joint problem solving. */
  problemSolving: Record<ProblemArea, ScoreSummary>;
  coverage: { coreMembers: number; membersWithResponses: number; respondentsOutsideCore: number };
}

/**
 * Tables 3 to 8 of research/001 recomputed from one round. A firm with no response to a
 * question did not answer it and is not in that question's `answered`. Means are displayed
 * rounded half up to a whole score, as the research prints them.
 */
export function surveyTables(round: SurveyRoundData, coreMemberIds: Iterable<string>): SurveyTables {
  const core = new Set(coreMemberIds);
  const respondents = new Set([
    ...round.responses.map((r) => r.actorId),
    ...round.indicatorScores.map((s) => s.actorId),
    ...round.problemSolvingScores.map((s) => s.actorId),
  ]);
  const indicators = Object.fromEntries(JICA_ASPECTS.map((aspect) => [aspect, summarise(round.indicatorScores.map((s) => s[aspect]))])) as Record<
    JicaAspect,
    ScoreSummary
  >;
  const displayMeans = JICA_ASPECTS.map((a) => indicators[a].displayMean);
  return {
    roundId: round.roundId,
    roundName: round.name,
    date: round.date,
    cooperation: SURVEY_QUESTIONS.map((q) => cooperationTable(round, q)),
    indicators,
    indicatorDisplaySum: displayMeans.some((m) => m === null) ? null : displayMeans.reduce((s, m) => s! + m!, 0),
    problemSolving: Object.fromEntries(PROBLEM_AREAS.map((area) => [area, summarise(round.problemSolvingScores.map((s) => s[area]))])) as Record<
      ProblemArea,
      ScoreSummary
    >,
    coverage: {
      coreMembers: core.size,
      membersWithResponses: [...respondents].filter((id) => core.has(id)).length,
      respondentsOutsideCore: [...respondents].filter((id) => !core.has(id)).length,
    },
  };
}

function cooperationTable(round: SurveyRoundData, question: SurveyQuestion): CooperationTable {
  // One answer per firm: if a round holds two, the later one stands.
  const byActor = new Map(round.responses.filter((r) => r.question === question).map((r) => [r.actorId, r]));
  const answers = [...byActor.values()];
  const yes = answers.filter((r) => r.cooperates);
  const count = (intensity: string) => yes.filter((r) => r.intensity === intensity).length;
  const measured = question !== "SUPPORTING";
  return {
    question,
    answered: answers.length,
    yes: yes.length,
    no: answers.length - yes.length,
    passive: measured ? count("PASSIVE") : null,
    active: measured ? count("ACTIVE") : null,
    proactive: measured ? count("PROACTIVE") : null,
    yesWithoutIntensity: yes.filter((r) => r.intensity === null).length,
    yesShare: answers.length === 0 ? null : yes.length / answers.length,
  };
}

function summarise(scores: number[]): ScoreSummary {
  if (scores.length === 0) return { scored: 0, mean: null, displayMean: null, min: null, max: null };
  const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
  return { scored: scores.length, mean, displayMean: roundHalfUp(mean), min: Math.min(...scores), max: Math.max(...scores) };
}

/** Half up, guarding against 2.4999999 from floating sums of whole scores. */
export function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5 + 1e-9);
}
