import type { Database } from "../db/neo4j";
import { asRoleEdge, nodeRow, type NodeRow, type RoleEdgeRow } from "./node-row";
import { asc, nullable, nullableDate, orderOf, type PageRequest } from "./paging";
import { findPagesPerKey, linksOf, nodeListsOf } from "./templates";

/** One page of each forum's members (people or actors), with the role each holds there. */
export function findForumMembers(db: Database, forumIds: readonly string[], page: PageRequest) {
  return findPagesPerKey<RoleEdgeRow<NodeRow, string | null>>(
    db,
    {
      match: `MATCH (m:Person|Actor)-[r:MEMBER_OF]->(:Forum {id: key}) WHERE r.archivedAt IS NULL AND m.archivedAt IS NULL`,
      item: `{role: r.role, since: r.since, node: ${nodeRow("m")}}`,
      order: orderOf(nullable("m.name"), asc("m.id")),
    },
    forumIds,
    {},
    page,
    asRoleEdge,
  );
}

/** Lists of nodes hanging off a forum or a person. */
export const findForumLists = nodeListsOf({
  agreements: { match: `MATCH (n:Agreement)-[:CONTRACTED_BY]->(:Forum {id: key})`, order: orderOf(nullableDate("n.startDate"), asc("n.id")) },
  forumsOfPerson: {
    match: `MATCH (:Person {id: key})-[seat:MEMBER_OF]->(n:Forum) WHERE seat.archivedAt IS NULL`,
    order: orderOf(nullable("n.name"), asc("n.id")),
  },
});

/** The to-one links of forums, agreements, monitoring records and people. */
export const findForumLinks = linksOf({
  forumSentra: `MATCH (:Forum {id: key})-[:SERVES]->(item:Sentra)`,
  agreementForum: `MATCH (:Agreement {id: key})-[:CONTRACTED_BY]->(item:Forum)`,
  agreementProvider: `MATCH (:Agreement {id: key})-[:PROVIDED_BY]->(item:Actor)`,
  monitoringSentra: `MATCH (:MonitoringRecord {id: key})-[:MONITORS]->(item:Sentra)`,
  monitoringVisitor: `MATCH (:MonitoringRecord {id: key})-[:VISITED_BY]->(item:Actor)`,
  personActor: `MATCH (:Person {id: key})-[:REPRESENTS]->(item:Actor)`,
});
