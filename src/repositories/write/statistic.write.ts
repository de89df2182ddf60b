import { randomUUID } from "node:crypto";
import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import { conflict, invalid } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { checkId, checkText, checkYear } from "../../domain/write-rules";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { checkVersion, theRecord, defined, lockNodes, requireLive, sameValue, versionOf } from "./locks";
import { checkIdFree, otherValues } from "./node-ids";
import type { ArchivedRow, Written } from "./outcome";
import { FIRMS_MEASURE } from "../analytics.repository";

/*
 * Yearly figures about a sentra (research/003 Table 1: the Tegal beef-cattle herd, meat produced
 * and demanded ...). One live figure per sentra, measure and year. The analysis reads one measure,
 * `firms` (the units of business in the sentra, for its concentration): a write of that measure
 * makes the sentra's stored metrics stale; no other does.
 */

/** The sentra to recompute after a write of a figure that was or is of these measures. */
const staleSentra = (sentraId: string | null, ...measures: Array<string | undefined>) =>
  sentraId !== null && measures.includes(FIRMS_MEASURE) ? [sentraId] : [];

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

const FIELDS = ["year", "measure", "value", "unit"] as const;

function checkValue(value: number): number {
  if (!Number.isFinite(value) || value < 0) throw invalid("value", msg("errors.statisticValue", { value: String(value) }));
  return value;
}

function checkedFields(fields: { [K in keyof StatisticFields]?: StatisticFields[K] | null }) {
  for (const f of FIELDS) if (fields[f] === null) throw invalid(f, msg("errors.cannotBeCleared", { field: f }));
  return defined({
    year: fields.year === undefined || fields.year === null ? undefined : checkYear("year", fields.year, 1900),
    measure: fields.measure === undefined ? undefined : checkText("measure", fields.measure ?? "", 100),
    value: fields.value === undefined || fields.value === null ? undefined : checkValue(fields.value),
    unit: fields.unit === undefined ? undefined : checkText("unit", fields.unit ?? "", 50),
  });
}

interface Stored {
  node: StatisticRow;
  sentraId: string | null;
}

async function readStatistic(tx: Transaction, id: string): Promise<Stored> {
  const result = await tx.run(`MATCH (st:SentraStatistic {id: $id}) RETURN ${nodeRow("st")} AS node, [(st)-[:OF_SENTRA]->(s:Sentra) | s.id][0] AS sentraId`, {
    id,
  });
  const raw = recordToObject<{ node: unknown; sentraId: string | null }>(result.records[0]);
  return { node: toNodeRow<StatisticRow>(raw.node)!, sentraId: raw.sentraId ?? null };
}

/** Refuses a second live figure of one sentra, measure and year (CONFLICT on year, naming the one there). */
async function checkUnique(tx: Transaction, sentraId: string, measure: string, year: number, id: string) {
  const result = await tx.run(
    `MATCH (st:SentraStatistic {measure: $measure})-[:OF_SENTRA]->(:Sentra {id: $sentraId})
     WHERE st.year = $year AND st.archivedAt IS NULL AND st.id <> $id
     RETURN st.id AS id LIMIT 1`,
    { sentraId, measure, year, id },
  );
  const existing = result.records[0]?.get("id") as string | undefined;
  if (existing) throw conflict("year", msg("errors.statisticExists", { sentraId, measure, year: String(year), existing }), { existingId: existing });
}

/**
 * Records a yearly figure about a live sentra. The sentra is locked first, so creations for one
 * sentra serialize (one live figure per measure and year); the figure is MERGEd on its id, so the
 * same id and values again return it unchanged.
 */
export async function createStatistic(db: Database, input: CreateStatistic): Promise<Written<StatisticRow>> {
  const id = input.id === undefined || input.id === null ? randomUUID() : checkId("id", input.id);
  const sentraId = checkId("sentraId", input.sentraId);
  const props = checkedFields({ year: input.year, measure: input.measure, value: input.value, unit: input.unit });
  return db.write(async (tx) => {
    requireLive(await lockNodes(tx, "Sentra", [sentraId]), sentraId, "sentraId", "sentra");
    await checkIdFree(tx, id, "n:SentraStatistic");
    if ((await tx.run(`MATCH (st:SentraStatistic {id: $id}) RETURN st.id`, { id })).records.length > 0) {
      const stored = await readStatistic(tx, id);
      const row = stored.node as unknown as Record<string, unknown>;
      const same = row.archivedAt === undefined && stored.sentraId === sentraId && FIELDS.every((f) => sameValue(row[f], props[f]));
      if (!same) throw otherValues("sentra statistic", id, row.archivedAt !== undefined);
      return { value: stored.node, sentraIds: [] };
    }
    await checkUnique(tx, sentraId, props.measure!, props.year!, id);
    await tx.run(
      `MATCH (s:Sentra {id: $sentraId})
       MERGE (st:SentraStatistic:Node {id: $id})
       ON CREATE SET st += $props, st.version = 1, st.createdAt = datetime()
       MERGE (st)-[:OF_SENTRA]->(s)`,
      { id, sentraId, props },
    );
    return { value: (await readStatistic(tx, id)).node, sentraIds: staleSentra(sentraId, props.measure) };
  });
}

async function lockLive(tx: Transaction, id: string, expectedVersion: number): Promise<Stored> {
  const stored = requireLive(await lockNodes(tx, "SentraStatistic", [id]), id, "id", "sentra statistic");
  checkVersion(stored.version, expectedVersion, theRecord("sentra statistic", id));
  return readStatistic(tx, id);
}

/** Changes the given fields of a live figure at `expectedVersion`; a new measure or year must stay unique in its sentra. */
export async function updateStatistic(db: Database, patch: StatisticPatch): Promise<Written<StatisticRow>> {
  const id = checkId("id", patch.id);
  const props = checkedFields(patch);
  return db.write(async (tx) => {
    const before = await lockLive(tx, id, patch.expectedVersion);
    if (before.sentraId && (props.measure !== undefined || props.year !== undefined)) {
      // Lock the sentra too, so two figures cannot move onto one measure and year at once.
      await lockNodes(tx, "Sentra", [before.sentraId]);
      await checkUnique(tx, before.sentraId, props.measure ?? before.node.measure, props.year ?? before.node.year, id);
    }
    await tx.run(
      `MATCH (st:SentraStatistic {id: $id})
       SET st += $props, st.version = ${versionOf("st")} + 1, st.updatedAt = datetime()`,
      { id, props },
    );
    return { value: (await readStatistic(tx, id)).node, sentraIds: staleSentra(before.sentraId, before.node.measure, props.measure) };
  });
}

/** Archives a live figure at `expectedVersion`: a sentra's statistics and node(id) no longer show it. */
export async function archiveStatistic(db: Database, id: string, expectedVersion: number): Promise<Written<ArchivedRow>> {
  checkId("id", id);
  return db.write(async (tx) => {
    const before = await lockLive(tx, id, expectedVersion);
    const result = await tx.run(
      `MATCH (st:SentraStatistic {id: $id})
       SET st.archivedAt = datetime(), st.version = ${versionOf("st")} + 1
       RETURN st.id AS id, st.version AS version, st.archivedAt AS archivedAt`,
      { id },
    );
    return { value: recordToObject<ArchivedRow>(result.records[0]), sentraIds: staleSentra(before.sentraId, before.node.measure) };
  });
}
