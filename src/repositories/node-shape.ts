/**
 * Nodes leave Cypher as maps with their labels; the label decides the GraphQL type. Only the
 * labels below are ever exposed, so an unknown label cannot leak into a response.
 */
export const TYPENAME_BY_LABEL: Record<string, string> = {
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
  Observation: "Observation",
};

const TYPENAME_BY_OBSERVATION_KIND: Record<string, string> = {
  INDICATOR_SCORE: "IndicatorScore",
  PROBLEM_SOLVING_SCORE: "ProblemSolvingScore",
  SURVEY_RESPONSE: "SurveyResponse",
};

/** Cypher map projection that carries a node's labels next to its properties. */
export const NODE_MAP = (variable: string) => `${variable} {.*, __labels: labels(${variable})}`;

export interface NodeRow {
  id: string;
  __typename: string;
  [property: string]: unknown;
}

/** Gives a projected node its GraphQL type name, or undefined for a node Simpul does not expose. */
export function toNodeRow(raw: Record<string, unknown>): NodeRow | undefined {
  const { __labels, ...props } = raw as { __labels?: string[] } & Record<string, unknown>;
  const label = (__labels ?? []).find((l) => l in TYPENAME_BY_LABEL);
  if (!label) return undefined;
  const typename = label === "Observation" ? TYPENAME_BY_OBSERVATION_KIND[String(props.kind)] : TYPENAME_BY_LABEL[label];
  if (!typename) return undefined;
  return { ...(props as { id: string }), __typename: typename };
}
