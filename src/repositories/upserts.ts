/*
 * The UNWIND upserts that the seed and dataset writer (dataset.writer.ts) and the survey import
 * (import/survey-import.writer.ts) share: actors, participations, linkages and observations. Each MERGEs
 * on a stable id, so writing the same rows twice changes nothing. `replace` sets a node's or tie's
 * properties to exactly the row's (a dataset is the whole truth about its records); `merge` adds
 * the row's to what is stored (a survey file carries only some properties, so those set by
 * mutations survive; a null removes one). Labels and types are literal, and
 * test/unit/graph-names.test.ts holds them to src/domain/graph.ts.
 *
 * Row shapes:
 * - actor: { id, props, location: {latitude, longitude} | null, regionId: string | null }
 * - participation: { actorId, sentraId, role, since: ISO date | null }
 * - linkage: { id, fromId, toId, since: ISO date | null, props }
 * - observation: { id, roundId, actorId, sentraId, props }
 */

export type SetMode = "replace" | "merge";

const assign = (mode: SetMode) => (mode === "replace" ? "=" : "+=");

/**
 * Simpul's own bookkeeping on a node or tie, projected as `kept` before a write sets its properties
 * and put back after it (`SET v = row.props, v += kept`): its optimistic version, when it was
 * created and last changed, and whether an admin archived it. So writing a dataset again never
 * brings back what was archived nor resets a version that clients hold.
 */
export const kept = (variable: string) => `${variable} {.version, .createdAt, .updatedAt, .archivedAt} AS kept`;

/** Actors with their location (a WGS 84 point) and the one region they are located in (moved when it changed). */
export const upsertActors = (mode: SetMode) => `UNWIND $rows AS row
      MERGE (a:Actor:Node {id: row.id})
      WITH a, row, ${kept("a")}
      SET a ${assign(mode)} row.props, a += kept,
          a.location = CASE WHEN row.location IS NULL THEN null
                            ELSE point({latitude: row.location.latitude, longitude: row.location.longitude}) END
      WITH a, row
      CALL (a, row) {
        OPTIONAL MATCH (a)-[old:LOCATED_IN]->(elsewhere:Region) WHERE elsewhere.id <> row.regionId OR row.regionId IS NULL
        DELETE old
      }
      WITH a, row
      OPTIONAL MATCH (region:Region {id: row.regionId})
      FOREACH (_ IN CASE WHEN region IS NULL THEN [] ELSE [1] END | MERGE (a)-[:LOCATED_IN]->(region))`;

/**
 * Actors whose id is in no node yet (dataset.writer.ts asks first): CREATE instead of MERGE, so no
 * uniqueness lookup under a lock a row, nothing to keep, no old region tie to look for. The graph
 * it leaves is what upsertActors("replace") leaves for a new id. Another writer that creates the
 * same id in between makes the uniqueness constraint reject the batch, and the writer runs it
 * again through upsertActors.
 */
export const CREATE_ACTORS = `UNWIND $rows AS row
      CREATE (a:Actor:Node)
      SET a = row.props,
          a.location = CASE WHEN row.location IS NULL THEN null
                            ELSE point({latitude: row.location.latitude, longitude: row.location.longitude}) END
      WITH a, row
      MATCH (region:Region {id: row.regionId})
      CREATE (a)-[:LOCATED_IN]->(region)`;

/**
 * An actor's role in a sentra (one relationship per role). The tie is looked up among the actor's
 * ties to that sentra and created when absent, the actor write-locked first so concurrent writers
 * make one. The actors are locked in id order, as lockNodes does (write/locks.ts), so batches written
 * at once that share actors do not lock them in opposite orders; the sentra end is not ordered, and
 * a deadlock left there is retried by the driver (each retry writes the batch again). Not a MERGE on {role}: Neo4j plans
 * that as a seek on the participation_role index while the index is small, and inside a batch's
 * transaction each seek copies every role entry the batch added so far, so a batch cost the
 * square of its rows (docs/performance.md). Rows repeating a tie count once, the last one's since
 * winning (null too), as a MERGE row by row would leave it. An archived participation is met too,
 * so writing again never adds a live one beside what an admin archived; it keeps the values it
 * was archived with, and a live one takes the row's.
 */
export const UPSERT_PARTICIPATIONS = `UNWIND $rows AS row
      WITH row.actorId AS actorId, row.sentraId AS sentraId, row.role AS role, last(collect({since: row.since})).since AS since
      ORDER BY actorId
      MATCH (a:Actor {id: actorId}), (s:Sentra {id: sentraId})
      SET a.__lock = true
      REMOVE a.__lock
      WITH a, s, role, CASE WHEN since IS NULL THEN null ELSE date(since) END AS since,
           [p IN [(a)-[tie:PARTICIPATES_IN]->(s) | tie] WHERE p.role = role] AS found
      FOREACH (_ IN CASE WHEN size(found) = 0 THEN [1] ELSE [] END | CREATE (a)-[:PARTICIPATES_IN {role: role, since: since}]->(s))
      FOREACH (p IN [p IN found WHERE p.archivedAt IS NULL] | SET p.since = since)`;

/**
 * Ties between actors, in the direction of the main flow. Every actor a batch ties is write-locked
 * first, in id order: a MERGE locks a tie's two ends as it meets them, so two batches written at
 * once that share actors (a buyer or bank tied to half a sentra) would lock them in opposite
 * orders and deadlock; in id order the later batch waits instead.
 */
export const upsertLinkages = (mode: SetMode) => `UNWIND $rows AS row
      WITH collect(row) AS rows
      CALL (rows) {
        UNWIND rows AS row
        UNWIND [row.fromId, row.toId] AS id
        WITH DISTINCT id ORDER BY id
        MATCH (a:Actor {id: id})
        SET a.__lock = true
        REMOVE a.__lock
      }
      UNWIND rows AS row
      MATCH (from:Actor {id: row.fromId}), (to:Actor {id: row.toId})
      MERGE (from)-[l:LINKED {id: row.id}]->(to)
      WITH l, row, ${kept("l")}
      SET l ${assign(mode)} row.props, l += kept,
          l.since = CASE WHEN row.since IS NULL THEN null ELSE date(row.since) END`;

/** A firm's survey data in one round and sentra (`props.kind` names the instrument). */
export const upsertObservations = (mode: SetMode) => `UNWIND $rows AS row
      MATCH (round:SurveyRound {id: row.roundId}), (a:Actor {id: row.actorId}), (s:Sentra {id: row.sentraId})
      MERGE (o:Observation:Node {id: row.id})
      WITH o, row, round, a, s, ${kept("o")}
      SET o ${assign(mode)} row.props, o += kept
      MERGE (o)-[:IN_ROUND]->(round)
      MERGE (o)-[:OF_ACTOR]->(a)
      MERGE (o)-[:IN_SENTRA]->(s)`;
