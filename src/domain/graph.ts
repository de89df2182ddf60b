/**
 * The graph's names, in one place: node labels, relationship types, observation kinds and the
 * GraphQL type each label is served as. Cypher, the seed writer, the GraphQL enums and the
 * constraints test all read these lists, so a name that is not here never reaches the database
 * or a client, and adding one is a compile-time change here.
 */

/** Carried by every node Simpul stores, beside its own label; its constraint makes ids unique graph-wide. */
export const NODE_LABEL = "Node";

/**
 * Each entity label and the GraphQL type it is served as (Observation: by its `kind`, below;
 * null for a label that is never served as a GraphQL node).
 */
export const TYPENAME_BY_LABEL = {
  Region: "Region",
  Sentra: "Sentra",
  Actor: "Actor",
  Person: "Person",
  Forum: "Forum",
  Agreement: "Agreement",
  MonitoringRecord: "MonitoringRecord",
  Programme: "Programme",
  SurveyRound: "SurveyRound",
  SentraStatistic: "SentraStatistic",
  Observation: null,
  // API keys (src/repositories/api-key.repository.ts): no `Node` label, so node(id) and neighbours never reach one.
  ApiKey: null,
  // The audit trail (src/repositories/write/audit.ts): no `Node` label either; admins read it with `changes`.
  Change: null,
  // Each sentra's stored analysis, keyed by the sentra's id (src/repositories/sentra-metrics.repository.ts):
  // derived data, no `Node` label and no relationship, left out of backups (recompute rebuilds it).
  SentraAnalysis: null,
} as const;
export type EntityLabel = keyof typeof TYPENAME_BY_LABEL;
export const ENTITY_LABELS = Object.keys(TYPENAME_BY_LABEL) as EntityLabel[];

/** Labels of Simpul's own records, written by their own repository rather than the dataset writer. */
export const RECORD_LABELS = ["ApiKey", "Change", "SentraAnalysis"] as const satisfies readonly EntityLabel[];

/** Observation nodes share one label; `kind` names the survey instrument and the GraphQL type. */
export const TYPENAME_BY_OBSERVATION_KIND = {
  INDICATOR_SCORE: "IndicatorScore",
  PROBLEM_SOLVING_SCORE: "ProblemSolvingScore",
  SURVEY_RESPONSE: "SurveyResponse",
} as const;
export type ObservationKind = keyof typeof TYPENAME_BY_OBSERVATION_KIND;

/** Every relationship type Simpul writes; the only ones `neighbours` may be asked to follow. */
export const RELATIONSHIP_TYPES = [
  "PART_OF",
  "LOCATED_IN",
  "PARTICIPATES_IN",
  "LINKED",
  "REPRESENTS",
  "MEMBER_OF",
  "SERVES",
  "CONTRACTED_BY",
  "PROVIDED_BY",
  "MONITORS",
  "VISITED_BY",
  "IN_ROUND",
  "OF_ACTOR",
  "IN_SENTRA",
  "RUN_BY",
  "PARTNER",
  "TARGETS",
  "OF_SENTRA",
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Relationship types whose properties are looked up or kept unique, and so have an index or constraint. */
export const INDEXED_RELATIONSHIP_TYPES: readonly RelationshipType[] = ["LINKED", "PARTICIPATES_IN"];

/** Which way a relationship is followed, seen from the node asked about. */
export type Orientation = "OUTGOING" | "INCOMING";
export type Direction = Orientation | "BOTH";
export const DIRECTIONS = ["OUTGOING", "INCOMING", "BOTH"] as const satisfies readonly Direction[];

/** The GraphQL type a node with these labels (and observation kind) is served as, if any. */
export function typenameOf(labels: readonly string[], observationKind?: unknown): string | undefined {
  const label = labels.find((l): l is EntityLabel => l in TYPENAME_BY_LABEL);
  if (!label) return undefined;
  if (label === "Observation") return TYPENAME_BY_OBSERVATION_KIND[observationKind as ObservationKind];
  return TYPENAME_BY_LABEL[label] ?? undefined;
}
