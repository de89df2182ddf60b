import { randomUUID } from "node:crypto";
import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import { conflict, invalid } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { checkId, checkIsoDate, checkOptionalText, checkText } from "../../domain/write-rules";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { checkVersion, theRecord, defined, lockNodes, requireLive, sameValue, versionOf } from "./locks";
import { checkIdFree, otherValues } from "./node-ids";
import { distinctIds, type Written } from "./outcome";

export interface SurveyRoundFields {
  name: string;
  /** When the survey was taken, YYYY-MM-DD, not in the future. */
  date: string;
  source: string;
  notes?: string | null;
}

export interface CreateSurveyRound extends SurveyRoundFields {
  /** A stable id; creating twice with it makes one round. Generated when absent. */
  id?: string | null;
}

/** Only the given fields change; null clears notes. */
export type SurveyRoundPatch = { [K in keyof SurveyRoundFields]?: SurveyRoundFields[K] | null } & { id: string; expectedVersion: number };

export type SurveyRoundRow = NodeRow & SurveyRoundFields & { version?: number; archivedAt?: string };

const FIELDS = ["name", "date", "source", "notes"] as const;

function checkedFields(fields: { [K in keyof SurveyRoundFields]?: SurveyRoundFields[K] | null }) {
  for (const required of ["name", "date", "source"] as const)
    if (fields[required] === null) throw invalid(required, msg("errors.cannotBeCleared", { field: required }));
  return defined({
    name: fields.name === undefined ? undefined : checkText("name", fields.name ?? "", 200),
    date: fields.date === undefined ? undefined : checkIsoDate("date", fields.date ?? ""),
    source: fields.source === undefined ? undefined : checkText("source", fields.source ?? "", 500),
    notes: checkOptionalText("notes", fields.notes),
  });
}

async function readRound(tx: Transaction, id: string): Promise<SurveyRoundRow> {
  const result = await tx.run(`MATCH (r:SurveyRound {id: $id}) RETURN ${nodeRow("r")} AS node`, { id });
  return toNodeRow<SurveyRoundRow>(recordToObject<{ node: unknown }>(result.records[0]).node)!;
}

/** The sentra with live observations in the round: their analyses compare rounds by date. */
async function sentraOfRound(tx: Transaction, id: string): Promise<string[]> {
  const result = await tx.run(
    `MATCH (:SurveyRound {id: $id})<-[:IN_ROUND]-(o:Observation)-[:IN_SENTRA]->(s:Sentra) WHERE o.archivedAt IS NULL RETURN collect(DISTINCT s.id) AS ids`,
    { id },
  );
  return distinctIds(result.records[0].get("ids") as string[]);
}

const SET_PROPS = `SET r += $props, r.date = date($props.date)`;

/** Creates a survey round, MERGEd on its id; the same id and values again return it unchanged. */
export async function createSurveyRound(db: Database, input: CreateSurveyRound): Promise<Written<SurveyRoundRow>> {
  const id = input.id === undefined || input.id === null ? randomUUID() : checkId("id", input.id);
  const props = checkedFields({ ...input, name: input.name, date: input.date, source: input.source });
  return db.write(async (tx) => {
    await checkIdFree(tx, id, "n:SurveyRound");
    const result = await tx.run(
      `MERGE (r:SurveyRound:Node {id: $id})
       ON CREATE ${SET_PROPS}, r.version = 1, r.createdAt = datetime(), r.__created = true
       WITH r, coalesce(r.__created, false) AS created
       FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE r.__created)
       RETURN created`,
      { id, props },
    );
    const stored = await readRound(tx, id);
    if (!result.records[0].get("created")) {
      const row = stored as unknown as Record<string, unknown>;
      if (row.archivedAt !== undefined || !FIELDS.every((f) => sameValue(row[f], (props as Record<string, unknown>)[f])))
        throw otherValues("survey round", id, row.archivedAt !== undefined);
    }
    return { value: stored, sentraIds: [] };
  });
}

/** Changes the given fields of a live round at `expectedVersion`; the analyses of sentra observed in it are recomputed (rounds are ordered by date). */
export async function updateSurveyRound(db: Database, patch: SurveyRoundPatch): Promise<Written<SurveyRoundRow>> {
  const id = checkId("id", patch.id);
  const props = checkedFields(patch);
  return db.write(async (tx) => {
    const stored = requireLive(await lockNodes(tx, "SurveyRound", [id]), id, "id", "survey round");
    checkVersion(stored.version, patch.expectedVersion, theRecord("survey round", id));
    await tx.run(
      `MATCH (r:SurveyRound {id: $id})
       SET r += $props, r.date = CASE WHEN $props.date IS NULL THEN r.date ELSE date($props.date) END,
           r.version = ${versionOf("r")} + 1, r.updatedAt = datetime()`,
      { id, props: { ...props, ...(patch.notes === null ? { notes: null } : {}) } },
    );
    return { value: await readRound(tx, id), sentraIds: await sentraOfRound(tx, id) };
  });
}

/**
 * Archives a live round at `expectedVersion`. A round that still has live observations is refused
 * (CONFLICT): archive them first, so no analysis counts answers of a round it cannot see.
 */
export async function archiveSurveyRound(db: Database, id: string, expectedVersion: number): Promise<Written<SurveyRoundRow>> {
  checkId("id", id);
  return db.write(async (tx) => {
    const stored = requireLive(await lockNodes(tx, "SurveyRound", [id]), id, "id", "survey round");
    checkVersion(stored.version, expectedVersion, theRecord("survey round", id));
    const live = (
      await tx.run(`MATCH (:SurveyRound {id: $id})<-[:IN_ROUND]-(o:Observation) WHERE o.archivedAt IS NULL RETURN count(o) AS n`, { id })
    ).records[0].get("n") as { toNumber(): number };
    if (live.toNumber() > 0) throw conflict("id", msg("errors.roundHasObservations", { id, live: live.toNumber() }), { liveObservations: live.toNumber() });
    await tx.run(`MATCH (r:SurveyRound {id: $id}) SET r.archivedAt = datetime(), r.version = ${versionOf("r")} + 1`, { id });
    return { value: await readRound(tx, id), sentraIds: [] };
  });
}
