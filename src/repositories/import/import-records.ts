import { recordToObject } from "../../db/convert";
import type { Transaction } from "../../db/neo4j";
import type { ImportPlan } from "../../import/plan";
import type { Props } from "../write/audit";

/*
 * The records a survey import writes, four kinds, each with how to lock, read and version it in
 * bulk: the import snapshots them before and after its statements, so every record it creates or
 * changes moves to its next version and gets a Change, as a mutation's would.
 */

/** One kind of record an import writes; `key` is what its Change names it by. */
export interface ImportedKind {
  /** The Change's targetType. */
  type: string;
  /** The keys of the plan's records of this kind (as parameters: rows with a `key`). */
  rows(plan: ImportPlan): Array<{ key: string } & Record<string, unknown>>;
  /** Binds `r` to the stored record of `row`, the live one when there are several. */
  match: string;
}

export const IMPORTED_KINDS: readonly ImportedKind[] = [
  {
    type: "Actor",
    rows: (plan) => plan.actors.map((a) => ({ key: a.id })),
    match: `MATCH (r:Actor {id: row.key})`,
  },
  {
    type: "PARTICIPATES_IN",
    rows: (plan) => plan.participations.map((p) => ({ key: `${p.actorId}/${p.sentraId}/${p.role}`, actorId: p.actorId, sentraId: p.sentraId, role: p.role })),
    // An archived one stays as it was (the import refuses to bring it back), so the live one is the one written.
    match: `MATCH (:Actor {id: row.actorId})-[r:PARTICIPATES_IN {role: row.role}]->(:Sentra {id: row.sentraId}) WHERE r.archivedAt IS NULL`,
  },
  {
    type: "Observation",
    rows: (plan) => [...plan.observations, ...plan.unanswered].map((o) => ({ key: o.id })),
    match: `MATCH (r:Observation {id: row.key})`,
  },
  {
    type: "LINKED",
    rows: (plan) => plan.linkages.map((l) => ({ key: l.id })),
    match: `MATCH (:Actor)-[r:LINKED {id: row.key}]->(:Actor)`,
  },
];

export const BATCH_SIZE = 500;

async function inBatches<T>(rows: readonly T[], run: (batch: T[]) => Promise<void>): Promise<number> {
  let statements = 0;
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    await run(rows.slice(start, start + BATCH_SIZE));
    statements += 1;
  }
  return statements;
}

/**
 * Write-locks the stored nodes the import will change, in id order (as lockNodes does), before it
 * reads them: its snapshots then hold until it commits, and a mutation waiting on one of them meets
 * the imported version afterwards. Ties are locked through their actors.
 */
export async function lockImported(tx: Transaction, plan: ImportPlan): Promise<number> {
  const actorIds = [...new Set([...plan.actors.map((a) => a.id), ...plan.linkages.flatMap((l) => [l.fromId, l.toId])])].sort();
  const observationIds = [...new Set([...plan.observations, ...plan.unanswered].map((o) => o.id))].sort();
  const lock = (label: string) => (ids: string[]) =>
    tx.run(`UNWIND $ids AS id MATCH (n:${label} {id: id}) WITH n ORDER BY n.id SET n.__lock = true REMOVE n.__lock`, { ids }).then(() => undefined);
  return (await inBatches(actorIds, lock("Actor"))) + (await inBatches(observationIds, lock("Observation")));
}

/** The stored properties of the plan's records of one kind, by key (absent: not stored). An actor's region counts as one of its values. */
export async function snapshot(tx: Transaction, kind: ImportedKind, plan: ImportPlan): Promise<{ props: Map<string, Props>; statements: number }> {
  const props = new Map<string, Props>();
  const region = kind.type === "Actor" ? `, regionId: [(r)-[:LOCATED_IN]->(g:Region) | g.id][0]` : "";
  const statements = await inBatches(kind.rows(plan), async (rows) => {
    const result = await tx.run(`UNWIND $rows AS row ${kind.match} RETURN row.key AS key, r {.*${region}} AS props`, { rows });
    for (const record of result.records) {
      const { key, props: stored } = recordToObject<{ key: string; props: Props }>(record);
      props.set(key, stored);
    }
  });
  return { props, statements };
}

/**
 * Moves the records the import changed to their next version, stamped when. A record it created is
 * at version 1 without a stamp, as the seed leaves it (reads take a missing version as 1), so an
 * imported survey is the same graph as the seeded one.
 */
export async function stepVersions(tx: Transaction, kind: ImportedKind, plan: ImportPlan, changed: ReadonlySet<string>) {
  const rows = kind.rows(plan).filter((row) => changed.has(row.key));
  return inBatches(rows, async (batch) => {
    await tx.run(`UNWIND $rows AS row ${kind.match} SET r.version = coalesce(r.version, 1) + 1, r.updatedAt = datetime()`, { rows: batch });
  });
}
