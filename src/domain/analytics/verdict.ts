import { concentrationCriteria } from "./concentration-criteria";
import { CLUSTER_STAGES, type ClusterStage, type Criterion, type VerdictInput } from "./criteria";
import { dynamicsCriteria } from "./dynamics-criteria";
import { governanceCriteria } from "./governance-criteria";
import { institutionCriteria } from "./institution-criteria";
import { linkageCriteria } from "./linkage-criteria";
import { sevenStepPath, type SevenStepPath } from "./seven-steps";
import { DEFAULT_THRESHOLDS, resolveThresholds, THRESHOLD_NAMES, type ThresholdName, type ThresholdOverride } from "./thresholds";

export interface AppliedThreshold {
  name: ThresholdName;
  value: number;
  defaultValue: number;
  overridden: boolean;
  source: string;
}

export interface ClusterVerdict {
  sentraId: string;
  stage: ClusterStage;
  /** Every JICA aspect at least "dynamic" (3). */
  dynamic: boolean;
  criteria: Criterion[];
  /** Why it is not a higher stage, one sentence per unmet criterion, lowest rung first. */
  reasons: string[];
  sevenSteps: SevenStepPath;
  thresholds: AppliedThreshold[];
}

const STAGE_PHRASE: Record<ClusterStage, string> = {
  EMBRYO: "an embryo",
  SENTRA: "a sentra",
  EARLY_CLUSTER: "an early-stage cluster",
  CLUSTER: "a cluster",
  DYNAMIC_CLUSTER: "a dynamic cluster",
};

/**
 * Where the sentra stands on the ladder EMBRYO < SENTRA < EARLY_CLUSTER < CLUSTER <
 * DYNAMIC_CLUSTER: the highest rung whose criteria, and those of every rung below, all pass.
 * A criterion without data (passed null) does not pass. Throws InvalidThresholdError on a
 * nonsensical override.
 */
export function clusterVerdict(input: VerdictInput, override: ThresholdOverride = {}): ClusterVerdict {
  const { values, overridden } = resolveThresholds(override);
  const ctx = { ...input, thresholds: values };
  const criteria = [...concentrationCriteria(ctx), ...linkageCriteria(ctx), ...institutionCriteria(ctx), ...governanceCriteria(ctx), ...dynamicsCriteria(ctx)];
  const stage = stageOf(criteria);
  return {
    sentraId: input.network.sentra.id,
    stage,
    dynamic: criteria.filter((c) => c.group === "DYNAMICS").every((c) => c.passed === true),
    criteria,
    reasons: reasonsAbove(stage, criteria),
    sevenSteps: sevenStepPath(input.network, input.valueChain),
    thresholds: THRESHOLD_NAMES.map((name) => ({
      name,
      value: values[name],
      defaultValue: DEFAULT_THRESHOLDS[name].value,
      overridden: overridden.includes(name),
      source: DEFAULT_THRESHOLDS[name].source,
    })),
  };
}

function stageOf(criteria: readonly Criterion[]): ClusterStage {
  let reached: ClusterStage = "EMBRYO";
  for (const rung of CLUSTER_STAGES.slice(1)) {
    if (!criteria.filter((c) => c.requiredFor === rung).every((c) => c.passed === true)) break;
    reached = rung;
  }
  return reached;
}

function reasonsAbove(stage: ClusterStage, criteria: readonly Criterion[]): string[] {
  const higher = CLUSTER_STAGES.slice(CLUSTER_STAGES.indexOf(stage) + 1);
  return higher.flatMap((rung) => criteria.filter((c) => c.requiredFor === rung && c.passed !== true).map((c) => `Not ${STAGE_PHRASE[rung]}: ${c.shortfall}`));
}
