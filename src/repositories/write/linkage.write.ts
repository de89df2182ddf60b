import { randomUUID } from "node:crypto";
import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import { FLOWS, INTENSITIES, LINKAGE_TYPES, type Flow, type Intensity, type LinkageType } from "../../domain/vocabulary";
import { conflict, invalid, notFound } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { otherValues } from "./node-ids";
import { checkId, checkOneOf, checkOptionalDate, checkOptionalText, checkSet } from "../../domain/write-rules";
import { asLinkage, type LinkageRow } from "../linkage-row";
import { nodeRow } from "../node-row";
import { checkVersion, theRecord, defined, findLive, lockNodes, requireLive, sameValue, versionOf } from "./locks";
import { distinctIds, type Written } from "./outcome";

export interface LinkageFields {
  type: LinkageType;
  intensity?: Intensity | null;
  flows: Flow[];
  sentraId?: string | null;
  since?: string | null;
  description?: string | null;
}

export interface CreateLinkage extends LinkageFields {
  /** A stable id chosen by the client; creating twice with it makes one tie. Generated when absent. */
  id?: string | null;
  fromId: string;
  toId: string;
}

/** Only the given fields change; null clears an optional one. The two actors are fixed: archive and create to move a tie. */
export type LinkagePatch = { [K in keyof LinkageFields]?: LinkageFields[K] | null } & { id: string; expectedVersion: number };

/** A tie as written, seen from where it starts (partner: the actor it points to) and with its version. */
export type WrittenLinkage = LinkageRow & { version: number };

const ROW = `RETURN l {.id, .type, .intensity, .flows, .since, .description, .sentraId, .archivedAt, version: ${versionOf("l")},
                      fromId: x.id, toId: y.id, direction: 'OUTGOING', partner: ${nodeRow("y")}} AS linkage,
                   CASE WHEN l.sentraId IS NOT NULL THEN [l.sentraId]
                        ELSE [(x)-[:PARTICIPATES_IN]->(s:Sentra) | s.id] + [(y)-[:PARTICIPATES_IN]->(s:Sentra) | s.id] END AS sentraIds`;

function toRow(record: { toObject(): Record<string, unknown> }): { linkage: WrittenLinkage & { archivedAt?: string | null }; sentraIds: string[] } {
  const raw = recordToObject<{ linkage: unknown; sentraIds: string[] }>(record);
  const linkage = asLinkage(raw.linkage) as WrittenLinkage;
  return {
    linkage: {
      ...linkage,
      intensity: linkage.intensity ?? null,
      since: linkage.since ?? null,
      description: linkage.description ?? null,
      sentraId: linkage.sentraId ?? null,
    },
    sentraIds: raw.sentraIds,
  };
}

async function findById(tx: Transaction, id: string) {
  const result = await tx.run(`MATCH (x:Actor)-[l:LINKED {id: $id}]->(y:Actor) ${ROW}`, { id });
  return result.records[0] ? toRow(result.records[0]) : undefined;
}

function checkedFields(fields: { [K in keyof LinkageFields]?: LinkageFields[K] | null }) {
  return {
    type: fields.type === undefined ? undefined : checkOneOf("type", fields.type ?? "", LINKAGE_TYPES),
    intensity: fields.intensity === undefined || fields.intensity === null ? fields.intensity : checkOneOf("intensity", fields.intensity, INTENSITIES),
    flows: fields.flows === undefined ? undefined : checkSet("flows", fields.flows ?? [], FLOWS),
    sentraId: fields.sentraId === undefined || fields.sentraId === null ? fields.sentraId : checkId("sentraId", fields.sentraId),
    since: checkOptionalDate("since", fields.since),
    description: checkOptionalText("description", fields.description),
  };
}

/**
 * No second live tie of one type between the same two actors in the same sentra (or both in none).
 * Horizontal cooperation is mutual, so either direction counts; the other types have a direction
 * (supplier to firm, firm to buyer), so the reverse tie is a different one.
 */
async function checkNoDuplicate(tx: Transaction, tie: { id: string; type: LinkageType; fromId: string; toId: string; sentraId: string | null }) {
  const result = await tx.run(
    `MATCH (x:Actor {id: $fromId})-[l:LINKED {type: $type}]-(y:Actor {id: $toId})
     WHERE l.archivedAt IS NULL AND l.id <> $id AND coalesce(l.sentraId, '') = coalesce($sentraId, '')
       AND ($type = 'HORIZONTAL_COOPERATION' OR startNode(l) = x)
     RETURN l.id AS id LIMIT 1`,
    tie,
  );
  const existing = result.records[0]?.get("id") as string | undefined;
  if (existing) {
    throw conflict(
      "type",
      msg(tie.sentraId ? "errors.linkageExists" : "errors.linkageExistsOutside", {
        type: tie.type,
        fromId: tie.fromId,
        toId: tie.toId,
        sentraId: tie.sentraId ?? null,
        existing,
      }),
      { existingId: existing },
    );
  }
}

async function checkSentra(tx: Transaction, sentraId: string | null | undefined) {
  if (sentraId) requireLive(await findLive(tx, "Sentra", [sentraId]), sentraId, "sentraId", "sentra");
}

/**
 * Creates a tie. Both actors are locked first, so concurrent creations serialize: with the same
 * id, the first creates and the others get the stored tie back (an id in use with other values is
 * a CONFLICT); a tie duplicating a live one of the same type, pair and sentra is a CONFLICT.
 */
export async function createLinkage(db: Database, input: CreateLinkage): Promise<Written<WrittenLinkage>> {
  const id = input.id === undefined || input.id === null ? randomUUID() : checkId("id", input.id);
  const fromId = checkId("fromId", input.fromId);
  const toId = checkId("toId", input.toId);
  if (fromId === toId) throw invalid("toId", msg("errors.selfLinkage", { id: JSON.stringify(fromId) }));
  const fields = checkedFields({ ...input, type: input.type, flows: input.flows });
  const type = fields.type!;
  const sentraId = fields.sentraId ?? null;
  return db.write(async (tx) => {
    const actors = await lockNodes(tx, "Actor", [fromId, toId]);
    requireLive(actors, fromId, "fromId", "actor");
    requireLive(actors, toId, "toId", "actor");
    await checkSentra(tx, sentraId);
    const existing = await findById(tx, id);
    if (existing) {
      const l = existing.linkage;
      const same =
        !l.archivedAt &&
        [
          [l.type, type],
          [l.fromId, fromId],
          [l.toId, toId],
          [l.intensity, fields.intensity],
          [l.flows, fields.flows],
          [l.sentraId, sentraId],
          [l.since, fields.since],
          [l.description, fields.description],
        ].every(([a, b]) => sameValue(a, b));
      if (!same) throw otherValues("linkage", id, Boolean(l.archivedAt));
      return { value: l, sentraIds: [] };
    }
    await checkNoDuplicate(tx, { id, type, fromId, toId, sentraId });
    const props = defined({
      id,
      type,
      intensity: fields.intensity ?? undefined,
      flows: fields.flows,
      sentraId: sentraId ?? undefined,
      description: fields.description ?? undefined,
    });
    const result = await tx.run(
      `MATCH (x:Actor {id: $fromId}), (y:Actor {id: $toId})
       CREATE (x)-[l:LINKED]->(y)
       SET l = $props, l.since = CASE WHEN $since IS NULL THEN null ELSE date($since) END, l.version = 1, l.createdAt = datetime()
       ${ROW}`,
      { fromId, toId, props, since: fields.since ?? null },
    );
    const written = toRow(result.records[0]);
    return { value: written.linkage, sentraIds: distinctIds(written.sentraIds) };
  });
}

/** Locks a live tie's two actors and returns it at `expectedVersion`. */
async function lockLive(tx: Transaction, id: string, expectedVersion: number) {
  const before = await findById(tx, id);
  if (!before || before.linkage.archivedAt)
    throw notFound("id", msg(before ? "errors.noLiveRecord" : "errors.noRecord", { thing: msg("errors.nounLinkage"), id: JSON.stringify(id) }));
  await lockNodes(tx, "Actor", [before.linkage.fromId, before.linkage.toId]);
  const locked = (await findById(tx, id))!;
  if (locked.linkage.archivedAt) throw notFound("id", msg("errors.noLiveRecord", { thing: msg("errors.nounLinkage"), id: JSON.stringify(id) }));
  checkVersion(locked.linkage.version, expectedVersion, theRecord("linkage", id));
  return locked;
}

/** Changes the given fields of a live tie at `expectedVersion`; the version goes up by one. */
export async function updateLinkage(db: Database, patch: LinkagePatch): Promise<Written<WrittenLinkage>> {
  const id = checkId("id", patch.id);
  if (patch.type === null) throw invalid("type", msg("errors.cannotBeCleared", { field: "type" }));
  if (patch.flows === null) throw invalid("flows", msg("errors.cannotBeCleared", { field: "flows" }));
  const fields = checkedFields(patch);
  return db.write(async (tx) => {
    const before = await lockLive(tx, id, patch.expectedVersion);
    const type = fields.type ?? before.linkage.type;
    const sentraId = fields.sentraId === undefined ? before.linkage.sentraId : fields.sentraId;
    await checkSentra(tx, fields.sentraId);
    if (type !== before.linkage.type || sentraId !== before.linkage.sentraId) {
      await checkNoDuplicate(tx, { id, type, fromId: before.linkage.fromId, toId: before.linkage.toId, sentraId });
    }
    const { since, ...rest } = fields;
    const result = await tx.run(
      `MATCH (x:Actor)-[l:LINKED {id: $id}]->(y:Actor)
       SET l += $props, l.since = CASE WHEN NOT $setSince THEN l.since WHEN $since IS NULL THEN null ELSE date($since) END,
           l.version = ${versionOf("l")} + 1, l.updatedAt = datetime()
       ${ROW}`,
      { id, props: defined(rest), setSince: since !== undefined, since: since ?? null },
    );
    const after = toRow(result.records[0]);
    return { value: after.linkage, sentraIds: distinctIds([...before.sentraIds, ...after.sentraIds]) };
  });
}

/** Archives a live tie at `expectedVersion`: reads and analyses no longer see it. */
export async function archiveLinkage(db: Database, id: string, expectedVersion: number): Promise<Written<WrittenLinkage>> {
  checkId("id", id);
  return db.write(async (tx) => {
    await lockLive(tx, id, expectedVersion);
    const result = await tx.run(
      `MATCH (x:Actor)-[l:LINKED {id: $id}]->(y:Actor)
       SET l.archivedAt = datetime(), l.version = ${versionOf("l")} + 1
       ${ROW}`,
      { id },
    );
    const after = toRow(result.records[0]);
    return { value: after.linkage, sentraIds: distinctIds(after.sentraIds) };
  });
}
