/**
 * Which compared sentra is closest to its next stage, and what it is missing: a pure rule over the
 * verdicts of Query.compareSentra (no DOM, no texts), so a unit test can hold it and the compare
 * view only words its answer.
 *
 * The rule: a sentra's next stage is the rung above its stage; what it misses are the criteria
 * required for that rung (criterion.requiredFor) that failed or cannot be judged yet. The closest is
 * the one missing the fewest; ties go to the higher stage, then to more criteria met overall, then
 * to the name (then the id, so the answer never depends on the order asked). A dynamic cluster has
 * no rung above it and takes no part.
 */
export const STAGES = ["EMBRYO", "SENTRA", "EARLY_CLUSTER", "CLUSTER", "DYNAMIC_CLUSTER"] as const;
export type Stage = (typeof STAGES)[number];

export interface ClosestCriterion {
  id: string;
  description: string;
  passed: boolean | null;
  requiredFor: string;
}

export interface ClosestInput {
  id: string;
  name: string;
  stage: string;
  criteria: readonly ClosestCriterion[];
}

export interface MissingCriterion {
  id: string;
  description: string;
  /** Failed (passed false), or cannot be judged yet (passed null). */
  state: "failed" | "undetermined";
}

export interface Candidate {
  id: string;
  name: string;
  stage: Stage;
  nextStage: Stage;
  /** Failed ones first, then those that cannot be judged, each in the API's order. */
  missing: MissingCriterion[];
  /** Criteria met overall, at any rung. */
  met: number;
}

export interface ClosestAnswer {
  /** Every sentra with a rung above it, closest first: ranking[0] is the answer. */
  ranking: Candidate[];
  /** Those already dynamic clusters, in the order given. */
  dynamic: Array<{ id: string; name: string }>;
}

/** The rung's place on the ladder, 0 (embryo) to 4 (dynamic cluster); -1 for a value the ladder lacks. */
export function stageRank(stage: string): number {
  return (STAGES as readonly string[]).indexOf(stage);
}

/** The rung above, or null at the top (or for an unknown stage). */
export function nextStage(stage: string): Stage | null {
  const rank = stageRank(stage);
  return rank < 0 || rank >= STAGES.length - 1 ? null : STAGES[rank + 1];
}

/** What one sentra misses for its next stage; null for a dynamic cluster (nothing above it). */
export function candidate(sentra: ClosestInput): Candidate | null {
  const next = nextStage(sentra.stage);
  if (next === null) return null;
  const forNext = sentra.criteria.filter((criterion) => criterion.requiredFor === next && criterion.passed !== true);
  const missing: MissingCriterion[] = [
    ...forNext.filter((c) => c.passed === false).map((c) => ({ id: c.id, description: c.description, state: "failed" as const })),
    ...forNext.filter((c) => c.passed === null).map((c) => ({ id: c.id, description: c.description, state: "undetermined" as const })),
  ];
  return {
    id: sentra.id,
    name: sentra.name,
    stage: sentra.stage as Stage,
    nextStage: next,
    missing,
    met: sentra.criteria.filter((criterion) => criterion.passed === true).length,
  };
}

function byCloseness(a: Candidate, b: Candidate): number {
  return (
    a.missing.length - b.missing.length ||
    stageRank(b.stage) - stageRank(a.stage) ||
    b.met - a.met ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function closestToNextStage(sentra: readonly ClosestInput[]): ClosestAnswer {
  const ranking: Candidate[] = [];
  const dynamic: Array<{ id: string; name: string }> = [];
  for (const one of sentra) {
    // A stage the ladder does not know takes no part (the schema has only these five).
    if (stageRank(one.stage) < 0) continue;
    const found = candidate(one);
    if (found) ranking.push(found);
    else dynamic.push({ id: one.id, name: one.name });
  }
  ranking.sort(byCloseness);
  return { ranking, dynamic };
}

/**
 * A criterion's description short enough for the one-line answer: a long one is cut before its first
 * aside (a parenthesis, a colon, a semicolon); the matrix below keeps it whole.
 */
export function shortDescription(description: string): string {
  const text = description.replace(/[.\s]+$/, "");
  if (text.length <= 110) return text;
  const cuts = [" (", ": ", "; "].map((mark) => text.indexOf(mark, 25)).filter((index) => index > 0);
  return cuts.length > 0 ? `${text.slice(0, Math.min(...cuts))}…` : text;
}
