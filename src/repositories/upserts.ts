/*
 * The UNWIND upserts that the seed and dataset writer (dataset.writer.ts) and the survey import
 * (survey-import.writer.ts) share: actors, participations, linkages and observations. Each MERGEs
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

/**
 * The same bookkeeping as map entries to append to the row's properties in one SET,
 * `SET v = props {.*, ${keptMap("v")}}`: one write of the node or tie instead of two, and no
 * Eager between them (a null entry sets nothing, as `v += kept` did).
 */
export const keptMap = (variable: string) =>
  `version: ${variable}.version, createdAt: ${variable}.createdAt, updatedAt: ${variable}.updatedAt, archivedAt: ${variable}.archivedAt`;

/**
 * Actors with their location (a WGS 84 point) and the one region they are located in (moved when it
 * changed). The tie to the region is created only when it is missing (`NOT EXISTS`, then `CREATE`):
 * a `MERGE (a)-[:LOCATED_IN]->(region)` locks and expands a region that thousands of actors are
 * located in, row by row, and was most of an import's time (docs/performance.md, import). It stays
 * safe against a concurrent writer: the `SET` on the actor holds its write lock when the tie is
 * checked. The row's properties and the kept bookkeeping are set in one map (`SET a = ...`), one
 * write per row and no Eager between two SETs.
 */
export const upsertActors = (mode: SetMode) => `UNWIND $rows AS row
      MERGE (a:Actor:Node {id: row.id})
      WITH a, row, row.props AS props
      SET a ${assign(mode)} props {.*, ${keptMap("a")},
            location: CASE WHEN row.location IS NULL THEN null
                           ELSE point({latitude: row.location.latitude, longitude: row.location.longitude}) END}
      WITH a, row
      CALL (a, row) {
        OPTIONAL MATCH (a)-[old:LOCATED_IN]->(elsewhere:Region) WHERE elsewhere.id <> row.regionId OR row.regionId IS NULL
        DELETE old
      }
      WITH a, row
      MATCH (region:Region {id: row.regionId})
      WHERE NOT EXISTS { (a)-[:LOCATED_IN]->(region) }
      CREATE (a)-[:LOCATED_IN]->(region)`;

/**
 * An actor's role in a sentra (one relationship per role). Finding it by role also meets an archived
 * participation, so writing again never adds a live one beside what an admin archived; an archived
 * one keeps the values it was archived with, and a live one (also one added again after an archive)
 * takes the row's. Found or created without `MERGE (a)-[p:PARTICIPATES_IN {role}]->(s)`: that
 * locks and re-expands the sentra, a hub of hundreds of members, for every row, and made a batch of
 * 5,000 take 12 to 50 s (docs/performance.md, import). `SET a.id = a.id` takes the actor's write
 * lock first, so a concurrent writer of the same participation waits and then finds it.
 */
export const UPSERT_PARTICIPATIONS = `UNWIND $rows AS row
      MATCH (a:Actor {id: row.actorId}), (s:Sentra {id: row.sentraId})
      SET a.id = a.id
      WITH a, s, row, [(a)-[p:PARTICIPATES_IN {role: row.role}]->(s) | p] AS found
      FOREACH (p IN found |
        SET p.since = CASE WHEN p.archivedAt IS NOT NULL THEN p.since WHEN row.since IS NULL THEN null ELSE date(row.since) END)
      FOREACH (_ IN CASE WHEN size(found) = 0 THEN [1] ELSE [] END |
        CREATE (a)-[:PARTICIPATES_IN {role: row.role, since: CASE WHEN row.since IS NULL THEN null ELSE date(row.since) END}]->(s))`;

/** Ties between actors, in the direction of the main flow. */
export const upsertLinkages = (mode: SetMode) => `UNWIND $rows AS row
      MATCH (from:Actor {id: row.fromId}), (to:Actor {id: row.toId})
      MERGE (from)-[l:LINKED {id: row.id}]->(to)
      WITH l, row, row.props AS props
      SET l ${assign(mode)} props {.*, ${keptMap("l")}, since: CASE WHEN row.since IS NULL THEN null ELSE date(row.since) END}`;

/** A firm's survey data in one round and sentra (`props.kind` names the instrument). */
export const upsertObservations = (mode: SetMode) => `UNWIND $rows AS row
      MATCH (round:SurveyRound {id: row.roundId}), (a:Actor {id: row.actorId}), (s:Sentra {id: row.sentraId})
      MERGE (o:Observation:Node {id: row.id})
      WITH o, row, round, a, s, ${kept("o")}
      SET o ${assign(mode)} row.props, o += kept
      MERGE (o)-[:IN_ROUND]->(round)
      MERGE (o)-[:OF_ACTOR]->(a)
      MERGE (o)-[:IN_SENTRA]->(s)`;
