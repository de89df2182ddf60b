import { randomUUID } from "node:crypto";
import type { Database, Transaction } from "../../db/neo4j";
import type { EntityLabel } from "../../domain/graph";
import { checkId } from "../../domain/write-rules";
import { checkVersion, lockNodes, requireLive, theRecord, type StoredProps } from "./locks";
import { checkIdFree, otherValues } from "./node-ids";
import { distinctIds, type ArchivedRow, type Written } from "./outcome";
import { recordToObject } from "../../db/convert";
import type { Text } from "../../i18n/message";
import type { WriteRejected } from "../../domain/write-rejection";

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
  /**
   * The NOT_FOUND when there is no live record on the key (`archived`: there is one, archived).
   * By default "No <what> with id ..." naming keyField, for a key with an id.
   */
  missing?(key: K, archived: boolean): WriteRejected;
}

const isArchived = (props: StoredProps) => props.archivedAt !== undefined && props.archivedAt !== null;

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
  if (kind.missing && (!stored || isArchived(stored))) throw kind.missing(key, stored !== undefined);
  // Without a refusal of its own, the record is named by the key's id (a node, a linkage).
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
  /** The sentra whose network the record is part of, asked before and after the write (their stored metrics are recomputed). */
  sentraOf(tx: Transaction, key: K): Promise<string[]>;
}

/**
 * An update: lock live at the version read, validate, write, step the version, read back. The
 * sentra recomputed are those of the record before and after: a record moved from one sentra to
 * another changes both networks.
 */
export function updateOf<K, P extends { expectedVersion: number }, C, R>(spec: UpdateSpec<K, P, C, R>) {
  // Async, so a refused input rejects the promise instead of throwing at the call.
  return async (db: Database, patch: P): Promise<Written<R>> => {
    const key = spec.key(patch);
    const checked = spec.check(patch);
    return db.write(async (tx) => {
      const stored = await lockLive(tx, spec.kind, key, patch.expectedVersion);
      const sentraBefore = await spec.sentraOf(tx, key);
      await spec.write(tx, key, checked, stored);
      await stepVersion(tx, spec.kind, key, false);
      return { value: await spec.read(tx, key), sentraIds: distinctIds([...sentraBefore, ...(await spec.sentraOf(tx, key))]) };
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
  return async (db: Database, key: K, expectedVersion: number): Promise<Written<R>> =>
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
  return async (db: Database, input: I): Promise<Written<R>> => {
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

/** A relationship with an id of its own (a linkage) from a `from` node to a `to` node; locking it locks the two nodes it joins. */
export function idTieKind(type: string, from: EntityLabel, to: EntityLabel, what: string): RecordKind<string> {
  const match = `MATCH (:${from})-[r:${type} {id: $id}]->(:${to})`;
  return {
    what,
    lock: async (tx, id) => {
      const ends = await tx.run(`MATCH (x:${from})-[:${type} {id: $id}]->(y:${to}) RETURN x.id AS x, y.id AS y`, { id });
      if (!ends.records[0]) return undefined;
      const { x, y } = recordToObject<{ x: string; y: string }>(ends.records[0]);
      if (from === to) await lockNodes(tx, from, [x, y]);
      else
        for (const [label, end] of [
          [from, x],
          [to, y],
        ] as const)
          await lockNodes(tx, label, [end]);
      // Read again under the locks: a writer that held them may have changed or archived it.
      const found = await tx.run(`${match} RETURN properties(r) AS props`, { id });
      return recordToObject<{ props: StoredProps }>(found.records[0]).props;
    },
    match,
    params: (id) => ({ id }),
    keyField: "id",
    name: (id) => theRecord(what, id),
  };
}

/** What a relationship keyed by the nodes it joins says about itself (a participation, a forum seat). */
export interface TieKindSpec<K> {
  what: string;
  /** Takes the write locks of the tie's ends, in a fixed order, each live (else NOT_FOUND naming its field). */
  lockEnds(tx: Transaction, key: K): Promise<void>;
  /** The Cypher pattern of the tie as `r` between its ends, from the key's parameters. */
  pattern: string;
  params(key: K): Record<string, unknown>;
  /** The field a refusal names when there is no such live tie. */
  keyField: string;
  name(key: K): Text;
  /** The NOT_FOUND when the ends hold no live tie on the key. */
  missing(key: K): WriteRejected;
}

/**
 * A relationship keyed by its ends (and e.g. a role): at most one live tie on a key, archived ones
 * kept beside it as history. Locking it locks its ends, so concurrent writes of one tie queue there.
 */
export function tieKind<K>(spec: TieKindSpec<K>): RecordKind<K> {
  const match = `MATCH ${spec.pattern} WHERE r.archivedAt IS NULL`;
  return {
    what: spec.what,
    lock: async (tx, key) => {
      await spec.lockEnds(tx, key);
      const found = await tx.run(`${match} RETURN properties(r) AS props`, spec.params(key));
      return found.records[0] ? recordToObject<{ props: StoredProps }>(found.records[0]).props : undefined;
    },
    match,
    params: spec.params,
    keyField: spec.keyField,
    name: spec.name,
    missing: (key) => spec.missing(key),
  };
}

/** Cypher binding `r` (and the pattern's other variables) to the live tie on a key, else the one archived last: a tie as just written or archived. */
export const latestTie = (pattern: string) => `MATCH ${pattern} WITH * ORDER BY r.archivedAt IS NULL DESC, r.archivedAt DESC LIMIT 1`;

/** What an entity says about creating a relationship (a tie) on its key. */
export interface TieCreateSpec<I, K, C, R> {
  kind: RecordKind<K>;
  /** The tie's key from the input, checked (pure; a linkage's id is made when absent). */
  key(input: I): K;
  /** The input checked against the entity's rule table (pure). */
  check(input: I): C;
  /**
   * Takes the locks the creation needs (the ends it joins, each live, else NOT_FOUND) and returns
   * the tie stored on the key, if any: by default the kind's lock, for a tie keyed by its ends.
   */
  lockEnds?(tx: Transaction, key: K, checked: C): Promise<StoredProps | undefined>;
  /** Checks what else the new tie refers to, and that it repeats no other tie. */
  references?(tx: Transaction, key: K, checked: C): Promise<void>;
  /** Creates the tie with its properties (bound to `r` by the kind's match after); the kit stamps its version and creation time. */
  make(tx: Transaction, key: K, checked: C): Promise<void>;
  /** The tie as the mutation returns it. */
  read(tx: Transaction, key: K): Promise<R>;
  /** Whether the stored tie already says what the input says (then creating again returns it unchanged). */
  same(stored: R, checked: C): boolean;
  /** The CONFLICT for a tie stored on the key with other values (`archived`: the one stored is archived). */
  taken(key: K, stored: R, archived: boolean): WriteRejected;
  /** The sentra whose network the new tie is part of. */
  sentraOf(tx: Transaction, key: K): Promise<string[]>;
}

/**
 * A creation of a relationship: lock its ends, then either find the tie already on its key
 * (the same values: returned unchanged; others: CONFLICT) or check it and make it at version 1.
 * Concurrent creations of one tie queue on its ends' locks, so they make one tie.
 */
export function createTieOf<I, K, C, R>(spec: TieCreateSpec<I, K, C, R>) {
  return async (db: Database, input: I): Promise<Written<R>> => {
    const key = spec.key(input);
    const checked = spec.check(input);
    return db.write(async (tx) => {
      const stored = spec.lockEnds ? await spec.lockEnds(tx, key, checked) : await spec.kind.lock(tx, key);
      if (stored) {
        const existing = await spec.read(tx, key);
        const archived = isArchived(stored);
        if (archived || !spec.same(existing, checked)) throw spec.taken(key, existing, archived);
        return { value: existing, sentraIds: [] };
      }
      await spec.references?.(tx, key, checked);
      await spec.make(tx, key, checked);
      await tx.run(`${spec.kind.match} SET r.version = 1, r.createdAt = datetime()`, spec.kind.params(key));
      return { value: await spec.read(tx, key), sentraIds: await spec.sentraOf(tx, key) };
    });
  };
}
