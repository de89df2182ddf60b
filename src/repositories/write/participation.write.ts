import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import { PARTICIPATION_RULES } from "../../domain/rules/participation.rules";
import { checkFields } from "../../domain/rules/table";
import type { SentraRole } from "../../domain/vocabulary";
import { conflict, notFound } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import type { ActorRow } from "../actor-row";
import { nodeRow, toNodeRow } from "../node-row";
import type { SentraRow } from "../sentra.repository";
import { declareWrite } from "./declared";
import { archiveOf, createTieOf, latestTie, tieKind, updateOf } from "./kit";
import { sameValue, lockLiveReference } from "./locks";
import type { ChangeTarget } from "./audited";

/*
 * Participations: an actor's part in a sentra, one PARTICIPATES_IN relationship per role, keyed by
 * (actor, sentra, role); their rules are PARTICIPATION_RULES (src/domain/rules/participation.rules.ts),
 * shared with the survey import. The role is part of the key: archive and add to change it.
 */

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

type CreateParticipation = ParticipationKey & { since?: string | null };
type ParticipationPatch = ParticipationKey & { expectedVersion: number; since?: string | null };
type ParticipationAtVersion = ParticipationKey & { expectedVersion: number };

const { actorId, sentraId, role, ...FIELD_RULES } = PARTICIPATION_RULES;
const KEY_RULES = { actorId, sentraId, role };

/** The key checked against PARTICIPATION_RULES. */
const checkedKey = (input: ParticipationKey) => checkFields(KEY_RULES, { ...input }, "whole") as ParticipationKey;

const PATTERN = "(a:Actor {id: $actorId})-[r:PARTICIPATES_IN {role: $role}]->(s:Sentra {id: $sentraId})";

const PARTICIPATION = tieKind<ParticipationKey>({
  what: "participation",
  // The actor first, then the sentra: always in that order.
  lockEnds: async (tx, key) => {
    await lockLiveReference(tx, "Actor", key.actorId, "actorId", "actor");
    await lockLiveReference(tx, "Sentra", key.sentraId, "sentraId", "sentra");
  },
  pattern: PATTERN,
  params: ({ actorId, sentraId, role }) => ({ actorId, sentraId, role }),
  keyField: "role",
  name: (key) => msg("errors.theParticipation", { ...key }),
  missing: (key) => notFound("role", msg("errors.noParticipation", { ...key })),
});

async function readParticipation(tx: Transaction, key: ParticipationKey): Promise<ParticipationRow> {
  const result = await tx.run(
    `${latestTie(PATTERN)}
     RETURN r {.role, .since, .archivedAt, version: coalesce(r.version, 1)} AS p, ${nodeRow("a")} AS actor, ${nodeRow("s")} AS sentra`,
    PARTICIPATION.params(key),
  );
  const raw = recordToObject<{ p: { role: SentraRole; since?: string | null; archivedAt?: string | null; version: number }; actor: unknown; sentra: unknown }>(
    result.records[0],
  );
  const actor = toNodeRow<ActorRow>(raw.actor)!;
  const sentra = toNodeRow<SentraRow>(raw.sentra)!;
  return { ...raw.p, since: raw.p.since ?? null, archivedAt: raw.p.archivedAt ?? null, actorId: actor.id, sentraId: sentra.id, actor, sentra };
}

// Sets when it started, when given (null: unknown).
async function writeSince(tx: Transaction, key: ParticipationKey, { since }: { since?: string | null }) {
  if (since === undefined) return;
  await tx.run(`${PARTICIPATION.match} SET r.since = CASE WHEN $since IS NULL THEN null ELSE date($since) END`, { ...PARTICIPATION.params(key), since });
}

const sentraOf = async (_tx: Transaction, key: ParticipationKey) => [key.sentraId];

/**
 * Adds an actor to a sentra in a role. Both are locked first, so concurrent additions of the same
 * participation make one relationship; adding it again with the same `since` returns it unchanged.
 */
export const createParticipation = createTieOf({
  kind: PARTICIPATION,
  key: (input: CreateParticipation) => checkedKey(input),
  check: (input: CreateParticipation) => checkFields(FIELD_RULES, { ...input }, "whole"),
  make: async (tx, key, fields) => {
    await tx.run(`MATCH (a:Actor {id: $actorId}), (s:Sentra {id: $sentraId}) CREATE (a)-[:PARTICIPATES_IN {role: $role}]->(s)`, PARTICIPATION.params(key));
    await writeSince(tx, key, fields);
  },
  read: readParticipation,
  same: (stored, { since }) => sameValue(stored.since, since),
  taken: (key, stored) =>
    conflict("role", msg(stored.since ? "errors.participationExists" : "errors.participationExistsUndated", { ...key, since: stored.since ?? null })),
  sentraOf,
});

/** Changes when a participation started (null: unknown) at `expectedVersion`; the version goes up by one. */
export const updateParticipation = updateOf({
  kind: PARTICIPATION,
  key: (patch: ParticipationPatch) => checkedKey(patch),
  check: (patch: ParticipationPatch) => checkFields(FIELD_RULES, { ...patch }, "patch"),
  write: (tx, key, fields) => writeSince(tx, key, fields),
  read: readParticipation,
  sentraOf,
});

const archive = archiveOf({ kind: PARTICIPATION, read: readParticipation, sentraOf });

/** Archives a participation at `expectedVersion`: the actor no longer counts as a member of the sentra in that role. */
export const archiveParticipation = (db: Database, input: ParticipationAtVersion) => archive(db, checkedKey(input), input.expectedVersion);

const participation = ({ actorId, sentraId, role }: ParticipationKey): ChangeTarget => ({ kind: "participation", actorId, sentraId, role });

export const PARTICIPATION_WRITES = {
  createParticipation: declareWrite({ operation: "CREATE", target: (input: CreateParticipation) => participation(input), write: createParticipation }),
  updateParticipation: declareWrite({ operation: "UPDATE", target: (patch: ParticipationPatch) => participation(patch), write: updateParticipation }),
  archiveParticipation: declareWrite({ operation: "ARCHIVE", target: (input: ParticipationAtVersion) => participation(input), write: archiveParticipation }),
};
