import type { Database } from "../db/neo4j";
import type { ImportPlan } from "../import/plan";
import type { KnownIds, References } from "../import/validate";
import { recordToObject } from "../db/convert";
import type { Transaction } from "../db/neo4j";
import { upsertActors, upsertLinkages, upsertObservations, UPSERT_PARTICIPATIONS } from "./upserts";
import { changedProperties, recordChanges, type ChangeAuthor, type Props } from "./write/audit";

/** Reports how far an import has come: the statement's name, rows written, rows in all. */
export type ImportProgress = (step: string, done: number, total: number) => void;

export const IMPORT_BATCH_SIZE = 500;

/**
 * One statement answers which of an import's ids exist: the round, sentra, regions, actors (with
 * kind and the live sentra they take part in), linkages (with ends).
 */
export async function findKnownIds(db: Database, refs: References): Promise<KnownIds> {
  const result = await db.read((tx) =>
    tx.run<{
      round: boolean;
      sentra: string[];
      regions: string[];
      actors: string[][];
      linkages: string[][];
      participations: string[][];
      archived: string[];
      archivedParticipations: string[];
    }>(
      `RETURN EXISTS { MATCH (:SurveyRound {id: $roundId}) } AS round,
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
                  WHERE p.archivedAt IS NOT NULL RETURN a.id + ' ' + s.id + ' ' + p.role } AS archivedParticipations`,
      { ...refs },
    ),
  );
  const row = result.records[0];
  const participations = new Map<string, Set<string>>();
  for (const [actorId, sentraId] of row.get("participations")) participations.set(actorId, (participations.get(actorId) ?? new Set()).add(sentraId));
  return {
    round: row.get("round"),
    sentra: new Set(row.get("sentra")),
    regions: new Set(row.get("regions")),
    actors: new Map(row.get("actors").map(([id, kind]) => [id, kind])),
    linkages: new Map(row.get("linkages").map(([id, fromId, toId]) => [id, { fromId, toId }])),
    participations,
    archived: new Set(row.get("archived")),
    archivedParticipations: new Set(row.get("archivedParticipations")),
  };
}

/**
 * Statements in order, each run over its rows in UNWIND batches. Nodes and ties MERGE on stable
 * ids and take the file's values with `+=` (a null removes a property), so properties the format
 * does not carry (set by mutations) survive and a second import changes nothing. The upserts are
 * the ones the dataset writer uses too (upserts.ts), in `merge` mode.
 */
const STATEMENTS: Array<{ step: string; rows: (plan: ImportPlan) => unknown[]; cypher: string }> = [
  { step: "firms", rows: (p) => p.actors, cypher: upsertActors("merge") },
  { step: "participations", rows: (p) => p.participations, cypher: UPSERT_PARTICIPATIONS },
  { step: "observations", rows: (p) => p.observations, cypher: upsertObservations("merge") },
  {
    step: "unanswered",
    rows: (p) => p.unanswered,
    cypher: `UNWIND $rows AS id
      MATCH (o:Observation {id: id, kind: 'SURVEY_RESPONSE'})
      DETACH DELETE o`,
  },
  { step: "linkages", rows: (p) => p.linkages, cypher: upsertLinkages("merge") },
];

/** The stored properties of these firms, batch by batch (absent: not stored yet). */
async function firmProperties(tx: Transaction, ids: readonly string[]): Promise<Map<string, Props>> {
  const found = new Map<string, Props>();
  for (let start = 0; start < ids.length; start += IMPORT_BATCH_SIZE) {
    const result = await tx.run(`UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, properties(a) AS props`, {
      ids: ids.slice(start, start + IMPORT_BATCH_SIZE),
    });
    for (const record of result.records) {
      const row = recordToObject<{ id: string; props: Props }>(record);
      found.set(row.id, row.props);
    }
  }
  return found;
}

/**
 * Writes a whole import in one transaction (all-or-nothing), batch by batch: a failure leaves the
 * database as it was. The same transaction records one IMPORT Change per firm whose stored
 * properties the import changed (created or updated), by `by` (via "import:<file name>"); a firm
 * the file leaves as it was gets none. Returns the number of statements sent.
 */
export async function writeSurveyImport(
  db: Database,
  plan: ImportPlan,
  progress: ImportProgress = () => {},
  by: ChangeAuthor = { keyId: null, name: "system", via: "import" },
): Promise<number> {
  return db.write(async (tx) => {
    const firmIds = plan.actors.map((a) => a.id);
    const before = await firmProperties(tx, firmIds);
    let statements = 0;
    for (const statement of STATEMENTS) {
      const rows = statement.rows(plan);
      for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
        await tx.run(statement.cypher, { rows: rows.slice(start, start + IMPORT_BATCH_SIZE) });
        statements += 1;
        progress(statement.step, Math.min(start + IMPORT_BATCH_SIZE, rows.length), rows.length);
      }
    }
    const after = await firmProperties(tx, firmIds);
    // A firm the import changed moves to its next version, so an edit made at the version read
    // before the import is refused (CONFLICT) instead of overwriting what the import wrote.
    const updated = firmIds.filter((id) => before.has(id) && changedProperties(before.get(id) ?? null, after.get(id) ?? null));
    for (let start = 0; start < updated.length; start += IMPORT_BATCH_SIZE) {
      await tx.run(`UNWIND $ids AS id MATCH (a:Actor {id: id}) SET a.version = coalesce(a.version, 1) + 1`, {
        ids: updated.slice(start, start + IMPORT_BATCH_SIZE),
      });
      statements += 1;
    }
    const changes = firmIds.map((id) => ({
      targetId: id,
      targetType: "Actor",
      operation: "IMPORT" as const,
      before: before.get(id) ?? null,
      after: after.get(id) ?? null,
    }));
    for (let start = 0; start < changes.length; start += IMPORT_BATCH_SIZE) await recordChanges(tx, by, changes.slice(start, start + IMPORT_BATCH_SIZE));
    return statements;
  });
}
