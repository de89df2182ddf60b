import type { Database } from "../db/neo4j";
import type { Direction, ObservationKind } from "../domain/graph";
import type { ActorKind, LinkageType, SentraRole } from "../domain/vocabulary";
import type { ActorRow } from "./actor-row";
import { asLinkage, type LinkageRow } from "./linkage-row";
import { asRoleEdge, nodeRow, type NodeRow, type RoleEdgeRow } from "./node-row";
import type { PageRequest } from "./paging";
import type { SentraRow } from "./sentra.repository";
import { asNode, findNodesOfLabel, findPagesPerKey, listPage, nodeListsOf } from "./templates";

export type { ActorRow };

export const findActorsByIds = (db: Database, ids: readonly string[]) => findNodesOfLabel<ActorRow>(db, "Actor", ids);

export interface ActorFilter {
  kinds: ActorKind[];
  roles: SentraRole[];
  sentraId?: string;
  /** Actors located in this region or anywhere below it. */
  regionId?: string;
  /** Case-insensitive part of the name. */
  nameContains?: string;
  /** Within this many kilometres of a point; the list is then ordered nearest first. */
  near?: { latitude: number; longitude: number; radiusKm: number };
}

export function listActors(db: Database, filter: ActorFilter, page: PageRequest) {
  return listPage<ActorRow>(
    db,
    `MATCH (a:Actor)
     WHERE a.archivedAt IS NULL AND (size($kinds) = 0 OR a.kind IN $kinds)
       AND ($nameContains IS NULL OR a.nameLower CONTAINS toLower($nameContains))
       AND ($regionId IS NULL OR EXISTS { (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
       AND ($sentraId IS NULL AND size($roles) = 0
            OR EXISTS {
              MATCH (a)-[p:PARTICIPATES_IN]->(s:Sentra)
              WHERE p.archivedAt IS NULL AND ($sentraId IS NULL OR s.id = $sentraId) AND (size($roles) = 0 OR p.role IN $roles)
            })
       AND ($near IS NULL OR point.distance(a.location, point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.radiusKm * 1000)
     WITH a ORDER BY CASE WHEN $near IS NULL THEN 0
                          ELSE point.distance(a.location, point({latitude: $near.latitude, longitude: $near.longitude})) END,
                     a.name, a.id
     WITH ${nodeRow("a")} AS item`,
    {
      kinds: filter.kinds,
      roles: filter.roles,
      sentraId: filter.sentraId ?? null,
      regionId: filter.regionId ?? null,
      nameContains: filter.nameContains ?? null,
      near: filter.near ?? null,
    },
    page,
    asNode,
  );
}

/** One page of the sentra each actor takes part in, with its role there. */
export function findParticipations(db: Database, actorIds: readonly string[], page: PageRequest) {
  return findPagesPerKey<RoleEdgeRow<SentraRow>>(
    db,
    `MATCH (:Actor {id: key})-[p:PARTICIPATES_IN]->(s:Sentra)
     WHERE p.archivedAt IS NULL AND s.archivedAt IS NULL
     WITH p, s ORDER BY s.name, p.role
     WITH {role: p.role, since: p.since, node: ${nodeRow("s")}} AS item`,
    actorIds,
    {},
    page,
    asRoleEdge,
  );
}

export interface LinkageFilter {
  direction: Direction;
  types: LinkageType[];
  sentraId?: string;
}

/** One page of each actor's linkages, each with the actor at the other end. */
export function findLinkages(db: Database, actorIds: readonly string[], filter: LinkageFilter, page: PageRequest) {
  return findPagesPerKey<LinkageRow>(
    db,
    `MATCH (self:Actor {id: key})-[l:LINKED]-(a:Actor)
     WITH self, l, a, CASE WHEN startNode(l) = self THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
     WHERE l.archivedAt IS NULL AND a.archivedAt IS NULL AND ($direction = 'BOTH' OR direction = $direction)
       AND (size($types) = 0 OR l.type IN $types)
       AND ($sentraId IS NULL OR l.sentraId = $sentraId)
     WITH l, a, direction ORDER BY l.type, direction, a.name, l.id
     WITH l {.id, .type, .intensity, .flows, .since, .description, .sentraId, .version,
             fromId: startNode(l).id, toId: endNode(l).id, direction: direction, partner: ${nodeRow("a")}} AS item`,
    actorIds,
    { direction: filter.direction, types: filter.types, sentraId: filter.sentraId ?? null },
    page,
    asLinkage,
  );
}

/** Lists of nodes hanging off an actor. */
export const findActorLists = nodeListsOf({
  representatives: `MATCH (n:Person)-[:REPRESENTS]->(:Actor {id: key}) WITH n ORDER BY n.name`,
  forums: `MATCH (:Actor {id: key})<-[:REPRESENTS*0..1]-()-[:MEMBER_OF]->(n:Forum) WITH DISTINCT n ORDER BY n.name`,
  agreements: `MATCH (n:Agreement)-[:PROVIDED_BY]->(:Actor {id: key}) WITH n ORDER BY n.startDate`,
  programmes: `MATCH (n:Programme)-[:RUN_BY|PARTNER]->(:Actor {id: key}) WITH DISTINCT n ORDER BY n.name`,
});

export interface ObservationFilter {
  kind: ObservationKind;
  /** Only observations made in this sentra. */
  sentraId?: string;
  /** Only observations of this survey round. */
  roundId?: string;
}

/** One page of each actor's observations of one kind, optionally of one sentra and round. */
export function findActorObservations(db: Database, actorIds: readonly string[], filter: ObservationFilter, page: PageRequest) {
  return findPagesPerKey<NodeRow>(
    db,
    `MATCH (n:Observation {kind: $kind})-[:OF_ACTOR]->(:Actor {id: key})
     WHERE n.archivedAt IS NULL AND ($sentraId IS NULL OR EXISTS { (n)-[:IN_SENTRA]->(:Sentra {id: $sentraId}) })
       AND ($roundId IS NULL OR EXISTS { (n)-[:IN_ROUND]->(:SurveyRound {id: $roundId}) })
     WITH n ORDER BY n.question, n.id
     WITH ${nodeRow("n")} AS item`,
    actorIds,
    { kind: filter.kind, sentraId: filter.sentraId ?? null, roundId: filter.roundId ?? null },
    page,
    asNode,
  );
}
