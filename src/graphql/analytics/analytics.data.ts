import type { ThresholdOverride } from "../../domain/analytics/thresholds";
import type { PageRequest } from "../../repositories/paging";
import { findStoredMetrics, listSentraRanked, type RankingFilter } from "../../repositories/sentra-metrics.repository";
import { analyseSentraBatch, serveSentraAnalyses } from "../../services/sentra-analysis.service";
import { measureOf, type BrokersSource, type StoredPart } from "../../domain/analytics/stored-analysis";
import type { PartnerNeed } from "../../domain/analytics/partner-needs";
import { providerGaps } from "../../domain/analytics/provider-gaps";
import { detectCommunities } from "../../domain/analytics/communities";
import { findSentraNetworks } from "../../repositories/analytics.repository";
import { findRegionNetwork } from "../../repositories/region-network.repository";
import { findGapMembers } from "../../repositories/partner.repository";
import { suggestPartnersFor } from "../../services/partner-suggestions.service";
import { entityData } from "../common/entity.data";
import { byIdLoader, byIdWithOptionsLoader } from "../common/loaders";

/** Actors of a region's graph given to community detection. */
const REGION_ACTORS_LIMIT = 20_000;
/** Firms considered around a provider, nearest first. */
const GAP_MEMBERS_PER_SEARCH = 5000;
import type { DataModule } from "../common/request-data";

/** Sentra analyses, batched: every sentra asked in one request level with the same thresholds is analysed together. */
export const analyticsData = ((db, data) => ({
  /** As served: the parts selected, stored, under the default thresholds; computed now with an override (serveSentraAnalyses). */
  analyses: byIdWithOptionsLoader((ids, { override, parts }: { override: ThresholdOverride; parts: StoredPart[] }) =>
    serveSentraAnalyses(db, ids, override, parts),
  ),
  /** Computed now under the default thresholds: where the brokers of a stored analysis come from. */
  liveAnalyses: byIdLoader((ids) => analyseSentraBatch(db, ids)),
  /** The brokers of one measured graph of a stored analysis: its sentra analysed now (once per request), Brandes on that graph. */
  async brokers({ sentraId, scope }: BrokersSource) {
    const analysis = await data.of(analyticsData).liveAnalyses.load(sentraId);
    return (analysis && measureOf(analysis.cooperation, scope)?.metrics.brokers) ?? [];
  },
  storedMetrics: byIdLoader((ids) => findStoredMetrics(db, ids)),
  ranked: (filter: RankingFilter, page: PageRequest) => listSentraRanked(db, filter, page),
  networks: byIdLoader((ids) => findSentraNetworks(db, ids)),
  /** One sentra's firms lacking a need, with ranked candidates (src/services/partner-suggestions.service.ts). */
  partners: (sentraId: string, need: PartnerNeed, options: { limit: number; radiusKm: number }) => suggestPartnersFor(db, sentraId, need, options),
  /** Louvain communities of a region's linkage graph: one statement, then the pure detection. */
  async communities(regionId: string, options: { resolution: number; seed: number }) {
    const graph = await findRegionNetwork(db, regionId, REGION_ACTORS_LIMIT);
    if (!graph.found) return null;
    return { regionId, truncated: graph.truncated, ...detectCommunities({ actors: graph.actors, ties: graph.ties, ...options }) };
  },
  /** Where a provider's services are missing: the provider, then one statement over the firms around it. */
  async providerGaps(providerId: string, needs: PartnerNeed[] | undefined, radiusKm: number) {
    const provider = await data.of(entityData).actors.load(providerId);
    if (!provider) return null;
    const members = await findGapMembers(db, providerId, radiusKm, GAP_MEMBERS_PER_SEARCH);
    return providerGaps({ provider, needs, members });
  },
})) satisfies DataModule<unknown>;
