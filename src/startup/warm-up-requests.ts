import type { WarmUpTargets } from "../repositories/warm-up.repository";

export interface WarmUpRequest {
  query: string;
  variables?: Record<string, unknown>;
}

// The reads people start with (the explorer's sentra page, the three users' first requests in
// README, the benchmark's hot rows): their statements are the ones worth planning before clients come.
const PER_SENTRA = [
  `query ($id: ID!) { sentra(id: $id) { name product headline { completeness horizontalDensity stage }
    members(first: 50) { totalCount edges { role node { id name kind linkages(first: 20) { totalCount edges { node { type intensity partner { id name kind } } } } } } } } }`,
  `query ($id: ID!) { sentraAnalysis(id: $id) { valueChain { completeness missingStages weakStages }
    cooperation { horizontal { metrics { density weightedDensity tiedShare } coverage { coreMembers noData } } }
    verdict { stage dynamic reasons criteria { id measured passed } } } }`,
  `query ($id: ID!) { sentraAnalysis(id: $id, thresholds: { clusterMinFirms: 20 }) { verdict { stage dynamic } } }`,
  `query ($id: ID!) { sentra(id: $id) { partners(need: FINANCE, suggestionsPerMember: 3) { coreMembers
    lacking(first: 20) { totalCount edges { node { memberId suggestions { candidateId score distanceKm } } } } } } }`,
  `query ($id: ID!) { sentra(id: $id) { network(depth: 1, maxNodes: 150) { totalNodes truncated
    nodes { id name kind roles stage isCore isIsolate } edges { fromId toId type intensity } } } }`,
];

const RANKING = `query ($regionId: ID) { sentraRanking(metric: completeness, regionId: $regionId, first: 20) { totalCount edges { value stage node { id name } } } }`;
const NAME_SEARCH = `query ($text: String!) { actors(filter: { nameContains: $text }, first: 20) { totalCount edges { node { id name kind } } } }`;

/** A word of a name worth searching for: the longest of at least four letters. */
export function nameFragment(name: string): string | undefined {
  const words = name
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 4);
  return words.reduce<string | undefined>((best, word) => (best === undefined || word.length > best.length ? word : best), undefined);
}

/** One round of the warm-up: every hot read once for every target. */
export function warmUpRound(targets: WarmUpTargets): WarmUpRequest[] {
  const requests: WarmUpRequest[] = targets.sentraIds.flatMap((id) => PER_SENTRA.map((query) => ({ query, variables: { id } })));
  requests.push({ query: RANKING, variables: { regionId: null } });
  if (targets.provinceId) requests.push({ query: RANKING, variables: { regionId: targets.provinceId } });
  for (const name of targets.actorNames) {
    const text = nameFragment(name);
    if (text) requests.push({ query: NAME_SEARCH, variables: { text } });
  }
  return requests;
}
