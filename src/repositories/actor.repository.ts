import { recordToObject } from "../db/convert";
import type { Database } from "../db/neo4j";
import type { ActorKind, Flow, Intensity, LinkageType, SentraRole, SizeClass } from "../domain/vocabulary";
import type { Direction } from "./node.repository";
import { PAGE_PER_KEY, type Page, type PageRequest } from "./paging";

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  description: string | null;
  location: { latitude: number; longitude: number } | null;
  sizeClass: SizeClass | null;
  workers: number | null;
  mainProducts: string[] | null;
  yearFounded: number | null;
  kbli: string | null;
  regionId: string | null;
}

/** Cypher map projection of an actor `a`, with the id of the region it is located in. */
export const ACTOR_MAP = `a {.id, .name, .kind, .description, .location, .sizeClass, .workers, .mainProducts,
  .yearFounded, .kbli, regionId: [(a)-[:LOCATED_IN]->(r:Region) | r.id][0]}`;

export async function findActorsByIds(db: Database, ids: readonly string[]): Promise<Map<string, ActorRow>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(`UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN ${ACTOR_MAP} AS actor`, { ids });
    return result.records.map((record) => recordToObject<{ actor: ActorRow }>(record).actor);
  });
  return new Map(rows.map((row) => [row.id, row]));
}

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

export async function listActors(db: Database, filter: ActorFilter, page: PageRequest): Promise<Page<ActorRow>> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (a:Actor)
       WHERE (size($kinds) = 0 OR a.kind IN $kinds)
         AND ($nameContains IS NULL OR a.nameLower CONTAINS toLower($nameContains))
         AND ($regionId IS NULL OR EXISTS { (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
         AND ($sentraId IS NULL AND size($roles) = 0
              OR EXISTS {
                MATCH (a)-[p:PARTICIPATES_IN]->(s:Sentra)
                WHERE ($sentraId IS NULL OR s.id = $sentraId) AND (size($roles) = 0 OR p.role IN $roles)
              })
         AND ($near IS NULL OR point.distance(a.location, point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.radiusKm * 1000)
       WITH a ORDER BY CASE WHEN $near IS NULL THEN 0
                            ELSE point.distance(a.location, point({latitude: $near.latitude, longitude: $near.longitude})) END,
                       a.name, a.id
       WITH collect(${ACTOR_MAP}) AS matches
       RETURN size(matches) AS totalCount, matches[$skip..($skip + $limit)] AS items`,
      {
        kinds: filter.kinds,
        roles: filter.roles,
        sentraId: filter.sentraId ?? null,
        regionId: filter.regionId ?? null,
        nameContains: filter.nameContains ?? null,
        near: filter.near ?? null,
        ...page,
      },
    );
    const { totalCount, items } = recordToObject<{ totalCount: number; items: ActorRow[] }>(result.records[0]);
    return { totalCount, items, skip: page.skip };
  });
}

export interface ParticipationRow {
  role: SentraRole;
  since: string | null;
  sentraId: string;
}

/** One page of the sentra each actor takes part in, with its role there. */
export async function findParticipations(db: Database, actorIds: readonly string[], page: PageRequest): Promise<Map<string, Page<ParticipationRow>>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $ids AS key
       MATCH (:Actor {id: key})-[p:PARTICIPATES_IN]->(s:Sentra)
       WITH key, p, s ORDER BY s.name, p.role
       WITH key, {role: p.role, since: p.since, sentraId: s.id} AS item
       ${PAGE_PER_KEY}`,
      { ids: actorIds, ...page },
    );
    return result.records.map((record) => recordToObject<{ key: string; totalCount: number; items: ParticipationRow[] }>(record));
  });
  return new Map(rows.map(({ key, ...rest }) => [key, { ...rest, skip: page.skip }]));
}

export interface LinkageRow {
  id: string;
  type: LinkageType;
  intensity: Intensity | null;
  flows: Flow[];
  since: string | null;
  description: string | null;
  sentraId: string | null;
  fromId: string;
  toId: string;
  /** Seen from the actor whose linkages were asked for. */
  direction: "OUTGOING" | "INCOMING";
  partner: ActorRow;
}

export interface LinkageFilter {
  direction: Direction;
  types: LinkageType[];
  sentraId?: string;
}

/** One page of each actor's linkages, each with the actor at the other end. */
export async function findLinkages(
  db: Database,
  actorIds: readonly string[],
  filter: LinkageFilter,
  page: PageRequest,
): Promise<Map<string, Page<LinkageRow>>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $ids AS key
       MATCH (self:Actor {id: key})-[l:LINKED]-(a:Actor)
       WITH key, self, l, a, CASE WHEN startNode(l) = self THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
       WHERE ($direction = 'BOTH' OR direction = $direction)
         AND (size($types) = 0 OR l.type IN $types)
         AND ($sentraId IS NULL OR l.sentraId = $sentraId)
       WITH key, l, a, direction ORDER BY l.type, direction, a.name, l.id
       WITH key, l {.id, .type, .intensity, .flows, .since, .description, .sentraId,
                   fromId: startNode(l).id, toId: endNode(l).id, direction: direction, partner: ${ACTOR_MAP}} AS item
       ${PAGE_PER_KEY}`,
      { ids: actorIds, direction: filter.direction, types: filter.types, sentraId: filter.sentraId ?? null, ...page },
    );
    return result.records.map((record) => recordToObject<{ key: string; totalCount: number; items: LinkageRow[] }>(record));
  });
  return new Map(rows.map(({ key, ...rest }) => [key, { ...rest, skip: page.skip }]));
}
