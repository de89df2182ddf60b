import type { ActorKind, LinkageType } from "../vocabulary";
import type { Coordinates, SentraNetwork } from "./network";
import { coreMembers } from "./network-views";
import { NEED_PROVISION, servesMember, type PartnerNeed } from "./partner-needs";
import { distanceKm, type PreparedPoint } from "./wgs84-distance";

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
  distanceKmByMember: Readonly<Record<string, number | null>> | DistancesToMembers;
  /** Km to the sentra's centroid: the fallback when the member cannot be placed. */
  distanceKmToCentroid: number | null;
  /** Core members of this sentra it already has a tie with, of any type and in any sentra. */
  linkedMemberIds?: readonly string[];
}

/**
 * Km from one candidate to the lacking firms placed, computed when asked with Neo4j's formula
 * (wgs84-distance.ts) from points shared by every candidate: 200 candidates by 500 firms are
 * 100,000 distances, about 70 ms in Cypher (docs/performance.md, "Partner suggestions").
 */
export class DistancesToMembers {
  constructor(
    /** Each placed firm's index in `points`. */
    private readonly order: ReadonlyMap<string, number>,
    private readonly points: readonly PreparedPoint[],
    /** The candidate's point; null when it has none, so no firm has a distance. */
    private readonly from: PreparedPoint | null,
  ) {}

  get(memberId: string): number | undefined {
    const at = this.order.get(memberId);
    return at === undefined || this.from === null ? undefined : distanceKm(this.from, this.points[at]);
  }
}

function kmToMember(c: PartnerCandidate, memberId: string): number | null | undefined {
  const d = c.distanceKmByMember;
  return d instanceof DistancesToMembers ? d.get(memberId) : d[memberId];
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

/** A sentra's firms as a partner search needs them (src/repositories/partner.repository.ts reads just these). */
export interface PartnerFirms {
  /** Core members of the sentra. */
  coreMembers: number;
  /** Core members with no tie meeting the need, in the network's order (by id). */
  lacking: ReadonlyArray<{ id: string; name: string; linkedIds?: ReadonlySet<string> }>;
}

/** For each core member lacking the need, candidate partners ranked best first, with reasons. */
export function suggestPartners(input: PartnerSearchInput): PartnerSearch {
  const { network, need } = input;
  const types = NEED_PROVISION[need].linkageTypes;
  // Every tie the network holds, whichever sentra it names: a loan to a firm is a loan to the firm.
  const ties = network.ties.filter((t) => types.includes(t.type));
  const members = coreMembers(network);
  const lacking = members.filter((m) => !ties.some((t) => servesMember(t, m.id, types)));
  const linked = (id: string) => new Set(network.ties.filter((t) => t.fromId === id || t.toId === id).flatMap((t) => [t.fromId, t.toId]));
  return rankPartners({ ...input, firms: { coreMembers: members.length, lacking: lacking.map((m) => ({ id: m.id, name: m.name, linkedIds: linked(m.id) })) } });
}

/**
 * The ranking itself, for firms read without their network. A candidate's score differs from
 * firm to firm only by distance, so its other parts and its filters are worked out once; each
 * firm keeps its best `limit` in a short sorted list instead of sorting every candidate (a sentra
 * of 506 lacking firms and 200 candidates sorted 506 lists of 200).
 */
export function rankPartners(input: Omit<PartnerSearchInput, "network"> & { firms: PartnerFirms }): PartnerSearch {
  const { firms, need } = input;
  const limit = input.limit ?? 5;
  const nearKm = input.nearKm ?? 10;
  const kinds = NEED_PROVISION[need].providerKinds;
  // A kind that provides the need, or one seen providing it.
  const eligible = input.candidates
    .filter((c) => kinds.includes(c.kind) || c.servesInThisSentra > 0 || c.servesSameProductElsewhere > 0)
    .map((c) => ({ c, linked: new Set(c.linkedMemberIds ?? []), parts: scoreParts(c, firms.coreMembers) }));

  return {
    need,
    linkageTypes: [...NEED_PROVISION[need].linkageTypes],
    coreMembers: firms.coreMembers,
    lacking: firms.lacking.map((member) => {
      const best: Array<{ c: PartnerCandidate; score: number }> = [];
      for (const { c, linked, parts } of eligible) {
        // Never a partner it already has, for this need or any other: a suggestion is a new tie.
        if (c.id === member.id || linked.has(member.id) || member.linkedIds?.has(c.id)) continue;
        const ranked = { c, score: parts.score(kmToMember(c, member.id) ?? c.distanceKmToCentroid) };
        if (best.length === limit && rankOrder(ranked, best[limit - 1]) >= 0) continue;
        let at = best.length;
        while (at > 0 && rankOrder(ranked, best[at - 1]) < 0) at -= 1;
        best.splice(at, 0, ranked);
        if (best.length > limit) best.pop();
      }
      return { memberId: member.id, memberName: member.name, suggestions: best.map(({ c }) => suggestion(c, member.id, firms.coreMembers, nearKm)) };
    }),
  };
}

/** Best first: the higher score, then by name, then by id. */
function rankOrder(a: { c: PartnerCandidate; score: number }, b: { c: PartnerCandidate; score: number }): number {
  return b.score - a.score || a.c.name.localeCompare(b.c.name) || a.c.id.localeCompare(b.c.id);
}

/** Where the distance is measured to: the member, else the sentra's centre, else unknown. */
function distanceTo(c: PartnerCandidate, memberId: string): { distanceKm: number | null; distanceTo: PartnerSuggestion["distanceTo"] } {
  const toMember = kmToMember(c, memberId);
  if (toMember != null) return { distanceKm: toMember, distanceTo: "MEMBER" };
  return { distanceKm: c.distanceKmToCentroid, distanceTo: c.distanceKmToCentroid !== null ? "CENTROID" : null };
}

/** The documented score's parts (docs/analytics.md); only proximity depends on the firm. */
function scoreParts(c: PartnerCandidate, coreCount: number) {
  const peers = coreCount === 0 ? 0 : Math.min(1, c.servesInThisSentra / coreCount);
  const sameProduct = Math.min(c.servesSameProductElsewhere, SAME_PRODUCT_SATURATION) / SAME_PRODUCT_SATURATION;
  const w = PARTNER_SCORE_WEIGHTS;
  return {
    // The same sum in the same order for every firm, so the same floating-point score.
    score: (distanceKm: number | null) =>
      w.peers * peers + w.sameProduct * sameProduct + w.proximity * (distanceKm === null ? 0 : 1 / (1 + distanceKm / PROXIMITY_HALF_KM)),
  };
}

function suggestion(c: PartnerCandidate, memberId: string, coreCount: number, nearKm: number): PartnerSuggestion {
  const { distanceKm, distanceTo: to } = distanceTo(c, memberId);
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
    reasons.push({ code: "NEAR", value: distanceKm, text: `${distanceKm.toFixed(1)} km from the ${to === "MEMBER" ? "member" : "sentra's centre"}` });
  }
  return {
    candidateId: c.id,
    name: c.name,
    kind: c.kind,
    score: scoreParts(c, coreCount).score(distanceKm),
    reasons,
    distanceKm,
    distanceTo: to,
  };
}
