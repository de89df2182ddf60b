import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { msg, type Message } from "../../i18n/message";
import type { Intensity, LinkageType } from "../vocabulary";
import { strongerOf, weightOf } from "./intensity";
import { pairKey } from "./network-views";
import { seededRandom } from "./seeded-random";

export interface RegionActor {
  id: string;
  name: string;
  /** The designated sentra it takes part in (any role). */
  sentraIds: string[];
}

export interface RegionTie {
  fromId: string;
  toId: string;
  intensity: Intensity | null;
  /** Service ties (BUSINESS_TIE_TYPES says which are not) are left out of detection. */
  type: LinkageType;
}

/**
 * The ties communities are found over: firms cooperating, supplying and selling (the value chain).
 * A supporting institution's service ties (finance, technical and economic assistance, promotion,
 * certification) are left out: a lender with one client in each of seven sentra was Jawa Tengah's
 * only "undesignated cluster", and a provider's client list is not a web of cooperation.
 */
export const BUSINESS_TIE_TYPES: readonly LinkageType[] = ["HORIZONTAL_COOPERATION", "UPSTREAM_SUPPLY", "DOWNSTREAM_SALES"];

export interface CommunityInput {
  actors: readonly RegionActor[];
  ties: readonly RegionTie[];
  /** Seed of the random order Louvain visits nodes in (default 1): same seed, same result. */
  seed?: number;
  /** Louvain resolution (default 1); higher finds smaller communities. */
  resolution?: number;
  /** A sentra "covers" a community when its members are MORE than this share of it (default 0.5). */
  coverShare?: number;
}

export interface SentraOverlap {
  sentraId: string;
  /** Community members taking part in this sentra. */
  members: number;
  shareOfCommunity: number;
  /** Of the sentra's actors in the input, the share inside this community. */
  shareOfSentra: number;
}

export interface Community {
  /** 1 for the largest community, then by size. */
  id: number;
  memberIds: string[];
  size: number;
  /** Tied pairs with both ends inside. */
  internalTies: number;
  overlaps: SentraOverlap[];
  /** The sentra covering it mostly, if any. */
  coveredBy: string | null;
  /** The member every internal tie touches, when one does: a star, one actor's partners rather than a web. */
  hubId: string | null;
  /** No designated sentra covers it mostly and it is no star: a web of cooperation that policy does not see. */
  undesignated: boolean;
  /** Why it is, or is not, undesignated. */
  explanation: Message;
}

export interface CommunityDetection {
  communities: Community[];
  /** Actors with no tie: Louvain puts each alone, so they are listed here instead. */
  singletons: string[];
  /** Modularity of the whole partition; null for a graph without ties. */
  modularity: number | null;
  nodeCount: number;
  edgeCount: number;
  seed: number;
  resolution: number;
  /** Service ties left out of detection (BUSINESS_TIE_TYPES). */
  serviceTiesLeftOut: number;
  /** The rule, in words. */
  rule: Message;
}

/**
 * Louvain communities over a region's linkage graph: undirected, parallel ties merged at their
 * strongest intensity, weighted passive 1, active 2, proactive 3 (unmeasured 1).
 */
export function detectCommunities(input: CommunityInput): CommunityDetection {
  const seed = input.seed ?? 1;
  const resolution = input.resolution ?? 1;
  const coverShare = input.coverShare ?? 0.5;
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const actor of input.actors) graph.mergeNode(actor.id);
  const strongest = new Map<string, RegionTie>();
  let serviceTiesLeftOut = 0;
  for (const tie of input.ties) {
    if (tie.fromId === tie.toId || !graph.hasNode(tie.fromId) || !graph.hasNode(tie.toId)) continue;
    if (!BUSINESS_TIE_TYPES.includes(tie.type)) {
      serviceTiesLeftOut += 1;
      continue;
    }
    const key = pairKey(tie.fromId, tie.toId);
    const seen = strongest.get(key);
    strongest.set(key, seen ? { ...tie, intensity: strongerOf(seen.intensity, tie.intensity) } : tie);
  }
  for (const tie of strongest.values()) graph.addEdge(tie.fromId, tie.toId, { weight: weightOf(tie.intensity) });

  const detailed = louvain.detailed(graph, { getEdgeWeight: "weight", resolution, rng: seededRandom(seed) });
  const groups = new Map<number, string[]>();
  graph.forEachNode((node) => {
    if (graph.degree(node) === 0) return;
    const c = detailed.communities[node];
    groups.set(c, [...(groups.get(c) ?? []), node]);
  });

  const sentraSize = new Map<string, number>();
  for (const a of input.actors) for (const s of new Set(a.sentraIds)) sentraSize.set(s, (sentraSize.get(s) ?? 0) + 1);
  const sentraOf = new Map(input.actors.map((a) => [a.id, [...new Set(a.sentraIds)]]));

  const communities = [...groups.values()]
    .map((ids) => ids.sort())
    .sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]))
    .map((memberIds, i) => community(i + 1, memberIds, graph, sentraOf, sentraSize, coverShare));

  return {
    communities,
    singletons: graph.filterNodes((node) => graph.degree(node) === 0).sort(),
    modularity: graph.size === 0 || Number.isNaN(detailed.modularity) ? null : detailed.modularity,
    nodeCount: graph.order,
    edgeCount: graph.size,
    seed,
    resolution,
    serviceTiesLeftOut,
    rule: msg("communities.rule"),
  };
}

function community(
  id: number,
  memberIds: string[],
  graph: UndirectedGraph,
  sentraOf: Map<string, string[]>,
  sentraSize: Map<string, number>,
  coverShare: number,
): Community {
  const inside = new Set(memberIds);
  const internalTies = graph.filterEdges((_, __, source, target) => inside.has(source) && inside.has(target)).length;
  const counts = new Map<string, number>();
  for (const m of memberIds) for (const s of sentraOf.get(m) ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
  const overlaps = [...counts.entries()]
    .map(([sentraId, n]) => ({ sentraId, members: n, shareOfCommunity: n / memberIds.length, shareOfSentra: n / sentraSize.get(sentraId)! }))
    .sort((a, b) => b.members - a.members || a.sentraId.localeCompare(b.sentraId));
  const cover = overlaps.find((o) => o.shareOfCommunity > coverShare) ?? null;
  const hubId = hubOf(memberIds, graph, inside);
  const undesignated = cover === null && hubId === null;
  return { id, memberIds, size: memberIds.length, internalTies, overlaps, coveredBy: cover?.sentraId ?? null, hubId, undesignated, explanation: explain() };

  function explain(): Message {
    if (cover) return msg("communities.covered", { share: cover.shareOfCommunity, sentra: cover.sentraId });
    if (hubId) return msg("communities.star", { hub: hubId });
    const largest = overlaps[0];
    return largest
      ? msg("communities.undesignated", { share: largest.shareOfCommunity, ties: internalTies })
      : msg("communities.undesignatedNoSentra", { ties: internalTies });
  }
}

/** The member touching every tie inside (most ties first, then by id), or null when no one does. */
function hubOf(memberIds: readonly string[], graph: UndirectedGraph, inside: ReadonlySet<string>): string | null {
  const degreeInside = (m: string) => graph.filterNeighbors(m, (n) => inside.has(n)).length;
  const hub = [...memberIds].sort((a, b) => degreeInside(b) - degreeInside(a) || a.localeCompare(b))[0];
  const allTouchHub = graph.everyEdge((_, __, source, target) => !(inside.has(source) && inside.has(target)) || source === hub || target === hub);
  return allTouchHub ? hub : null;
}
