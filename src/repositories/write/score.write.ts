import type { ObservationKind } from "../../domain/graph";
import { INDICATOR_SCORE_RULES, PROBLEM_SOLVING_SCORE_RULES, type OBSERVATION_KEY_RULES } from "../../domain/rules/observation.rules";
import type { FieldRule } from "../../domain/rules/table";
import { observationIds } from "../../domain/survey-ids";
import type { JicaAspect, ProblemArea } from "../../domain/vocabulary";
import { conflict } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { archives, creates, updates } from "./declared";
import { observationWrites, type ObservationInput, type ObservationTarget } from "./observation-writes";
import { thingName } from "./record-names";

/*
 * A firm's scores in one round for one sentra: JICA's six cluster-dynamics indicators, or the four
 * joint problem-solving fields. Both are observations (one live record per firm, round and sentra)
 * of whole-number scores from 1 to 5, written by one configuration that differs only in its kind,
 * rule table and id; they feed the sentra's analysis, so writing them recomputes it.
 */

export type CreateScore<F extends string> = ObservationInput & Record<F, number>;

/** Only the given scores change. */
export type ScorePatch<F extends string> = { [K in F]?: number | null } & { id: string; expectedVersion: number };

function scoreWrites<F extends string>(
  kind: Extract<ObservationKind, "INDICATOR_SCORE" | "PROBLEM_SOLVING_SCORE">,
  what: string,
  rules: typeof OBSERVATION_KEY_RULES & Record<F, FieldRule<number>>,
  idOf: (roundId: string, sentraId: string, actorId: string) => string,
) {
  return observationWrites<CreateScore<F>, ScorePatch<F>>({
    kind,
    what,
    rules,
    idOf: ({ roundId, sentraId, actorId }: ObservationTarget) => idOf(roundId, sentraId, actorId),
    duplicate: (target, _scores, other) => conflict("actorId", msg("errors.scoreExists", { ...target, thing: thingName(what), other }), { existingId: other }),
  });
}

const INDICATOR_SCORE = scoreWrites<JicaAspect>("INDICATOR_SCORE", "indicator score", INDICATOR_SCORE_RULES, observationIds.indicatorScore);
const PROBLEM_SOLVING_SCORE = scoreWrites<ProblemArea>(
  "PROBLEM_SOLVING_SCORE",
  "problem-solving score",
  PROBLEM_SOLVING_SCORE_RULES,
  observationIds.problemSolving,
);

export const SCORE_WRITES = {
  createIndicatorScore: creates(INDICATOR_SCORE.create),
  updateIndicatorScore: updates(INDICATOR_SCORE.update),
  archiveIndicatorScore: archives(INDICATOR_SCORE.archive),
  createProblemSolvingScore: creates(PROBLEM_SOLVING_SCORE.create),
  updateProblemSolvingScore: updates(PROBLEM_SOLVING_SCORE.update),
  archiveProblemSolvingScore: archives(PROBLEM_SOLVING_SCORE.archive),
};
