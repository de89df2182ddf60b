import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import type { ObservationKind } from "../../domain/graph";
import { observationIds } from "../../domain/survey-ids";
import { INTENSITIES, SURVEY_QUESTIONS, type Intensity, type SurveyQuestion } from "../../domain/vocabulary";
import { conflict, invalid } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { checkId, checkOneOf } from "../../domain/write-rules";
import { toNodeRow, type NodeRow } from "../node-row";
import { sameValue, versionOf } from "./locks";
import { checkIdFree, otherValues } from "./node-ids";
import { OBSERVATION_ROW as ROW, createObservation, liveObservationId, lockLiveObservation, lockObservationTarget } from "./observation-writes";
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

const KIND = "SURVEY_RESPONSE" satisfies ObservationKind;

function checkIntensity(cooperates: boolean, intensity: Intensity | null | undefined): Intensity | null {
  if (intensity === null || intensity === undefined) return null;
  if (!cooperates) throw invalid("intensity", msg("errors.intensityWithoutCooperation"));
  return checkOneOf("intensity", intensity, INTENSITIES);
}

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
    await lockObservationTarget(tx, { roundId, actorId, sentraId });
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
      if (!same) throw otherValues("survey response", id, false);
      return { value: existing.node, sentraIds: [] };
    }
    await checkIdFree(tx, id, "false");
    const other = await liveObservationId(tx, KIND, { roundId, actorId, sentraId }, question);
    if (other) {
      throw conflict("question", msg("errors.answerExists", { actorId, question, roundId, sentraId, other }), {
        existingId: other,
      });
    }
    const props = { id, kind: KIND, question, cooperates, ...(intensity ? { intensity } : {}) };
    const created = await createObservation(tx, { roundId, actorId, sentraId }, props);
    const node = toNodeRow<SurveyResponseRow>(recordToObject<{ node: unknown }>(created).node)!;
    return { value: { ...node, intensity: node.intensity ?? null }, sentraIds: [sentraId] };
  });
}

async function lockLive(tx: Transaction, id: string, expectedVersion: number): Promise<Stored> {
  await lockLiveObservation(tx, KIND, id, expectedVersion, "survey response");
  return (await findById(tx, id))!;
}

/** Changes whether the firm cooperates and how intensely, at `expectedVersion`. */
export async function updateSurveyResponse(db: Database, patch: SurveyResponsePatch): Promise<Written<SurveyResponseRow>> {
  const id = checkId("id", patch.id);
  if (patch.cooperates === null) throw invalid("cooperates", msg("errors.cannotBeCleared", { field: "cooperates" }));
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
