import { CLUSTER_STAGES } from "./criteria";
import type { SentraAnalysis } from "./sentra-analysis";

/**
 * The headline figures kept on each sentra (under the default thresholds) so that sentra can be
 * ranked and filtered without recomputing them: one name each, a number or the stage.
 */
export const HEADLINE_METRICS = [
  "stageRank",
  "completeness",
  "coreMembers",
  "horizontalDensity",
  "horizontalWeightedDensity",
  "horizontalTiedShare",
  "horizontalLargestComponentShare",
  "networkDensity",
  "networkWeightedDensity",
  "passedCriteria",
  "indicatorDisplaySum",
] as const;
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];

export interface Headline extends Record<HeadlineMetric, number | null> {
  stage: string;
  dynamic: boolean;
}

export function headlineOf(analysis: SentraAnalysis): Headline {
  const { horizontal, wholeNetwork } = analysis.cooperation;
  return {
    stage: analysis.verdict.stage,
    dynamic: analysis.verdict.dynamic,
    stageRank: CLUSTER_STAGES.indexOf(analysis.verdict.stage),
    completeness: analysis.valueChain.completeness,
    coreMembers: analysis.valueChain.coreMembers,
    horizontalDensity: horizontal.metrics.density,
    horizontalWeightedDensity: horizontal.metrics.weightedDensity,
    horizontalTiedShare: horizontal.metrics.tiedShare,
    horizontalLargestComponentShare: horizontal.metrics.components.largestShare,
    networkDensity: wholeNetwork.metrics.density,
    networkWeightedDensity: wholeNetwork.metrics.weightedDensity,
    passedCriteria: analysis.verdict.criteria.filter((c) => c.passed === true).length,
    indicatorDisplaySum: analysis.survey?.indicatorDisplaySum ?? null,
  };
}
