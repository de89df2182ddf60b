import type { Database } from "../db/neo4j";
import type { Direction, ObservationKind } from "../domain/graph";
import type { ActorKind, LinkageType, SentraRole } from "../domain/vocabulary";
import type { ActorRow } from "./actor-row";
import { asLinkage, type LinkageRow } from "./linkage-row";
import { asRoleEdge, nodeRow, slimActorRow, type NodeRow, type RoleEdgeRow } from "./node-row";
import { asc, nullable, nullableDate, orderOf, type PageRequest } from "./paging";
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

const ONE_PASS_SEARCH_LENGTH = 3;

export function listActors(db: Database, filter: ActorFilter, page: PageRequest) {
  // Only the filters given are written into the statement: Neo4j plans a statement once for all
  // parameter values, so a guard such as \`$nameContains IS NULL OR ...\` keeps it from seeking the
  // name's text index or the location's point index and it scans every actor instead.
  const conditions = ["a.archivedAt IS NULL"];
  if (filter.kinds.length > 0) conditions.push("a.kind IN $kinds");
  if (filter.nameContains != null) conditions.unshift("a.nameLower CONTAINS $nameLower");
  if (filter.near) conditions.unshift("point.distance(a.location, point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.radiusKm * 1000");
  if (filter.regionId != null) conditions.push("EXISTS { (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) }");
  if (filter.sentraId != null || filter.roles.length > 0) {
    conditions.push(`EXISTS {
              MATCH (a)-[p:PARTICIPATES_IN]->(s:Sentra)
              WHERE p.archivedAt IS NULL AND ($sentraId IS NULL OR s.id = $sentraId) AND (size($roles) = 0 OR p.role IN $roles)
            }`);
  }
  return listPage<ActorRow>(
    db,
    {
      match: `MATCH (a:Actor)
     WHERE ${conditions.join("\n       AND ")}
`,
      item: nodeRow("a"),
      // Nearest first when near is given; a distance is never null there (the filter needs it).
      order: orderOf(
        // Without near the key is a constant 0 (cursors keep one shape), which costs no sort.
        asc(filter.near ? "point.distance(a.location, point({latitude: $near.latitude, longitude: $near.longitude}))" : "0", "number"),
        nullable("a.name"),
        asc("a.id"),
      ),
      // A search of a few letters or more is selective: its matches are counted and paged in one
      // scan of the text index. A shorter one, or the plain list, may match most actors: two passes.
      binds: (filter.nameContains?.length ?? 0) >= ONE_PASS_SEARCH_LENGTH ? ["a"] : undefined,
    },
    {
      kinds: filter.kinds,
      roles: filter.roles,
      sentraId: filter.sentraId ?? null,
      regionId: filter.regionId ?? null,
      // Stored names are lowered the same way (nameLower, written by the dataset writer).
      nameLower: filter.nameContains?.toLowerCase() ?? null,
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
    {
      match: `MATCH (:Actor {id: key})-[p:PARTICIPATES_IN]->(s:Sentra) WHERE p.archivedAt IS NULL AND s.archivedAt IS NULL`,
      item: `{role: p.role, since: p.since, node: ${nodeRow("s")}}`,
      order: orderOf(nullable("s.name"), nullable("p.role"), asc("s.id")),
      binds: ["p", "s"],
    },
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
    {
      match: `MATCH (self:Actor {id: key})-[l:LINKED]-(a:Actor)
     WITH self, l, a, CASE WHEN startNode(l) = self THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
     WHERE l.archivedAt IS NULL AND a.archivedAt IS NULL AND ($direction = 'BOTH' OR direction = $direction)
       AND (size($types) = 0 OR l.type IN $types)
       AND ($sentraId IS NULL OR l.sentraId = $sentraId)`,
      item: page.slim
        ? `l {.id, .type, .intensity, direction: direction, partner: ${slimActorRow("a")}}`
        : `l {.id, .type, .intensity, .flows, .since, .description, .sentraId, .version,
             fromId: startNode(l).id, toId: endNode(l).id, direction: direction, partner: ${nodeRow("a")}}`,
      order: orderOf(nullable("l.type"), asc("direction"), nullable("a.name"), asc("l.id")),
      binds: ["l", "a", "direction"],
    },
    actorIds,
    { direction: filter.direction, types: filter.types, sentraId: filter.sentraId ?? null },
    page,
    asLinkage,
  );
}

/** Lists of nodes hanging off an actor. */
export const findActorLists = nodeListsOf({
  representatives: { match: `MATCH (n:Person)-[:REPRESENTS]->(:Actor {id: key})`, order: orderOf(nullable("n.name"), asc("n.id")) },
  // Seats of the actor or of a person representing it; an archived seat or person sits nowhere.
  forums: {
    match: `MATCH (:Actor {id: key})<-[:REPRESENTS*0..1]-(m)-[seat:MEMBER_OF]->(n:Forum) WHERE seat.archivedAt IS NULL AND m.archivedAt IS NULL WITH DISTINCT n`,
    order: orderOf(nullable("n.name"), asc("n.id")),
  },
  agreements: { match: `MATCH (n:Agreement)-[:PROVIDED_BY]->(:Actor {id: key})`, order: orderOf(nullableDate("n.startDate"), asc("n.id")) },
  programmes: { match: `MATCH (n:Programme)-[:RUN_BY|PARTNER]->(:Actor {id: key}) WITH DISTINCT n`, order: orderOf(nullable("n.name"), asc("n.id")) },
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
    {
      match: `MATCH (n:Observation {kind: $kind})-[:OF_ACTOR]->(:Actor {id: key})
     WHERE n.archivedAt IS NULL AND ($sentraId IS NULL OR EXISTS { (n)-[:IN_SENTRA]->(:Sentra {id: $sentraId}) })
       AND ($roundId IS NULL OR EXISTS { (n)-[:IN_ROUND]->(:SurveyRound {id: $roundId}) })`,
      item: nodeRow("n"),
      order: orderOf(nullable("n.question"), asc("n.id")),
    },
    actorIds,
    { kind: filter.kind, sentraId: filter.sentraId ?? null, roundId: filter.roundId ?? null },
    page,
    asNode,
  );
}
