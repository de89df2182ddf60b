import { msg, type Message, type Text } from "../../i18n/message";
import type { Citation } from "./citations";
import { concentrationCriteria } from "./concentration-criteria";
import { CLUSTER_STAGES, type ClusterStage, type Criterion, type VerdictInput } from "./criteria";
import { dynamicsCriteria } from "./dynamics-criteria";
import { governanceCriteria } from "./governance-criteria";
import { institutionCriteria } from "./institution-criteria";
import { linkageCriteria } from "./linkage-criteria";
import { settledByDefault } from "./settled-by";
import { sevenStepPath, type SevenStepPath } from "./seven-steps";
import { stageIfUndetermined, stageOnEvidence, stageRank } from "./stage-on-evidence";
import { DEFAULT_THRESHOLDS, resolveThresholds, THRESHOLD_NAMES, type ThresholdName, type ThresholdOverride } from "./thresholds";

export interface AppliedThreshold {
  name: ThresholdName;
  value: number;
  defaultValue: number;
  overridden: boolean;
  source: Text;
  citations: readonly Citation[];
  /** No published value exists: the default is Simpul's reasoned one. */
  reasonedDefault: boolean;
}

/** A criterion the data cannot judge yet, the rung it holds back, and what would settle it. */
export interface UndeterminedCriterion {
  id: string;
  requiredFor: Criterion["requiredFor"];
  settledBy: Text;
}

export interface ClusterVerdict {
  sentraId: string;
  /** The highest rung the available evidence supports (src/domain/analytics/stage-on-evidence.ts). */
  stage: ClusterStage;
  /**
   * Every JICA aspect at least "dynamic" (3): true when all six are, false when one is not, null
   * when none fails but some have no scores (not knowing is not "not dynamic").
   */
  dynamic: boolean | null;
  /** True when every criterion could be judged; false when some lack the data to decide. */
  complete: boolean;
  /** The criteria without a verdict, lowest rung first. */
  undetermined: UndeterminedCriterion[];
  /** The stage if every undetermined criterion failed. */
  lowestPossibleStage: ClusterStage;
  /** The stage if every undetermined criterion passed. */
  highestPossibleStage: ClusterStage;
  /** True when settling the undetermined criteria could raise the stage. */
  couldBeHigher: boolean;
  criteria: Criterion[];
  /**
   * Why it is not a higher stage, lowest rung first: one sentence per failed criterion above the
   * stage, and one per undetermined criterion (at any rung) naming what would settle it.
   */
  reasons: Text[];
  sevenSteps: SevenStepPath;
  thresholds: AppliedThreshold[];
}

const stageName = (stage: ClusterStage): Message => msg(`verdict.stage.${stage}`);

/**
 * Where the sentra stands on the ladder EMBRYO < SENTRA < EARLY_CLUSTER < CLUSTER <
 * DYNAMIC_CLUSTER, on the evidence there is: an undetermined criterion never decides the stage; the
 * verdict says which are undetermined and how far they could move it. Throws InvalidThresholdError
 * on a nonsensical override.
 */
export function clusterVerdict(input: VerdictInput, override: ThresholdOverride = {}): ClusterVerdict {
  const { values, overridden } = resolveThresholds(override);
  const ctx = { ...input, thresholds: values };
  const criteria = [...concentrationCriteria(ctx), ...linkageCriteria(ctx), ...institutionCriteria(ctx), ...governanceCriteria(ctx), ...dynamicsCriteria(ctx)];
  const stage = stageOnEvidence(criteria);
  const highestPossibleStage = stageIfUndetermined(criteria, true);
  const undetermined = byRung(criteria.filter((c) => c.passed === null)).map((c) => ({
    id: c.id,
    requiredFor: c.requiredFor,
    settledBy: c.settledBy ?? settledByDefault(c.id, c.group),
  }));
  return {
    sentraId: input.network.sentra.id,
    stage,
    dynamic: dynamicOf(criteria.filter((c) => c.group === "DYNAMICS")),
    complete: undetermined.length === 0,
    undetermined,
    lowestPossibleStage: stageIfUndetermined(criteria, false),
    highestPossibleStage,
    couldBeHigher: stageRank(highestPossibleStage) > stageRank(stage),
    criteria,
    reasons: reasonsOf(stage, criteria),
    sevenSteps: sevenStepPath(input.network, input.valueChain),
    thresholds: THRESHOLD_NAMES.map((name) => ({
      name,
      value: values[name],
      defaultValue: DEFAULT_THRESHOLDS[name].value,
      overridden: overridden.includes(name),
      source: DEFAULT_THRESHOLDS[name].source,
      citations: DEFAULT_THRESHOLDS[name].citations,
      reasonedDefault: DEFAULT_THRESHOLDS[name].reasonedDefault,
    })),
  };
}

function byRung<T extends Pick<Criterion, "requiredFor">>(criteria: readonly T[]): T[] {
  return CLUSTER_STAGES.flatMap((rung) => criteria.filter((c) => c.requiredFor === rung));
}

function reasonsOf(stage: ClusterStage, criteria: readonly Criterion[]): Text[] {
  return byRung(criteria).flatMap((c): Text[] => {
    if (c.passed === null) {
      return [msg("verdict.reason.undetermined", { stage: stageName(c.requiredFor), why: c.detail, settledBy: c.settledBy })];
    }
    if (c.passed === false && stageRank(c.requiredFor) > stageRank(stage)) {
      return [msg("verdict.reason.failed", { stage: stageName(c.requiredFor), why: c.shortfall ?? c.description })];
    }
    return [];
  });
}

function dynamicOf(aspects: readonly Criterion[]): boolean | null {
  if (aspects.some((c) => c.passed === false)) return false;
  return aspects.every((c) => c.passed === true) ? true : null;
}
