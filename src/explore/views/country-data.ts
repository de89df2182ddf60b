/** What the country view asks the API, and how it reads its address (no DOM: unit-tested). */
import { STAGES, type Stage } from "./country-palette";

/** Every HeadlineMetric of the schema, in the order the picker offers them (a unit test checks it against schema.graphql). */
export const HEADLINE_METRICS = [
  "stageRank",
  "highestPossibleStageRank",
  "lowestPossibleStageRank",
  "verdictComplete",
  "passedCriteria",
  "completeness",
  "coreMembers",
  "horizontalDensity",
  "horizontalWeightedDensity",
  "horizontalTiedShare",
  "horizontalLargestComponentShare",
  "networkDensity",
  "networkWeightedDensity",
  "indicatorDisplaySum",
] as const;
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];
export const DEFAULT_METRIC: HeadlineMetric = "stageRank";

/** Metrics whose value is a stage's rank on the ladder (0 embryo to 4 dynamic cluster). */
export const STAGE_RANK_METRICS: readonly HeadlineMetric[] = ["stageRank", "highestPossibleStageRank", "lowestPossibleStageRank"];

/** Rows per request: the API's largest page. "More" asks for the next. */
export const PAGE_SIZE = 100;

export const RANKING = `query CountryRanking($metric: HeadlineMetric!, $descending: Boolean!, $regionId: ID, $productContains: String, $stages: [ClusterStage!], $first: Int!, $after: String) {
  sentraRanking(metric: $metric, descending: $descending, regionId: $regionId, productContains: $productContains, stages: $stages, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      value
      stage
      node { id name product region { id name } location { latitude longitude } headline { coreMembers } }
    }
  }
}`;

/** A region and the regions above it, to set the province and regency pickers from an address. */
export const REGION_PLACE = `query RegionPlace($id: ID!) {
  region(id: $id) { id name level parent { id name level parent { id name level parent { id name level parent { id name level } } } } }
}`;

export interface RegionPlace {
  id: string;
  name: string;
  level: string;
  parent: RegionPlace | null;
}

export interface RankedRow {
  value: number | null;
  stage: string | null;
  node: {
    id: string;
    name: string;
    product: string;
    region: { id: string; name: string } | null;
    location: { latitude: number; longitude: number } | null;
    headline: { coreMembers: number | null };
  };
}

export interface RankingPage {
  sentraRanking: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: RankedRow[];
  };
}

/** What the address asks the view to show. */
export interface CountryQuery {
  regionId: string | null;
  metric: HeadlineMetric;
  descending: boolean;
  product: string;
  stages: Stage[];
}

export function queryOf(params: URLSearchParams): CountryQuery {
  const metric = params.get("metric");
  return {
    regionId: params.get("region") || null,
    metric: (HEADLINE_METRICS as readonly string[]).includes(metric ?? "") ? (metric as HeadlineMetric) : DEFAULT_METRIC,
    descending: params.get("order") !== "asc",
    product: (params.get("product") ?? "").trim(),
    stages: (params.get("stages") ?? "").split(",").filter((s): s is Stage => (STAGES as readonly string[]).includes(s)),
  };
}

/** The ranking request's variables for one page. */
export function rankingVariables(query: CountryQuery, after: string | null = null): Record<string, unknown> {
  return {
    metric: query.metric,
    descending: query.descending,
    regionId: query.regionId,
    productContains: query.product || null,
    stages: query.stages.length > 0 ? query.stages : null,
    first: PAGE_SIZE,
    after,
  };
}

/** The province and the regency (or city) a region lies in, or is. */
export function pickersOf(place: RegionPlace): { province: string | null; regency: string | null } {
  let province: string | null = null;
  let regency: string | null = null;
  for (let at: RegionPlace | null = place; at; at = at.parent) {
    if (at.level === "PROVINCE") province = at.id;
    if (at.level === "REGENCY" || at.level === "CITY") regency = at.id;
  }
  return { province, regency };
}
