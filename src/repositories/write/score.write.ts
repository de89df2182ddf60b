import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import type { ObservationKind } from "../../domain/graph";
import { observationIds } from "../../domain/survey-ids";
import { JICA_ASPECTS, PROBLEM_AREAS } from "../../domain/vocabulary";
import { conflict, invalid } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { thingName } from "./record-names";
import { checkId, checkScore } from "../../domain/write-rules";
import { toNodeRow, type NodeRow } from "../node-row";
import { sameValue, versionOf } from "./locks";
import { checkIdFree, otherValues } from "./node-ids";
import { OBSERVATION_ROW as ROW, createObservation, liveObservationId, lockLiveObservation, lockObservationTarget } from "./observation-writes";
import type { Written } from "./outcome";

/*
 * A firm's scores in one round for one sentra: JICA's six cluster-dynamics indicators, or the four
 * joint problem-solving fields. Both are Observation nodes (one per firm, round and sentra) with
 * whole-number scores from 1 to 5; they feed the sentra's analysis, so writing them recomputes it.
 */

interface ScoreSpec<F extends string> {
  kind: Extract<ObservationKind, "INDICATOR_SCORE" | "PROBLEM_SOLVING_SCORE">;
  fields: readonly F[];
  what: string;
  /** The id the seed and the survey import give this observation. */
  idOf: (roundId: string, sentraId: string, actorId: string) => string;
}

export const INDICATOR_SCORE: ScoreSpec<(typeof JICA_ASPECTS)[number]> = {
  kind: "INDICATOR_SCORE",
  fields: JICA_ASPECTS,
  what: "indicator score",
  idOf: observationIds.indicatorScore,
};

export const PROBLEM_SOLVING_SCORE: ScoreSpec<(typeof PROBLEM_AREAS)[number]> = {
  kind: "PROBLEM_SOLVING_SCORE",
  fields: PROBLEM_AREAS,
  what: "problem-solving score",
  idOf: observationIds.problemSolving,
};

export type Scores<F extends string> = Record<F, number>;

export type CreateScore<F extends string> = Scores<F> & {
  /** A stable id; when absent, the one the survey import derives from round, sentra and firm. */
  id?: string | null;
  roundId: string;
  actorId: string;
  sentraId: string;
};

/** Only the given scores change. */
export type ScorePatch<F extends string> = { [K in F]?: number | null } & { id: string; expectedVersion: number };

export type ScoreRow = NodeRow & Record<string, unknown> & { version?: number; archivedAt?: string };

interface Stored {
  node: ScoreRow;
  roundId: string;
  actorId: string;
  sentraId: string;
}

function toStored(record: { toObject(): Record<string, unknown> }): Stored {
  const raw = recordToObject<Omit<Stored, "node"> & { node: unknown }>(record);
  return { ...raw, node: toNodeRow<ScoreRow>(raw.node)! };
}

async function findById<F extends string>(tx: Transaction, spec: ScoreSpec<F>, id: string): Promise<Stored | undefined> {
  const result = await tx.run(`MATCH (o:Observation {id: $id, kind: $kind}) ${ROW}`, { id, kind: spec.kind });
  return result.records[0] ? toStored(result.records[0]) : undefined;
}

function checkScores<F extends string>(spec: ScoreSpec<F>, scores: { [K in F]?: number | null }, all: boolean): Partial<Scores<F>> {
  const checked: Partial<Scores<F>> = {};
  for (const field of spec.fields) {
    const value = scores[field];
    if (value === null || (value === undefined && all)) throw invalid(field, msg("errors.scoreRequired", { field }));
    if (value !== undefined) checked[field] = checkScore(field, value);
  }
  return checked;
}

/**
 * Records a firm's scores in a round for a sentra it takes part in. The firm is locked first, so
 * concurrent creations serialize: one live record per firm, round and sentra (a second one is a
 * CONFLICT naming the first); the same id and values return the stored record.
 */
export async function createScore<F extends string>(db: Database, spec: ScoreSpec<F>, input: CreateScore<F>): Promise<Written<ScoreRow>> {
  const roundId = checkId("roundId", input.roundId);
  const actorId = checkId("actorId", input.actorId);
  const sentraId = checkId("sentraId", input.sentraId);
  const id = input.id === undefined || input.id === null ? spec.idOf(roundId, sentraId, actorId) : checkId("id", input.id);
  const scores = checkScores(spec, input, true) as Scores<F>;
  return db.write(async (tx) => {
    await lockObservationTarget(tx, { roundId, actorId, sentraId });
    const existing = await findById(tx, spec, id);
    if (existing) {
      const same =
        !existing.node.archivedAt &&
        sameValue([existing.roundId, existing.actorId, existing.sentraId], [roundId, actorId, sentraId]) &&
        spec.fields.every((f) => sameValue(existing.node[f], scores[f]));
      if (!same) throw otherValues(spec.what, id, Boolean(existing.node.archivedAt));
      return { value: existing.node, sentraIds: [] };
    }
    await checkIdFree(tx, id, "false");
    const other = await liveObservationId(tx, spec.kind, { roundId, actorId, sentraId });
    if (other) {
      throw conflict("actorId", msg("errors.scoreExists", { actorId, thing: thingName(spec.what), roundId, sentraId, other }), {
        existingId: other,
      });
    }
    const created = await createObservation(tx, { roundId, actorId, sentraId }, { id, kind: spec.kind, ...scores });
    return { value: toStored(created).node, sentraIds: [sentraId] };
  });
}

async function lockLive<F extends string>(tx: Transaction, spec: ScoreSpec<F>, id: string, expectedVersion: number): Promise<Stored> {
  await lockLiveObservation(tx, spec.kind, id, expectedVersion, spec.what);
  return (await findById(tx, spec, id))!;
}

/** Changes the given scores at `expectedVersion`; the version goes up by one. */
export async function updateScore<F extends string>(db: Database, spec: ScoreSpec<F>, patch: ScorePatch<F>): Promise<Written<ScoreRow>> {
  const id = checkId("id", patch.id);
  const scores = checkScores(spec, patch as { [K in F]?: number | null }, false);
  return db.write(async (tx) => {
    const before = await lockLive(tx, spec, id, patch.expectedVersion);
    const result = await tx.run(
      `MATCH (o:Observation {id: $id})
       SET o += $scores, o.version = ${versionOf("o")} + 1, o.updatedAt = datetime()
       ${ROW}`,
      { id, scores },
    );
    return { value: toStored(result.records[0]).node, sentraIds: [before.sentraId] };
  });
}

/** Archives a record at `expectedVersion`: reads and analyses no longer see it. */
export async function archiveScore<F extends string>(db: Database, spec: ScoreSpec<F>, id: string, expectedVersion: number): Promise<Written<ScoreRow>> {
  checkId("id", id);
  return db.write(async (tx) => {
    const before = await lockLive(tx, spec, id, expectedVersion);
    const result = await tx.run(
      `MATCH (o:Observation {id: $id})
       SET o.archivedAt = datetime(), o.version = ${versionOf("o")} + 1
       ${ROW}`,
      { id },
    );
    return { value: toStored(result.records[0]).node, sentraIds: [before.sentraId] };
  });
}
