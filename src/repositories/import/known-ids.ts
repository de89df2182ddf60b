import { recordToObject } from "../../db/convert";
import type { Database } from "../../db/neo4j";
import type { KnownIds, References, StoredObservation } from "../../import/validate";

/**
 * One statement answers what the database holds of an import's ids: the round, sentra, regions,
 * actors (with kind and the live sentra they take part in), linkages (with ends), the nodes already
 * on the ids the import would write (so a firm id that is a person's, or a derived answer id another
 * record holds, is a problem of the dry run and not a failure of the write), the observations the
 * file's firms already have in the round, and live ties the file would duplicate under another id
 * (directed: two firms that name each other as peers are two ties, as in the research's data).
 */
export async function findKnownIds(db: Database, refs: References): Promise<KnownIds> {
  const result = await db.read((tx) =>
    tx.run(
      `RETURN EXISTS { MATCH (:SurveyRound {id: $roundId}) } AS round,
        EXISTS { MATCH (r:SurveyRound {id: $roundId}) WHERE r.archivedAt IS NOT NULL } AS roundArchived,
        COLLECT { UNWIND $sentraIds AS id MATCH (s:Sentra {id: id}) RETURN s.id } AS sentra,
        COLLECT { UNWIND $regionIds AS id MATCH (r:Region {id: id}) RETURN r.id } AS regions,
        COLLECT { UNWIND $actorIds AS id MATCH (a:Actor {id: id}) RETURN [a.id, a.kind] } AS actors,
        COLLECT { UNWIND $linkageIds AS id MATCH (a)-[l:LINKED {id: id}]->(b) RETURN [l.id, a.id, b.id] } AS linkages,
        COLLECT { UNWIND $actorIds AS id MATCH (a:Actor {id: id})-[p:PARTICIPATES_IN]->(s:Sentra)
                  WHERE p.archivedAt IS NULL AND s.archivedAt IS NULL RETURN [a.id, s.id] } AS participations,
        COLLECT { UNWIND $sentraIds AS id MATCH (s:Sentra {id: id}) WHERE s.archivedAt IS NOT NULL RETURN s.id AS id
                  UNION UNWIND $actorIds AS id MATCH (a:Actor {id: id}) WHERE a.archivedAt IS NOT NULL RETURN a.id AS id
                  UNION UNWIND $linkageIds AS id MATCH ()-[l:LINKED {id: id}]->() WHERE l.archivedAt IS NOT NULL RETURN l.id AS id } AS archived,
        COLLECT { UNWIND $actorIds AS id MATCH (a:Actor {id: id})-[p:PARTICIPATES_IN]->(s:Sentra)
                  WHERE p.archivedAt IS NOT NULL RETURN a.id + ' ' + s.id + ' ' + p.role } AS archivedParticipations,
        COLLECT { UNWIND $nodeIds AS id MATCH (n:Node {id: id})
                  RETURN {id: n.id, label: [l IN labels(n) WHERE l <> 'Node'][0], kind: CASE WHEN n:Observation THEN null ELSE n.kind END} } AS nodes,
        COLLECT { UNWIND $nodeIds AS id MATCH (o:Observation {id: id}) RETURN ${OBSERVATION} } AS observations,
        COLLECT { UNWIND $firms AS firm
                  MATCH (:SurveyRound {id: $roundId})<-[:IN_ROUND]-(o:Observation)-[:OF_ACTOR]->(:Actor {id: firm.actorId})
                  WHERE o.archivedAt IS NULL AND EXISTS { (o)-[:IN_SENTRA]->(:Sentra {id: firm.sentraId}) }
                  RETURN ${OBSERVATION} } AS liveObservations,
        COLLECT { UNWIND $ties AS tie
                  MATCH (:Actor {id: tie.fromId})-[l:LINKED {type: tie.type}]->(:Actor {id: tie.toId})
                  WHERE l.archivedAt IS NULL AND l.id <> tie.id AND coalesce(l.sentraId, '') = tie.sentraId
                  RETURN [tie.id, l.id] } AS tiesElsewhere`,
      { ...refs },
    ),
  );
  const row = recordToObject<{
    round: boolean;
    roundArchived: boolean;
    sentra: string[];
    regions: string[];
    actors: string[][];
    linkages: string[][];
    participations: string[][];
    archived: string[];
    archivedParticipations: string[];
    nodes: Array<{ id: string; label: string; kind: string | null }>;
    observations: StoredObservation[];
    liveObservations: StoredObservation[];
    tiesElsewhere: string[][];
  }>(result.records[0]);
  const participations = new Map<string, Set<string>>();
  for (const [actorId, sentraId] of row.participations) participations.set(actorId, (participations.get(actorId) ?? new Set()).add(sentraId));
  const liveObservations = new Map<string, StoredObservation[]>();
  for (const o of row.liveObservations) {
    const key = `${o.actorId} ${o.sentraId}`;
    liveObservations.set(key, [...(liveObservations.get(key) ?? []), o]);
  }
  return {
    round: row.round,
    roundArchived: row.roundArchived,
    sentra: new Set(row.sentra),
    regions: new Set(row.regions),
    actors: new Map(row.actors.map(([id, kind]) => [id, kind])),
    linkages: new Map(row.linkages.map(([id, fromId, toId]) => [id, { fromId, toId }])),
    participations,
    archived: new Set(row.archived),
    archivedParticipations: new Set(row.archivedParticipations),
    nodes: new Map(row.nodes.map(({ id, label, kind }) => [id, { label, kind }])),
    observations: new Map(row.observations.map((o) => [o.id, o])),
    liveObservations,
    tiesElsewhere: new Map(row.tiesElsewhere.map(([id, existing]) => [id, existing])),
  };
}

// What a check needs of an observation: what it is, whose, where, and whether it is archived.
const OBSERVATION = `{id: o.id, kind: o.kind, question: o.question, archived: o.archivedAt IS NOT NULL,
                      roundId: [(o)-[:IN_ROUND]->(r) | r.id][0], actorId: [(o)-[:OF_ACTOR]->(a) | a.id][0],
                      sentraId: [(o)-[:IN_SENTRA]->(s) | s.id][0]}`;
