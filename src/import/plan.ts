/**
 * What a valid survey import writes: plain records with stable ids, the same shapes the seed's
 * expansion (seed/data/helpers.ts) produces, so a seed firm exported and imported again is the
 * same graph.
 */
import { observationIds, sizeClassOf } from "../domain/survey-ids";
import { JICA_ASPECTS, PROBLEM_AREAS, SURVEY_QUESTIONS } from "../domain/vocabulary";
import type { FirmRow, LinkageRow } from "./rows";

const INTENSITY = { P: "PASSIVE", A: "ACTIVE", R: "PROACTIVE" } as const;

export interface ImportPlan {
  /** Every property of a firm the format has a column for; null removes it. */
  actors: Array<{ id: string; props: Record<string, unknown>; location: { latitude: number; longitude: number } | null; regionId: string | null }>;
  participations: Array<{ actorId: string; sentraId: string; role: string; since: string | null }>;
  observations: Array<{ id: string; roundId: string; actorId: string; sentraId: string; props: Record<string, unknown> }>;
  /** Answers of this round left empty: an earlier import's response for them is removed. */
  unanswered: string[];
  linkages: Array<{ id: string; fromId: string; toId: string; since: string | null; props: Record<string, unknown> }>;
  /** The sentra whose stored metrics the import changes. */
  sentraIds: string[];
}

export function planImport(roundId: string, firms: readonly FirmRow[], linkages: readonly LinkageRow[]): ImportPlan {
  const plan: ImportPlan = { actors: [], participations: [], observations: [], unanswered: [], linkages: [], sentraIds: [] };
  for (const f of firms) {
    plan.actors.push({
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
    plan.participations.push({ actorId: f.id, sentraId: f.sentraId, role: f.role, since: f.memberSince });
    const of = { roundId, actorId: f.id, sentraId: f.sentraId };
    for (const question of SURVEY_QUESTIONS) {
      const id = observationIds.surveyResponse(roundId, f.sentraId, f.id, question);
      const answer = f.answers[question];
      if (answer === null) {
        plan.unanswered.push(id);
        continue;
      }
      const intensity = answer === "P" || answer === "A" || answer === "R" ? INTENSITY[answer] : null;
      plan.observations.push({ id, ...of, props: { kind: "SURVEY_RESPONSE", question, cooperates: answer !== "N", intensity } });
    }
    if (f.jica) {
      const scores = Object.fromEntries(JICA_ASPECTS.map((a) => [a, f.jica?.[a]]));
      plan.observations.push({ id: observationIds.indicatorScore(roundId, f.sentraId, f.id), ...of, props: { kind: "INDICATOR_SCORE", ...scores } });
    }
    if (f.problemSolving) {
      const scores = Object.fromEntries(PROBLEM_AREAS.map((a) => [a, f.problemSolving?.[a]]));
      plan.observations.push({ id: observationIds.problemSolving(roundId, f.sentraId, f.id), ...of, props: { kind: "PROBLEM_SOLVING_SCORE", ...scores } });
    }
  }
  for (const l of linkages) {
    const id = l.id as string;
    plan.linkages.push({
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
