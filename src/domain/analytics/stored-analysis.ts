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
 * instead) until `npm run recompute` stores every sentra's again. Version 3 added the record's
 * `servedBy` list (src/domain/analytics/served-by.ts), which partner searches read.
 */
export const ANALYSIS_VERSION = 4;

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

/**
 * The stored analysis is kept as one JSON text per part, so that a request reads and parses only
 * the parts it selects: the richest sentra's value chain stages alone run to half a megabyte.
 */
export const STORED_PARTS = ["concentration", "valueChain", "valueChainStages", "cooperation", "surveyRounds", "verdict"] as const;
export type StoredPart = (typeof STORED_PARTS)[number];
export type StoredTexts = Partial<Record<StoredPart, string>>;

/** The analysis as stored: one JSON text per part (the value chain's stages apart from its figures). */
export function toStoredTexts(analysis: SentraAnalysis): Record<StoredPart, string> {
  const { valueChain, ...stored } = toStoredAnalysis(analysis);
  const { stages, ...figures } = valueChain;
  return {
    concentration: JSON.stringify(stored.concentration),
    valueChain: JSON.stringify(figures),
    valueChainStages: JSON.stringify(stages),
    cooperation: JSON.stringify(stored.cooperation),
    surveyRounds: JSON.stringify(stored.surveyRounds),
    verdict: JSON.stringify(stored.verdict),
  };
}

/**
 * The answer from the stored texts read: each part parsed when first read (a getter), the latest
 * round and its change derived again, brokers left to be computed when asked. Reading a part that
 * was not read from the store is a bug in the caller's choice of parts, and throws.
 */
export function storedAnswer(sentraId: string, texts: StoredTexts): AnalysisAnswer {
  const parsed = new Map<StoredPart, unknown>();
  const part = <T>(name: StoredPart): T => {
    if (!parsed.has(name)) {
      const text = texts[name];
      if (text === undefined) throw new Error(`The stored analysis of ${sentraId} was read without its ${name}`);
      parsed.set(name, JSON.parse(text));
    }
    return parsed.get(name) as T;
  };
  const served = <M extends StoredMeasure>(m: M, scope: MeasureScope) => ({ ...m, metrics: { ...m.metrics, brokersOf: { sentraId, scope } } });
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => (memo.has(key) ? (memo.get(key) as T) : (memo.set(key, make()), memo.get(key) as T));
  const rounds = () => part<SurveyTables[]>("surveyRounds");
  return {
    sentraId,
    get concentration() {
      return part<ConcentrationMeasure>("concentration");
    },
    get valueChain() {
      return once("valueChain", () => {
        const figures = part<Omit<ValueChain, "stages">>("valueChain");
        return {
          ...figures,
          get stages() {
            return part<ValueChain["stages"]>("valueChainStages");
          },
        };
      });
    },
    get cooperation() {
      return once("cooperation", () => {
        const stored = part<StoredCooperation>("cooperation");
        return {
          sentraId: stored.sentraId,
          horizontal: served(stored.horizontal, "horizontal"),
          wholeNetwork: served(stored.wholeNetwork, "wholeNetwork"),
          byLinkageType: stored.byLinkageType.map((m) => served(m, m.type)),
        };
      });
    },
    get surveyRounds() {
      return rounds();
    },
    get survey() {
      return rounds()[rounds().length - 1] ?? null;
    },
    get latestChange() {
      return once("latestChange", () => {
        const [previous, latest] = [rounds()[rounds().length - 2], rounds()[rounds().length - 1]];
        return latest && previous ? roundChange(previous, latest) : null;
      });
    },
    get verdict() {
      return part<ClusterVerdict>("verdict");
    },
  };
}

/** The stored parts a selection of SentraAnalysis fields needs (none for `sentra` alone). */
export function partsFor(fields: ReadonlySet<string>, valueChainStages: boolean): StoredPart[] {
  const parts = new Set<StoredPart>();
  if (fields.has("concentration")) parts.add("concentration");
  if (fields.has("valueChain")) parts.add("valueChain");
  if (fields.has("valueChain") && valueChainStages) parts.add("valueChainStages");
  if (fields.has("cooperation")) parts.add("cooperation");
  if (fields.has("survey") || fields.has("surveyRounds") || fields.has("latestChange")) parts.add("surveyRounds");
  if (fields.has("verdict")) parts.add("verdict");
  return STORED_PARTS.filter((p) => parts.has(p));
}

/** The measured graph a scope names, in an analysis computed now. */
export function measureOf(cooperation: CooperationDensity, scope: MeasureScope): CooperationMeasure | undefined {
  if (scope === "horizontal" || scope === "wholeNetwork") return cooperation[scope];
  return cooperation.byLinkageType.find((m) => m.type === scope);
}
