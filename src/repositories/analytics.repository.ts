import { recordToObject } from "../db/convert";
import type { Database, Transaction } from "../db/neo4j";
import type { RegionLevel } from "../domain/vocabulary";
import type { NetworkActor, NetworkTie, SentraNetwork, SurveyRoundData } from "../domain/analytics/network";

/*
 * The sentra network the analytics read, fetched in two statements per batch of sentra, whatever
 * their size: the network itself, and the survey observations. Roles are those played in the
 * sentra asked about; ties are those that belong to it (sentraId), plus ties naming no sentra
 * that touch one of its participants.
 */

const NETWORK = `
UNWIND $ids AS sid
MATCH (s:Sentra {id: sid})
CALL {
  WITH s
  MATCH (a:Actor)-[p:PARTICIPATES_IN]->(s)
  WHERE p.archivedAt IS NULL AND a.archivedAt IS NULL
  WITH a, collect(DISTINCT p.role) AS roles
  RETURN collect(a {.id, .name, .kind, .location, .mainProducts, roles: roles}) AS participants
}
CALL {
  WITH s
  CALL {
    WITH s
    MATCH (x:Actor)-[l:LINKED {sentraId: s.id}]->(y:Actor)
    WHERE l.archivedAt IS NULL AND x.archivedAt IS NULL AND y.archivedAt IS NULL
    RETURN x, l, y
    UNION
    WITH s
    MATCH (m:Actor)-[p:PARTICIPATES_IN]->(s)
    WHERE p.archivedAt IS NULL AND m.archivedAt IS NULL
    MATCH (m)-[l:LINKED]-(other:Actor)
    WHERE l.sentraId IS NULL AND l.archivedAt IS NULL AND other.archivedAt IS NULL
    RETURN startNode(l) AS x, l, endNode(l) AS y
  }
  WITH collect(l {.id, .type, .intensity, .flows, .sentraId, fromId: x.id, toId: y.id}) AS ties, collect(x) + collect(y) AS ends
  CALL {
    WITH ends
    UNWIND ends AS e
    WITH DISTINCT e
    RETURN collect(e {.id, .name, .kind, .location, .mainProducts}) AS tieEnds
  }
  RETURN ties, tieEnds
}
CALL {
  // Actors sitting in its forums (directly or through a representative) and its LPT and PKE.
  WITH s
  CALL {
    WITH s
    MATCH (a:Actor)<-[:REPRESENTS*0..1]-(m)-[r:MEMBER_OF]->(f:Forum)-[:SERVES]->(s)
    WHERE r.archivedAt IS NULL AND m.archivedAt IS NULL AND f.archivedAt IS NULL
    RETURN a
    UNION
    WITH s
    MATCH (a:Actor)<-[:PROVIDED_BY]-(g:Agreement)-[:CONTRACTED_BY]->(f:Forum)-[:SERVES]->(s)
    WHERE g.archivedAt IS NULL AND f.archivedAt IS NULL
    RETURN a
  }
  RETURN collect(a {.id, .name, .kind, .location, .mainProducts}) AS forumEnds
}
CALL {
  WITH s
  OPTIONAL MATCH (f:Forum)-[:SERVES]->(s)
  WITH f WHERE f IS NOT NULL AND f.archivedAt IS NULL
  RETURN collect(f {.id, .kind, .name, .founded, .decree,
    members: [(m)-[r:MEMBER_OF]->(f) WHERE r.archivedAt IS NULL AND m.archivedAt IS NULL | {
      personId: CASE WHEN m:Person THEN m.id END,
      actorId: CASE WHEN m:Actor THEN m.id ELSE [(m)-[:REPRESENTS]->(a:Actor) | a.id][0] END,
      actorKind: CASE WHEN m:Actor THEN m.kind ELSE [(m)-[:REPRESENTS]->(a:Actor) | a.kind][0] END
    }],
    agreements: [(g:Agreement)-[:CONTRACTED_BY]->(f) WHERE g.archivedAt IS NULL | g {.id, .providerRole, .startDate, .endDate, forumId: f.id,
                 providerId: [(g)-[:PROVIDED_BY]->(p:Actor) | p.id][0]}]
  }) AS forums
}
CALL {
  WITH s
  OPTIONAL MATCH (m:MonitoringRecord)-[:MONITORS]->(s)
  WHERE m.archivedAt IS NULL
  WITH m ORDER BY m.date
  RETURN [d IN collect(m.date) WHERE d IS NOT NULL] AS monitoringDates
}
RETURN s {.id, .name, .product, .sector, .unggulan, regionId: [(s)-[:LOCATED_IN]->(r:Region) | r.id][0]} AS sentra,
       participants, ties, tieEnds + forumEnds AS ends, forums, monitoringDates`;

const OBSERVATIONS = `
UNWIND $ids AS sid
MATCH (o:Observation)-[:IN_SENTRA]->(:Sentra {id: sid})
WHERE o.archivedAt IS NULL
MATCH (o)-[:IN_ROUND]->(r:SurveyRound)
MATCH (o)-[:OF_ACTOR]->(a:Actor)
// Observation id last: a firm answers several questions a round, and the store's order is no order.
WITH sid, r, a, o ORDER BY r.date, r.id, a.id, o.id
WITH sid, r, collect(o {.*, actorId: a.id}) AS observations
RETURN sid, collect({roundId: r.id, name: r.name, date: r.date, observations: observations}) AS rounds`;

interface RawNetwork {
  sentra: SentraNetwork["sentra"];
  participants: Array<NetworkActor & { mainProducts: string[] | null }>;
  ties: NetworkTie[];
  ends: Array<Omit<NetworkActor, "roles"> & { mainProducts: string[] | null }>;
  forums: Array<SentraNetwork["forums"][number] & { agreements: SentraNetwork["agreements"] }>;
  monitoringDates: string[];
}

export type RawObservation = { kind: string; actorId: string } & Record<string, unknown>;

/** One round's observations (`o {.*, actorId}`) shaped as the analytics read them; the first load's networks share it. */
export function toRound(raw: { roundId: string; name: string; date: string; observations: RawObservation[] }): SurveyRoundData {
  const of = (kind: string) => raw.observations.filter((o) => o.kind === kind);
  return {
    roundId: raw.roundId,
    name: raw.name,
    date: raw.date,
    responses: of("SURVEY_RESPONSE").map((o) => ({
      actorId: o.actorId,
      question: o.question,
      cooperates: o.cooperates,
      intensity: o.intensity ?? null,
    })) as SurveyRoundData["responses"],
    indicatorScores: of("INDICATOR_SCORE") as unknown as SurveyRoundData["indicatorScores"],
    problemSolvingScores: of("PROBLEM_SOLVING_SCORE") as unknown as SurveyRoundData["problemSolvingScores"],
  };
}

function toNetwork(raw: RawNetwork, rounds: SurveyRoundData[]): SentraNetwork {
  const actors = new Map<string, NetworkActor>();
  // Roles sorted: collect() follows the store's order, which the importer and the writer lay out differently.
  for (const a of raw.participants) actors.set(a.id, { ...a, roles: [...a.roles].sort(), location: a.location ?? null });
  for (const a of raw.ends) if (!actors.has(a.id)) actors.set(a.id, { ...a, location: a.location ?? null, roles: [] });
  return {
    sentra: raw.sentra,
    actors: [...actors.values()].sort((a, b) => a.id.localeCompare(b.id)),
    ties: raw.ties.map((t) => ({ ...t, intensity: t.intensity ?? null, sentraId: t.sentraId ?? null })).sort((a, b) => a.id.localeCompare(b.id)),
    // In id order, as actors and ties: collect() follows the store's order, which a reload changes,
    // and the analysis lists forums in this order (the stored analysis must not depend on it).
    forums: raw.forums.map(({ agreements: _agreements, ...forum }) => forum).sort((a, b) => a.id.localeCompare(b.id)),
    agreements: raw.forums.flatMap((f) => f.agreements).sort((a, b) => a.id.localeCompare(b.id)),
    monitoringDates: raw.monitoringDates,
    rounds,
  };
}

/** The networks of the given sentra, by id; an unknown id is absent. Two statements in all. */
export async function findSentraNetworks(db: Database, ids: readonly string[]): Promise<Map<string, SentraNetwork>> {
  return db.read((tx) => readSentraNetworks(tx, ids));
}

/** findSentraNetworks inside a transaction the caller holds (the recompute reads under its locks). */
export async function readSentraNetworks(tx: Transaction, ids: readonly string[]): Promise<Map<string, SentraNetwork>> {
  const networks = (await tx.run(NETWORK, { ids })).records.map((r) => recordToObject<RawNetwork>(r));
  const observed = (await tx.run(OBSERVATIONS, { ids })).records.map((r) =>
    recordToObject<{ sid: string; rounds: Array<{ roundId: string; name: string; date: string; observations: RawObservation[] }> }>(r),
  );
  const rounds = new Map(observed.map(({ sid, rounds }) => [sid, rounds.map(toRound)]));
  return new Map(networks.map((raw) => [raw.sentra.id, toNetwork(raw, rounds.get(raw.sentra.id) ?? [])]));
}

/**
 * How many firms a sentra has and how closely its core firms sit: the most core firms within
 * `radiusKm` of one of them, and apart from those surveyed, the firms it is recorded to have.
 */
export interface Concentration {
  coreFirms: number;
  withCoordinates: number;
  radiusKm: number;
  maxWithinRadius: number;
  /** Its latest live `firms` statistic (units of business in the sentra); null when none is recorded. */
  recordedFirms: number | null;
  recordedYear: number | null;
  /** The level of the region the sentra is placed in; null when it has none. */
  regionLevel: RegionLevel | null;
}

/** The statistic measure that records how many firms (units of business) a sentra has. */
export const FIRMS_MEASURE = "firms";

/**
 * Concentration of each sentra's core firms, by Neo4j point distance, its recorded firms, and the
 * level of its region (whether a recorded count shows closeness); one statement.
 */
export async function findConcentrations(db: Database, ids: readonly string[], radiusKm: number): Promise<Map<string, Concentration>> {
  return db.read((tx) => readConcentrations(tx, ids, radiusKm));
}

/** findConcentrations inside a transaction the caller holds. */
export async function readConcentrations(tx: Transaction, ids: readonly string[], radiusKm: number): Promise<Map<string, Concentration>> {
  const result = await tx.run(
    `UNWIND $ids AS sid
     MATCH (s:Sentra {id: sid})
     CALL {
       WITH s
       OPTIONAL MATCH (c:Actor)-[p:PARTICIPATES_IN {role: 'CORE'}]->(s)
       WHERE p.archivedAt IS NULL AND c.archivedAt IS NULL
       WITH collect(DISTINCT c) AS core
       // Each location read once (a property read is a database hit; n firms made 2n² of them),
       // and each firm's count of neighbours computed once.
       WITH core, [c IN core WHERE c.location IS NOT NULL | c.location] AS points
       WITH core, points, [p IN points | size([q IN points WHERE point.distance(q, p) <= $radiusKm * 1000])] AS near
       RETURN size(core) AS coreFirms, size(points) AS withCoordinates,
              reduce(best = 0, n IN near | CASE WHEN n > best THEN n ELSE best END) AS maxWithinRadius
     }
     CALL {
       // The latest year's figure; one live figure per sentra, measure and year.
       WITH s
       OPTIONAL MATCH (st:SentraStatistic {measure: $firmsMeasure})-[:OF_SENTRA]->(s)
       WHERE st.archivedAt IS NULL
       WITH st ORDER BY st.year DESC LIMIT 1
       RETURN st.value AS recordedFirms, st.year AS recordedYear
     }
     RETURN sid, coreFirms, withCoordinates, maxWithinRadius, recordedFirms, recordedYear,
            [(s)-[:LOCATED_IN]->(r:Region) | r.level][0] AS regionLevel`,
    { ids, radiusKm, firmsMeasure: FIRMS_MEASURE },
  );
  return new Map(
    result.records.map((r) => {
      const row = recordToObject<Omit<Concentration, "radiusKm"> & { sid: string }>(r);
      return [
        row.sid,
        {
          coreFirms: row.coreFirms,
          withCoordinates: row.withCoordinates,
          maxWithinRadius: row.maxWithinRadius,
          radiusKm,
          recordedFirms: row.recordedFirms ?? null,
          recordedYear: row.recordedYear ?? null,
          regionLevel: row.regionLevel ?? null,
        },
      ];
    }),
  );
}
