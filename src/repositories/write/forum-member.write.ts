import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import { conflict, notFound } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { checkId, checkOptionalDate, checkOptionalText } from "../../domain/write-rules";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import type { ForumRow } from "./forum.write";
import { checkVersion, lockNodes, requireLive, sameValue, versionOf } from "./locks";
import { distinctIds, type Written } from "./outcome";

/** A seat in a forum: one MEMBER_OF relationship from a person or an actor, keyed by (member, forum). */
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

const MEMBER_ROW = `RETURN r {.role, .since, .archivedAt, version: ${versionOf("r")}} AS r, ${nodeRow("m")} AS member, ${nodeRow("f")} AS forum,
                           [(f)-[:SERVES]->(s:Sentra) | s.id] AS sentraIds`;

function toMemberRow(record: { toObject(): Record<string, unknown> }): { row: ForumMemberRow; sentraIds: string[] } {
  const raw = recordToObject<{
    r: { role: string | null; since: string | null; archivedAt: string | null; version: number };
    member: unknown;
    forum: unknown;
    sentraIds: string[];
  }>(record);
  const member = toNodeRow<NodeRow>(raw.member)!;
  const forum = toNodeRow<ForumRow>(raw.forum)!;
  return {
    row: {
      role: raw.r.role ?? null,
      since: raw.r.since ?? null,
      archivedAt: raw.r.archivedAt ?? null,
      version: raw.r.version,
      forumId: forum.id,
      memberId: member.id,
      member,
      forum,
    },
    sentraIds: distinctIds(raw.sentraIds),
  };
}

function checkedKey(key: ForumMemberKey): ForumMemberKey {
  return { forumId: checkId("forumId", key.forumId), memberId: checkId("memberId", key.memberId) };
}

/** Locks the member (a live person or actor), then the live forum, and returns the live seat if there is one. */
async function lockAndFind(tx: Transaction, key: ForumMemberKey) {
  const kind = await tx.run(`MATCH (m:Node {id: $memberId}) WHERE m:Person OR m:Actor RETURN CASE WHEN m:Person THEN 'Person' ELSE 'Actor' END AS label`, {
    ...key,
  });
  const label = kind.records[0]?.get("label") as "Person" | "Actor" | undefined;
  if (!label) throw notFound("memberId", msg("errors.noMember", { id: JSON.stringify(key.memberId) }));
  requireLive(await lockNodes(tx, label, [key.memberId]), key.memberId, "memberId", label === "Person" ? "person" : "actor");
  requireLive(await lockNodes(tx, "Forum", [key.forumId]), key.forumId, "forumId", "forum");
  const result = await tx.run(`MATCH (m:Node {id: $memberId})-[r:MEMBER_OF]->(f:Forum {id: $forumId}) WHERE r.archivedAt IS NULL ${MEMBER_ROW}`, { ...key });
  return result.records[0] ? toMemberRow(result.records[0]) : undefined;
}

async function mustFind(tx: Transaction, key: ForumMemberKey, expectedVersion: number) {
  const found = await lockAndFind(tx, key);
  if (!found) throw notFound("memberId", msg("errors.noSeat", { memberId: key.memberId, forumId: key.forumId }));
  checkVersion(found.row.version, expectedVersion, msg("errors.theSeat", { memberId: key.memberId, forumId: key.forumId }));
}

/** Seats a person or actor in a forum with a role (e.g. chair) and a start date; adding the same seat again returns it unchanged. */
export async function createForumMember(
  db: Database,
  input: ForumMemberKey & { role?: string | null; since?: string | null },
): Promise<Written<ForumMemberRow>> {
  const key = checkedKey(input);
  const role = checkOptionalText("role", input.role, 100) ?? null;
  const since = checkOptionalDate("since", input.since) ?? null;
  return db.write(async (tx) => {
    const existing = await lockAndFind(tx, key);
    if (existing) {
      if (!sameValue([existing.row.role, existing.row.since], [role, since]))
        throw conflict("memberId", msg("errors.seatExists", { memberId: key.memberId, forumId: key.forumId, role: existing.row.role ?? "MEMBER" }));
      return { value: existing.row, sentraIds: [] };
    }
    const result = await tx.run(
      `MATCH (m:Node {id: $memberId}), (f:Forum {id: $forumId})
       CREATE (m)-[r:MEMBER_OF]->(f)
       SET r.role = $role, r.since = CASE WHEN $since IS NULL THEN null ELSE date($since) END, r.version = 1, r.createdAt = datetime()
       ${MEMBER_ROW}`,
      { ...key, role, since },
    );
    const written = toMemberRow(result.records[0]);
    return { value: written.row, sentraIds: written.sentraIds };
  });
}

/** Changes a seat's role or start date at `expectedVersion` (null clears either). */
export async function updateForumMember(
  db: Database,
  input: ForumMemberKey & { expectedVersion: number; role?: string | null; since?: string | null },
): Promise<Written<ForumMemberRow>> {
  const key = checkedKey(input);
  const role = checkOptionalText("role", input.role, 100);
  const since = checkOptionalDate("since", input.since);
  return db.write(async (tx) => {
    await mustFind(tx, key, input.expectedVersion);
    const result = await tx.run(
      `MATCH (m:Node {id: $memberId})-[r:MEMBER_OF]->(f:Forum {id: $forumId}) WHERE r.archivedAt IS NULL
       SET r.role = CASE WHEN $setRole THEN $role ELSE r.role END,
           r.since = CASE WHEN NOT $setSince THEN r.since WHEN $since IS NULL THEN null ELSE date($since) END,
           r.version = ${versionOf("r")} + 1, r.updatedAt = datetime()
       ${MEMBER_ROW}`,
      { ...key, setRole: role !== undefined, role: role ?? null, setSince: since !== undefined, since: since ?? null },
    );
    const written = toMemberRow(result.records[0]);
    return { value: written.row, sentraIds: written.sentraIds };
  });
}

/** Archives a seat at `expectedVersion`: the member no longer sits in the forum. */
export async function archiveForumMember(db: Database, input: ForumMemberKey & { expectedVersion: number }): Promise<Written<ForumMemberRow>> {
  const key = checkedKey(input);
  return db.write(async (tx) => {
    await mustFind(tx, key, input.expectedVersion);
    const result = await tx.run(
      `MATCH (m:Node {id: $memberId})-[r:MEMBER_OF]->(f:Forum {id: $forumId}) WHERE r.archivedAt IS NULL
       SET r.archivedAt = datetime(), r.version = ${versionOf("r")} + 1
       ${MEMBER_ROW}`,
      { ...key },
    );
    const written = toMemberRow(result.records[0]);
    return { value: written.row, sentraIds: written.sentraIds };
  });
}
