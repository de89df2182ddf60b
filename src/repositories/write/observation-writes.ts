import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import type { ObservationKind } from "../../domain/graph";
import type { OBSERVATION_KEY_RULES } from "../../domain/rules/observation.rules";
import { checkFields, type RuleTable } from "../../domain/rules/table";
import { invalid, type WriteRejected } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { archiveOf, createOf, nodeKind, updateOf } from "./kit";
import { sameValue, type StoredProps, liveReference, lockLiveReference } from "./locks";
import { checkIdFree } from "./node-ids";
import type { Written } from "./outcome";

/*
 * The one write of a firm's survey data, configured per kind of observation (its answers in
 * survey-response.write.ts, its JICA indicator and problem-solving scores in score.write.ts). All
 * are Observation nodes of one firm, round and sentra, and share: the rules of that key, the
 * checks of what it refers to (round, firm and sentra live, the firm a participant of the sentra),
 * at most one live record of a kind per firm, round and sentra (per question for answers), the id
 * the survey import derives when none is given, the row the writes return, and the recompute of
 * the sentra the record is about. The kit (./kit.ts) does the locking, versions and archives.
 */

/** Whom and where an observation is about. */
export interface ObservationTarget {
  roundId: string;
  actorId: string;
  sentraId: string;
}

/** An observation as the writes return it: its own row and the ids of its round, firm and sentra. */
export type ObservationRow = NodeRow & ObservationTarget & Record<string, unknown> & { version: number; archivedAt?: string | null };

/** A creation's input: the key (the id optional) and the observation's own values. */
export type ObservationInput = ObservationTarget & { id?: string | null };

/** An update's input: the record at the version read, and the own values that change. */
export type ObservationPatch = { id: string; expectedVersion: number };

/** What one kind of observation configures. */
export interface ObservationSpec {
  kind: ObservationKind;
  /** The noun refusals use ("survey response"). */
  what: string;
  /** Its rule table: the key (OBSERVATION_KEY_RULES) and its own values, which are stored as properties. */
  rules: typeof OBSERVATION_KEY_RULES & RuleTable;
  /** Own values an update may not change (an answer's question). */
  fixed?: readonly string[];
  /** Own values that tell two live records of one firm, round and sentra apart (an answer's question); none for scores. */
  slot?: readonly string[];
  /** The id the seed and the survey import give it, so a record made here and one imported later meet on one node. */
  idOf(target: ObservationTarget, values: StoredProps): string;
  /** The refusal of a second live record in a firm's slot, naming the first (`other`). */
  duplicate(target: ObservationTarget, values: StoredProps, other: string): WriteRejected;
  /** Rules across the own values of a whole record (as given, or as stored after a patch). */
  checkRecord?(values: StoredProps): void;
  /** What a checked patch sets, given the stored values (default: the patch); null removes a value. */
  patched?(patch: StoredProps, stored: StoredProps): StoredProps;
}

const ROW = `RETURN ${nodeRow("o")} AS node, [(o)-[:IN_ROUND]->(r) | r.id][0] AS roundId, [(o)-[:OF_ACTOR]->(a) | a.id][0] AS actorId,
                   [(o)-[:IN_SENTRA]->(s) | s.id][0] AS sentraId`;

async function readObservation(tx: Transaction, id: string): Promise<ObservationRow> {
  const result = await tx.run(`MATCH (o:Observation {id: $id}) ${ROW}`, { id });
  const { node, ...target } = recordToObject<ObservationTarget & { node: unknown }>(result.records[0]);
  return { ...toNodeRow<ObservationRow>(node)!, ...target };
}

async function sentraOfObservation(tx: Transaction, id: string): Promise<string[]> {
  const result = await tx.run(`MATCH (:Observation {id: $id})-[:IN_SENTRA]->(s:Sentra) RETURN s.id AS id`, { id });
  return result.records.map((r) => r.get("id") as string);
}

/**
 * Locks the firm, so concurrent records for it serialize, and requires it, the round and the
 * sentra live and the firm a live participant of that sentra.
 */
async function lockTarget(tx: Transaction, { roundId, actorId, sentraId }: ObservationTarget): Promise<void> {
  await lockLiveReference(tx, "Actor", actorId, "actorId", "actor");
  await liveReference(tx, "SurveyRound", roundId, "roundId", "survey round");
  await liveReference(tx, "Sentra", sentraId, "sentraId", "sentra");
  const takesPart = await tx.run(
    `RETURN EXISTS { MATCH (:Actor {id: $actorId})-[p:PARTICIPATES_IN]->(:Sentra {id: $sentraId}) WHERE p.archivedAt IS NULL } AS takesPart`,
    { actorId, sentraId },
  );
  if (!takesPart.records[0].get("takesPart")) throw invalid("actorId", msg("errors.notInSentra", { actorId, sentraId }));
}

/** The id of another live observation of `kind` in the firm's slot (same round, sentra and `slot` values), if any. */
async function otherLiveId(tx: Transaction, kind: ObservationKind, id: string, { roundId, actorId, sentraId }: ObservationTarget, slot: StoredProps) {
  const result = await tx.run(
    `MATCH (o:Observation {kind: $kind})-[:OF_ACTOR]->(:Actor {id: $actorId})
     WHERE o.archivedAt IS NULL AND o.id <> $id AND all(k IN keys($slot) WHERE o[k] = $slot[k])
       AND EXISTS { (o)-[:IN_ROUND]->(:SurveyRound {id: $roundId}) } AND EXISTS { (o)-[:IN_SENTRA]->(:Sentra {id: $sentraId}) }
     RETURN o.id AS id LIMIT 1`,
    { kind, id, actorId, roundId, sentraId, slot },
  );
  return result.records[0]?.get("id") as string | undefined;
}

const pick = (values: StoredProps, fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, values[f]]));

/** A whole observation checked against its rule table: its key and its own values. */
interface CheckedWhole {
  id: string;
  target: ObservationTarget;
  values: StoredProps;
}

/** The create, update and archive of one kind of observation. */
export function observationWrites<I extends ObservationInput, P extends ObservationPatch>(spec: ObservationSpec) {
  // The id is the record's key: the kit checks it.
  const { id: _key, ...wholeRules } = spec.rules;
  const { roundId: _round, actorId: _actor, sentraId: _sentra, ...ownRules } = wholeRules;
  const patchRules = Object.fromEntries(Object.entries(ownRules).filter(([field]) => !spec.fixed?.includes(field)));
  const record = nodeKind("Observation", spec.what, { kind: spec.kind });

  function checkWhole(input: I): Omit<CheckedWhole, "id"> {
    const { roundId, actorId, sentraId, ...values } = checkFields(wholeRules, { ...input } as Record<string, unknown>, "whole") as ObservationTarget &
      StoredProps;
    spec.checkRecord?.(values);
    return { target: { roundId, actorId, sentraId }, values };
  }

  const createWithId = createOf<I & { id: string }, CheckedWhole, ObservationRow>({
    label: "Observation",
    what: spec.what,
    check: (input) => ({ id: input.id, ...checkWhole(input) }),
    references: async (tx, { id, target, values }) => {
      // The kit allows any Observation on the id; one of another kind is not this record.
      await checkIdFree(tx, id, `n:Observation AND n.kind = '${spec.kind}'`);
      await lockTarget(tx, target);
      const other = await otherLiveId(tx, spec.kind, id, target, pick(values, spec.slot ?? []));
      if (other) throw spec.duplicate(target, values, other);
    },
    fill: async (tx, id, { target, values }) => {
      await tx.run(
        `MATCH (o:Observation {id: $id}), (round:SurveyRound {id: $roundId}), (a:Actor {id: $actorId}), (s:Sentra {id: $sentraId})
         SET o += $props
         CREATE (o)-[:IN_ROUND]->(round), (o)-[:OF_ACTOR]->(a), (o)-[:IN_SENTRA]->(s)`,
        { id, ...target, props: { ...values, kind: spec.kind } },
      );
    },
    read: readObservation,
    same: (stored, { target, values }) =>
      sameValue(pick(stored, Object.keys(target)), target) && Object.keys(ownRules).every((f) => sameValue(stored[f], values[f])),
    sentraOf: async (_tx, _id, { target }) => [target.sentraId],
  });

  /**
   * Records a firm's observation in a round for a sentra it takes part in. The firm is locked
   * first, so concurrent creations serialize: one live record per slot (a second is a CONFLICT
   * naming the first); the same id and values again return the stored record.
   */
  const create = async (db: Database, input: I): Promise<Written<ObservationRow>> => {
    if (input.id !== undefined && input.id !== null) return createWithId(db, { ...input, id: input.id });
    const { target, values } = checkWhole(input);
    return createWithId(db, { ...input, id: spec.idOf(target, values) });
  };

  /** Changes the given values at `expectedVersion`; the version goes up by one. */
  const update = updateOf({
    kind: record,
    key: (patch: P) => patch.id,
    check: (patch: P) => checkFields(patchRules, { ...patch }, "patch") as StoredProps,
    write: async (tx, id, patch, stored) => {
      const props = spec.patched?.(patch, stored) ?? patch;
      spec.checkRecord?.({ ...stored, ...props });
      await tx.run(`MATCH (o:Observation {id: $id}) SET o += $props`, { id, props });
    },
    read: readObservation,
    sentraOf: sentraOfObservation,
  });

  /** Archives a record at `expectedVersion`: reads and analyses no longer see it. */
  const archive = archiveOf({ kind: record, sentraOf: sentraOfObservation });

  return { create, update, archive };
}
