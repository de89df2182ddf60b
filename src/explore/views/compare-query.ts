/** The compare view's GraphQL (a subset of schema/schema.graphql) and the shapes it reads back. */

/** The one request behind the comparison: every chosen sentra's verdict and headline figures. */
export const COMPARE_SENTRA = `query CompareSentra($ids: [ID!]!) {
  compareSentra(ids: $ids) {
    missingIds
    analyses {
      sentra { id name region { name } }
      verdict {
        stage dynamic complete couldBeHigher lowestPossibleStage highestPossibleStage
        criteria { id group description measured threshold comparison passed shortfall requiredFor }
        sevenSteps { nextStep { step title } }
      }
      valueChain { completeness coreMembers }
      concentration { coreFirms }
      cooperation { horizontal { metrics { density tiedShare } } }
      survey { indicatorDisplaySum }
    }
  }
}`;

export const COMPARE_SEARCH = `query CompareSearch($text: String!) {
  sentraList(nameContains: $text, first: 20) { edges { node { id name region { name } } } }
}`;

export const COMPARE_PROVINCES = `query CompareProvinces { regions(level: PROVINCE, first: 100) { edges { node { id name } } } }`;

export const COMPARE_REGION_CHILDREN = `query CompareRegionChildren($id: ID!) {
  region(id: $id) { children(first: 100) { edges { node { id name level } } } }
}`;

/** Every sentra of a region and below (at most 100: more than 20 are refused anyway). */
export const COMPARE_REGION_SENTRA = `query CompareRegionSentra($id: ID!) {
  region(id: $id) { name sentra(first: 100) { totalCount edges { node { id name } } } }
}`;

export interface ComparedCriterion {
  id: string;
  group: string;
  description: string;
  measured: number | null;
  threshold: number;
  comparison: "AT_LEAST" | "AT_MOST";
  passed: boolean | null;
  shortfall: string | null;
  requiredFor: string;
}

export interface ComparedAnalysis {
  sentra: { id: string; name: string; region: { name: string } | null };
  verdict: {
    stage: string;
    dynamic: boolean | null;
    complete: boolean;
    couldBeHigher: boolean;
    lowestPossibleStage: string;
    highestPossibleStage: string;
    criteria: ComparedCriterion[];
    sevenSteps: { nextStep: { step: number; title: string } | null };
  };
  valueChain: { completeness: number; coreMembers: number };
  concentration: { coreFirms: number };
  cooperation: { horizontal: { metrics: { density: number | null; tiedShare: number | null } } };
  survey: { indicatorDisplaySum: number | null } | null;
}

export interface Comparison {
  missingIds: string[];
  analyses: ComparedAnalysis[];
}

export interface SentraHit {
  id: string;
  name: string;
  region?: { name: string } | null;
}

export interface RegionNode {
  id: string;
  name: string;
  level?: string;
}
