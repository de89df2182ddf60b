import type { ThresholdOverride } from "../../domain/analytics/thresholds";
import type { PageRequest } from "../../repositories/paging";
import { findStoredMetrics, listSentraRanked, type RankingFilter } from "../../repositories/sentra-metrics.repository";
import { analyseSentraBatch } from "../../services/sentra-analysis.service";
import { byIdLoader, byIdWithOptionsLoader } from "../common/loaders";
import type { DataModule } from "../common/request-data";

/** Sentra analyses, batched: every sentra asked in one request level with the same thresholds is analysed together. */
export const analyticsData = ((db) => ({
  analyses: byIdWithOptionsLoader((ids, override: ThresholdOverride) => analyseSentraBatch(db, ids, override)),
  storedMetrics: byIdLoader((ids) => findStoredMetrics(db, ids)),
  ranked: (filter: RankingFilter, page: PageRequest) => listSentraRanked(db, filter, page),
})) satisfies DataModule<unknown>;
