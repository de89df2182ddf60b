import { randomUUID } from "node:crypto";
import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import { ASSISTANCE_ROLES, type AssistanceRole } from "../../domain/vocabulary";
import { invalid } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { checkId, checkIsoDate, checkOneOf, checkOptionalDate, checkText } from "../../domain/write-rules";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { checkVersion, theRecord, defined, findLive, lockNodes, requireLive, sameValue, versionOf } from "./locks";
import { checkIdFree, otherValues } from "./node-ids";
import { distinctIds, type Written } from "./outcome";

export interface AgreementFields {
  providerId: string;
  providerRole: AssistanceRole;
  scope: string;
  feeBasis: string;
  /** YYYY-MM-DD; may lie ahead (an agreement signed for next season). */
  startDate: string;
  /** YYYY-MM-DD, not before startDate; absent while open-ended. */
  endDate?: string | null;
}

export interface CreateAgreement extends AgreementFields {
  /** A stable id; creating twice with it makes one agreement. Generated when absent. */
  id?: string | null;
  /** The FKAK that contracts the assistance; fixed once created. */
  forumId: string;
}

/** Only the given fields change; null clears endDate. The forum is fixed: archive and create to move an agreement. */
export type AgreementPatch = { [K in keyof AgreementFields]?: AgreementFields[K] | null } & { id: string; expectedVersion: number };

export type AgreementRow = NodeRow & Omit<AgreementFields, "providerId"> & { version?: number; archivedAt?: string };

const RETURN = `RETURN ${nodeRow("g")} AS node, [(g)-[:CONTRACTED_BY]->(f:Forum) | f.id][0] AS forumId, [(g)-[:PROVIDED_BY]->(a:Actor) | a.id][0] AS providerId,
                       [(g)-[:CONTRACTED_BY]->(:Forum)-[:SERVES]->(s:Sentra) | s.id] AS sentraIds`;

interface Stored {
  node: AgreementRow;
  forumId: string;
  providerId: string;
  sentraIds: string[];
}

async function readAgreement(tx: Transaction, id: string): Promise<Stored> {
  const raw = recordToObject<Omit<Stored, "node"> & { node: unknown }>((await tx.run(`MATCH (g:Agreement {id: $id}) ${RETURN}`, { id })).records[0]);
  const node = toNodeRow<AgreementRow>(raw.node)!;
  return { ...raw, node: { ...node, endDate: node.endDate ?? null }, sentraIds: distinctIds(raw.sentraIds) };
}

function checkedFields(fields: { [K in keyof AgreementFields]?: AgreementFields[K] | null }) {
  for (const f of ["providerId", "providerRole", "scope", "feeBasis", "startDate"] as const)
    if (fields[f] === null) throw invalid(f, msg("errors.cannotBeCleared", { field: f }));
  return {
    props: defined({
      providerRole: fields.providerRole === undefined ? undefined : checkOneOf("providerRole", fields.providerRole ?? "", ASSISTANCE_ROLES),
      scope: fields.scope === undefined ? undefined : checkText("scope", fields.scope ?? "", 1000),
      feeBasis: fields.feeBasis === undefined ? undefined : checkText("feeBasis", fields.feeBasis ?? "", 500),
    }),
    startDate: fields.startDate === undefined ? undefined : checkIsoDate("startDate", fields.startDate ?? "", { future: true }),
    endDate: checkOptionalDate("endDate", fields.endDate, { future: true }),
    providerId: fields.providerId === undefined || fields.providerId === null ? undefined : checkId("providerId", fields.providerId),
  };
}

function checkDates(startDate: string, endDate: string | null | undefined) {
  if (endDate && endDate < startDate) throw invalid("endDate", msg("errors.endBeforeStart", { endDate, startDate }));
}

async function checkProvider(tx: Transaction, providerId: string | undefined) {
  if (providerId) requireLive(await findLive(tx, "Actor", [providerId]), providerId, "providerId", "actor");
}

/**
 * Records an agreement by which a live FKAK engages a live actor as LPT or PKE. The forum is
 * locked first, so creations on one id serialize; the same id and values return the stored one.
 */
export async function createAgreement(db: Database, input: CreateAgreement): Promise<Written<AgreementRow>> {
  const id = input.id === undefined || input.id === null ? randomUUID() : checkId("id", input.id);
  const forumId = checkId("forumId", input.forumId);
  const { props, startDate, endDate, providerId } = checkedFields(input);
  checkDates(startDate!, endDate);
  return db.write(async (tx) => {
    const forum = requireLive(await lockNodes(tx, "Forum", [forumId]), forumId, "forumId", "forum");
    if (forum.kind !== "FKAK") throw invalid("forumId", msg("errors.agreementNeedsFkak", { forumId, kind: String(forum.kind) }));
    await checkProvider(tx, providerId);
    await checkIdFree(tx, id, "n:Agreement");
    const existing = (await tx.run(`MATCH (g:Agreement {id: $id}) RETURN g.id AS id`, { id })).records.length > 0;
    if (existing) {
      const stored = await readAgreement(tx, id);
      const row = stored.node;
      const same =
        row.archivedAt === undefined &&
        sameValue(
          [stored.forumId, stored.providerId, row.providerRole, row.scope, row.feeBasis, row.startDate, row.endDate],
          [forumId, providerId, props.providerRole, props.scope, props.feeBasis, startDate, endDate ?? null],
        );
      if (!same) throw otherValues("agreement", id, row.archivedAt !== undefined);
      return { value: row, sentraIds: [] };
    }
    await tx.run(
      `MATCH (f:Forum {id: $forumId}), (provider:Actor {id: $providerId})
       CREATE (g:Agreement:Node {id: $id})
       SET g += $props, g.startDate = date($startDate), g.endDate = CASE WHEN $endDate IS NULL THEN null ELSE date($endDate) END,
           g.version = 1, g.createdAt = datetime()
       CREATE (g)-[:CONTRACTED_BY]->(f)
       CREATE (g)-[:PROVIDED_BY]->(provider)`,
      { id, forumId, providerId, props, startDate, endDate: endDate ?? null },
    );
    const stored = await readAgreement(tx, id);
    return { value: stored.node, sentraIds: stored.sentraIds };
  });
}

async function lockLive(tx: Transaction, id: string, expectedVersion: number): Promise<Stored> {
  const stored = requireLive(await lockNodes(tx, "Agreement", [id]), id, "id", "agreement");
  checkVersion(stored.version, expectedVersion, theRecord("agreement", id));
  return readAgreement(tx, id);
}

/** Changes the given fields of a live agreement at `expectedVersion`. */
export async function updateAgreement(db: Database, patch: AgreementPatch): Promise<Written<AgreementRow>> {
  const id = checkId("id", patch.id);
  const { props, startDate, endDate, providerId } = checkedFields(patch);
  return db.write(async (tx) => {
    const before = await lockLive(tx, id, patch.expectedVersion);
    checkDates(startDate ?? before.node.startDate, endDate === undefined ? before.node.endDate : endDate);
    await checkProvider(tx, providerId);
    await tx.run(
      `MATCH (g:Agreement {id: $id})
       SET g += $props,
           g.startDate = CASE WHEN $startDate IS NULL THEN g.startDate ELSE date($startDate) END,
           g.endDate = CASE WHEN NOT $setEnd THEN g.endDate WHEN $endDate IS NULL THEN null ELSE date($endDate) END,
           g.version = ${versionOf("g")} + 1, g.updatedAt = datetime()
       WITH g
       OPTIONAL MATCH (provider:Actor {id: $providerId})
       WITH g, provider
       OPTIONAL MATCH (g)-[old:PROVIDED_BY]->(:Actor)
       WITH g, provider, collect(old) AS old
       FOREACH (r IN CASE WHEN provider IS NULL THEN [] ELSE old END | DELETE r)
       FOREACH (_ IN CASE WHEN provider IS NULL THEN [] ELSE [1] END | MERGE (g)-[:PROVIDED_BY]->(provider))`,
      { id, props, startDate: startDate ?? null, setEnd: endDate !== undefined, endDate: endDate ?? null, providerId: providerId ?? null },
    );
    const after = await readAgreement(tx, id);
    return { value: after.node, sentraIds: after.sentraIds };
  });
}

/** Archives a live agreement at `expectedVersion`: reads and analyses no longer see it. */
export async function archiveAgreement(db: Database, id: string, expectedVersion: number): Promise<Written<AgreementRow>> {
  checkId("id", id);
  return db.write(async (tx) => {
    await lockLive(tx, id, expectedVersion);
    await tx.run(`MATCH (g:Agreement {id: $id}) SET g.archivedAt = datetime(), g.version = ${versionOf("g")} + 1`, { id });
    const after = await readAgreement(tx, id);
    return { value: after.node, sentraIds: after.sentraIds };
  });
}
