import { recordToObject } from "../../db/convert";
import type { Transaction } from "../../db/neo4j";
import { MONITORING_RULES } from "../../domain/rules/monitoring.rules";
import { checkFields, type Completeness } from "../../domain/rules/table";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { archives, creates, updates } from "./declared";
import { archiveOf, createOf, nodeKind, updateOf } from "./kit";
import { sameValue, liveReference } from "./locks";
import { distinctIds } from "./outcome";

/*
 * Monitoring records: dated visits to one sentra, fixed once created. Their rules are
 * MONITORING_RULES (src/domain/rules/monitoring.rules.ts).
 */

export interface MonitoringFields {
  /** Date of the visit, YYYY-MM-DD, not in the future. */
  date: string;
  findings: string;
  /** The actor who visited, if recorded. */
  visitorId?: string | null;
}

export interface CreateMonitoringRecord extends MonitoringFields {
  /** A stable id; creating twice with it makes one record. Generated when absent. */
  id?: string | null;
  /** The sentra visited; fixed once created. */
  sentraId: string;
}

/** Only the given fields change; null removes the visitor. */
export type MonitoringPatch = { [K in keyof MonitoringFields]?: MonitoringFields[K] | null } & { id: string; expectedVersion: number };

export type MonitoringRow = NodeRow & { date: string; findings: string; version?: number; archivedAt?: string };

/** A record as read back: its row, and the sentra and visitor it ties to. */
type StoredMonitoring = MonitoringRow & { sentraId: string | null; visitorId: string | null };

const MONITORING_RECORD = nodeKind("MonitoringRecord", "monitoring record");

// The id is the record's key (the kit checks it). A patch has no sentraId: the sentra is fixed once created.
const { id: _key, ...FIELD_RULES } = MONITORING_RULES;

/** The given fields checked against MONITORING_RULES, as stored properties plus the date and the ties. */
function checked(fields: Record<string, unknown>, completeness: Completeness) {
  const { sentraId, visitorId, date, ...props } = checkFields(FIELD_RULES, fields, completeness);
  return { sentraId, visitorId, date, props };
}
type Checked = ReturnType<typeof checked>;

async function readRecord(tx: Transaction, id: string): Promise<StoredMonitoring> {
  const result = await tx.run(
    `MATCH (m:MonitoringRecord {id: $id})
     RETURN ${nodeRow("m")} AS node, [(m)-[:MONITORS]->(s:Sentra) | s.id][0] AS sentraId, [(m)-[:VISITED_BY]->(a:Actor) | a.id][0] AS visitorId`,
    { id },
  );
  const raw = recordToObject<{ node: unknown; sentraId: string | null; visitorId: string | null }>(result.records[0]);
  return Object.assign(toNodeRow<MonitoringRow>(raw.node)!, { sentraId: raw.sentraId, visitorId: raw.visitorId });
}

async function sentraOfRecord(tx: Transaction, id: string): Promise<string[]> {
  return distinctIds([(await readRecord(tx, id)).sentraId]);
}

async function checkSentra(tx: Transaction, { sentraId }: Checked) {
  if (sentraId) await liveReference(tx, "Sentra", sentraId, "sentraId", "sentra");
}

async function checkVisitor(tx: Transaction, { visitorId }: Checked) {
  if (visitorId) await liveReference(tx, "Actor", visitorId, "visitorId", "actor");
}

// Sets the given properties and date, ties a new record to its sentra, and the given visitor instead of the one before (null: none).
async function writeFields(tx: Transaction, id: string, { sentraId, visitorId, date, props }: Checked) {
  await tx.run(
    `MATCH (m:MonitoringRecord {id: $id})
     SET m += $props, m.date = CASE WHEN $date IS NULL THEN m.date ELSE date($date) END
     WITH m
     OPTIONAL MATCH (s:Sentra {id: $sentraId})
     FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (m)-[:MONITORS]->(s))
     WITH m
     OPTIONAL MATCH (m)-[old:VISITED_BY]->(:Actor)
     WITH m, collect(old) AS old
     FOREACH (r IN CASE WHEN $setVisitor THEN old ELSE [] END | DELETE r)
     WITH m
     OPTIONAL MATCH (visitor:Actor {id: $visitorId})
     FOREACH (_ IN CASE WHEN $setVisitor AND visitor IS NOT NULL THEN [1] ELSE [] END | MERGE (m)-[:VISITED_BY]->(visitor))`,
    { id, props, date: date ?? null, sentraId: sentraId ?? null, setVisitor: visitorId !== undefined, visitorId: visitorId ?? null },
  );
}

/** Records a monitoring visit to a live sentra; the same id and values again return it unchanged. */
export const createMonitoringRecord = createOf<CreateMonitoringRecord, Checked, StoredMonitoring>({
  label: "MonitoringRecord",
  what: "monitoring record",
  check: (input) => checked({ ...input }, "whole"),
  references: async (tx, fields) => {
    await checkSentra(tx, fields);
    await checkVisitor(tx, fields);
  },
  fill: writeFields,
  read: readRecord,
  same: (stored, { sentraId, visitorId, date, props }) =>
    sameValue([stored.sentraId, stored.date, stored.findings, stored.visitorId], [sentraId, date, props.findings, visitorId]),
  sentraOf: sentraOfRecord,
});

/** Changes the given fields of a live record at `expectedVersion`. */
export const updateMonitoringRecord = updateOf({
  kind: MONITORING_RECORD,
  key: (patch: MonitoringPatch) => patch.id,
  check: (patch: MonitoringPatch) => checked({ ...patch }, "patch"),
  write: async (tx, id, fields) => {
    await checkVisitor(tx, fields);
    await writeFields(tx, id, fields);
  },
  read: readRecord,
  sentraOf: sentraOfRecord,
});

/** Archives a live record at `expectedVersion`: reads and analyses no longer see it. */
export const archiveMonitoringRecord = archiveOf({ kind: MONITORING_RECORD, sentraOf: sentraOfRecord });

export const MONITORING_WRITES = {
  createMonitoringRecord: creates(createMonitoringRecord),
  updateMonitoringRecord: updates(updateMonitoringRecord),
  archiveMonitoringRecord: archives(archiveMonitoringRecord),
};
