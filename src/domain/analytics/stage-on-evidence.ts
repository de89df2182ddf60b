import { CLUSTER_STAGES, type ClusterStage, type Criterion } from "./criteria";

type Judged = Pick<Criterion, "requiredFor" | "passed">;

/** The rungs above EMBRYO, in order, each with the verdicts of its criteria. */
function rungs(criteria: readonly Judged[]): Array<{ rung: ClusterStage; verdicts: Array<boolean | null> }> {
  return CLUSTER_STAGES.slice(1).map((rung) => ({ rung, verdicts: criteria.filter((c) => c.requiredFor === rung).map((c) => c.passed) }));
}

/**
 * The highest rung the available evidence supports, with undetermined criteria (passed null)
 * dropped: walk the rungs SENTRA < EARLY_CLUSTER < CLUSTER < DYNAMIC_CLUSTER and stop at the first
 * rung with a failed criterion; below that stop, the stage is the highest rung with at least one
 * passed criterion, or EMBRYO when none has one. So a rung whose criteria are all undetermined is
 * crossed when a higher rung below the stop passes a criterion, and is never the stage itself; and
 * a missing figure never lowers the stage (it is neither a pass nor a failure). The stage always
 * lies between stageIfUndetermined(false) and stageIfUndetermined(true).
 */
export function stageOnEvidence(criteria: readonly Judged[]): ClusterStage {
  let stage: ClusterStage = "EMBRYO";
  let previous: ClusterStage = "EMBRYO";
  for (const { rung, verdicts } of rungs(criteria)) {
    if (verdicts.includes(false)) break;
    // A rung without criteria asks nothing: reached from the rung below it (as stageIfUndetermined
    // reaches it), never on its own, so the stage stays within the possible range.
    if (verdicts.includes(true) || (verdicts.length === 0 && stage === previous)) stage = rung;
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
