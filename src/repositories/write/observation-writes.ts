import type { Transaction } from "../../db/neo4j";
import type { ObservationKind } from "../../domain/graph";
import type { SurveyQuestion } from "../../domain/vocabulary";
import { invalid, notFound } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { thingName } from "./record-names";
import { nodeRow } from "../node-row";
import { checkVersion, theRecord, findLive, lockNodes, requireLive, type StoredProps } from "./locks";

/*
 * What every write of a firm's survey data shares (its answers, JICA indicator scores and
 * problem-solving scores are all Observation nodes of one firm, round and sentra): the live-answer
 * checks (who and where it is about must be live, the firm must take part in the sentra, a firm has
 * at most one live record of a kind, of a question for answers, per round and sentra), the row the
 * writes return, and the statement that creates one.
 */

/** Whom and where an observation is about. */
export interface ObservationTarget {
  roundId: string;
  actorId: string;
  sentraId: string;
}

/** An observation's own row and the ids of its round, firm and sentra (`o` bound to the observation). */
export const OBSERVATION_ROW = `RETURN ${nodeRow("o")} AS node, [(o)-[:IN_ROUND]->(r) | r.id][0] AS roundId, [(o)-[:OF_ACTOR]->(a) | a.id][0] AS actorId,
                   [(o)-[:IN_SENTRA]->(s) | s.id][0] AS sentraId`;

/**
 * Locks the firm, so concurrent records for it serialize, and requires it, the round and the
 * sentra live and the firm a live participant of that sentra.
 */
export async function lockObservationTarget(tx: Transaction, { roundId, actorId, sentraId }: ObservationTarget): Promise<void> {
  requireLive(await lockNodes(tx, "Actor", [actorId]), actorId, "actorId", "actor");
  requireLive(await findLive(tx, "SurveyRound", [roundId]), roundId, "roundId", "survey round");
  requireLive(await findLive(tx, "Sentra", [sentraId]), sentraId, "sentraId", "sentra");
  const takesPart = await tx.run(
    `RETURN EXISTS { MATCH (:Actor {id: $actorId})-[p:PARTICIPATES_IN]->(:Sentra {id: $sentraId}) WHERE p.archivedAt IS NULL } AS takesPart`,
    { actorId, sentraId },
  );
  if (!takesPart.records[0].get("takesPart")) throw invalid("actorId", msg("errors.notInSentra", { actorId, sentraId }));
}

/**
 * The id of the live observation of `kind` (and, for answers, of `question`) the firm already has in
 * this round and sentra, if any: a second one would be a duplicate.
 */
export async function liveObservationId(
  tx: Transaction,
  kind: ObservationKind,
  { roundId, actorId, sentraId }: ObservationTarget,
  question: SurveyQuestion | null = null,
): Promise<string | undefined> {
  const result = await tx.run(
    `MATCH (o:Observation {kind: $kind})-[:OF_ACTOR]->(:Actor {id: $actorId})
     WHERE o.archivedAt IS NULL AND ($question IS NULL OR o.question = $question)
       AND EXISTS { (o)-[:IN_ROUND]->(:SurveyRound {id: $roundId}) } AND EXISTS { (o)-[:IN_SENTRA]->(:Sentra {id: $sentraId}) }
     RETURN o.id AS id LIMIT 1`,
    { kind, actorId, roundId, sentraId, question },
  );
  return result.records[0]?.get("id") as string | undefined;
}

/** Locks a live observation of `kind` at `expectedVersion` for an update or an archive; `what` names it in errors. */
export async function lockLiveObservation(tx: Transaction, kind: ObservationKind, id: string, expectedVersion: number, what: string): Promise<StoredProps> {
  const locked = await lockNodes(tx, "Observation", [id]);
  const stored = locked.get(id);
  if (!stored || stored.kind !== kind) throw notFound("id", msg("errors.noRecord", { thing: thingName(what), id: JSON.stringify(id) }));
  requireLive(locked, id, "id", what);
  checkVersion(stored.version, expectedVersion, theRecord(what, id));
  return stored;
}

/** Creates an observation with `props` (its id and kind among them) at version 1, tied to its round, firm and sentra; the record has OBSERVATION_ROW's columns. */
export async function createObservation(tx: Transaction, { roundId, actorId, sentraId }: ObservationTarget, props: Record<string, unknown>) {
  const result = await tx.run(
    `MATCH (round:SurveyRound {id: $roundId}), (a:Actor {id: $actorId}), (s:Sentra {id: $sentraId})
     CREATE (o:Observation:Node)
     SET o = $props, o.version = 1, o.createdAt = datetime()
     CREATE (o)-[:IN_ROUND]->(round)
     CREATE (o)-[:OF_ACTOR]->(a)
     CREATE (o)-[:IN_SENTRA]->(s)
     ${OBSERVATION_ROW}`,
    { roundId, actorId, sentraId, props },
  );
  return result.records[0];
}
