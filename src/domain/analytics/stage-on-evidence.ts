import { CLUSTER_STAGES, type ClusterStage, type Criterion } from "./criteria";

type Judged = Pick<Criterion, "requiredFor" | "passed">;

/** The rungs above EMBRYO, in order, each with the verdicts of its criteria. */
function rungs(criteria: readonly Judged[]): Array<{ rung: ClusterStage; verdicts: Array<boolean | null> }> {
  return CLUSTER_STAGES.slice(1).map((rung) => ({ rung, verdicts: criteria.filter((c) => c.requiredFor === rung).map((c) => c.passed) }));
}

/**
 * The highest rung the available evidence supports, where an undetermined criterion (passed null)
 * is neither a pass nor a failure. Walk the rungs SENTRA < EARLY_CLUSTER < CLUSTER <
 * DYNAMIC_CLUSTER:
 * - stop at the first rung with a failed criterion;
 * - a rung is SUPPORTED when none of its criteria failed and more of them passed than are
 *   undetermined (one pass among many unknowns supports nothing);
 * - a rung whose criteria are all undetermined may be crossed: it is never the stage itself, but a
 *   supported rung above it (below the stop) can be;
 * - a rung with passes but not more passes than unknowns is not supported and cannot be crossed:
 *   the walk stops there too;
 * - a rung without criteria asks nothing: reached from the rung below it when that one was reached
 *   (as stageIfUndetermined reaches it), never on its own.
 * The stage is the highest supported rung below the stop, EMBRYO when none is. So a missing figure
 * never lowers the stage, and the stage always lies between stageIfUndetermined(false) (the lowest
 * possible) and stageIfUndetermined(true) (the highest possible).
 */
export function stageOnEvidence(criteria: readonly Judged[]): ClusterStage {
  let stage: ClusterStage = "EMBRYO";
  let previous: ClusterStage = "EMBRYO";
  for (const { rung, verdicts } of rungs(criteria)) {
    if (verdicts.includes(false)) break;
    const passed = verdicts.filter((v) => v === true).length;
    const unknown = verdicts.filter((v) => v === null).length;
    if (verdicts.length === 0) {
      if (stage === previous) stage = rung;
    } else if (passed > unknown) {
      stage = rung;
    } else if (passed > 0) {
      break;
    }
    previous = rung;
  }
  return stage;
}

/**
 * The stage if every undetermined criterion turned out `assumed` (false: the lowest possible
 * stage, true: the highest): the highest rung whose criteria, and those of every rung below, all pass.
 */
export function stageIfUndetermined(criteria: readonly Judged[], assumed: boolean): ClusterStage {
  let stage: ClusterStage = "EMBRYO";
  for (const { rung, verdicts } of rungs(criteria)) {
    if (!verdicts.every((v) => (v ?? assumed) === true)) break;
    stage = rung;
  }
  return stage;
}

export function stageRank(stage: ClusterStage): number {
  return CLUSTER_STAGES.indexOf(stage);
}
