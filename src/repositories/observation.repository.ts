import type { Database } from "../db/neo4j";
import { nodeRow, type NodeRow } from "./node-row";
import { asc, nullableDate, orderOf, type PageRequest } from "./paging";
import { asNode, linksOf, listPage } from "./templates";

export interface SurveyRoundRow extends NodeRow {
  name: string;
  date: string;
  source: string;
  notes: string | null;
}

export function listSurveyRounds(db: Database, page: PageRequest) {
  return listPage<SurveyRoundRow>(
    db,
    { match: `MATCH (r:SurveyRound)`, item: nodeRow("r"), order: orderOf(nullableDate("r.date"), asc("r.id")) },
    {},
    page,
    asNode,
  );
}

/** An observation's firm, sentra and survey round. */
export const findObservationLinks = linksOf({
  actor: `MATCH (:Observation {id: key})-[:OF_ACTOR]->(item:Actor)`,
  sentra: `MATCH (:Observation {id: key})-[:IN_SENTRA]->(item:Sentra)`,
  round: `MATCH (:Observation {id: key})-[:IN_ROUND]->(item:SurveyRound)`,
});
