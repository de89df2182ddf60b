import type { Database } from "../db/neo4j";
import { headlineOf } from "../domain/analytics/headline";
import { analyseSentra, type SentraAnalysis } from "../domain/analytics/sentra-analysis";
import { ANALYSIS_VERSION, liveAnswer, storedAnswer, toStoredTexts, type AnalysisAnswer, type StoredPart } from "../domain/analytics/stored-analysis";
import { resolveThresholds, type ThresholdOverride } from "../domain/analytics/thresholds";
import { findConcentrations, findSentraNetworks } from "../repositories/analytics.repository";
import { findStoredAnalyses, listSentraIds, writeSentraMetrics } from "../repositories/sentra-metrics.repository";

/**
 * Analyses a batch of sentra: three statements whatever the batch's size (network, survey
 * observations, concentration). Unknown ids are absent from the result.
 */
export async function analyseSentraBatch(db: Database, ids: readonly string[], override: ThresholdOverride = {}): Promise<Map<string, SentraAnalysis>> {
  const { values } = resolveThresholds(override);
  const [networks, concentrations] = await Promise.all([findSentraNetworks(db, ids), findConcentrations(db, ids, values.concentrationRadiusKm)]);
  const analyses = new Map<string, SentraAnalysis>();
  for (const [id, network] of networks) {
    const concentration = concentrations.get(id) ?? { coreFirms: 0, withCoordinates: 0, radiusKm: values.concentrationRadiusKm, maxWithinRadius: 0 };
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

/**
 * Recomputes and stores the headline metrics and the whole analysis of the given sentra under the
 * default thresholds, in one write.
 */
export async function recomputeSentraMetrics(db: Database, ids: readonly string[]): Promise<number> {
  const analyses = await analyseSentraBatch(db, ids);
  await writeSentraMetrics(
    db,
    [...analyses].map(([sentraId, analysis]) => ({
      sentraId,
      metrics: { ...headlineOf(analysis) },
      analysis: { version: ANALYSIS_VERSION, texts: toStoredTexts(analysis) },
    })),
  );
  return analyses.size;
}

/**
 * Recomputes every sentra's stored metrics, in batches of `batchSize` sentra (three statements to
 * read a batch, one to write it), with `concurrency` batches in flight so that reading one batch
 * overlaps analysing and writing another; returns how many.
 */
export async function recomputeAllSentraMetrics(db: Database, batchSize = 200, progress: (done: number) => void = () => {}, concurrency = 2): Promise<number> {
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
