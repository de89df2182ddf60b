/** The GraphQL the page sends, and the shapes it reads back (a subset of schema/schema.graphql). */

export const LINKAGE_TYPES = [
  "HORIZONTAL_COOPERATION",
  "UPSTREAM_SUPPLY",
  "DOWNSTREAM_SALES",
  "FINANCE",
  "TECHNICAL_ASSISTANCE",
  "ECONOMIC_ASSISTANCE",
  "PROMOTION",
  "CERTIFICATION",
] as const;
export type LinkageType = (typeof LINKAGE_TYPES)[number];

export const INTENSITIES = ["PASSIVE", "ACTIVE", "PROACTIVE", "UNMEASURED"] as const;
export type IntensityFilter = (typeof INTENSITIES)[number];

export const PARTNER_NEEDS = ["FINANCE", "TECHNICAL_ASSISTANCE", "ECONOMIC_ASSISTANCE", "BUYERS", "SUPPLIERS", "PROMOTION", "CERTIFICATION"] as const;

export interface Named {
  id: string;
  name: string;
}
export interface Connection<T> {
  totalCount?: number;
  edges: Array<{ node: T }>;
}

export const PROVINCES = `query Provinces { regions(level: PROVINCE, first: 100) { edges { node { id name } } } }`;

export const REGENCIES = `query Regencies($id: ID!) {
  region(id: $id) { children(first: 100) { edges { node { id name level } } } }
}`;

export const SENTRA_IN_REGION = `query SentraIn($id: ID!) {
  region(id: $id) { sentra(first: 100) { edges { node { id name product } } } }
}`;

export const SEARCH_SENTRA = `query SearchSentra($text: String!) {
  sentraList(nameContains: $text, first: 20) { edges { node { id name product region { id name } } } }
}`;

/** Where a sentra sits, to set the province and regency pickers when it is chosen by search or link. */
export const SENTRA_PLACE = `query SentraPlace($id: ID!) {
  sentra(id: $id) { id name product sector unggulan region { id name level parent { id name level parent { id name level parent { id name level } } } } }
}`;

export interface DrawNode {
  id: string;
  name: string;
  kind: string;
  roles: string[];
  stage: string;
  isCore: boolean;
  isIsolate: boolean;
  isOutsideNetwork: boolean;
  /** A participant of the sentra that no drawn tie links to a core firm (its depth is then null). */
  untied: boolean;
  depth: number | null;
}
export interface DrawEdge {
  id: string;
  fromId: string;
  toId: string;
  type: LinkageType;
  intensity: "PASSIVE" | "ACTIVE" | "PROACTIVE" | null;
}
export interface DrawableNetwork {
  totalNodes: number;
  truncated: boolean;
  message: string | null;
  nodes: DrawNode[];
  edges: DrawEdge[];
}

export const NETWORK = `query Network($id: ID!, $depth: Int!, $maxNodes: Int!, $types: [LinkageType!]) {
  sentra(id: $id) {
    id name
    network(depth: $depth, maxNodes: $maxNodes, linkageTypes: $types) {
      totalNodes truncated message
      nodes { id name kind roles stage isCore isIsolate isOutsideNetwork untied depth }
      edges { id fromId toId type intensity }
    }
  }
}`;

const METRICS = `metrics { nodeCount edgeCount density weightedDensity tiedShare averageDegree isolates components { count largestSize largestShare } brokers { id betweenness } }
  coverage { coreMembers answeredSurvey noData noDataIds questions roundId }
  scope`;

const TABLES = `roundId roundName date indicatorDisplaySum
  coverage { coreMembers membersWithResponses respondentsOutsideCore }
  cooperation { question answered yes no passive active proactive yesShare }
  indicators { product { mean displayMean min max scored } technology { mean displayMean min max scored } market { mean displayMean min max scored }
               skills { mean displayMean min max scored } trust { mean displayMean min max scored } information { mean displayMean min max scored } }
  problemSolving { rawMaterial { mean displayMean scored } auxiliaryMaterial { mean displayMean scored } production { mean displayMean scored } marketing { mean displayMean scored } }`;

export const ANALYSIS = `query Analysis($id: ID!) {
  sentra(id: $id) {
    id
    analysis {
      verdict {
        stage dynamic reasons
        criteria { id group description measured threshold thresholdName comparison passed source shortfall detail requiredFor }
        sevenSteps { nextStep { step title } steps { step id title evidenced evidence missing } }
      }
      valueChain {
        completeness coreMembers missingStages weakStages unlinkedStages
        stages { stage label status statusNote weak weakReasons coreMembersReached reachShare actors { actorId name } }
      }
      cooperation { horizontal { ${METRICS} } wholeNetwork { ${METRICS} } }
      surveyRounds { ${TABLES} }
    }
  }
}`;

export interface Criterion {
  id: string;
  group: string;
  description: string;
  measured: number | null;
  threshold: number;
  thresholdName: string;
  comparison: "AT_LEAST" | "AT_MOST";
  passed: boolean | null;
  source: string;
  shortfall: string | null;
  detail: string;
  requiredFor: string;
}
export interface Measure {
  scope: string;
  metrics: {
    nodeCount: number;
    edgeCount: number;
    density: number | null;
    weightedDensity: number | null;
    tiedShare: number | null;
    averageDegree: number | null;
    isolates: string[];
    components: { count: number; largestSize: number; largestShare: number | null };
    brokers: Array<{ id: string; betweenness: number }>;
  };
  coverage: { coreMembers: number; answeredSurvey: number; noData: number; noDataIds: string[]; questions: string[]; roundId: string | null };
}
export interface ScoreSummary {
  mean: number | null;
  displayMean: number | null;
  min?: number | null;
  max?: number | null;
  scored: number;
}
export interface SurveyTables {
  roundId: string;
  roundName: string;
  date: string;
  indicatorDisplaySum: number | null;
  coverage: { coreMembers: number; membersWithResponses: number; respondentsOutsideCore: number };
  cooperation: Array<{
    question: string;
    answered: number;
    yes: number;
    no: number;
    passive: number | null;
    active: number | null;
    proactive: number | null;
    yesShare: number | null;
  }>;
  indicators: Record<string, ScoreSummary>;
  problemSolving: Record<string, ScoreSummary>;
}
export interface Analysis {
  verdict: {
    stage: string;
    dynamic: boolean;
    reasons: string[];
    criteria: Criterion[];
    sevenSteps: {
      nextStep: { step: number; title: string } | null;
      steps: Array<{ step: number; id: string; title: string; evidenced: boolean; evidence: string[]; missing: string[] }>;
    };
  };
  valueChain: {
    completeness: number;
    coreMembers: number;
    missingStages: string[];
    weakStages: string[];
    unlinkedStages: string[];
    stages: Array<{
      stage: string;
      /** The stage's name and what its status means, written by the API in the page's language. */
      label: string;
      status: string;
      statusNote: string;
      weak: boolean;
      weakReasons: string[];
      coreMembersReached: number;
      reachShare: number | null;
      actors: Array<{ actorId: string; name: string }>;
    }>;
  };
  cooperation: { horizontal: Measure; wholeNetwork: Measure };
  surveyRounds: SurveyTables[];
}

export const ACTOR = `query Actor($id: ID!) {
  actor(id: $id) {
    id name kind sizeClass workers yearFounded mainProducts description
    region { id name }
    participations(first: 20) { edges { role node { id name } } }
    linkages(first: 100) { totalCount edges { node { id type direction intensity flows partner { id name kind } sentra { id name } } } }
  }
}`;
export interface ActorDetails {
  id: string;
  name: string;
  kind: string;
  sizeClass: string | null;
  workers: number | null;
  yearFounded: number | null;
  mainProducts: string[] | null;
  description: string | null;
  region: Named | null;
  participations: { edges: Array<{ role: string; node: Named }> };
  linkages: Connection<{
    id: string;
    type: string;
    direction: "OUTGOING" | "INCOMING";
    intensity: string | null;
    flows: string[];
    partner: Named & { kind: string };
    sentra: Named | null;
  }>;
}
