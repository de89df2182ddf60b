/**
 * What a valid survey import writes: plain records with stable ids, the same shapes the seed's
 * expansion (seed/data/helpers.ts) produces, so a seed firm exported and imported again is the
 * same graph.
 */
import { observationIds, sizeClassOf } from "../domain/survey-ids";
import type { ObservationKind } from "../domain/graph";
import { JICA_ASPECTS, PROBLEM_AREAS, SURVEY_QUESTIONS, type SurveyQuestion } from "../domain/vocabulary";
import { msg, type Text } from "../i18n/message";
import { ANSWER_COLUMNS, type FirmRow, type LinkageRow } from "./rows";

/** One record a firm row stands for in a round: an answer (given or left empty) or a group of scores. */
export interface FirmObservation {
  /** Derived from round, sentra, firm (and question): the same row imported again meets the same record. */
  id: string;
  kind: ObservationKind;
  question: SurveyQuestion | null;
  /** Whether the row gives it (an empty answer removes an earlier import's; empty scores leave stored ones). */
  given: boolean;
  /** The column a problem with it is reported in. */
  column: string;
  /** How a problem names it ("the SAME_TYPE answer"). */
  what: Text;
}

/** Every observation a firm row stands for in the round, with its derived id. */
export function firmObservations(roundId: string, firm: FirmRow): FirmObservation[] {
  const { sentraId, id: actorId } = firm;
  return [
    ...SURVEY_QUESTIONS.map((question) => ({
      id: observationIds.surveyResponse(roundId, sentraId, actorId, question),
      kind: "SURVEY_RESPONSE" as const,
      question,
      given: firm.answers[question] !== null,
      column: ANSWER_COLUMNS[question],
      what: msg("errors.importWhatAnswer", { question }),
    })),
    {
      id: observationIds.indicatorScore(roundId, sentraId, actorId),
      kind: "INDICATOR_SCORE",
      question: null,
      given: firm.jica !== null,
      column: JICA_ASPECTS[0],
      what: msg("errors.importWhatJicaScores"),
    },
    {
      id: observationIds.problemSolving(roundId, sentraId, actorId),
      kind: "PROBLEM_SOLVING_SCORE",
      question: null,
      given: firm.problemSolving !== null,
      column: PROBLEM_AREAS[0],
      what: msg("errors.importWhatProblemSolvingScores"),
    },
  ];
}

const INTENSITY = { P: "PASSIVE", A: "ACTIVE", R: "PROACTIVE" } as const;

/** Where a planned record comes from: the line of its row (firms file for all but linkages). */
interface FromLine {
  line: number;
}

export interface ImportPlan {
  /** Every property of a firm the format has a column for; null removes it. */
  actors: Array<FromLine & { id: string; props: Record<string, unknown>; location: { latitude: number; longitude: number } | null; regionId: string | null }>;
  participations: Array<FromLine & { actorId: string; sentraId: string; role: string; since: string | null }>;
  observations: Array<FromLine & { id: string; roundId: string; actorId: string; sentraId: string; props: Record<string, unknown> }>;
  /** Answers of this round left empty: an earlier import's response for them is removed. */
  unanswered: Array<FromLine & { id: string }>;
  linkages: Array<FromLine & { id: string; fromId: string; toId: string; since: string | null; props: Record<string, unknown> }>;
  /** The sentra whose stored metrics the import changes. */
  sentraIds: string[];
}

export function planImport(roundId: string, firms: readonly FirmRow[], linkages: readonly LinkageRow[]): ImportPlan {
  const plan: ImportPlan = { actors: [], participations: [], observations: [], unanswered: [], linkages: [], sentraIds: [] };
  for (const f of firms) {
    const { line } = f;
    plan.actors.push({
      line,
      id: f.id,
      props: {
        name: f.name,
        nameLower: f.name.toLowerCase(),
        kind: "IKM",
        sizeClass: f.workers === null ? null : sizeClassOf(f.workers),
        workers: f.workers,
        mainProducts: f.mainProducts,
        yearFounded: f.yearFounded,
        kbli: f.kbli,
        description: f.description,
      },
      location: f.location,
      regionId: f.regionId,
    });
    plan.participations.push({ line, actorId: f.id, sentraId: f.sentraId, role: f.role, since: f.memberSince });
    const of = { line, roundId, actorId: f.id, sentraId: f.sentraId };
    for (const observation of firmObservations(roundId, f)) {
      const { id, question } = observation;
      if (question !== null) {
        const answer = f.answers[question];
        if (answer === null) plan.unanswered.push({ line, id });
        else {
          const intensity = answer === "P" || answer === "A" || answer === "R" ? INTENSITY[answer] : null;
          plan.observations.push({ id, ...of, props: { kind: "SURVEY_RESPONSE", question, cooperates: answer !== "N", intensity } });
        }
      } else if (observation.kind === "INDICATOR_SCORE" && f.jica) {
        plan.observations.push({ id, ...of, props: { kind: "INDICATOR_SCORE", ...Object.fromEntries(JICA_ASPECTS.map((a) => [a, f.jica?.[a]])) } });
      } else if (observation.kind === "PROBLEM_SOLVING_SCORE" && f.problemSolving) {
        const scores = Object.fromEntries(PROBLEM_AREAS.map((a) => [a, f.problemSolving?.[a]]));
        plan.observations.push({ id, ...of, props: { kind: "PROBLEM_SOLVING_SCORE", ...scores } });
      }
    }
  }
  for (const l of linkages) {
    const id = l.id as string;
    plan.linkages.push({
      line: l.line,
      id,
      fromId: l.fromId,
      toId: l.toId,
      since: l.since,
      props: { id, type: l.type, intensity: l.intensity, flows: l.flows, sentraId: l.sentraId, description: l.description },
    });
  }
  plan.sentraIds = [...new Set([...firms.map((f) => f.sentraId), ...linkages.map((l) => l.sentraId)])].sort();
  return plan;
}
