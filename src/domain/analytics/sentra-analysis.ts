import type { ConcentrationMeasure } from "./criteria";
import { cooperationDensity, type CooperationDensity } from "./cooperation";
import type { SentraNetwork } from "./network";
import { coreMemberIds } from "./network-views";
import { roundChange, type RoundChange } from "./round-change";
import { surveyTables, type SurveyTables } from "./survey-tables";
import type { ThresholdOverride } from "./thresholds";
import { valueChain, type ValueChain } from "./value-chain";
import { clusterVerdict, type ClusterVerdict } from "./verdict";

/** Everything Simpul says about one sentra, from its network and how close its firms sit. */
export interface SentraAnalysis {
  network: SentraNetwork;
  concentration: ConcentrationMeasure;
  valueChain: ValueChain;
  cooperation: CooperationDensity;
  /** Tables 3 to 8 for every survey round of the sentra, oldest first. */
  surveyRounds: SurveyTables[];
  /** The latest round's tables; null when the sentra was never surveyed. */
  survey: SurveyTables | null;
  /** The change between the two latest rounds; null with fewer than two. */
  latestChange: RoundChange | null;
  verdict: ClusterVerdict;
}

/** The whole diagnosis of a sentra. Throws InvalidThresholdError on a nonsensical override. */
export function analyseSentra(network: SentraNetwork, concentration: ConcentrationMeasure, override: ThresholdOverride = {}): SentraAnalysis {
  const core = coreMemberIds(network);
  const chain = valueChain(network);
  const cooperation = cooperationDensity(network);
  const surveyRounds = network.rounds.map((round) => surveyTables(round, core));
  const survey = surveyRounds[surveyRounds.length - 1] ?? null;
  const previous = surveyRounds[surveyRounds.length - 2] ?? null;
  return {
    network,
    concentration,
    valueChain: chain,
    cooperation,
    surveyRounds,
    survey,
    latestChange: survey && previous ? roundChange(previous, survey) : null,
    verdict: clusterVerdict({ network, valueChain: chain, cooperation, survey, concentration }, override),
  };
}
