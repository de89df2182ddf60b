import type { ActorKind, LinkageType } from "../vocabulary";
import type { Coordinates, SentraNetwork } from "./network";
import { coreMembers } from "./network-views";
import { NEED_PROVISION, servesMember, type PartnerNeed } from "./partner-needs";

/** An actor from elsewhere in the graph that could meet the need; the repository fills the counts. */
export interface PartnerCandidate {
  id: string;
  name: string;
  kind: ActorKind;
  location: Coordinates | null;
  /** Core members of THIS sentra it already serves with the need's linkage type(s). */
  servesInThisSentra: number;
  /** Other sentra making the same product that it serves. */
  servesSameProductElsewhere: number;
  /** Km to each lacking member, by member id; absent or null when either has no coordinates. */
  distanceKmByMember: Record<string, number | null>;
  /** Km to the sentra's centroid: the fallback when the member cannot be placed. */
  distanceKmToCentroid: number | null;
  /** Core members of this sentra it already has a tie with, of any type and in any sentra. */
  linkedMemberIds?: readonly string[];
}

export type PartnerReasonCode = "ALREADY_SERVES_PEERS" | "SERVES_SAME_PRODUCT_ELSEWHERE" | "NEAR";

export interface PartnerReason {
  code: PartnerReasonCode;
  /** Peers or sentra served (the first two codes); km (NEAR). */
  value: number;
  text: string;
}

export interface PartnerSuggestion {
  candidateId: string;
  name: string;
  kind: ActorKind;
  score: number;
  reasons: PartnerReason[];
  distanceKm: number | null;
  distanceTo: "MEMBER" | "CENTROID" | null;
}

export interface MemberPartners {
  memberId: string;
  memberName: string;
  suggestions: PartnerSuggestion[];
}

export interface PartnerSearch {
  need: PartnerNeed;
  linkageTypes: LinkageType[];
  coreMembers: number;
  /** Core members with no tie meeting the need, each with ranked candidates. */
  lacking: MemberPartners[];
}

export interface PartnerSearchInput {
  network: SentraNetwork;
  need: PartnerNeed;
  candidates: readonly PartnerCandidate[];
  /** Suggestions per member (default 5). */
  limit?: number;
  /** A candidate this close is NEAR (default 10 km). */
  nearKm?: number;
}

/**
 * Score weights. Serving this sentra's members already proves a working B2B relation (research/001
 * B step 3) and weighs most; serving the same product elsewhere shows the know-how; distance weighs
 * least, as research/000 B.1 notes transport and communication have eased it.
 */
export const PARTNER_SCORE_WEIGHTS = { peers: 0.5, sameProduct: 0.3, proximity: 0.2 } as const;
/** Serving three other sentra of the product counts as fully proven experience. */
const SAME_PRODUCT_SATURATION = 3;
/** Distance at which proximity halves: 1 / (1 + km / 10). */
const PROXIMITY_HALF_KM = 10;

/** For each core member lacking the need, candidate partners ranked best first, with reasons. */
export function suggestPartners(input: PartnerSearchInput): PartnerSearch {
  const { network, need, candidates } = input;
  const limit = input.limit ?? 5;
  const nearKm = input.nearKm ?? 10;
  const types = NEED_PROVISION[need].linkageTypes;
  const kinds = NEED_PROVISION[need].providerKinds;
  // Every tie the network holds, whichever sentra it names: a loan to a firm is a loan to the firm.
  const ties = network.ties.filter((t) => types.includes(t.type));
  const members = coreMembers(network);
  const lacking = members.filter((m) => !ties.some((t) => servesMember(t, m.id, types)));

  return {
    need,
    linkageTypes: [...types],
    coreMembers: members.length,
    lacking: lacking.map((member) => {
      // Never a partner it already has, for this need or any other: a suggestion is a new tie.
      const linked = new Set(network.ties.filter((t) => t.fromId === member.id || t.toId === member.id).flatMap((t) => [t.fromId, t.toId]));
      const suggestions = candidates
        .filter((c) => c.id !== member.id && !linked.has(c.id) && !(c.linkedMemberIds ?? []).includes(member.id))
        // A kind that provides the need, or one seen providing it.
        .filter((c) => kinds.includes(c.kind) || c.servesInThisSentra > 0 || c.servesSameProductElsewhere > 0)
        .map((c) => suggestion(c, member.id, members.length, nearKm))
        .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || a.candidateId.localeCompare(b.candidateId))
        .slice(0, limit);
      return { memberId: member.id, memberName: member.name, suggestions };
    }),
  };
}

function suggestion(c: PartnerCandidate, memberId: string, coreCount: number, nearKm: number): PartnerSuggestion {
  const toMember = c.distanceKmByMember[memberId];
  const distanceKm = toMember ?? c.distanceKmToCentroid;
  const distanceTo = toMember != null ? "MEMBER" : c.distanceKmToCentroid !== null ? "CENTROID" : null;
  const peers = coreCount === 0 ? 0 : Math.min(1, c.servesInThisSentra / coreCount);
  const sameProduct = Math.min(c.servesSameProductElsewhere, SAME_PRODUCT_SATURATION) / SAME_PRODUCT_SATURATION;
  const proximity = distanceKm === null ? 0 : 1 / (1 + distanceKm / PROXIMITY_HALF_KM);
  const w = PARTNER_SCORE_WEIGHTS;
  const reasons: PartnerReason[] = [];
  if (c.servesInThisSentra > 0) {
    reasons.push({ code: "ALREADY_SERVES_PEERS", value: c.servesInThisSentra, text: `already serves ${c.servesInThisSentra} core member(s) of this sentra` });
  }
  if (c.servesSameProductElsewhere > 0) {
    reasons.push({
      code: "SERVES_SAME_PRODUCT_ELSEWHERE",
      value: c.servesSameProductElsewhere,
      text: `serves ${c.servesSameProductElsewhere} other sentra of the same product`,
    });
  }
  if (distanceKm !== null && distanceKm <= nearKm) {
    reasons.push({ code: "NEAR", value: distanceKm, text: `${distanceKm.toFixed(1)} km from the ${distanceTo === "MEMBER" ? "member" : "sentra's centre"}` });
  }
  return {
    candidateId: c.id,
    name: c.name,
    kind: c.kind,
    score: w.peers * peers + w.sameProduct * sameProduct + w.proximity * proximity,
    reasons,
    distanceKm,
    distanceTo,
  };
}
