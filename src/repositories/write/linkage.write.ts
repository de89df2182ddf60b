import { randomUUID } from "node:crypto";
import { recordToObject } from "../../db/convert";
import type { Transaction } from "../../db/neo4j";
import { checkEnds, LINKAGE_RULES } from "../../domain/rules/linkage.rules";
import { checkFields } from "../../domain/rules/table";
import { checkId } from "../../domain/write-rules";
import type { Flow, Intensity, LinkageType } from "../../domain/vocabulary";
import { conflict } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { asLinkage, type LinkageRow } from "../linkage-row";
import { nodeRow } from "../node-row";
import { archives, creates, updates } from "./declared";
import { archiveOf, createTieOf, idTieKind, updateOf } from "./kit";
import { lockNodes, requireLive, sameValue, liveReference } from "./locks";
import { otherValues } from "./node-ids";
import { distinctIds } from "./outcome";

/*
 * Linkages: ties between two actors (LINKED relationships with an id of their own), pointing the
 * way their main flow goes; their rules are LINKAGE_RULES (src/domain/rules/linkage.rules.ts),
 * shared with the survey import. The two actors are fixed: archive and create to move a tie.
 */

export interface LinkageFields {
  type: LinkageType;
  intensity?: Intensity | null;
  /** What moves along it; empty when not known. */
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
export type WrittenLinkage = LinkageRow & { version: number; archivedAt?: string | null };

const LINKAGE = idTieKind("LINKED", "Actor", "Actor", "linkage");

// The id is the tie's key (checked apart); its two actors are fixed once made.
const { id: _id, ...CREATE_RULES } = LINKAGE_RULES;
const { fromId: _from, toId: _to, ...CHANGEABLE_RULES } = CREATE_RULES;

/** The input checked against LINKAGE_RULES (without the id, the key), with its two ends apart. */
function checkedCreation(input: CreateLinkage) {
  const { fromId, toId, ...fields } = checkFields(CREATE_RULES, { ...input }, "whole");
  checkEnds(fromId!, toId!);
  return { fromId: fromId!, toId: toId!, fields };
}
type CheckedCreation = ReturnType<typeof checkedCreation>;
type Fields = CheckedCreation["fields"];

// The sentra a tie counts in: its own, else those its two actors take part in.
const LINKAGE_RETURN = `RETURN r {.id, .type, .intensity, .flows, .since, .description, .sentraId, .archivedAt, version: coalesce(r.version, 1),
                      fromId: x.id, toId: y.id, direction: 'OUTGOING', partner: ${nodeRow("y")}} AS linkage,
                   CASE WHEN r.sentraId IS NOT NULL THEN [r.sentraId]
                        ELSE [(x)-[:PARTICIPATES_IN]->(s:Sentra) | s.id] + [(y)-[:PARTICIPATES_IN]->(s:Sentra) | s.id] END AS sentraIds`;

async function readTie(tx: Transaction, id: string): Promise<{ linkage: WrittenLinkage; sentraIds: string[] }> {
  const result = await tx.run(`MATCH (x:Actor)-[r:LINKED {id: $id}]->(y:Actor) ${LINKAGE_RETURN}`, { id });
  const raw = recordToObject<{ linkage: unknown; sentraIds: string[] }>(result.records[0]);
  const linkage = asLinkage(raw.linkage) as WrittenLinkage;
  return {
    linkage: {
      ...linkage,
      intensity: linkage.intensity ?? null,
      since: linkage.since ?? null,
      description: linkage.description ?? null,
      sentraId: linkage.sentraId ?? null,
    },
    sentraIds: distinctIds(raw.sentraIds),
  };
}

const readLinkage = async (tx: Transaction, id: string) => (await readTie(tx, id)).linkage;
const sentraOfLinkage = async (tx: Transaction, id: string) => (await readTie(tx, id)).sentraIds;

async function checkSentra(tx: Transaction, sentraId: string | null | undefined) {
  if (sentraId) await liveReference(tx, "Sentra", sentraId, "sentraId", "sentra");
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

// Sets the given fields; null clears an optional one.
async function writeFields(tx: Transaction, id: string, { since, ...props }: Partial<Fields>) {
  await tx.run(
    `${LINKAGE.match}
     SET r += $props, r.since = CASE WHEN NOT $setSince THEN r.since WHEN $since IS NULL THEN null ELSE date($since) END`,
    { id, props, setSince: since !== undefined, since: since ?? null },
  );
}

/**
 * Creates a tie. Both actors are locked first, so concurrent creations serialize: with the same
 * id, the first creates and the others get the stored tie back (an id in use with other values is
 * a CONFLICT); a tie duplicating a live one of the same type, pair and sentra is a CONFLICT.
 */
export const createLinkage = createTieOf<CreateLinkage, string, CheckedCreation, WrittenLinkage>({
  kind: LINKAGE,
  key: (input) => (input.id === undefined || input.id === null ? randomUUID() : checkId("id", input.id)),
  check: checkedCreation,
  lockEnds: async (tx, id, { fromId, toId }) => {
    const actors = await lockNodes(tx, "Actor", [fromId, toId]);
    requireLive(actors, fromId, "fromId", "actor");
    requireLive(actors, toId, "toId", "actor");
    const stored = await tx.run(`${LINKAGE.match} RETURN properties(r) AS props`, { id });
    return stored.records[0] ? recordToObject<{ props: Record<string, unknown> }>(stored.records[0]).props : undefined;
  },
  references: async (tx, id, { fromId, toId, fields }) => {
    await checkSentra(tx, fields.sentraId);
    await checkNoDuplicate(tx, { id, type: fields.type!, fromId, toId, sentraId: fields.sentraId ?? null });
  },
  make: async (tx, id, { fromId, toId, fields }) => {
    await tx.run(`MATCH (x:Actor {id: $fromId}), (y:Actor {id: $toId}) CREATE (x)-[:LINKED {id: $id}]->(y)`, { id, fromId, toId });
    await writeFields(tx, id, fields);
  },
  read: readLinkage,
  same: (l, { fromId, toId, fields }) =>
    sameValue(
      [l.type, l.fromId, l.toId, l.intensity, l.flows, l.sentraId, l.since, l.description],
      [fields.type, fromId, toId, fields.intensity, fields.flows, fields.sentraId, fields.since, fields.description],
    ),
  taken: (id, _stored, archived) => otherValues("linkage", id, archived),
  sentraOf: sentraOfLinkage,
});

/** Changes the given fields of a live tie at `expectedVersion`; the version goes up by one. */
export const updateLinkage = updateOf({
  kind: LINKAGE,
  key: (patch: LinkagePatch) => checkId("id", patch.id),
  check: (patch: LinkagePatch) => checkFields(CHANGEABLE_RULES, { ...patch }, "patch"),
  write: async (tx, id, fields) => {
    await checkSentra(tx, fields.sentraId);
    const before = await readLinkage(tx, id);
    const type = fields.type ?? before.type;
    const sentraId = fields.sentraId === undefined ? before.sentraId : fields.sentraId;
    if (type !== before.type || sentraId !== before.sentraId) await checkNoDuplicate(tx, { id, type, fromId: before.fromId, toId: before.toId, sentraId });
    await writeFields(tx, id, fields);
  },
  read: readLinkage,
  sentraOf: sentraOfLinkage,
});

/** Archives a live tie at `expectedVersion`: reads and analyses no longer see it. */
export const archiveLinkage = archiveOf({ kind: LINKAGE, sentraOf: sentraOfLinkage });

export const LINKAGE_WRITES = {
  createLinkage: creates(createLinkage),
  updateLinkage: updates(updateLinkage),
  archiveLinkage: archives(archiveLinkage),
};
