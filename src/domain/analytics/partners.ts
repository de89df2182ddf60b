import { msg, type Message } from "../../i18n/message";
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

/**
 * Every suggestion states its distance (NEAR within `nearKm`, DISTANCE beyond, DISTANCE_UNKNOWN
 * without coordinates), so it always carries a reason; the others say what it has proven.
 */
export const PARTNER_REASON_CODES = ["ALREADY_SERVES_PEERS", "SERVES_SAME_PRODUCT_ELSEWHERE", "PROVIDER_KIND", "NEAR", "DISTANCE", "DISTANCE_UNKNOWN"] as const;
export type PartnerReasonCode = (typeof PARTNER_REASON_CODES)[number];

export interface PartnerReason {
  code: PartnerReasonCode;
  /** Peers or sentra served (the first two codes); km (NEAR, DISTANCE); null otherwise. */
  value: number | null;
  text: Message;
}

export const SCORE_PART_NAMES = ["PEERS_SERVED", "SAME_PRODUCT", "PROXIMITY"] as const;
export type ScorePartName = (typeof SCORE_PART_NAMES)[number];

/** One term of a score: contribution = weight x value; a score is the sum of its parts' contributions. */
export interface ScorePart {
  name: ScorePartName;
  weight: number;
  /** From 0 to 1. */
  value: number;
  contribution: number;
  explanation: Message;
}

export interface PartnerSuggestion {
  candidateId: string;
  name: string;
  kind: ActorKind;
  /** From 0 to 1: the sum of `scoreParts`' contributions. */
  score: number;
  scoreParts: ScorePart[];
  reasons: PartnerReason[];
  distanceKm: number | null;
  distanceTo: "MEMBER" | "CENTROID" | null;
}

/** What "the same product" was matched on: the sentra's KBLI 2020 code, else its product text. */
export interface SameProductBasis {
  kbli: string | null;
  product: string;
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
  /** How the sentra of the same product were found, for the reasons' words (default: by product text, unnamed). */
  sameProduct?: SameProductBasis;
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
  return rankPartners({
    sameProduct: { kbli: null, product: network.sentra.product },
    ...input,
    firms: { coreMembers: members.length, lacking: lacking.map((m) => ({ id: m.id, name: m.name, linkedIds: linked(m.id) })) },
  });
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
      return {
        memberId: member.id,
        memberName: member.name,
        suggestions: best.map(({ c }) => suggestion({ c, memberId: member.id, coreCount: firms.coreMembers, nearKm, need, sameProduct: input.sameProduct })),
      };
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
    peers,
    sameProduct,
    // The same sum in the same order for every firm, so the same floating-point score.
    score: (distanceKm: number | null) => w.peers * peers + w.sameProduct * sameProduct + w.proximity * proximity(distanceKm),
  };
}

/** 1 next door, 0.5 at PROXIMITY_HALF_KM, towards 0 far away; 0 when the distance is unknown. */
function proximity(distanceKm: number | null): number {
  return distanceKm === null ? 0 : 1 / (1 + distanceKm / PROXIMITY_HALF_KM);
}

interface SuggestionInput {
  c: PartnerCandidate;
  memberId: string;
  coreCount: number;
  nearKm: number;
  need: PartnerNeed;
  sameProduct: SameProductBasis | undefined;
}

function sameProductWords(basis: SameProductBasis | undefined): { key: "Kbli" | "Text"; params: Record<string, string> } {
  return basis?.kbli ? { key: "Kbli", params: { kbli: basis.kbli } } : { key: "Text", params: { product: basis?.product ?? "" } };
}

function explainedParts(input: SuggestionInput, distanceKm: number | null): ScorePart[] {
  const { c, coreCount } = input;
  const parts = scoreParts(c, coreCount);
  const w = PARTNER_SCORE_WEIGHTS;
  const words = sameProductWords(input.sameProduct);
  const part = (name: ScorePartName, weight: number, value: number, explanation: Message): ScorePart => ({
    name,
    weight,
    value,
    contribution: weight * value,
    explanation,
  });
  return [
    part("PEERS_SERVED", w.peers, parts.peers, msg("partners.part.peers", { count: c.servesInThisSentra, core: coreCount })),
    part(
      "SAME_PRODUCT",
      w.sameProduct,
      parts.sameProduct,
      msg(`partners.part.sameProduct${words.key}`, { count: c.servesSameProductElsewhere, cap: SAME_PRODUCT_SATURATION, ...words.params }),
    ),
    part(
      "PROXIMITY",
      w.proximity,
      proximity(distanceKm),
      distanceKm === null ? msg("partners.part.proximityUnknown") : msg("partners.part.proximity", { km: distanceKm, halfKm: PROXIMITY_HALF_KM }),
    ),
  ];
}

function reasonsFor(input: SuggestionInput, distanceKm: number | null, to: PartnerSuggestion["distanceTo"]): PartnerReason[] {
  const { c, coreCount, nearKm, need } = input;
  const reasons: PartnerReason[] = [];
  if (c.servesInThisSentra > 0) {
    reasons.push({
      code: "ALREADY_SERVES_PEERS",
      value: c.servesInThisSentra,
      text: msg("partners.reason.peers", { count: c.servesInThisSentra, core: coreCount }),
    });
  }
  if (c.servesSameProductElsewhere > 0) {
    const words = sameProductWords(input.sameProduct);
    reasons.push({
      code: "SERVES_SAME_PRODUCT_ELSEWHERE",
      value: c.servesSameProductElsewhere,
      text: msg(`partners.reason.sameProduct${words.key}`, { count: c.servesSameProductElsewhere, ...words.params }),
    });
  }
  if (NEED_PROVISION[need].providerKinds.includes(c.kind)) {
    reasons.push({
      code: "PROVIDER_KIND",
      value: null,
      text: msg("partners.reason.providerKind", { kind: msg(`partners.kind.${c.kind}`), need: msg(`partners.need.${need}`) }),
    });
  }
  const where = to === "MEMBER" ? "Member" : "Centre";
  if (distanceKm === null) reasons.push({ code: "DISTANCE_UNKNOWN", value: null, text: msg("partners.reason.distanceUnknown") });
  else if (distanceKm <= nearKm) reasons.push({ code: "NEAR", value: distanceKm, text: msg(`partners.reason.near${where}`, { km: distanceKm, nearKm }) });
  else reasons.push({ code: "DISTANCE", value: distanceKm, text: msg(`partners.reason.distance${where}`, { km: distanceKm }) });
  return reasons;
}

function suggestion(input: SuggestionInput): PartnerSuggestion {
  const { c, memberId, coreCount } = input;
  const { distanceKm, distanceTo: to } = distanceTo(c, memberId);
  return {
    candidateId: c.id,
    name: c.name,
    kind: c.kind,
    score: scoreParts(c, coreCount).score(distanceKm),
    scoreParts: explainedParts(input, distanceKm),
    reasons: reasonsFor(input, distanceKm, to),
    distanceKm,
    distanceTo: to,
  };
}
