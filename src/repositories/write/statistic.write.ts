import { recordToObject } from "../../db/convert";
import type { Transaction } from "../../db/neo4j";
import { STATISTIC_RULES } from "../../domain/rules/statistic.rules";
import { checkFields } from "../../domain/rules/table";
import { conflict } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { FIRMS_MEASURE } from "../analytics.repository";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { archives, creates, updates } from "./declared";
import { archiveOf, createOf, nodeKind, updateOf } from "./kit";
import { lockNodes, sameValue, lockLiveReference } from "./locks";

/*
 * Yearly figures about a sentra (research/003 Table 1: the Tegal beef-cattle herd, meat produced
 * and demanded ...), their rules STATISTIC_RULES (src/domain/rules/statistic.rules.ts). One live
 * figure per sentra, measure and year: a write that could make a second one locks the sentra
 * first, so such writes for one sentra queue. The analysis reads one measure, `firms` (the units
 * of business in the sentra, for its concentration): a write of that measure makes the sentra's
 * stored metrics stale; no other does.
 */

export interface StatisticFields {
  /** From 1900 to this year. */
  year: number;
  /** What is measured, e.g. cattle, meatProduced; 1 to 100 characters. */
  measure: string;
  /** A count or an amount: finite, from 0. */
  value: number;
  /** e.g. head, kg, Rp/year; 1 to 50 characters. */
  unit: string;
}

export interface CreateStatistic extends StatisticFields {
  /** A stable id; creating twice with it makes one figure. Generated when absent. */
  id?: string | null;
  /** The sentra measured (must be live); fixed once created. */
  sentraId: string;
}

/** Only the given fields change; none can be cleared. The sentra is fixed. */
export type StatisticPatch = { [K in keyof StatisticFields]?: StatisticFields[K] | null } & { id: string; expectedVersion: number };

export type StatisticRow = NodeRow & StatisticFields & { version?: number; archivedAt?: string };

const STATISTIC = nodeKind("SentraStatistic", "sentra statistic");
const FIELDS = ["year", "measure", "value", "unit"] as const;

// The id is the record's key: the kit checks it (createOf, updateOf). The sentra is fixed once created.
const { id: _key, sentraId: _fixed, ...FIELD_RULES } = STATISTIC_RULES;

/** The sentra to recompute after a write of a figure that was or is of these measures. */
const staleSentra = (sentraId: string | null, ...measures: Array<unknown>) => (sentraId !== null && measures.includes(FIRMS_MEASURE) ? [sentraId] : []);

// The id given (the kit has checked it) stays with the fields: the uniqueness check passes over the figure itself.
function checkedCreation(input: CreateStatistic) {
  const { sentraId, ...props } = checkFields({ sentraId: STATISTIC_RULES.sentraId, ...FIELD_RULES }, { ...input }, "whole");
  return { id: input.id ?? null, sentraId: sentraId!, props };
}
type CheckedCreation = ReturnType<typeof checkedCreation>;

async function readStatistic(tx: Transaction, id: string): Promise<StatisticRow & { sentraId: string | null }> {
  const result = await tx.run(`MATCH (st:SentraStatistic {id: $id}) RETURN ${nodeRow("st")} AS node, [(st)-[:OF_SENTRA]->(s:Sentra) | s.id][0] AS sentraId`, {
    id,
  });
  const raw = recordToObject<{ node: unknown; sentraId: string | null }>(result.records[0]);
  return Object.assign(toNodeRow<StatisticRow>(raw.node)!, { sentraId: raw.sentraId ?? null });
}

/** The figure's sentra when the figure is of the firms measure (the analysis reads it), else none. */
async function staleSentraOf(tx: Transaction, id: string): Promise<string[]> {
  const { sentraId, measure } = await readStatistic(tx, id);
  return staleSentra(sentraId, measure);
}

/** Refuses a second live figure of one sentra, measure and year (CONFLICT on year, naming the one there). */
async function checkUnique(tx: Transaction, sentraId: string, measure: unknown, year: unknown, id: string) {
  const result = await tx.run(
    `MATCH (st:SentraStatistic {measure: $measure})-[:OF_SENTRA]->(:Sentra {id: $sentraId})
     WHERE st.year = $year AND st.archivedAt IS NULL AND st.id <> $id
     RETURN st.id AS id LIMIT 1`,
    { sentraId, measure, year, id },
  );
  const existing = result.records[0]?.get("id") as string | undefined;
  if (existing)
    throw conflict("year", msg("errors.statisticExists", { sentraId, measure: String(measure), year: String(year), existing }), { existingId: existing });
}

/**
 * Records a yearly figure about a live sentra; the same id and values again return it unchanged.
 * The sentra's lock is taken before the uniqueness check, so creations for one sentra queue.
 */
export const createStatistic = createOf<CreateStatistic, CheckedCreation, StatisticRow & { sentraId: string | null }>({
  label: "SentraStatistic",
  what: "sentra statistic",
  check: checkedCreation,
  references: async (tx, { id, sentraId, props }) => {
    await lockLiveReference(tx, "Sentra", sentraId, "sentraId", "sentra");
    await checkUnique(tx, sentraId, props.measure, props.year, id ?? "");
  },
  fill: async (tx, id, { sentraId, props }) => {
    await tx.run(`MATCH (st:SentraStatistic {id: $id}), (s:Sentra {id: $sentraId}) SET st += $props MERGE (st)-[:OF_SENTRA]->(s)`, { id, sentraId, props });
  },
  read: readStatistic,
  same: (stored, { sentraId, props }) => stored.sentraId === sentraId && FIELDS.every((f) => sameValue(stored[f], props[f])),
  sentraOf: async (_tx, _id, { sentraId, props }) => staleSentra(sentraId, props.measure),
});

/** Changes the given fields of a live figure at `expectedVersion`; a new measure or year must stay unique in its sentra. */
export const updateStatistic = updateOf({
  kind: STATISTIC,
  key: (patch: StatisticPatch) => patch.id,
  check: (patch: StatisticPatch) => checkFields(FIELD_RULES, { ...patch }, "patch"),
  write: async (tx, id, props, before) => {
    const { sentraId } = await readStatistic(tx, id);
    if (sentraId && (props.measure !== undefined || props.year !== undefined)) {
      // Lock the sentra too, so two figures cannot move onto one measure and year at once.
      await lockNodes(tx, "Sentra", [sentraId]);
      await checkUnique(tx, sentraId, props.measure ?? before.measure, props.year ?? before.year, id);
    }
    await tx.run(`MATCH (st:SentraStatistic {id: $id}) SET st += $props`, { id, props });
  },
  read: readStatistic,
  // Asked before and after the change: a figure that was or is of the firms measure makes its sentra stale.
  sentraOf: staleSentraOf,
});

/** Archives a live figure at `expectedVersion`: a sentra's statistics and node(id) no longer show it. */
export const archiveStatistic = archiveOf({ kind: STATISTIC, sentraOf: staleSentraOf });

export const STATISTIC_WRITES = {
  createSentraStatistic: creates(createStatistic),
  updateSentraStatistic: updates(updateStatistic),
  archiveSentraStatistic: archives(archiveStatistic),
};
