import { JICA_ASPECTS, PROBLEM_AREAS, type JicaAspect, type ProblemArea, type SurveyQuestion } from "../vocabulary";
import type { CooperationTable, ScoreSummary, SurveyTables } from "./survey-tables";

type Diff = number | null;

export interface CooperationChange {
  question: SurveyQuestion;
  answered: Diff;
  yes: Diff;
  no: Diff;
  passive: Diff;
  active: Diff;
  proactive: Diff;
  /** Change in yes / answered: counts alone mislead when fewer firms answered. */
  yesShare: Diff;
}

export interface ScoreChange {
  mean: Diff;
  min: Diff;
  max: Diff;
}

export interface RoundChange {
  olderRoundId: string;
  newerRoundId: string;
  cooperation: CooperationChange[];
  indicators: Record<JicaAspect, ScoreChange>;
  indicatorDisplaySum: Diff;
  problemSolving: Record<ProblemArea, ScoreChange>;
}

/** newer minus older, figure by figure; null where either round lacks the figure. */
export function roundChange(older: SurveyTables, newer: SurveyTables): RoundChange {
  return {
    olderRoundId: older.roundId,
    newerRoundId: newer.roundId,
    cooperation: newer.cooperation.map((n) =>
      cooperationChange(
        older.cooperation.find((o) => o.question === n.question),
        n,
      ),
    ),
    indicators: Object.fromEntries(JICA_ASPECTS.map((a) => [a, scoreChange(older.indicators[a], newer.indicators[a])])) as Record<JicaAspect, ScoreChange>,
    indicatorDisplaySum: diff(older.indicatorDisplaySum, newer.indicatorDisplaySum),
    problemSolving: Object.fromEntries(PROBLEM_AREAS.map((a) => [a, scoreChange(older.problemSolving[a], newer.problemSolving[a])])) as Record<
      ProblemArea,
      ScoreChange
    >,
  };
}

function diff(older: number | null | undefined, newer: number | null | undefined): Diff {
  return older === null || older === undefined || newer === null || newer === undefined ? null : newer - older;
}

function cooperationChange(older: CooperationTable | undefined, newer: CooperationTable): CooperationChange {
  return {
    question: newer.question,
    answered: diff(older?.answered, newer.answered),
    yes: diff(older?.yes, newer.yes),
    no: diff(older?.no, newer.no),
    passive: diff(older?.passive, newer.passive),
    active: diff(older?.active, newer.active),
    proactive: diff(older?.proactive, newer.proactive),
    yesShare: diff(older?.yesShare, newer.yesShare),
  };
}

function scoreChange(older: ScoreSummary, newer: ScoreSummary): ScoreChange {
  return { mean: diff(older.mean, newer.mean), min: diff(older.min, newer.min), max: diff(older.max, newer.max) };
}
