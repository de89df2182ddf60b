import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import { observationIds } from "../../domain/survey-ids";
import { INTENSITIES, SURVEY_QUESTIONS, type Intensity, type SurveyQuestion } from "../../domain/vocabulary";
import { conflict, invalid, notFound } from "../../domain/write-rejection";
import { checkId, checkOneOf } from "../../domain/write-rules";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { checkVersion, findLive, lockNodes, requireLive, sameValue, versionOf } from "./locks";
import type { Written } from "./outcome";

export interface CreateSurveyResponse {
  /** A stable id chosen by the client; creating twice with it makes one answer. Generated when absent. */
  id?: string | null;
  roundId: string;
  actorId: string;
  sentraId: string;
  question: SurveyQuestion;
  cooperates: boolean;
  /** Only when cooperates is true. */
  intensity?: Intensity | null;
}

export interface SurveyResponsePatch {
  id: string;
  expectedVersion: number;
  cooperates?: boolean | null;
  /** Null clears it; setting cooperates to false clears it too. */
  intensity?: Intensity | null;
}

export interface SurveyResponseRow extends NodeRow {
  question: SurveyQuestion;
  cooperates: boolean;
  intensity: Intensity | null;
  version?: number;
  archivedAt?: string;
}

const KIND = "SURVEY_RESPONSE";

function checkIntensity(cooperates: boolean, intensity: Intensity | null | undefined): Intensity | null {
  if (intensity === null || intensity === undefined) return null;
  if (!cooperates) throw invalid("intensity", "intensity is given only when cooperates is true");
  return checkOneOf("intensity", intensity, INTENSITIES);
}

const ROW = `RETURN ${nodeRow("o")} AS node, [(o)-[:IN_ROUND]->(r) | r.id][0] AS roundId, [(o)-[:OF_ACTOR]->(a) | a.id][0] AS actorId,
                   [(o)-[:IN_SENTRA]->(s) | s.id][0] AS sentraId`;

interface Stored {
  node: SurveyResponseRow;
  roundId: string;
  actorId: string;
  sentraId: string;
}

async function findById(tx: Transaction, id: string): Promise<Stored | undefined> {
  const result = await tx.run(`MATCH (o:Observation {id: $id, kind: '${KIND}'}) ${ROW}`, { id });
  if (!result.records[0]) return undefined;
  const raw = recordToObject<Omit<Stored, "node"> & { node: unknown }>(result.records[0]);
  const node = toNodeRow<SurveyResponseRow>(raw.node)!;
  return { ...raw, node: { ...node, intensity: node.intensity ?? null } };
}

/**
 * Records a firm's answer to one question of a round in a sentra. The firm must take part in that
 * sentra; it is locked first, so concurrent answers serialize and a second live answer to the same
 * question (same round and sentra) is a CONFLICT, while the same id and values return the stored one.
 */
export async function createSurveyResponse(db: Database, input: CreateSurveyResponse): Promise<Written<SurveyResponseRow>> {
  const roundId = checkId("roundId", input.roundId);
  const actorId = checkId("actorId", input.actorId);
  const sentraId = checkId("sentraId", input.sentraId);
  const question = checkOneOf("question", input.question, SURVEY_QUESTIONS);
  // Without an id, the one the survey import derives: an answer made here and one imported later meet on one node.
  const id = input.id === undefined || input.id === null ? observationIds.surveyResponse(roundId, sentraId, actorId, question) : checkId("id", input.id);
  const cooperates = input.cooperates;
  const intensity = checkIntensity(cooperates, input.intensity);
  return db.write(async (tx) => {
    requireLive(await lockNodes(tx, "Actor", [actorId]), actorId, "actorId", "actor");
    requireLive(await findLive(tx, "SurveyRound", [roundId]), roundId, "roundId", "survey round");
    requireLive(await findLive(tx, "Sentra", [sentraId]), sentraId, "sentraId", "sentra");
    const takesPart = await tx.run(
      `RETURN EXISTS { MATCH (:Actor {id: $actorId})-[p:PARTICIPATES_IN]->(:Sentra {id: $sentraId}) WHERE p.archivedAt IS NULL } AS takesPart`,
      { actorId, sentraId },
    );
    if (!takesPart.records[0].get("takesPart"))
      throw invalid("actorId", `Actor ${actorId} does not take part in sentra ${sentraId}: add its participation first`);

    const existing = await findById(tx, id);
    if (existing) {
      const same =
        !existing.node.archivedAt &&
        [
          [existing.roundId, roundId],
          [existing.actorId, actorId],
          [existing.sentraId, sentraId],
          [existing.node.question, question],
          [existing.node.cooperates, cooperates],
          [existing.node.intensity, intensity],
        ].every(([a, b]) => sameValue(a, b));
      if (!same) throw conflict("id", `A survey response with id ${JSON.stringify(id)} already exists with other values: update it, or choose another id`);
      return { value: existing.node, sentraIds: [] };
    }
    const taken = await tx.run(`MATCH (n:Node {id: $id}) RETURN n.id AS id`, { id });
    if (taken.records.length > 0) throw conflict("id", `id ${JSON.stringify(id)} is already the id of another node`);
    const answered = await tx.run(
      `MATCH (o:Observation {kind: '${KIND}', question: $question})-[:OF_ACTOR]->(:Actor {id: $actorId})
       WHERE o.archivedAt IS NULL AND EXISTS { (o)-[:IN_ROUND]->(:SurveyRound {id: $roundId}) } AND EXISTS { (o)-[:IN_SENTRA]->(:Sentra {id: $sentraId}) }
       RETURN o.id AS id LIMIT 1`,
      { question, actorId, roundId, sentraId },
    );
    const other = answered.records[0]?.get("id") as string | undefined;
    if (other) {
      throw conflict(
        "question",
        `Actor ${actorId} already answered ${question} in round ${roundId} for sentra ${sentraId} (${other}): update that answer instead`,
        {
          existingId: other,
        },
      );
    }
    const props = { id, kind: KIND, question, cooperates, ...(intensity ? { intensity } : {}) };
    const result = await tx.run(
      `MATCH (round:SurveyRound {id: $roundId}), (a:Actor {id: $actorId}), (s:Sentra {id: $sentraId})
       CREATE (o:Observation:Node)
       SET o = $props, o.version = 1, o.createdAt = datetime()
       CREATE (o)-[:IN_ROUND]->(round)
       CREATE (o)-[:OF_ACTOR]->(a)
       CREATE (o)-[:IN_SENTRA]->(s)
       ${ROW}`,
      { roundId, actorId, sentraId, props },
    );
    const node = toNodeRow<SurveyResponseRow>(recordToObject<{ node: unknown }>(result.records[0]).node)!;
    return { value: { ...node, intensity: node.intensity ?? null }, sentraIds: [sentraId] };
  });
}

async function lockLive(tx: Transaction, id: string, expectedVersion: number): Promise<Stored> {
  const locked = await lockNodes(tx, "Observation", [id]);
  const stored = locked.get(id);
  if (!stored || stored.kind !== KIND) throw notFound("id", `No survey response with id ${JSON.stringify(id)}`);
  requireLive(locked, id, "id", "survey response");
  checkVersion(stored.version, expectedVersion, `Survey response ${id}`);
  return (await findById(tx, id))!;
}

/** Changes whether the firm cooperates and how intensely, at `expectedVersion`. */
export async function updateSurveyResponse(db: Database, patch: SurveyResponsePatch): Promise<Written<SurveyResponseRow>> {
  const id = checkId("id", patch.id);
  if (patch.cooperates === null) throw invalid("cooperates", "cooperates cannot be cleared");
  if (patch.intensity !== undefined && patch.intensity !== null) checkOneOf("intensity", patch.intensity, INTENSITIES);
  return db.write(async (tx) => {
    const before = await lockLive(tx, id, patch.expectedVersion);
    const cooperates = patch.cooperates ?? before.node.cooperates;
    const intensity = checkIntensity(cooperates, patch.intensity !== undefined ? patch.intensity : cooperates ? before.node.intensity : null);
    const result = await tx.run(
      `MATCH (o:Observation {id: $id})
       SET o.cooperates = $cooperates, o.intensity = $intensity, o.version = ${versionOf("o")} + 1, o.updatedAt = datetime()
       ${ROW}`,
      { id, cooperates, intensity },
    );
    const node = toNodeRow<SurveyResponseRow>(recordToObject<{ node: unknown }>(result.records[0]).node)!;
    return { value: { ...node, intensity: node.intensity ?? null }, sentraIds: [before.sentraId] };
  });
}

/** Archives an answer at `expectedVersion`: reads and analyses no longer see it (the firm then has not answered). */
export async function archiveSurveyResponse(db: Database, id: string, expectedVersion: number): Promise<Written<SurveyResponseRow>> {
  checkId("id", id);
  return db.write(async (tx) => {
    const before = await lockLive(tx, id, expectedVersion);
    const result = await tx.run(
      `MATCH (o:Observation {id: $id})
       SET o.archivedAt = datetime(), o.version = ${versionOf("o")} + 1
       ${ROW}`,
      { id },
    );
    const node = toNodeRow<SurveyResponseRow>(recordToObject<{ node: unknown }>(result.records[0]).node)!;
    return { value: { ...node, intensity: node.intensity ?? null }, sentraIds: [before.sentraId] };
  });
}
