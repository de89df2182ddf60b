import { recordToObject } from "../../db/convert";
import type { RecordShape } from "neo4j-driver";
import type { Database, Transaction } from "../../db/neo4j";
import { recordChange, type ChangeAuthor, type ChangeOperation, type Props } from "./audit";

/*
 * Audits a write without touching it: `audited` hands the write a Database whose `write` runs the
 * same work in the same transaction between two snapshots of the record it changes, and records
 * the difference as a Change (src/repositories/write/audit.ts). The first snapshot is read before
 * the write takes its locks; that is safe because every update, archive and purge is refused
 * unless the record is still as the client read it (expectedVersion, or archived for a purge),
 * so a write that commits changed exactly what the first snapshot saw. A creation is the one
 * exception, handled apart: it may find a record created meanwhile (see countingCreations).
 */

/** What a write changes: a node or linkage by id, a participation or a forum seat by its key; null when the write makes the id. */
export type ChangeTarget =
  { kind: "id"; id: string } | { kind: "participation"; actorId: string; sentraId: string; role: string } | { kind: "seat"; memberId: string; forumId: string };

/** The id a Change names its target by: the id, or "actorId/sentraId/role" for a participation and "memberId/forumId" for a seat. */
export function targetIdOf(target: ChangeTarget): string {
  if (target.kind === "participation") return `${target.actorId}/${target.sentraId}/${target.role}`;
  if (target.kind === "seat") return `${target.memberId}/${target.forumId}`;
  return target.id;
}

interface Snapshot {
  type: string;
  props: Props;
}

// A relationship keyed by its ends: the live one, else the one archived last.
const LATEST = `RETURN properties(r) AS props ORDER BY r.archivedAt IS NULL DESC, r.archivedAt DESC LIMIT 1`;

async function snapshot(tx: Transaction, target: ChangeTarget): Promise<Snapshot | null> {
  const one = async (cypher: string, params: Record<string, unknown>, type?: string) => {
    const result = await tx.run(cypher, params);
    if (!result.records[0]) return null;
    const row = recordToObject<{ type?: string; props: Props }>(result.records[0]);
    return { type: type ?? row.type!, props: row.props };
  };
  if (target.kind === "participation")
    return one(`MATCH (:Actor {id: $actorId})-[r:PARTICIPATES_IN {role: $role}]->(:Sentra {id: $sentraId}) ${LATEST}`, { ...target }, "PARTICIPATES_IN");
  if (target.kind === "seat")
    return one(`MATCH (m {id: $memberId})-[r:MEMBER_OF]->(:Forum {id: $forumId}) WHERE m:Person OR m:Actor ${LATEST}`, { ...target }, "MEMBER_OF");
  return (
    (await one(`MATCH (n:Node {id: $id}) RETURN [l IN labels(n) WHERE l <> 'Node'][0] AS type, properties(n) AS props`, { id: target.id })) ??
    (await one(`MATCH (:Actor)-[r:LINKED {id: $id}]->(:Actor) RETURN properties(r) AS props`, { id: target.id }, "LINKED"))
  );
}

/**
 * `tx`, counting the nodes and relationships its statements create. A creation that waited on a
 * uniqueness lock while another transaction created the same id finds that record and creates
 * nothing (same values: unchanged; other values: refused), so it leaves no Change, and fifty
 * concurrent creations of one id leave one CREATE.
 */
function countingCreations(tx: Transaction): { tx: Transaction; created: () => number } {
  let created = 0;
  return {
    tx: {
      run: async <R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>) => {
        const result = await tx.run<R>(cypher, params);
        const updates = result.summary.counters.updates();
        created += updates.nodesCreated + updates.relationshipsCreated;
        return result;
      },
    },
    created: () => created,
  };
}

/** The id in a write's result (`{ value: { id } }`), for a create whose id the write generated. */
function resultId(out: unknown): string | null {
  const value = (out as { value?: { id?: unknown } } | null)?.value;
  return typeof value?.id === "string" ? value.id : null;
}

/** `db` with every `write` audited: the change it makes to `target` is recorded as `operation` by `by`, in its transaction. */
export function audited(db: Database, by: ChangeAuthor, operation: ChangeOperation, target: ChangeTarget | null): Database {
  const wrapped = Object.create(db) as Database;
  wrapped.write = <T>(work: (tx: Transaction) => Promise<T>) =>
    db.write(async (tx) => {
      const before = target ? await snapshot(tx, target) : null;
      const counted = countingCreations(tx);
      const out = await work(counted.tx);
      const made = target ?? (resultId(out) ? ({ kind: "id", id: resultId(out)! } as const) : null);
      if (made) {
        const after = await snapshot(tx, made);
        // Absent before, present now, yet nothing created: another transaction created it meanwhile.
        if (!before && after && counted.created() === 0) return out;
        const type = after?.type ?? before?.type;
        if (type)
          await recordChange(tx, by, {
            targetId: targetIdOf(made),
            targetType: type,
            operation,
            before: before?.props ?? null,
            after: after?.props ?? null,
            // A purge is legal erasure: its record must not keep the values it erases.
            erased: operation === "PURGE",
          });
      }
      return out;
    });
  return wrapped;
}
