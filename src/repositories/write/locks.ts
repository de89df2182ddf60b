import { recordToObject } from "../../db/convert";
import type { Transaction } from "../../db/neo4j";
import type { EntityLabel } from "../../domain/graph";
import { conflict, notFound } from "../../domain/write-rejection";
import { msg, type Message, type Text } from "../../i18n/message";
import { thingName } from "./record-names";

/*
 * The helpers every write shares. A write first locks what it is about to check (Neo4j reads the
 * latest committed data, so a value read after taking the lock cannot change before commit),
 * then validates, then writes; a rejection thrown in between rolls the transaction back.
 */

/** The Cypher for a node's or relationship's version: one for anything written before versions existed (seed, import). */
export const versionOf = (variable: string) => `coalesce(${variable}.version, 1)`;

export type StoredProps = Record<string, unknown>;

/**
 * Takes the write lock on these nodes, in id order (two writers then never wait on each other in
 * a circle; Neo4j would detect it and the driver retry, but in order there is nothing to detect),
 * and returns their properties. Setting and removing a marker takes the lock and leaves no trace.
 */
export async function lockNodes(tx: Transaction, label: EntityLabel, ids: readonly string[]): Promise<Map<string, StoredProps>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:${label} {id: id})
     WITH n ORDER BY n.id
     SET n.__lock = true
     REMOVE n.__lock
     RETURN n.id AS id, n {.*} AS props`,
    { ids: [...new Set(ids)].sort() },
  );
  return new Map(
    result.records.map((r) => {
      const row = recordToObject<{ id: string; props: StoredProps }>(r);
      return [row.id, row.props];
    }),
  );
}

/** Properties of live (not archived) nodes of a label, without a lock: for things a write refers to. */
export async function findLive(tx: Transaction, label: EntityLabel, ids: readonly string[]): Promise<Map<string, StoredProps>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:${label} {id: id})
     WHERE n.archivedAt IS NULL
     RETURN n.id AS id, n {.*} AS props`,
    { ids: [...new Set(ids)] },
  );
  return new Map(
    result.records.map((r) => {
      const row = recordToObject<{ id: string; props: StoredProps }>(r);
      return [row.id, row.props];
    }),
  );
}

/** The stored properties of a live node, or NOT_FOUND naming `field`; `what` is the kind of record ("actor", "survey round"). */
export function requireLive(found: Map<string, StoredProps>, id: string, field: string, what: string): StoredProps {
  const props = found.get(id);
  if (!props || (props.archivedAt !== undefined && props.archivedAt !== null)) {
    throw notFound(field, msg(props ? "errors.noLiveRecord" : "errors.noRecord", { thing: thingName(what), id: JSON.stringify(id) }));
  }
  return props;
}

/** A live node a write refers to (a region, a sentra), read without a lock; NOT_FOUND naming `field` otherwise. */
export const liveReference = async (tx: Transaction, label: EntityLabel, id: string, field: string, what: string) =>
  requireLive(await findLive(tx, label, [id]), id, field, what);

/** A live node a write refers to, write-locked so it stays live until the write commits; NOT_FOUND naming `field` otherwise. */
export const lockLiveReference = async (tx: Transaction, label: EntityLabel, id: string, field: string, what: string) =>
  requireLive(await lockNodes(tx, label, [id]), id, field, what);

/** "The actor a1": a record named in a refusal by its kind ("actor", "survey round") and id. */
export const theRecord = (what: string, id: string): Message => msg("errors.theRecord", { thing: thingName(what), id });

/** Refuses a write whose expectedVersion is not the stored one: someone else changed it since the client read it; `what` names it (theRecord). */
export function checkVersion(stored: unknown, expected: number, what: Text): number {
  const current = typeof stored === "number" ? stored : 1;
  if (current !== expected) {
    throw conflict("expectedVersion", msg("errors.staleVersion", { what, current, expected: String(expected) }), { currentVersion: current });
  }
  return current;
}

/** Two stored or given values are the same (null and absent alike; arrays by content; maps whatever their key order). */
export function sameValue(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown) =>
    JSON.stringify(value ?? null, (_key, v: unknown) =>
      v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v,
    );
  return canonical(a) === canonical(b);
}

/** Drops undefined entries, which mean "not given". */
export function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
