import type { Database } from "../db/neo4j";
import { NEED_PROVISION, type PartnerNeed } from "../domain/analytics/partner-needs";
import { rankPartners, type PartnerSearch } from "../domain/analytics/partners";
import { findPartnerSearch } from "../repositories/partner.repository";

/** Candidates fetched per partner search, before ranking per firm. */
const CANDIDATES_PER_SEARCH = 200;

/**
 * One sentra's firms lacking a need, with ranked candidates: one statement reads the firms and the
 * candidates (not the sentra's whole network), the domain ranks them. Null for an unknown sentra.
 */
export async function suggestPartnersFor(
  db: Database,
  sentraId: string,
  need: PartnerNeed,
  options: { limit: number; radiusKm: number },
): Promise<PartnerSearch | null> {
  const { linkageTypes, providerKinds } = NEED_PROVISION[need];
  const read = await findPartnerSearch(db, { sentraId, linkageTypes, providerKinds, radiusKm: options.radiusKm, limit: CANDIDATES_PER_SEARCH });
  if (!read) return null;
  // The network's order of firms (by id), which the lists and their cursors follow.
  const lacking = [...read.firms.lacking].sort((a, b) => a.id.localeCompare(b.id));
  return rankPartners({ firms: { ...read.firms, lacking }, need, candidates: read.candidates, limit: options.limit, sameProduct: read.sameProduct });
}
