import { recordToObject } from "../../db/convert";
import type { Transaction } from "../../db/neo4j";
import { FORUM_RULES } from "../../domain/rules/forum.rules";
import { checkFields, type Completeness } from "../../domain/rules/table";
import type { ForumKind } from "../../domain/vocabulary";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { archives, creates, updates } from "./declared";
import { archiveOf, createOf, nodeKind, updateOf } from "./kit";
import { sameValue, liveReference } from "./locks";
import { distinctIds } from "./outcome";

/*
 * Forums (FPK, FKAK) serve one sentra; their members (people or actors) and the agreements they
 * contract are part of that sentra's network, so every write here recomputes its metrics. Their
 * rules are FORUM_RULES (src/domain/rules/forum.rules.ts).
 */

export interface ForumFields {
  kind: ForumKind;
  name: string;
  sentraId: string;
  founded?: string | null;
  decree?: string | null;
}

export interface CreateForum extends ForumFields {
  /** A stable id; creating twice with it makes one forum. Generated when absent. */
  id?: string | null;
}

/** Only the given fields change; null clears founded or decree. */
export type ForumPatch = { [K in keyof ForumFields]?: ForumFields[K] | null } & { id: string; expectedVersion: number };

export type ForumRow = NodeRow & { kind: ForumKind; name: string; founded?: string | null; decree?: string | null; version?: number; archivedAt?: string };

const FORUM = nodeKind("Forum", "forum");

// The id is the record's key: the kit checks it (createOf, updateOf).
const { id: _key, ...FIELD_RULES } = FORUM_RULES;

/** The given fields checked against FORUM_RULES, as stored properties plus the founding date and the sentra served. */
function checked(fields: Record<string, unknown>, completeness: Completeness) {
  const { founded, sentraId, ...props } = checkFields(FIELD_RULES, fields, completeness);
  return { props, founded, sentraId };
}
type Checked = ReturnType<typeof checked>;

async function readForum(tx: Transaction, id: string): Promise<ForumRow & { sentraId: string | null }> {
  const result = await tx.run(`MATCH (f:Forum {id: $id}) RETURN ${nodeRow("f")} AS node, [(f)-[:SERVES]->(s:Sentra) | s.id][0] AS sentraId`, { id });
  const raw = recordToObject<{ node: unknown; sentraId: string | null }>(result.records[0]);
  return Object.assign(toNodeRow<ForumRow>(raw.node)!, { sentraId: raw.sentraId });
}

async function checkSentra(tx: Transaction, { sentraId }: Checked) {
  if (sentraId) await liveReference(tx, "Sentra", sentraId, "sentraId", "sentra");
}

// Sets the given properties and founding date (null clears it), and serves the given sentra instead of the one before.
async function writeFields(tx: Transaction, id: string, { props, founded, sentraId }: Checked) {
  await tx.run(
    `MATCH (f:Forum {id: $id})
     SET f += $props, f.founded = CASE WHEN NOT $setFounded THEN f.founded WHEN $founded IS NULL THEN null ELSE date($founded) END
     WITH f
     OPTIONAL MATCH (s:Sentra {id: $sentraId})
     WITH f, s
     OPTIONAL MATCH (f)-[old:SERVES]->(:Sentra)
     WITH f, s, collect(old) AS old
     FOREACH (r IN CASE WHEN s IS NULL THEN [] ELSE old END | DELETE r)
     FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (f)-[:SERVES]->(s))`,
    { id, props, setFounded: founded !== undefined, founded: founded ?? null, sentraId: sentraId ?? null },
  );
}

async function sentraOfForum(tx: Transaction, id: string): Promise<string[]> {
  return distinctIds([(await readForum(tx, id)).sentraId]);
}

/** Creates a forum serving a live sentra on a stable id; the same id and values again return it unchanged. */
export const createForum = createOf<CreateForum, Checked, ForumRow & { sentraId: string | null }>({
  label: "Forum",
  what: "forum",
  check: (input) => checked({ ...input }, "whole"),
  references: checkSentra,
  fill: writeFields,
  read: readForum,
  same: (stored, { props, founded, sentraId }) =>
    sameValue([stored.kind, stored.name, stored.decree, stored.founded, stored.sentraId], [props.kind, props.name, props.decree, founded, sentraId]),
  sentraOf: sentraOfForum,
});

/** Changes the given fields of a live forum at `expectedVersion`; moving it to another sentra recomputes both. */
export const updateForum = updateOf({
  kind: FORUM,
  key: (patch: ForumPatch) => patch.id,
  check: (patch: ForumPatch) => checked({ ...patch }, "patch"),
  write: async (tx, id, fields) => {
    await checkSentra(tx, fields);
    await writeFields(tx, id, fields);
  },
  read: readForum,
  // The kit asks before and after the write: a forum moved to another sentra recomputes both.
  sentraOf: sentraOfForum,
});

/** Archives a live forum at `expectedVersion`: reads no longer show it, and analyses leave it, its members' seats and its agreements out. */
export const archiveForum = archiveOf({ kind: FORUM, sentraOf: sentraOfForum });

export const FORUM_WRITES = {
  createForum: creates(createForum),
  updateForum: updates(updateForum),
  archiveForum: archives(archiveForum),
};
