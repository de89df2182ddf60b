import { randomUUID } from "node:crypto";
import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import { invalid } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { checkId, checkIsoDate, checkText } from "../../domain/write-rules";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { checkVersion, theRecord, defined, findLive, lockNodes, requireLive, sameValue, versionOf } from "./locks";
import { checkIdFree, otherValues } from "./node-ids";
import { distinctIds, type Written } from "./outcome";

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

const RETURN = `RETURN ${nodeRow("m")} AS node, [(m)-[:MONITORS]->(s:Sentra) | s.id][0] AS sentraId, [(m)-[:VISITED_BY]->(a:Actor) | a.id][0] AS visitorId`;

interface Stored {
  node: MonitoringRow;
  sentraId: string;
  visitorId: string | null;
}

async function readRecord(tx: Transaction, id: string): Promise<Stored> {
  const raw = recordToObject<Omit<Stored, "node"> & { node: unknown }>((await tx.run(`MATCH (m:MonitoringRecord {id: $id}) ${RETURN}`, { id })).records[0]);
  return { ...raw, node: toNodeRow<MonitoringRow>(raw.node)! };
}

function checkedFields(fields: { [K in keyof MonitoringFields]?: MonitoringFields[K] | null }) {
  for (const f of ["date", "findings"] as const) if (fields[f] === null) throw invalid(f, msg("errors.cannotBeCleared", { field: f }));
  return {
    date: fields.date === undefined ? undefined : checkIsoDate("date", fields.date ?? ""),
    props: defined({ findings: fields.findings === undefined ? undefined : checkText("findings", fields.findings ?? "", 5000) }),
    visitorId: fields.visitorId === undefined || fields.visitorId === null ? fields.visitorId : checkId("visitorId", fields.visitorId),
  };
}

async function checkVisitor(tx: Transaction, visitorId: string | null | undefined) {
  if (visitorId) requireLive(await findLive(tx, "Actor", [visitorId]), visitorId, "visitorId", "actor");
}

/** Records a monitoring visit to a live sentra; the sentra is locked first, so creations on one id serialize. */
export async function createMonitoringRecord(db: Database, input: CreateMonitoringRecord): Promise<Written<MonitoringRow>> {
  const id = input.id === undefined || input.id === null ? randomUUID() : checkId("id", input.id);
  const sentraId = checkId("sentraId", input.sentraId);
  const { date, props, visitorId } = checkedFields(input);
  return db.write(async (tx) => {
    requireLive(await lockNodes(tx, "Sentra", [sentraId]), sentraId, "sentraId", "sentra");
    await checkVisitor(tx, visitorId);
    await checkIdFree(tx, id, "n:MonitoringRecord");
    if ((await tx.run(`MATCH (m:MonitoringRecord {id: $id}) RETURN m.id`, { id })).records.length > 0) {
      const stored = await readRecord(tx, id);
      const same =
        stored.node.archivedAt === undefined &&
        sameValue([stored.sentraId, stored.node.date, stored.node.findings, stored.visitorId], [sentraId, date, props.findings, visitorId ?? null]);
      if (!same) throw otherValues("monitoring record", id, stored.node.archivedAt !== undefined);
      return { value: stored.node, sentraIds: [] };
    }
    await tx.run(
      `MATCH (s:Sentra {id: $sentraId})
       CREATE (m:MonitoringRecord:Node {id: $id})
       SET m += $props, m.date = date($date), m.version = 1, m.createdAt = datetime()
       CREATE (m)-[:MONITORS]->(s)
       WITH m
       OPTIONAL MATCH (visitor:Actor {id: $visitorId})
       FOREACH (_ IN CASE WHEN visitor IS NULL THEN [] ELSE [1] END | CREATE (m)-[:VISITED_BY]->(visitor))`,
      { id, sentraId, props, date, visitorId: visitorId ?? null },
    );
    return { value: (await readRecord(tx, id)).node, sentraIds: [sentraId] };
  });
}

async function lockLive(tx: Transaction, id: string, expectedVersion: number): Promise<Stored> {
  const stored = requireLive(await lockNodes(tx, "MonitoringRecord", [id]), id, "id", "monitoring record");
  checkVersion(stored.version, expectedVersion, theRecord("monitoring record", id));
  return readRecord(tx, id);
}

/** Changes the given fields of a live record at `expectedVersion`. */
export async function updateMonitoringRecord(db: Database, patch: MonitoringPatch): Promise<Written<MonitoringRow>> {
  const id = checkId("id", patch.id);
  const { date, props, visitorId } = checkedFields(patch);
  return db.write(async (tx) => {
    const before = await lockLive(tx, id, patch.expectedVersion);
    await checkVisitor(tx, visitorId);
    await tx.run(
      `MATCH (m:MonitoringRecord {id: $id})
       SET m += $props, m.date = CASE WHEN $date IS NULL THEN m.date ELSE date($date) END,
           m.version = ${versionOf("m")} + 1, m.updatedAt = datetime()
       WITH m
       OPTIONAL MATCH (m)-[old:VISITED_BY]->(:Actor)
       WITH m, collect(old) AS old
       FOREACH (r IN CASE WHEN $setVisitor THEN old ELSE [] END | DELETE r)
       WITH m
       OPTIONAL MATCH (visitor:Actor {id: $visitorId})
       FOREACH (_ IN CASE WHEN $setVisitor AND visitor IS NOT NULL THEN [1] ELSE [] END | MERGE (m)-[:VISITED_BY]->(visitor))`,
      { id, props, date: date ?? null, setVisitor: visitorId !== undefined, visitorId: visitorId ?? null },
    );
    return { value: (await readRecord(tx, id)).node, sentraIds: distinctIds([before.sentraId]) };
  });
}

/** Archives a live record at `expectedVersion`: reads and analyses no longer see it. */
export async function archiveMonitoringRecord(db: Database, id: string, expectedVersion: number): Promise<Written<MonitoringRow>> {
  checkId("id", id);
  return db.write(async (tx) => {
    const before = await lockLive(tx, id, expectedVersion);
    await tx.run(`MATCH (m:MonitoringRecord {id: $id}) SET m.archivedAt = datetime(), m.version = ${versionOf("m")} + 1`, { id });
    return { value: (await readRecord(tx, id)).node, sentraIds: distinctIds([before.sentraId]) };
  });
}
