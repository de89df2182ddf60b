import type { Database } from "../db/neo4j";
import { headlineOf } from "../domain/analytics/headline";
import { analyseSentra, type SentraAnalysis } from "../domain/analytics/sentra-analysis";
import { ANALYSIS_VERSION, liveAnswer, storedAnswer, toStoredTexts, type AnalysisAnswer, type StoredPart } from "../domain/analytics/stored-analysis";
import { resolveThresholds, type ThresholdOverride } from "../domain/analytics/thresholds";
import { servedByOf } from "../domain/analytics/served-by";
import type { SentraNetwork } from "../domain/analytics/network";
import { findConcentrations, findSentraNetworks, readConcentrations, readSentraNetworks, type Concentration } from "../repositories/analytics.repository";
import { lockNodes } from "../repositories/write/locks";
import { findStoredAnalyses, listSentraIds, storeSentraMetrics, type StoredMetrics } from "../repositories/sentra-metrics.repository";

/**
 * Analyses a batch of sentra: three statements whatever the batch's size (network, survey
 * observations, concentration). Unknown ids are absent from the result.
 */
export async function analyseSentraBatch(db: Database, ids: readonly string[], override: ThresholdOverride = {}): Promise<Map<string, SentraAnalysis>> {
  const { values } = resolveThresholds(override);
  const [networks, concentrations] = await Promise.all([findSentraNetworks(db, ids), findConcentrations(db, ids, values.concentrationRadiusKm)]);
  return analyseNetworks(networks, concentrations, override);
}

function analyseNetworks(
  networks: Map<string, SentraNetwork>,
  concentrations: Map<string, Concentration>,
  override: ThresholdOverride = {},
): Map<string, SentraAnalysis> {
  const { values } = resolveThresholds(override);
  const analyses = new Map<string, SentraAnalysis>();
  for (const [id, network] of networks) {
    const concentration = concentrations.get(id) ?? {
      coreFirms: 0,
      withCoordinates: 0,
      radiusKm: values.concentrationRadiusKm,
      maxWithinRadius: 0,
      recordedFirms: null,
      recordedYear: null,
    };
    analyses.set(id, analyseSentra(network, concentration, override));
  }
  return analyses;
}

/**
 * The analyses the API serves. Under the default thresholds, the given parts of each sentra's
 * stored analysis (one statement for the batch), and computed now only for a sentra without one of
 * this ANALYSIS_VERSION (before the first recompute, or stored by another version); with
 * thresholds overridden, every one computed now. Unknown ids are absent.
 */
export async function serveSentraAnalyses(
  db: Database,
  ids: readonly string[],
  override: ThresholdOverride,
  parts: readonly StoredPart[],
): Promise<Map<string, AnalysisAnswer>> {
  const overridden = Object.values(override).some((value) => value !== undefined);
  const answers = new Map<string, AnalysisAnswer>();
  if (!overridden) {
    for (const [id, texts] of await findStoredAnalyses(db, ids, ANALYSIS_VERSION, parts)) answers.set(id, storedAnswer(id, texts));
  }
  const missing = ids.filter((id) => !answers.has(id));
  if (missing.length > 0) for (const [id, analysis] of await analyseSentraBatch(db, missing, override)) answers.set(id, liveAnswer(analysis));
  return answers;
}

/** What is stored of a sentra's analysis under the default thresholds: its headline metrics and the whole analysis. */
export function storedMetricsOf(sentraId: string, analysis: SentraAnalysis): StoredMetrics {
  return {
    sentraId,
    metrics: { ...headlineOf(analysis) },
    analysis: { version: ANALYSIS_VERSION, texts: toStoredTexts(analysis), servedBy: servedByOf(analysis.network) },
  };
}

/**
 * Recomputes and stores the headline metrics and the whole analysis of the given sentra under the
 * default thresholds, in one write transaction that first write-locks the sentra (in id order)
 * and then reads their networks. Two writes to one sentra each recompute after their commit; with
 * the lock the later recompute reads after the earlier one stored, so the last analysis stored is
 * never of a network older than the last commit (read outside the lock, a slow recompute of the
 * first write could store its older analysis after the second's).
 */
export async function recomputeSentraMetrics(db: Database, ids: readonly string[]): Promise<number> {
  return db.write(async (tx) => {
    await lockNodes(tx, "Sentra", ids);
    const radiusKm = resolveThresholds({}).values.concentrationRadiusKm;
    const analyses = analyseNetworks(await readSentraNetworks(tx, ids), await readConcentrations(tx, ids, radiusKm));
    await storeSentraMetrics(
      tx,
      [...analyses].map(([sentraId, analysis]) => storedMetricsOf(sentraId, analysis)),
    );
    return analyses.size;
  });
}

/**
 * Sentra a recompute-all transaction takes at once. Each batch holds its sentra's write locks until
 * it commits, and a mutation's own recompute of one of them waits that long: at full scale a batch
 * of 200 held them 6 to 15 s (past a request's 10 s transaction timeout), one of 20 for 0.6 to 2 s,
 * with the same total time (2,000 sentra in 32 to 34 s either way, two batches at once).
 */
export const RECOMPUTE_BATCH_SIZE = 20;

/**
 * Recomputes every sentra's stored metrics, in batches of `batchSize` sentra (three statements to
 * read a batch, one to write it), with `concurrency` batches in flight so that reading one batch
 * overlaps analysing and writing another; returns how many.
 */
export async function recomputeAllSentraMetrics(
  db: Database,
  batchSize = RECOMPUTE_BATCH_SIZE,
  progress: (done: number) => void = () => {},
  concurrency = 2,
): Promise<number> {
  const ids: string[] = [];
  for (let after: string | null = null; ;) {
    const page = await listSentraIds(db, after, 10_000);
    if (page.length === 0) break;
    ids.push(...page);
    after = page[page.length - 1];
  }
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < ids.length) {
      const batch = ids.slice(next, (next += batchSize));
      // Not `done += await ...`: that reads `done` before the await and loses the other worker's batches.
      const recomputed = await recomputeSentraMetrics(db, batch);
      done += recomputed;
      progress(done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return done;
}
