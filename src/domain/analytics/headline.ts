import type { SentraAnalysis } from "./sentra-analysis";
import { stageRank } from "./stage-on-evidence";

/**
 * The headline figures kept on each sentra (under the default thresholds) so that sentra can be
 * ranked and filtered without recomputing them: one name each, a number or the stage.
 */
export const HEADLINE_METRICS = [
  "stageRank",
  "highestPossibleStageRank",
  "lowestPossibleStageRank",
  "verdictComplete",
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

/**
 * The metrics that order sentra of equal value in a ranking, in turn, in the same direction.
 * stageRank is the stage on the evidence there is, so among sentra of one stage those that could
 * be higher once their missing data is known come first (descending): an undetermined verdict
 * never ranks below a definite one of the same stage, e.g. an embryo for want of coordinates above
 * a true embryo. Then those that could be no lower come first: a stage the evidence settles (Ceper,
 * early cluster at worst) above the same stage that could still fall to embryo (a two-firm sketch).
 */
export const HEADLINE_TIE_BREAKS: Partial<Record<HeadlineMetric, readonly HeadlineMetric[]>> = {
  stageRank: ["highestPossibleStageRank", "lowestPossibleStageRank"],
};

export interface Headline extends Record<HeadlineMetric, number | null> {
  stage: string;
  dynamic: boolean | null;
}

export function headlineOf(analysis: SentraAnalysis): Headline {
  const { horizontal, wholeNetwork } = analysis.cooperation;
  return {
    stage: analysis.verdict.stage,
    dynamic: analysis.verdict.dynamic,
    stageRank: stageRank(analysis.verdict.stage),
    // Stored beside stageRank so a ranking can tell "embryo, could be higher" from a definite embryo.
    highestPossibleStageRank: stageRank(analysis.verdict.highestPossibleStage),
    // And the stage if every undetermined criterion failed: how far the stage could still fall.
    lowestPossibleStageRank: stageRank(analysis.verdict.lowestPossibleStage),
    verdictComplete: analysis.verdict.complete ? 1 : 0,
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
