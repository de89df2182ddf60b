import neo4j from "neo4j-driver";
import { recordToObject } from "../db/convert";
import type { Database } from "../db/neo4j";
import type { ActorKind, LinkageType } from "../domain/vocabulary";

export interface PartnerCandidateRow {
  id: string;
  name: string;
  kind: ActorKind;
  location: { latitude: number; longitude: number } | null;
  /** Core members of this sentra it already serves with one of the need's linkage types. */
  servedMemberIds: string[];
  /** Other sentra of the same product whose members it serves that way. */
  servesSameProductElsewhere: number;
}

export interface CandidateQuery {
  sentraId: string;
  linkageTypes: readonly LinkageType[];
  providerKinds: readonly ActorKind[];
  /** Also consider providers located within this distance of one of the sentra's core firms. */
  radiusKm: number;
  limit: number;
}

/**
 * Actors that could meet a need of a sentra's firms: providers of the right kind that already
 * serve its core firms, serve a sentra of the same product elsewhere, or sit near its firms.
 * One statement; the domain ranks them.
 */
export async function findPartnerCandidates(db: Database, query: CandidateQuery): Promise<PartnerCandidateRow[]> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (s:Sentra {id: $sentraId})
       CALL {
         WITH s
         MATCH (c:Actor)-[l:LINKED]-(:Actor)-[:PARTICIPATES_IN {role: 'CORE'}]->(s)
         WHERE c.kind IN $kinds AND l.type IN $types
         RETURN c
         UNION
         WITH s
         MATCH (c:Actor)-[l:LINKED]-(:Actor)-[:PARTICIPATES_IN {role: 'CORE'}]->(other:Sentra)
         WHERE c.kind IN $kinds AND l.type IN $types AND other <> s AND toLower(other.product) = toLower(s.product)
         RETURN c
         UNION
         WITH s
         MATCH (core:Actor)-[:PARTICIPATES_IN {role: 'CORE'}]->(s)
         WHERE core.location IS NOT NULL
         MATCH (c:Actor)
         WHERE c.kind IN $kinds AND c.location IS NOT NULL AND point.distance(c.location, core.location) <= $radiusKm * 1000
         RETURN c
       }
       WITH s, c, [(c)-[l:LINKED]-(m:Actor)-[:PARTICIPATES_IN {role: 'CORE'}]->(s) WHERE l.type IN $types | m.id] AS served
       WITH s, c, served, COUNT {
         MATCH (c)-[l:LINKED]-(:Actor)-[:PARTICIPATES_IN {role: 'CORE'}]->(other:Sentra)
         WHERE l.type IN $types AND other <> s AND toLower(other.product) = toLower(s.product)
         RETURN DISTINCT other
       } AS elsewhere
       ORDER BY size(served) DESC, elsewhere DESC, c.name, c.id
       LIMIT $limit
       RETURN c {.id, .name, .kind, .location, servedMemberIds: served, servesSameProductElsewhere: elsewhere} AS candidate`,
      {
        sentraId: query.sentraId,
        types: query.linkageTypes,
        kinds: query.providerKinds,
        radiusKm: query.radiusKm,
        limit: neo4j.int(Math.trunc(query.limit)),
      },
    );
    return result.records.map((r) => recordToObject<{ candidate: PartnerCandidateRow }>(r).candidate);
  });
}

export interface ProviderGapRow {
  sentraId: string;
  sentraName: string;
  memberId: string;
  memberName: string;
  /** From the provider to the firm, where both have coordinates. */
  distanceKm: number | null;
}

/**
 * Core firms of any sentra that have no tie of the provider's service types, nearest to the
 * provider first (firms without coordinates last). A provider with coordinates looks within
 * `radiusKm`; one without looks everywhere.
 */
export async function findProviderGaps(db: Database, providerId: string, linkageTypes: readonly LinkageType[], radiusKm: number, limit: number) {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (p:Actor {id: $providerId})
       MATCH (m:Actor)-[:PARTICIPATES_IN {role: 'CORE'}]->(s:Sentra)
       WHERE (p.location IS NULL OR (m.location IS NOT NULL AND point.distance(p.location, m.location) <= $radiusKm * 1000))
         AND NOT EXISTS { (m)-[l:LINKED]-(:Actor) WHERE l.type IN $types }
       WITH s, m, CASE WHEN p.location IS NULL OR m.location IS NULL THEN null ELSE point.distance(p.location, m.location) / 1000.0 END AS km
       ORDER BY km IS NULL, km, s.name, m.name
       LIMIT $limit
       RETURN s.id AS sentraId, s.name AS sentraName, m.id AS memberId, m.name AS memberName, km AS distanceKm`,
      { providerId, types: linkageTypes, radiusKm, limit: neo4j.int(Math.trunc(limit)) },
    );
    return result.records.map((r) => recordToObject<ProviderGapRow>(r));
  });
}
