import { randomUUID } from "node:crypto";
import type { Transaction } from "../../db/neo4j";

/*
 * The audit trail: one Change record per change, written in the transaction that makes it, so a
 * change and its record commit or roll back together. Change records are Simpul's own records
 * (no Node label): node(id) and neighbours never reach them; admins read them with `changes`.
 */

export const CHANGE_OPERATIONS = ["CREATE", "UPDATE", "ARCHIVE", "PURGE", "IMPORT"] as const;
export type ChangeOperation = (typeof CHANGE_OPERATIONS)[number];

/** Who made a change and through what: an API key (id and name) or "cli"/"system", and "mutation:<name>" or "import:<file name>". */
export interface ChangeAuthor {
  keyId: string | null;
  name: string;
  via: string;
}

export const SYSTEM_AUTHOR: ChangeAuthor = { keyId: null, name: "system", via: "system" };

export type Props = Record<string, unknown>;

export interface Change {
  targetId: string;
  /** A node label (Actor) or a relationship type (LINKED, PARTICIPATES_IN, MEMBER_OF). */
  targetType: string;
  operation: ChangeOperation;
  /** The stored properties before the change (null: it did not exist). */
  before: Props | null;
  /** The stored properties after the change (null: it no longer exists). */
  after: Props | null;
  /**
   * Legal erasure (a purge): the record keeps who, when, via what, the target and the operation,
   * but no values before or after, and carries `erasedAt`.
   */
  erased?: boolean;
}

const canonical = (value: unknown) => JSON.stringify(value ?? null);

/** Only the properties that differ, before and after; null when nothing changed. */
export function changedProperties(before: Props | null, after: Props | null): { before: Props | null; after: Props | null } | null {
  if (before === null || after === null) return before === after ? null : { before, after };
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => canonical(before[k]) !== canonical(after[k])).sort();
  if (keys.length === 0) return null;
  return { before: Object.fromEntries(keys.map((k) => [k, before[k] ?? null])), after: Object.fromEntries(keys.map((k) => [k, after[k] ?? null])) };
}

/**
 * Writes the Change records of changes in `tx`, keeping only the properties that changed (a change
 * that changes nothing, such as creating an existing record again, leaves no record; an erasure
 * always leaves one, without values). Before and after are JSON text: Neo4j properties cannot hold maps.
 */
export async function recordChanges(tx: Transaction, by: ChangeAuthor, changes: readonly Change[]): Promise<number> {
  const rows = changes.flatMap((change) => {
    const diff = change.erased ? { before: null, after: null } : changedProperties(change.before, change.after);
    if (!diff) return [];
    return [
      {
        id: randomUUID(),
        targetId: change.targetId,
        targetType: change.targetType,
        operation: change.operation,
        before: diff.before === null ? null : JSON.stringify(diff.before),
        after: diff.after === null ? null : JSON.stringify(diff.after),
        erased: change.erased === true,
      },
    ];
  });
  if (rows.length === 0) return 0;
  await tx.run(
    `UNWIND $rows AS row
     CREATE (c:Change {id: row.id, at: datetime(), actorKeyId: $keyId, actor: $name, via: $via, targetId: row.targetId,
                       targetType: row.targetType, operation: row.operation, before: row.before, after: row.after,
                       erasedAt: CASE WHEN row.erased THEN datetime() END})`,
    { rows, keyId: by.keyId, name: by.name, via: by.via },
  );
  return rows.length;
}

/** Records one change (see recordChanges). */
export const recordChange = (tx: Transaction, by: ChangeAuthor, change: Change) => recordChanges(tx, by, [change]);
