import { msg, type Message, type Text } from "../../i18n/message";
import type { ValueChain } from "./value-chain";
import type { CooperationDensity } from "./cooperation";
import type { SentraNetwork } from "./network";
import type { SurveyTables } from "./survey-tables";
import type { Citation } from "./citations";
import type { RegionLevel } from "../vocabulary";
import { coreMemberIds, latestRound } from "./network-views";
import { settledByDefault } from "./settled-by";
import { DEFAULT_THRESHOLDS, type ThresholdName, type Thresholds } from "./thresholds";

/**
 * The development ladder (ADB 2001 via research/001 B: embryo, sentra, cluster; research/004's
 * "early stage" of a cluster; JICA's dynamics) and the shape of one criterion on it.
 */
export const CLUSTER_STAGES = ["EMBRYO", "SENTRA", "EARLY_CLUSTER", "CLUSTER", "DYNAMIC_CLUSTER"] as const;
export type ClusterStage = (typeof CLUSTER_STAGES)[number];

export const CRITERION_GROUPS = ["CONCENTRATION", "LINKAGE", "INSTITUTIONS", "GOVERNANCE", "DYNAMICS"] as const;
export type CriterionGroup = (typeof CRITERION_GROUPS)[number];

export type Comparison = "AT_LEAST" | "AT_MOST";

/**
 * Which count of firms a concentration criterion used: the firms the sentra is recorded to have
 * (its latest `firms` statistic), or the core firms surveyed with coordinates within the radius.
 */
export const CONCENTRATION_BASES = ["RECORDED_FIRMS", "SURVEYED_FIRMS"] as const;
export type ConcentrationBasis = (typeof CONCENTRATION_BASES)[number];

export interface Criterion {
  id: string;
  group: CriterionGroup;
  /** The lowest rung of the ladder that needs this criterion passed. */
  requiredFor: Exclude<ClusterStage, "EMBRYO">;
  description: Text;
  measured: number | null;
  threshold: number;
  thresholdName: ThresholdName;
  comparison: Comparison;
  /** null: no data, or too little to decide (the members without data could tip it). */
  passed: boolean | null;
  source: Text;
  /** What the source cites, checkable (src/domain/analytics/citations.ts). */
  citations: readonly Citation[];
  /** The figures behind `measured`, with their coverage. */
  detail: Text;
  /** Why it fails, in the research's words where it has them; null when passed. */
  shortfall: Text | null;
  /** When undetermined (passed null): the data that would settle it; null when judged. */
  settledBy: Text | null;
  /** For a concentration criterion, which count of firms it used; null for the others. */
  basis: ConcentrationBasis | null;
}

/**
 * How many firms a sentra has and how close they sit: the surveyed core firms (the largest number
 * within `radiusKm` of one core firm, itself included, computed in Cypher) and, apart from them,
 * the firms the sentra is recorded to have (its latest `firms` statistic), where one is recorded.
 */
export interface ConcentrationMeasure {
  coreFirms: number;
  withCoordinates: number;
  radiusKm: number;
  maxWithinRadius: number;
  /** Units of business in the sentra by its latest `firms` statistic; null when none is recorded. */
  recordedFirms: number | null;
  /** The year of that statistic; null when none is recorded. */
  recordedYear: number | null;
  /**
   * The level of the region the sentra is placed in (VILLAGE to PROVINCE); null or absent when
   * unknown. A recorded count shows closeness only at village or district level.
   */
  regionLevel?: RegionLevel | null;
}

export interface VerdictInput {
  network: SentraNetwork;
  valueChain: ValueChain;
  cooperation: CooperationDensity;
  /** Tables of the latest survey round; null when the sentra was never surveyed. */
  survey: SurveyTables | null;
  concentration: ConcentrationMeasure;
}

export interface CriterionContext extends VerdictInput {
  thresholds: Thresholds;
}

export function judge(measured: number | null, threshold: number, comparison: Comparison): boolean | null {
  if (measured === null) return null;
  // A hair of tolerance so that 0.5 computed as 6/12 is "at least 0.5" whatever the float.
  return comparison === "AT_LEAST" ? measured >= threshold - 1e-9 : measured <= threshold + 1e-9;
}

/**
 * Judge a count or share that some members' missing data could still move: a failure that the
 * silent members could turn into a pass is no verdict at all (null).
 */
export function judgeWithUnknowns(measured: number | null, best: number | null, threshold: number): boolean | null {
  const passed = judge(measured, threshold, "AT_LEAST");
  if (passed === false && best !== null && judge(best, threshold, "AT_LEAST")) return null;
  return passed;
}

/**
 * Whether a missing record is evidence of absence (of a supporting industry, an FKAK, an
 * agreement): only in a sentra that has core firms to count and whose network a survey round
 * mapped (its latest round exists). Otherwise why not: no core firm, or no survey round.
 */
export function whyAbsenceIsNoEvidence(ctx: VerdictInput): "noSurvey" | "noCoreFirms" | null {
  if (coreMemberIds(ctx.network).size === 0) return "noCoreFirms";
  return latestRound(ctx.network) === null ? "noSurvey" : null;
}

/** What a criterion measures and says; `criterion` adds the threshold, the verdict and its source. */
export interface CriterionSpec extends Pick<
  Criterion,
  "id" | "group" | "requiredFor" | "description" | "measured" | "thresholdName" | "comparison" | "detail"
> {
  /** The verdict against the threshold in force, where plain `judge` is not enough (members without data, say). */
  passed?: (threshold: number) => boolean | null;
  /** Replaces the threshold's own source, for a criterion that rests on more than one threshold. */
  source?: Text;
  /** Replaces the threshold's own citations, with `source`. */
  citations?: readonly Citation[];
  /** Why it fails, given the verdict and the threshold in force; null when passed. */
  shortfall: (verdict: { passed: boolean | null; threshold: number }) => Text | null;
  /** The data that would settle it when undetermined; without one, the verdict names its group's (src/domain/analytics/settled-by.ts). */
  settledBy?: Text;
  /** Which count of firms a concentration criterion used. */
  basis?: ConcentrationBasis;
  /**
   * For a criterion that counts records (a supporting industry, an FKAK, an agreement): the
   * unsurveyed-absence rule applies, and this is the data that would settle it. A failure where a
   * missing record is no evidence of absence (whyAbsenceIsNoEvidence) is undetermined instead.
   */
  absenceSettledBy?: Message;
}

/**
 * One criterion judged against the threshold in force (the analyst's override or the default),
 * citing the default's source: every criterion is built the same way, field for field.
 */
export function criterion(ctx: CriterionContext, spec: CriterionSpec): Criterion {
  const threshold = ctx.thresholds[spec.thresholdName];
  const judged = spec.passed ? spec.passed(threshold) : judge(spec.measured, threshold, spec.comparison);
  // Nothing to count (no core firm): no failure, whatever the criterion outside concentration (a
  // recorded count of firms is evidence on its own). The unsurveyed-absence rule: a failure that
  // rests on records that need not be missing at all is no failure either.
  const absence = judged === false && spec.group !== "CONCENTRATION" ? whyAbsenceIsNoEvidence(ctx) : null;
  const why = absence === "noCoreFirms" || (absence === "noSurvey" && spec.absenceSettledBy) ? absence : null;
  const passed = why === null ? judged : null;
  const unsurveyed = why === null ? null : msg(`verdict.absence.${why}`);
  return {
    id: spec.id,
    group: spec.group,
    requiredFor: spec.requiredFor,
    description: spec.description,
    measured: spec.measured,
    threshold,
    thresholdName: spec.thresholdName,
    comparison: spec.comparison,
    passed,
    source: spec.source ?? DEFAULT_THRESHOLDS[spec.thresholdName].source,
    citations: spec.citations ?? DEFAULT_THRESHOLDS[spec.thresholdName].citations,
    detail: unsurveyed ? msg("verdict.absence.detail", { detail: spec.detail, why: unsurveyed }) : spec.detail,
    shortfall: unsurveyed ? msg("verdict.absence.shortfall", { why: unsurveyed }) : spec.shortfall({ passed, threshold }),
    settledBy:
      passed !== null
        ? null
        : why === "noCoreFirms"
          ? msg("verdict.settledBy.coreFirms")
          : why === "noSurvey"
            ? spec.absenceSettledBy!
            : (spec.settledBy ?? settledByDefault(spec.id, spec.group)),
    basis: spec.basis ?? null,
  };
}
