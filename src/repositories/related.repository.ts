import { recordToObject } from "../db/convert";
import type { Database } from "../db/neo4j";
import { NODE_MAP, toNodeRow, type NodeRow } from "./node-shape";
import { PAGE_PER_KEY, type Page, type PageRequest } from "./paging";

/**
 * Lists hanging off one node (a sentra's forums, a forum's members, ...). Each
 * entry is a fixed Cypher body matching from `key` to `item`, optionally with `extra` fields
 * taken from the relationship; the name is chosen in code, never by a client.
 */
const RELATIONS = {
  sentraForums: `MATCH (item:Forum)-[:SERVES]->(:Sentra {id: key}) WITH key, item, {} AS extra ORDER BY item.kind, item.name`,
  sentraMonitoring: `MATCH (item:MonitoringRecord)-[:MONITORS]->(:Sentra {id: key}) WITH key, item, {} AS extra ORDER BY item.date`,
  sentraProgrammes: `MATCH (item:Programme)-[:TARGETS]->(:Sentra {id: key}) WITH key, item, {} AS extra ORDER BY item.startDate, item.name`,
  sentraStatistics: `MATCH (item:SentraStatistic)-[:OF_SENTRA]->(:Sentra {id: key}) WITH key, item, {} AS extra ORDER BY item.measure, item.year`,
  forumMembers: `MATCH (item:Person|Actor)-[r:MEMBER_OF]->(:Forum {id: key}) WITH key, item, {role: r.role, since: r.since} AS extra ORDER BY item.name`,
  forumAgreements: `MATCH (item:Agreement)-[:CONTRACTED_BY]->(:Forum {id: key}) WITH key, item, {} AS extra ORDER BY item.startDate`,
  actorForums: `MATCH (:Actor {id: key})<-[:REPRESENTS*0..1]-()-[r:MEMBER_OF]->(item:Forum) WITH DISTINCT key, item, {} AS extra ORDER BY item.name`,
  actorSurveyResponses: `MATCH (item:Observation {kind: 'SURVEY_RESPONSE'})-[:OF_ACTOR]->(:Actor {id: key}) WITH key, item, {} AS extra ORDER BY item.question, item.id`,
  actorIndicatorScores: `MATCH (item:Observation {kind: 'INDICATOR_SCORE'})-[:OF_ACTOR]->(:Actor {id: key}) WITH key, item, {} AS extra ORDER BY item.id`,
  actorProblemSolvingScores: `MATCH (item:Observation {kind: 'PROBLEM_SOLVING_SCORE'})-[:OF_ACTOR]->(:Actor {id: key}) WITH key, item, {} AS extra ORDER BY item.id`,
  actorAgreements: `MATCH (item:Agreement)-[:PROVIDED_BY]->(:Actor {id: key}) WITH key, item, {} AS extra ORDER BY item.startDate`,
  actorProgrammes: `MATCH (item:Programme)-[:RUN_BY|PARTNER]->(:Actor {id: key}) WITH DISTINCT key, item, {} AS extra ORDER BY item.name`,
  actorRepresentatives: `MATCH (item:Person)-[:REPRESENTS]->(:Actor {id: key}) WITH key, item, {} AS extra ORDER BY item.name`,
  personForums: `MATCH (:Person {id: key})-[r:MEMBER_OF]->(item:Forum) WITH key, item, {role: r.role, since: r.since} AS extra ORDER BY item.name`,
  programmePartners: `MATCH (:Programme {id: key})-[:PARTNER]->(item:Actor) WITH key, item, {} AS extra ORDER BY item.name`,
  programmeSentra: `MATCH (:Programme {id: key})-[:TARGETS]->(item:Sentra) WITH key, item, {} AS extra ORDER BY item.name`,
} as const;

export type Relation = keyof typeof RELATIONS;

/** What a related item carries besides its own properties (relationship fields). */
export interface RelatedRow {
  node: NodeRow;
  extra: Record<string, unknown>;
}

/** One page of the items related to each key through one named relation, in the relation's order. */
export async function findRelated(db: Database, relation: Relation, keys: readonly string[], page: PageRequest): Promise<Map<string, Page<RelatedRow>>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $keys AS key
       CALL { WITH key ${RELATIONS[relation]} RETURN item, extra }
       WITH key, {node: ${NODE_MAP("item")}, extra: extra} AS item
       ${PAGE_PER_KEY}`,
      { keys, ...page },
    );
    return result.records.map((record) =>
      recordToObject<{ key: string; totalCount: number; items: Array<{ node: Record<string, unknown>; extra: Record<string, unknown> }> }>(record),
    );
  });
  const related = new Map<string, Page<RelatedRow>>();
  for (const { key, totalCount, items } of rows) {
    const rowsOfKey = items.flatMap((item) => {
      const node = toNodeRow(item.node);
      return node ? [{ node, extra: item.extra }] : [];
    });
    related.set(key, { totalCount, skip: page.skip, items: rowsOfKey });
  }
  return related;
}

/** The single node at the end of a to-one relationship (a forum's sentra, an observation's actor). */
const TO_ONE = {
  forumSentra: `MATCH (:Forum {id: key})-[:SERVES]->(item:Sentra)`,
  agreementForum: `MATCH (:Agreement {id: key})-[:CONTRACTED_BY]->(item:Forum)`,
  agreementProvider: `MATCH (:Agreement {id: key})-[:PROVIDED_BY]->(item:Actor)`,
  monitoringSentra: `MATCH (:MonitoringRecord {id: key})-[:MONITORS]->(item:Sentra)`,
  monitoringVisitor: `MATCH (:MonitoringRecord {id: key})-[:VISITED_BY]->(item:Actor)`,
  programmeRunner: `MATCH (:Programme {id: key})-[:RUN_BY]->(item:Actor)`,
  personActor: `MATCH (:Person {id: key})-[:REPRESENTS]->(item:Actor)`,
  observationActor: `MATCH (:Observation {id: key})-[:OF_ACTOR]->(item:Actor)`,
  observationRound: `MATCH (:Observation {id: key})-[:IN_ROUND]->(item:SurveyRound)`,
  observationSentra: `MATCH (:Observation {id: key})-[:IN_SENTRA]->(item:Sentra)`,
  statisticSentra: `MATCH (:SentraStatistic {id: key})-[:OF_SENTRA]->(item:Sentra)`,
} as const;

export type ToOneRelation = keyof typeof TO_ONE;

export async function findOne(db: Database, relation: ToOneRelation, keys: readonly string[]): Promise<Map<string, NodeRow>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $keys AS key
       CALL { WITH key ${TO_ONE[relation]} RETURN item LIMIT 1 }
       RETURN key, ${NODE_MAP("item")} AS node`,
      { keys },
    );
    return result.records.map((record) => recordToObject<{ key: string; node: Record<string, unknown> }>(record));
  });
  const found = new Map<string, NodeRow>();
  for (const { key, node } of rows) {
    const row = toNodeRow(node);
    if (row) found.set(key, row);
  }
  return found;
}

export const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];
export const TO_ONE_NAMES = Object.keys(TO_ONE) as ToOneRelation[];
