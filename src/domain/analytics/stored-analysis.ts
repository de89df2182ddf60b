import type { LinkageType } from "../vocabulary";
import type { CooperationDensity, CooperationMeasure } from "./cooperation";
import type { ConcentrationMeasure } from "./criteria";
import type { GraphMetrics } from "./graph-metrics";
import { roundChange, type RoundChange } from "./round-change";
import type { SentraAnalysis } from "./sentra-analysis";
import type { SurveyTables } from "./survey-tables";
import type { ValueChain } from "./value-chain";
import type { ClusterVerdict } from "./verdict";

/**
 * The format of the analysis stored for each sentra (default thresholds). BUMP IT whenever a
 * change to the analytics (src/domain/analytics/) alters what an analysis says or how it is
 * shaped: a stored analysis of another version is never served (the analysis is computed now
 * instead) until `npm run recompute` stores every sentra's again.
 */
export const ANALYSIS_VERSION = 1;

/** Graph metrics as stored: everything but the brokers, which are computed when asked for. */
export type StoredGraphMetrics = Omit<GraphMetrics, "brokers">;

type StoredMeasure = Omit<CooperationMeasure, "metrics"> & { metrics: StoredGraphMetrics };

export interface StoredCooperation {
  sentraId: string;
  horizontal: StoredMeasure;
  wholeNetwork: StoredMeasure;
  byLinkageType: Array<StoredMeasure & { type: LinkageType }>;
}

/**
 * A sentra's analysis as kept in the store: plain JSON data, without the network it was computed
 * from (read again when needed) and without what is cheap to derive from the rest (the latest
 * round's tables, the change between the two latest rounds).
 */
export interface StoredAnalysis {
  sentraId: string;
  concentration: ConcentrationMeasure;
  valueChain: ValueChain;
  cooperation: StoredCooperation;
  surveyRounds: SurveyTables[];
  verdict: ClusterVerdict;
}

/** Which measured graph of a sentra some metrics describe, so that its brokers can be computed when asked. */
export type MeasureScope = "horizontal" | "wholeNetwork" | LinkageType;

export interface BrokersSource {
  sentraId: string;
  scope: MeasureScope;
}

/** Stored metrics as served: they name their graph instead of holding its brokers. */
export type ServedGraphMetrics = StoredGraphMetrics & { brokersOf: BrokersSource };

type AnswerMeasure = Omit<CooperationMeasure, "metrics"> & { metrics: GraphMetrics | ServedGraphMetrics };

export interface CooperationAnswer {
  sentraId: string;
  horizontal: AnswerMeasure;
  wholeNetwork: AnswerMeasure;
  byLinkageType: Array<AnswerMeasure & { type: LinkageType }>;
}

/** What the API answers about a sentra, whether computed now or read from the store. */
export interface AnalysisAnswer {
  sentraId: string;
  concentration: ConcentrationMeasure;
  valueChain: ValueChain;
  cooperation: CooperationAnswer;
  surveyRounds: SurveyTables[];
  survey: SurveyTables | null;
  latestChange: RoundChange | null;
  verdict: ClusterVerdict;
}

// Field by field: spreading a GraphMetrics would read its `brokers` getter and run Brandes.
function storedMetrics(m: GraphMetrics): StoredGraphMetrics {
  return {
    nodeCount: m.nodeCount,
    edgeCount: m.edgeCount,
    tiesGiven: m.tiesGiven,
    tiesIgnored: m.tiesIgnored,
    density: m.density,
    weightedDensity: m.weightedDensity,
    tiedShare: m.tiedShare,
    averageDegree: m.averageDegree,
    degreeCentralization: m.degreeCentralization,
    components: m.components,
    isolates: m.isolates,
  };
}

const storedMeasure = (m: CooperationMeasure): StoredMeasure => ({ scope: m.scope, metrics: storedMetrics(m.metrics), coverage: m.coverage });

/** The analysis as it is stored (never computing brokers). */
export function toStoredAnalysis(analysis: SentraAnalysis): StoredAnalysis {
  const cooperation: CooperationDensity = analysis.cooperation;
  return {
    sentraId: analysis.network.sentra.id,
    concentration: analysis.concentration,
    valueChain: analysis.valueChain,
    cooperation: {
      sentraId: cooperation.sentraId,
      horizontal: storedMeasure(cooperation.horizontal),
      wholeNetwork: storedMeasure(cooperation.wholeNetwork),
      byLinkageType: cooperation.byLinkageType.map((m) => ({ type: m.type, ...storedMeasure(m) })),
    },
    surveyRounds: analysis.surveyRounds,
    verdict: analysis.verdict,
  };
}

/** The answer from an analysis computed now. */
export function liveAnswer(analysis: SentraAnalysis): AnalysisAnswer {
  const { network, ...rest } = analysis;
  return { sentraId: network.sentra.id, ...rest };
}

/** The answer from a stored analysis: the latest round and its change derived again, brokers left to be computed when asked. */
export function storedAnswer(stored: StoredAnalysis): AnalysisAnswer {
  const { sentraId, surveyRounds } = stored;
  const served = <M extends StoredMeasure>(m: M, scope: MeasureScope) => ({ ...m, metrics: { ...m.metrics, brokersOf: { sentraId, scope } } });
  const survey = surveyRounds[surveyRounds.length - 1] ?? null;
  const previous = surveyRounds[surveyRounds.length - 2] ?? null;
  return {
    ...stored,
    cooperation: {
      sentraId: stored.cooperation.sentraId,
      horizontal: served(stored.cooperation.horizontal, "horizontal"),
      wholeNetwork: served(stored.cooperation.wholeNetwork, "wholeNetwork"),
      byLinkageType: stored.cooperation.byLinkageType.map((m) => served(m, m.type)),
    },
    survey,
    latestChange: survey && previous ? roundChange(previous, survey) : null,
  };
}

/** The measured graph a scope names, in an analysis computed now. */
export function measureOf(cooperation: CooperationDensity, scope: MeasureScope): CooperationMeasure | undefined {
  if (scope === "horizontal" || scope === "wholeNetwork") return cooperation[scope];
  return cooperation.byLinkageType.find((m) => m.type === scope);
}
