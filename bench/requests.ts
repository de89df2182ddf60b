import type { Targets } from "./targets";
import type { GraphqlRequest } from "./trace";

/**
 * The hot requests of issue 10, each a query with variables per target: a run cycles through
 * the variants so that no single hot id is all it measures.
 */
export interface HotRequest {
  name: string;
  variants(targets: Targets): GraphqlRequest[];
}

const perSentra = (query: string) => (targets: Targets) => targets.sentraIds.map((id) => ({ query, variables: { id } }));

export const HOT_REQUESTS: HotRequest[] = [
  {
    name: "sentra with members and linkages",
    variants: perSentra(`query ($id: ID!) { sentra(id: $id) { name product
      members(first: 50) { totalCount edges { role node { id name kind
        linkages(first: 20) { totalCount edges { node { type intensity partner { id name kind } } } } } } } } }`),
  },
  {
    // A province's sentra (in its regions below too) and a page of each one's members: the nesting a
    // generated API answers in one statement (compared with @neo4j/graphql, bench/peer).
    name: "a region's sentra with their members (two levels down)",
    variants: (targets) =>
      targets.provinceIds.map((id) => ({
        query: `query ($id: ID!) { region(id: $id) { name sentra(first: 20) { totalCount edges { node { id name
          members(first: 20) { totalCount edges { role node { id name kind } } } } } } } }`,
        variables: { id },
      })),
  },
  {
    name: "value-chain completeness",
    variants: perSentra(`query ($id: ID!) { sentraAnalysis(id: $id) { valueChain { completeness missingStages weakStages } } }`),
  },
  {
    name: "density",
    variants: perSentra(`query ($id: ID!) { sentraAnalysis(id: $id) { cooperation { horizontal {
      metrics { density weightedDensity tiedShare components { count largestShare } } coverage { coreMembers noData } } } } }`),
  },
  {
    name: "verdict",
    variants: perSentra(`query ($id: ID!) { sentraAnalysis(id: $id) { verdict { stage dynamic reasons criteria { id measured passed } } } }`),
  },
  {
    // The verdict with a threshold given ("what if"): never stored, so computed now (network, observations,
    // concentration and the analysis in Node); the three rows above are served from the stored analysis.
    name: "verdict computed now (threshold given)",
    variants: perSentra(
      `query ($id: ID!) { sentraAnalysis(id: $id, thresholds: { clusterMinFirms: 20 }) { verdict { stage dynamic reasons criteria { id measured passed } } } }`,
    ),
  },
  {
    // The same three figures as stored on the sentra (kept current on every write), not computed now.
    name: "stored headline (completeness, density, stage)",
    variants: perSentra(
      `query ($id: ID!) { sentra(id: $id) { headline { completeness horizontalDensity horizontalWeightedDensity stage dynamic passedCriteria } } }`,
    ),
  },
  {
    name: "partner suggestions (FINANCE)",
    variants: perSentra(`query ($id: ID!) { sentra(id: $id) { partners(need: FINANCE, suggestionsPerMember: 3) { coreMembers
      lacking(first: 20) { totalCount edges { node { memberId suggestions { candidateId score distanceKm } } } } } } }`),
  },
  {
    name: "ranking a province's sentra",
    variants: (targets) =>
      targets.provinceIds.map((regionId) => ({
        query: `query ($regionId: ID!) { sentraRanking(metric: completeness, regionId: $regionId, first: 20) { totalCount edges { value stage node { id name } } } }`,
        variables: { regionId },
      })),
  },
  {
    name: "ranking the country's sentra",
    variants: () => [{ query: `{ sentraRanking(metric: completeness, first: 20) { totalCount edges { value stage node { id name } } } }` }],
  },
  {
    name: "network to draw (depth 1)",
    variants: perSentra(`query ($id: ID!) { sentra(id: $id) { network(depth: 1, maxNodes: 150) { totalNodes truncated
      nodes { id name kind roles stage isCore isIsolate } edges { fromId toId type intensity } } } }`),
  },
  {
    name: "name search (actors nameContains)",
    variants: (targets) =>
      targets.nameFragments.map((text) => ({
        query: `query ($text: String!) { actors(filter: { nameContains: $text }, first: 20) { totalCount edges { node { id name kind } } } }`,
        variables: { text },
      })),
  },
  { name: "{ __typename }", variants: () => [{ query: "{ __typename }" }] },
];
