import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import { SENTRA_ROLES, type SentraRole } from "../../domain/vocabulary";
import { conflict, notFound } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { checkId, checkOneOf, checkOptionalDate } from "../../domain/write-rules";
import type { ActorRow } from "../actor-row";
import { nodeRow, toNodeRow } from "../node-row";
import type { SentraRow } from "../sentra.repository";
import { checkVersion, lockNodes, requireLive, sameValue, versionOf } from "./locks";
import type { Written } from "./outcome";

/** An actor's part in a sentra: one PARTICIPATES_IN relationship per role, keyed by (actor, sentra, role). */
export interface ParticipationKey {
  actorId: string;
  sentraId: string;
  role: SentraRole;
}

export interface ParticipationRow extends ParticipationKey {
  since: string | null;
  version: number;
  archivedAt: string | null;
  actor: ActorRow;
  sentra: SentraRow;
}

function checkedKey(key: ParticipationKey): ParticipationKey {
  return { actorId: checkId("actorId", key.actorId), sentraId: checkId("sentraId", key.sentraId), role: checkOneOf("role", key.role, SENTRA_ROLES) };
}

const ROW = `RETURN p {.role, .since, .archivedAt, version: ${versionOf("p")}} AS p, ${nodeRow("a")} AS actor, ${nodeRow("s")} AS sentra`;

function toRow(record: { toObject(): Record<string, unknown> }): ParticipationRow {
  const raw = recordToObject<{ p: { role: SentraRole; since: string | null; archivedAt: string | null; version: number }; actor: unknown; sentra: unknown }>(
    record,
  );
  const actor = toNodeRow<ActorRow>(raw.actor)!;
  const sentra = toNodeRow<SentraRow>(raw.sentra)!;
  return { ...raw.p, actorId: actor.id, sentraId: sentra.id, actor, sentra };
}

/** Locks the actor, then the sentra (always in that order), both live, and returns the live participation if there is one. */
async function lockAndFind(tx: Transaction, key: ParticipationKey): Promise<ParticipationRow | undefined> {
  requireLive(await lockNodes(tx, "Actor", [key.actorId]), key.actorId, "actorId", "actor");
  requireLive(await lockNodes(tx, "Sentra", [key.sentraId]), key.sentraId, "sentraId", "sentra");
  const result = await tx.run(
    `MATCH (a:Actor {id: $actorId})-[p:PARTICIPATES_IN {role: $role}]->(s:Sentra {id: $sentraId})
     WHERE p.archivedAt IS NULL
     ${ROW}`,
    { ...key },
  );
  return result.records[0] ? toRow(result.records[0]) : undefined;
}

async function mustFind(tx: Transaction, key: ParticipationKey, expectedVersion: number): Promise<void> {
  const found = await lockAndFind(tx, key);
  if (!found) throw notFound("role", msg("errors.noParticipation", { actorId: key.actorId, sentraId: key.sentraId, role: key.role }));
  checkVersion(found.version, expectedVersion, msg("errors.theParticipation", { actorId: key.actorId, sentraId: key.sentraId, role: key.role }));
}

/**
 * Adds an actor to a sentra in a role. Both are locked first, so concurrent additions of the same
 * participation make one relationship; adding it again with the same `since` returns it unchanged.
 */
export async function createParticipation(db: Database, input: ParticipationKey & { since?: string | null }): Promise<Written<ParticipationRow>> {
  const key = checkedKey(input);
  const since = checkOptionalDate("since", input.since) ?? null;
  return db.write(async (tx) => {
    const existing = await lockAndFind(tx, key);
    if (existing) {
      if (!sameValue(existing.since, since)) {
        throw conflict(
          "role",
          msg(existing.since ? "errors.participationExists" : "errors.participationExistsUndated", {
            actorId: key.actorId,
            sentraId: key.sentraId,
            role: key.role,
            since: existing.since ?? null,
          }),
        );
      }
      return { value: existing, sentraIds: [] };
    }
    const result = await tx.run(
      `MATCH (a:Actor {id: $actorId}), (s:Sentra {id: $sentraId})
       CREATE (a)-[p:PARTICIPATES_IN {role: $role}]->(s)
       SET p.since = CASE WHEN $since IS NULL THEN null ELSE date($since) END, p.version = 1, p.createdAt = datetime()
       ${ROW}`,
      { ...key, since },
    );
    return { value: toRow(result.records[0]), sentraIds: [key.sentraId] };
  });
}

/** Changes when a participation started (null: unknown); the role itself is its key: archive and add to change it. */
export async function updateParticipation(
  db: Database,
  input: ParticipationKey & { expectedVersion: number; since?: string | null },
): Promise<Written<ParticipationRow>> {
  const key = checkedKey(input);
  const since = checkOptionalDate("since", input.since);
  return db.write(async (tx) => {
    await mustFind(tx, key, input.expectedVersion);
    const result = await tx.run(
      `MATCH (a:Actor {id: $actorId})-[p:PARTICIPATES_IN {role: $role}]->(s:Sentra {id: $sentraId})
       WHERE p.archivedAt IS NULL
       SET p.since = CASE WHEN NOT $setSince THEN p.since WHEN $since IS NULL THEN null ELSE date($since) END,
           p.version = ${versionOf("p")} + 1, p.updatedAt = datetime()
       ${ROW}`,
      { ...key, setSince: since !== undefined, since: since ?? null },
    );
    return { value: toRow(result.records[0]), sentraIds: [key.sentraId] };
  });
}

/** Archives a participation: the actor no longer counts as a member of the sentra in that role. */
export async function archiveParticipation(db: Database, input: ParticipationKey & { expectedVersion: number }): Promise<Written<ParticipationRow>> {
  const key = checkedKey(input);
  return db.write(async (tx) => {
    await mustFind(tx, key, input.expectedVersion);
    const result = await tx.run(
      `MATCH (a:Actor {id: $actorId})-[p:PARTICIPATES_IN {role: $role}]->(s:Sentra {id: $sentraId})
       WHERE p.archivedAt IS NULL
       SET p.archivedAt = datetime(), p.version = ${versionOf("p")} + 1
       ${ROW}`,
      { ...key },
    );
    return { value: toRow(result.records[0]), sentraIds: [key.sentraId] };
  });
}
