import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import { FORUM_MEMBER_RULES } from "../../domain/rules/forum-member.rules";
import { checkFields } from "../../domain/rules/table";
import { conflict, notFound } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import type { ChangeTarget } from "./audited";
import { declareWrite } from "./declared";
import type { ForumRow } from "./forum.write";
import { archiveOf, createTieOf, latestTie, tieKind, updateOf } from "./kit";
import { sameValue, lockLiveReference } from "./locks";
import { distinctIds } from "./outcome";

/*
 * Forum seats: a person's or an actor's MEMBER_OF a forum, keyed by (member, forum); their rules
 * are FORUM_MEMBER_RULES (src/domain/rules/forum-member.rules.ts). A forum is part of the network
 * of the sentra it serves, so every write here recomputes that sentra's metrics.
 */

export interface ForumMemberKey {
  forumId: string;
  memberId: string;
}

export interface ForumMemberRow extends ForumMemberKey {
  role: string | null;
  since: string | null;
  version: number;
  archivedAt: string | null;
  member: NodeRow;
  forum: ForumRow;
}

type CreateForumMember = ForumMemberKey & { role?: string | null; since?: string | null };
type ForumMemberPatch = ForumMemberKey & { expectedVersion: number; role?: string | null; since?: string | null };
type ForumMemberAtVersion = ForumMemberKey & { expectedVersion: number };

const { memberId, forumId, ...FIELD_RULES } = FORUM_MEMBER_RULES;
const KEY_RULES = { memberId, forumId };

/** The key checked against FORUM_MEMBER_RULES. */
const checkedKey = (input: ForumMemberKey) => checkFields(KEY_RULES, { ...input }, "whole") as ForumMemberKey;

const PATTERN = "(m:Node {id: $memberId})-[r:MEMBER_OF]->(f:Forum {id: $forumId})";

const SEAT = tieKind<ForumMemberKey>({
  what: "seat",
  // The member (a live person or actor) first, then the forum.
  lockEnds: async (tx, { memberId, forumId }) => {
    const kind = await tx.run(`MATCH (m:Node {id: $memberId}) WHERE m:Person OR m:Actor RETURN CASE WHEN m:Person THEN 'Person' ELSE 'Actor' END AS label`, {
      memberId,
    });
    const label = kind.records[0]?.get("label") as "Person" | "Actor" | undefined;
    if (!label) throw notFound("memberId", msg("errors.noMember", { id: JSON.stringify(memberId) }));
    await lockLiveReference(tx, label, memberId, "memberId", label === "Person" ? "person" : "actor");
    await lockLiveReference(tx, "Forum", forumId, "forumId", "forum");
  },
  pattern: PATTERN,
  params: ({ memberId, forumId }) => ({ memberId, forumId }),
  keyField: "memberId",
  name: (key) => msg("errors.theSeat", { ...key }),
  missing: (key) => notFound("memberId", msg("errors.noSeat", { ...key })),
});

async function readSeat(tx: Transaction, key: ForumMemberKey): Promise<ForumMemberRow> {
  const result = await tx.run(
    `${latestTie(PATTERN)}
     RETURN r {.role, .since, .archivedAt, version: coalesce(r.version, 1)} AS r, ${nodeRow("m")} AS member, ${nodeRow("f")} AS forum`,
    SEAT.params(key),
  );
  const raw = recordToObject<{
    r: { role?: string | null; since?: string | null; archivedAt?: string | null; version: number };
    member: unknown;
    forum: unknown;
  }>(result.records[0]);
  const member = toNodeRow<NodeRow>(raw.member)!;
  const forum = toNodeRow<ForumRow>(raw.forum)!;
  return {
    role: raw.r.role ?? null,
    since: raw.r.since ?? null,
    archivedAt: raw.r.archivedAt ?? null,
    version: raw.r.version,
    forumId: forum.id,
    memberId: member.id,
    member,
    forum,
  };
}

// Sets the given role and start date (null clears either).
async function writeFields(tx: Transaction, key: ForumMemberKey, { role, since }: { role?: string | null; since?: string | null }) {
  await tx.run(
    `${SEAT.match}
     SET r.role = CASE WHEN $setRole THEN $role ELSE r.role END,
         r.since = CASE WHEN NOT $setSince THEN r.since WHEN $since IS NULL THEN null ELSE date($since) END`,
    { ...SEAT.params(key), setRole: role !== undefined, role: role ?? null, setSince: since !== undefined, since: since ?? null },
  );
}

/** The sentra the forum serves. */
async function sentraOf(tx: Transaction, { forumId }: ForumMemberKey): Promise<string[]> {
  const result = await tx.run(`MATCH (:Forum {id: $forumId})-[:SERVES]->(s:Sentra) RETURN collect(s.id) AS ids`, { forumId });
  return distinctIds(result.records[0].get("ids") as string[]);
}

/** Seats a person or actor in a forum with a role (e.g. chair) and a start date; adding the same seat again returns it unchanged. */
export const createForumMember = createTieOf({
  kind: SEAT,
  key: (input: CreateForumMember) => checkedKey(input),
  check: (input: CreateForumMember) => checkFields(FIELD_RULES, { ...input }, "whole"),
  make: async (tx, key, fields) => {
    await tx.run(`MATCH (m:Node {id: $memberId}), (f:Forum {id: $forumId}) CREATE (m)-[:MEMBER_OF]->(f)`, SEAT.params(key));
    await writeFields(tx, key, fields);
  },
  read: readSeat,
  same: (stored, { role, since }) => sameValue([stored.role, stored.since], [role, since]),
  taken: (key, stored) => conflict("memberId", msg("errors.seatExists", { ...key, role: stored.role ?? "MEMBER" })),
  sentraOf,
});

/** Changes a seat's role or start date at `expectedVersion` (null clears either); the version goes up by one. */
export const updateForumMember = updateOf({
  kind: SEAT,
  key: (patch: ForumMemberPatch) => checkedKey(patch),
  check: (patch: ForumMemberPatch) => checkFields(FIELD_RULES, { ...patch }, "patch"),
  write: (tx, key, fields) => writeFields(tx, key, fields),
  read: readSeat,
  sentraOf,
});

const archive = archiveOf({ kind: SEAT, read: readSeat, sentraOf });

/** Archives a seat at `expectedVersion`: the member no longer sits in the forum. */
export const archiveForumMember = (db: Database, input: ForumMemberAtVersion) => archive(db, checkedKey(input), input.expectedVersion);

const seat = ({ memberId, forumId }: ForumMemberKey): ChangeTarget => ({ kind: "seat", memberId, forumId });

export const FORUM_MEMBER_WRITES = {
  createForumMember: declareWrite({ operation: "CREATE", target: (input: CreateForumMember) => seat(input), write: createForumMember }),
  updateForumMember: declareWrite({ operation: "UPDATE", target: (patch: ForumMemberPatch) => seat(patch), write: updateForumMember }),
  archiveForumMember: declareWrite({ operation: "ARCHIVE", target: (input: ForumMemberAtVersion) => seat(input), write: archiveForumMember }),
};
