import neo4j from "neo4j-driver";
import { recordToObject, toNative } from "../db/convert";
import type { Database } from "../db/neo4j";
import { memberEnd } from "../domain/analytics/partner-needs";
import { DistancesToMembers, type PartnerCandidate, type PartnerFirms, type SameProductBasis } from "../domain/analytics/partners";
import { servedByPrefix } from "../domain/analytics/served-by";
import { ANALYSIS_VERSION } from "../domain/analytics/stored-analysis";
import { preparePoint } from "../domain/analytics/wgs84-distance";
import type { GapMemberInput } from "../domain/analytics/provider-gaps";
import type { ActorKind, LinkageType } from "../domain/vocabulary";

export interface CandidateQuery {
  sentraId: string;
  linkageTypes: readonly LinkageType[];
  providerKinds: readonly ActorKind[];
  /** Also consider providers located within this distance of one of the sentra's core firms. */
  radiusKm: number;
  limit: number;
}

/** What a partner search reads: the sentra's core firms, those lacking the need, and the candidates. */
export interface PartnerSearchRead {
  firms: PartnerFirms;
  candidates: PartnerCandidate[];
  /** What the sentra of the same product were matched on. */
  sameProduct: SameProductBasis;
}

/** Whether a live tie of the types, from a live actor, serves `m`; `direction` is the pattern's arrow with `m` on the left. */
function servedBy(types: readonly LinkageType[], direction: "<-" | "->") {
  if (types.length === 0) return "false";
  const [left, right] = direction === "<-" ? ["<-", "-"] : ["-", "->"];
  // As the sentra's network holds ties: its own, or naming no sentra (src/repositories/analytics.repository.ts).
  return `EXISTS { MATCH (m)${left}[l:LINKED]${right}(o:Actor)
                   WHERE l.type IN ${direction === "<-" ? "$intoMember" : "$fromMember"} AND l.archivedAt IS NULL AND o.archivedAt IS NULL
                     AND (l.sentraId IS NULL OR l.sentraId = s.id) }`;
}

/**
 * The live providers of the need's kinds that serve `other` (a sentra) with a tie of the need's
 * types, one row each, as its network holds ties (src/domain/analytics/served-by.ts): a tie naming
 * `other` or no sentra, live, between a live core firm of `other` (by a live CORE participation)
 * and another live actor. Read from the list stored with its analysis when it has one of this
 * ANALYSIS_VERSION (a seek by id per provider listed); otherwise (before the first recompute, or
 * stored by another version) found by expanding every tie of its core firms, the same definition
 * in Cypher. Expanding them was 463,365 of the richest sentra's 539,247 db hits at full scale
 * (426 sentra of its product; docs/performance.md, "Partner suggestions").
 */
const SERVED_BY_OTHER = `OPTIONAL MATCH (a:SentraAnalysis {id: other.id})
             WITH other, CASE WHEN a.version = $analysisVersion THEN a.servedBy END AS stored
             CALL {
               WITH stored
               WITH stored WHERE stored IS NOT NULL
               UNWIND [entry IN stored WHERE any(prefix IN $servedByPrefixes WHERE entry STARTS WITH prefix)] AS entry
               MATCH (c:Actor {id: substring(entry, size(split(entry, '|')[0]) + 1)})
               WHERE c.kind IN $kinds AND c.archivedAt IS NULL
               RETURN c
               UNION
               WITH other, stored
               WITH other WHERE stored IS NULL
               MATCH (m:Actor)-[p:PARTICIPATES_IN {role: 'CORE'}]->(other)
               WHERE p.archivedAt IS NULL AND m.archivedAt IS NULL
               MATCH (m)-[l:LINKED]-(c:Actor)
               WHERE l.type IN $types AND l.archivedAt IS NULL AND (l.sentraId IS NULL OR l.sentraId = other.id)
                 AND c <> m AND c.kind IN $kinds AND c.archivedAt IS NULL
               RETURN c
             }
             RETURN DISTINCT c`;

/**
 * One statement for a partner search: the sentra's live core firms (as its network counts them)
 * and which of them no tie of the need's types serves, then the actors that could meet the need:
 * providers of the right kind that already serve its core firms, serve a sentra of the same
 * product elsewhere, or sit near its firms, with the lacking firms' coordinates (the domain measures
 * distances to them) and each candidate's Neo4j point distance to the firms' centre. Null for an unknown sentra. The domain ranks them.
 *
 * It reads only what partners need: the whole network (participants, every tie with both ends,
 * forums, survey rounds) took about 260 ms for a sentra of 711 core firms at full scale.
 */
export async function findPartnerSearch(db: Database, query: CandidateQuery): Promise<PartnerSearchRead | null> {
  const intoMember = query.linkageTypes.filter((t) => memberEnd(t) === "to");
  const fromMember = query.linkageTypes.filter((t) => memberEnd(t) === "from");
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (s:Sentra {id: $sentraId})
       CALL {
         WITH s
         MATCH (m:Actor)-[p:PARTICIPATES_IN {role: 'CORE'}]->(s)
         WHERE p.archivedAt IS NULL AND m.archivedAt IS NULL
         WITH DISTINCT s, m
         RETURN count(m) AS coreMembers,
                collect(CASE WHEN ${servedBy(intoMember, "<-")} OR ${servedBy(fromMember, "->")} THEN null ELSE m {.id, .name, .location} END) AS lacking
       }
       CALL {
         WITH s
         OPTIONAL MATCH (m:Actor)-[:PARTICIPATES_IN {role: 'CORE'}]->(s)
         WHERE m.location IS NOT NULL
         RETURN CASE WHEN count(m) = 0 THEN null
                     ELSE point({latitude: avg(m.location.latitude), longitude: avg(m.location.longitude)}) END AS centre
       }
       CALL {
         WITH s
         // Each branch counts what it sees while it collects the candidates (one row per candidate
         // and branch); the sums below are the candidate's counts. Counting them per candidate
         // afterwards expanded every tie of every candidate again (2.5 of 6.2 million db hits for a
         // sentra of 711 core firms at full scale, and 0.5 million more for linkedMemberIds).
         CALL {
           // Every live tie of this sentra's core firms, once: a provider of the right kind with a
           // tie of the need's type is a candidate; servesHere counts those ties to live firms;
           // linked keeps the firms it has a tie of any type with.
           WITH s
           MATCH (c:Actor)-[l:LINKED]-(m:Actor)-[:PARTICIPATES_IN {role: 'CORE'}]->(s)
           WHERE l.archivedAt IS NULL
           WITH c, m, l.type IN $types AND c.kind IN $kinds AS serving
           RETURN c, max(CASE WHEN serving THEN 1 ELSE 0 END) AS found,
                  count(CASE WHEN serving AND m.archivedAt IS NULL THEN 1 END) AS servesHere,
                  0 AS elsewhere, collect(m.id) AS linked
           UNION ALL
           // The sentra of the same product first, then (a subquery per sentra, so the planner
           // cannot reorder it) who serves each: left to itself the planner started from every tie
           // of the type in the country (375,934 FINANCE ties at full scale, 3 million db hits
           // whatever the sentra). Each provider once per sentra, so the count is the sentra it serves.
           // The same product is the same KBLI 2020 code; a sentra without one (or another without
           // one) is compared on its stored lowercase product text. Both are index seeks (toLower
           // of every sentra's product was a scan of all 10,000 at full scale).
           WITH s
           CALL {
             WITH s
             MATCH (other:Sentra)
             WHERE s.kbli IS NOT NULL AND other.kbli = s.kbli
             RETURN other
             UNION
             WITH s
             MATCH (other:Sentra)
             WHERE other.productKey = s.productKey AND (s.kbli IS NULL OR other.kbli IS NULL)
             RETURN other
           }
           WITH other WHERE other <> s AND other.archivedAt IS NULL
           CALL {
             WITH other
             ${SERVED_BY_OTHER}
           }
           RETURN c, 1 AS found, 0 AS servesHere, count(*) AS elsewhere, [] AS linked
           UNION ALL
           // Near a core firm: one point-index seek around the firms' middle, wide enough to hold
           // every point within the radius of any firm (the firm's own distance from the middle
           // plus the radius, by the triangle inequality, and a metre for rounding), then the exact
           // test on the providers of the right kind. One seek per core firm read n times the
           // neighbourhood (n² rows for a sentra whose firms sit together). The CASE fixes the
           // order: the kind first (the seek returns the sentra's own firms too: 9,276 actors for
           // 83 providers at full scale), then, by the triangle inequality again, a provider within
           // the radius of the firm nearest the middle, and only then every firm's distance.
           WITH s
           MATCH (core:Actor)-[:PARTICIPATES_IN {role: 'CORE'}]->(s)
           WHERE core.location IS NOT NULL
           WITH collect(DISTINCT core.location) AS points, avg(core.location.latitude) AS latitude, avg(core.location.longitude) AS longitude
           WHERE size(points) > 0
           WITH points, point({latitude: latitude, longitude: longitude}) AS middle
           WITH points, middle, [p IN points | point.distance(p, middle)] AS fromMiddle
           WITH points, middle, reduce(far = 0.0, d IN fromMiddle | CASE WHEN d > far THEN d ELSE far END) AS spread,
                reduce(near = fromMiddle[0], d IN fromMiddle | CASE WHEN d < near THEN d ELSE near END) AS closest
           MATCH (c:Actor)
           WHERE point.distance(c.location, middle) <= spread + $radiusKm * 1000 + 1
             AND CASE WHEN NOT coalesce(c.kind IN $kinds, false) THEN false
                      WHEN point.distance(c.location, middle) + closest <= $radiusKm * 1000 - 1 THEN true
                      ELSE any(p IN points WHERE point.distance(c.location, p) <= $radiusKm * 1000) END
           RETURN c, 1 AS found, 0 AS servesHere, 0 AS elsewhere, [] AS linked
         }
         WITH c, max(found) AS found, sum(servesHere) AS servesHere, sum(elsewhere) AS elsewhere,
              reduce(acc = [], ids IN collect(linked) | acc + ids) AS linked
         WHERE found > 0 AND c.archivedAt IS NULL
         ORDER BY servesHere DESC, elsewhere DESC, c.name, c.id
         LIMIT $limit
         RETURN collect(c {.id, .name, .kind, .location, servesInThisSentra: servesHere, servesSameProductElsewhere: elsewhere,
                           linkedMemberIds: linked}) AS candidates
       }
       // The lacking firms' points, in their order, as numbers (the domain measures the distances:
       // 200 candidates by 711 firms were 142,200 point.distance calls, about 70 ms at full scale).
       WITH s, coreMembers, lacking, centre, candidates, [m IN lacking WHERE m.location IS NOT NULL] AS placed
       RETURN s.kbli AS kbli, s.product AS product, coreMembers, [m IN lacking | m.id] AS lackingIds, [m IN lacking | m.name] AS lackingNames, candidates,
              [m IN placed | m.id] AS placedIds, [m IN placed | m.location.latitude] AS placedLatitudes,
              [m IN placed | m.location.longitude] AS placedLongitudes,
              [c IN candidates | CASE WHEN centre IS NULL OR c.location IS NULL THEN null ELSE point.distance(c.location, centre) / 1000.0 END] AS centroidKm`,
      {
        sentraId: query.sentraId,
        types: query.linkageTypes,
        intoMember,
        fromMember,
        kinds: query.providerKinds,
        analysisVersion: neo4j.int(ANALYSIS_VERSION),
        servedByPrefixes: query.linkageTypes.map(servedByPrefix),
        radiusKm: query.radiusKm,
        limit: neo4j.int(Math.trunc(query.limit)),
      },
    );
    const record = result.records[0];
    if (!record) return null;
    const field = <T>(key: string) => toNative(record.get(key)) as T;
    const lackingIds = field<string[]>("lackingIds");
    const lackingNames = field<string[]>("lackingNames");
    const candidates = field<Array<Omit<PartnerCandidate, "distanceKmByMember" | "distanceKmToCentroid">>>("candidates");
    const centroidKm = record.get("centroidKm") as Array<number | null>;
    // Floats arrive as JavaScript numbers: no conversion for the firms' coordinates.
    const latitudes = record.get("placedLatitudes") as number[];
    const longitudes = record.get("placedLongitudes") as number[];
    const placed = latitudes.map((latitude, j) => preparePoint({ latitude, longitude: longitudes[j] }));
    const order = new Map(field<string[]>("placedIds").map((id, j) => [id, j]));
    return {
      sameProduct: { kbli: field<string | null>("kbli") ?? null, product: field<string | null>("product") ?? "" },
      firms: { coreMembers: field<number>("coreMembers"), lacking: lackingIds.map((id, i) => ({ id, name: lackingNames[i] })) },
      candidates: candidates.map((candidate, i) => ({
        ...candidate,
        distanceKmByMember: new DistancesToMembers(order, placed, candidate.location && preparePoint(candidate.location)),
        distanceKmToCentroid: centroidKm[i],
      })),
    };
  });
}

/**
 * Core firms of every sentra, with the types of the ties that serve each (it receives the loan,
 * the supply, the training; for sales, it sells) and whether the provider already serves it,
 * nearest to the provider first. A provider with coordinates looks within `radiusKm`; one
 * without looks everywhere. At most `limit` firms.
 */
export async function findGapMembers(db: Database, providerId: string, radiusKm: number, limit: number): Promise<GapMemberInput[]> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (p:Actor {id: $providerId})
       MATCH (m:Actor)-[:PARTICIPATES_IN {role: 'CORE'}]->(s:Sentra)
       WHERE m.archivedAt IS NULL AND s.archivedAt IS NULL
         AND (p.location IS NULL OR (m.location IS NOT NULL AND point.distance(p.location, m.location) <= $radiusKm * 1000))
       WITH p, s, m, CASE WHEN p.location IS NULL OR m.location IS NULL THEN null ELSE point.distance(p.location, m.location) / 1000.0 END AS km
       ORDER BY km IS NULL, km, s.name, m.name
       LIMIT $limit
       RETURN s.id AS sentraId, s.name AS sentraName, m.id AS memberId, m.name AS memberName, km AS distanceKm,
              [(m)<-[l:LINKED]-() WHERE l.type <> 'DOWNSTREAM_SALES' AND l.archivedAt IS NULL | l.type] + [(m)-[l:LINKED {type: 'DOWNSTREAM_SALES'}]->() WHERE l.archivedAt IS NULL | l.type] AS servedByTypes,
              EXISTS { (m)-[:LINKED]-(p) } AS servedByProvider`,
      { providerId, radiusKm, limit: neo4j.int(Math.trunc(limit)) },
    );
    return result.records.map((r) => recordToObject<GapMemberInput>(r));
  });
}
