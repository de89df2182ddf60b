import { randomUUID } from "node:crypto";
import type { Database, Transaction } from "../../db/neo4j";
import type { EntityLabel } from "../../domain/graph";
import { checkId } from "../../domain/write-rules";
import { checkVersion, lockNodes, requireLive, theRecord, type StoredProps } from "./locks";
import { checkIdFree, otherValues } from "./node-ids";
import type { ArchivedRow, Written } from "./outcome";
import { recordToObject } from "../../db/convert";
import type { Text } from "../../i18n/message";

/*
 * The write kit: the one skeleton of every create, update and archive. Each entity configures it
 * (src/repositories/write/<entity>.write.ts) with what is its own (its rule table, its Cypher, the
 * sentra its change touches); the kit does what every write does, in one transaction:
 *   lock the record (and check it is live and at the version the client read),
 *   validate, write, step the version, read the result back,
 * and src/services/network-write.service.ts audits the transaction and recomputes the sentra.
 */

/** A kind of record the kit writes: how to lock it, how Cypher finds it as `r`, what refusals call it. */
export interface RecordKind<K> {
  /** The noun refusals use: "actor", "survey round" (./record-names.ts). */
  what: string;
  /** Takes the record's write lock and returns its stored properties, undefined when there is none. */
  lock(tx: Transaction, key: K): Promise<StoredProps | undefined>;
  /** Cypher binding the record to `r`, from the key's parameters. */
  match: string;
  /** The key as statement parameters. */
  params(key: K): Record<string, unknown>;
  /** The field a refusal names when there is no such live record. */
  keyField: string;
  /** How a refusal names this record ("The actor a1"). */
  name(key: K): Text;
}

/** A node with an id under one label; `where` narrows it (e.g. to one kind of Observation). */
export function nodeKind(label: EntityLabel, what: string, where: Record<string, string> = {}): RecordKind<string> {
  const narrowed = (props: StoredProps | undefined) => (props && Object.entries(where).every(([k, v]) => props[k] === v) ? props : undefined);
  return {
    what,
    lock: async (tx, id) => narrowed((await lockNodes(tx, label, [id])).get(id)),
    match: `MATCH (r:${label} {id: $id})`,
    params: (id) => ({ id }),
    keyField: "id",
    name: (id) => theRecord(what, id),
  };
}

/**
 * Locks a live record at the version the client read: NOT_FOUND when it is absent or archived,
 * CONFLICT when someone changed it since. Every update and archive starts here.
 */
export async function lockLive<K>(tx: Transaction, kind: RecordKind<K>, key: K, expectedVersion: number): Promise<StoredProps> {
  const stored = await kind.lock(tx, key);
  const keyId = String(kind.params(key).id ?? "");
  const live = requireLive(new Map(stored ? [[keyId, stored]] : []), keyId, kind.keyField, kind.what);
  checkVersion(live.version, expectedVersion, kind.name(key));
  return live;
}

/** Steps the record's version (a change) and stamps when; every update ends here. */
async function stepVersion<K>(tx: Transaction, kind: RecordKind<K>, key: K, archive: boolean): Promise<void> {
  await tx.run(
    `${kind.match}
     SET r.version = coalesce(r.version, 1) + 1, ${archive ? "r.archivedAt = datetime()" : "r.updatedAt = datetime()"}`,
    kind.params(key),
  );
}

/** What an entity says about its updates. */
export interface UpdateSpec<K, P, C, R> {
  kind: RecordKind<K>;
  /** The record's key, from the patch (its id for a node). */
  key(patch: P): K;
  /** The patch checked against the entity's rule table (pure: runs before the transaction). */
  check(patch: P): C;
  /** Checks what the patch refers to and writes it; the kit has locked the record and steps its version after. */
  write(tx: Transaction, key: K, checked: C, stored: StoredProps): Promise<void>;
  /** The record as the mutation returns it. */
  read(tx: Transaction, key: K): Promise<R>;
  /** The sentra whose network the record is part of (their stored metrics are recomputed). */
  sentraOf(tx: Transaction, key: K): Promise<string[]>;
}

/** An update: lock live at the version read, validate, write, step the version, read back. */
export function updateOf<K, P extends { expectedVersion: number }, C, R>(spec: UpdateSpec<K, P, C, R>) {
  return (db: Database, patch: P): Promise<Written<R>> => {
    const key = spec.key(patch);
    const checked = spec.check(patch);
    return db.write(async (tx) => {
      const stored = await lockLive(tx, spec.kind, key, patch.expectedVersion);
      await spec.write(tx, key, checked, stored);
      await stepVersion(tx, spec.kind, key, false);
      return { value: await spec.read(tx, key), sentraIds: await spec.sentraOf(tx, key) };
    });
  };
}

/** What an entity says about its archives: how to read the result (default: id, version, archivedAt) and the sentra touched. */
export interface ArchiveSpec<K, R> {
  kind: RecordKind<K>;
  read?(tx: Transaction, key: K): Promise<R>;
  sentraOf(tx: Transaction, key: K): Promise<string[]>;
}

/** An archive: lock live at the version read, stamp archivedAt, step the version. The record keeps its data and ties. */
export function archiveOf<K, R = ArchivedRow>(spec: ArchiveSpec<K, R>) {
  return (db: Database, key: K, expectedVersion: number): Promise<Written<R>> =>
    db.write(async (tx) => {
      await lockLive(tx, spec.kind, key, expectedVersion);
      await stepVersion(tx, spec.kind, key, true);
      const value = spec.read
        ? await spec.read(tx, key)
        : (recordToObject<ArchivedRow>(
            (await tx.run(`${spec.kind.match} RETURN r.id AS id, r.version AS version, r.archivedAt AS archivedAt`, spec.kind.params(key))).records[0],
          ) as R);
      return { value, sentraIds: await spec.sentraOf(tx, key) };
    });
}

/** What an entity says about creating a node on a stable id. */
export interface CreateSpec<I, C, R> {
  label: EntityLabel;
  what: string;
  /** The input checked against the entity's rule table (pure), without its id. */
  check(input: I): C;
  /** Checks what the input refers to (live sentra, region ...), inside the transaction. */
  references?(tx: Transaction, checked: C): Promise<void>;
  /** Fills the node just made (`MATCH (n:Label {id: $id})`): its properties and ties. */
  fill(tx: Transaction, id: string, checked: C): Promise<void>;
  /** The node as the mutation returns it. */
  read(tx: Transaction, id: string): Promise<R>;
  /** Whether the stored node already says what the input says (then creating again returns it unchanged). */
  same(stored: R, checked: C): boolean;
  /** The sentra the new node's network belongs to; none by default. */
  sentraOf?(tx: Transaction, id: string, checked: C): Promise<string[]>;
}

/**
 * A creation on a stable id chosen by the client (or generated), MERGEd so that concurrent
 * creations of one id make one node (the label's and Node's id constraints). Creating again with
 * the same values returns the stored node unchanged; other values, or an id another kind of node
 * has, are a CONFLICT. Only the creator writes to the node: the others read it side by side
 * instead of queueing on its write lock.
 */
export function createOf<I extends { id?: string | null }, C, R extends object>(spec: CreateSpec<I, C, R>) {
  return (db: Database, input: I): Promise<Written<R>> => {
    const id = input.id === undefined || input.id === null ? randomUUID() : checkId("id", input.id);
    const checked = spec.check(input);
    return db.write(async (tx) => {
      await checkIdFree(tx, id, `n:${spec.label}`);
      await spec.references?.(tx, checked);
      const merged = await tx.run(
        `MERGE (n:${spec.label}:Node {id: $id})
         ON CREATE SET n.version = 1, n.createdAt = datetime(), n.__created = true
         WITH n, coalesce(n.__created, false) AS created
         FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE n.__created)
         RETURN created`,
        { id },
      );
      if (merged.records[0].get("created") as boolean) {
        await spec.fill(tx, id, checked);
        return { value: await spec.read(tx, id), sentraIds: (await spec.sentraOf?.(tx, id, checked)) ?? [] };
      }
      const stored = await spec.read(tx, id);
      const archived = Boolean((stored as { archivedAt?: unknown }).archivedAt);
      if (archived || !spec.same(stored, checked)) throw otherValues(spec.what, id, archived);
      return { value: stored, sentraIds: [] };
    });
  };
}
