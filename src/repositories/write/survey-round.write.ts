import { recordToObject } from "../../db/convert";
import type { Transaction } from "../../db/neo4j";
import { SURVEY_ROUND_RULES } from "../../domain/rules/survey-round.rules";
import { checkFields } from "../../domain/rules/table";
import { conflict } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { archives, creates, updates } from "./declared";
import { archiveOf, createOf, nodeKind, updateOf, type RecordKind } from "./kit";
import { sameValue } from "./locks";
import { distinctIds } from "./outcome";

/*
 * Survey rounds: their rules are SURVEY_ROUND_RULES (src/domain/rules/survey-round.rules.ts); the
 * date is stored as a Neo4j date. Analyses order a sentra's rounds by date, so a change of a round
 * recomputes the sentra observed in it.
 */

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

const SURVEY_ROUND = nodeKind("SurveyRound", "survey round");
const FIELDS = ["name", "date", "source", "notes"] as const;

// The id is the record's key: the kit checks it (createOf, updateOf).
const { id: _key, ...FIELD_RULES } = SURVEY_ROUND_RULES;

const checked = (fields: Record<string, unknown>, completeness: "whole" | "patch") => checkFields(FIELD_RULES, fields, completeness);
type Checked = ReturnType<typeof checked>;

async function readRound(tx: Transaction, id: string): Promise<SurveyRoundRow> {
  const result = await tx.run(`MATCH (r:SurveyRound {id: $id}) RETURN ${nodeRow("r")} AS node`, { id });
  return toNodeRow<SurveyRoundRow>(recordToObject<{ node: unknown }>(result.records[0]).node)!;
}

// Sets the given properties, the date as a date; a null clears (notes).
async function writeFields(tx: Transaction, id: string, props: Checked) {
  await tx.run(
    `MATCH (r:SurveyRound {id: $id})
     SET r += $props, r.date = CASE WHEN $props.date IS NULL THEN r.date ELSE date($props.date) END`,
    { id, props },
  );
}

/** The sentra with live observations in the round: their analyses compare rounds by date. */
async function sentraOfRound(tx: Transaction, id: string): Promise<string[]> {
  const result = await tx.run(
    `MATCH (:SurveyRound {id: $id})<-[:IN_ROUND]-(o:Observation)-[:IN_SENTRA]->(s:Sentra) WHERE o.archivedAt IS NULL RETURN collect(DISTINCT s.id) AS ids`,
    { id },
  );
  return distinctIds(result.records[0].get("ids") as string[]);
}

/**
 * A round that may be archived: one without live observations, so no analysis counts answers of
 * a round it cannot see. Its lock refuses (CONFLICT) a live round that still has some.
 */
const EMPTY_ROUND: RecordKind<string> = {
  ...SURVEY_ROUND,
  lock: async (tx, id) => {
    const stored = await SURVEY_ROUND.lock(tx, id);
    if (stored && (stored.archivedAt === undefined || stored.archivedAt === null)) await refuseWhileObserved(tx, id);
    return stored;
  },
};

async function refuseWhileObserved(tx: Transaction, id: string) {
  const live = (
    await tx.run(`MATCH (:SurveyRound {id: $id})<-[:IN_ROUND]-(o:Observation) WHERE o.archivedAt IS NULL RETURN count(o) AS n`, { id })
  ).records[0].get("n") as { toNumber(): number };
  if (live.toNumber() > 0) throw conflict("id", msg("errors.roundHasObservations", { id, live: live.toNumber() }), { liveObservations: live.toNumber() });
}

/** Creates a survey round; the same id and values again return it unchanged. */
export const createSurveyRound = createOf<CreateSurveyRound, Checked, SurveyRoundRow>({
  label: "SurveyRound",
  what: "survey round",
  check: (input) => checked({ ...input }, "whole"),
  fill: writeFields,
  read: readRound,
  same: (stored, props) => FIELDS.every((f) => sameValue(stored[f], props[f])),
});

/** Changes the given fields of a live round at `expectedVersion`; the analyses of sentra observed in it are recomputed (rounds are ordered by date). */
export const updateSurveyRound = updateOf({
  kind: SURVEY_ROUND,
  key: (patch: SurveyRoundPatch) => patch.id,
  check: (patch: SurveyRoundPatch) => checked({ ...patch }, "patch"),
  write: (tx, id, props) => writeFields(tx, id, props),
  read: readRound,
  sentraOf: sentraOfRound,
});

/**
 * Archives a live round at `expectedVersion`. A round that still has live observations is refused
 * (CONFLICT): archive them first.
 */
export const archiveSurveyRound = archiveOf({ kind: EMPTY_ROUND, sentraOf: async () => [] });

export const SURVEY_ROUND_WRITES = {
  createSurveyRound: creates(createSurveyRound),
  updateSurveyRound: updates(updateSurveyRound),
  archiveSurveyRound: archives(archiveSurveyRound),
};
