import { randomUUID } from "node:crypto";
import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import { FORUM_KINDS, type ForumKind } from "../../domain/vocabulary";
import { conflict, invalid, notFound } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { checkId, checkOneOf, checkOptionalDate, checkOptionalText, checkText } from "../../domain/write-rules";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { checkVersion, theRecord, defined, findLive, lockNodes, requireLive, sameValue, versionOf } from "./locks";
import { checkIdFree, otherValues } from "./node-ids";
import { distinctIds, type Written } from "./outcome";

/*
 * Forums (FPK, FKAK) serve one sentra; their members (people or actors) and the agreements they
 * contract are part of that sentra's network, so every write here recomputes its metrics.
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

function checkedFields(fields: { [K in keyof ForumFields]?: ForumFields[K] | null }) {
  for (const f of ["kind", "name", "sentraId"] as const) if (fields[f] === null) throw invalid(f, msg("errors.cannotBeCleared", { field: f }));
  return {
    props: defined({
      kind: fields.kind === undefined ? undefined : checkOneOf("kind", fields.kind ?? "", FORUM_KINDS),
      name: fields.name === undefined ? undefined : checkText("name", fields.name ?? "", 200),
      decree: checkOptionalText("decree", fields.decree, 500),
    }),
    founded: checkOptionalDate("founded", fields.founded),
    sentraId: fields.sentraId === undefined || fields.sentraId === null ? undefined : checkId("sentraId", fields.sentraId),
  };
}

async function readForum(tx: Transaction, id: string): Promise<{ node: ForumRow; sentraId: string | null }> {
  const result = await tx.run(`MATCH (f:Forum {id: $id}) RETURN ${nodeRow("f")} AS node, [(f)-[:SERVES]->(s:Sentra) | s.id][0] AS sentraId`, { id });
  const raw = recordToObject<{ node: unknown; sentraId: string | null }>(result.records[0]);
  return { node: toNodeRow<ForumRow>(raw.node)!, sentraId: raw.sentraId };
}

async function checkSentra(tx: Transaction, sentraId: string | undefined) {
  if (sentraId) requireLive(await findLive(tx, "Sentra", [sentraId]), sentraId, "sentraId", "sentra");
}

/** Creates a forum serving a live sentra, MERGEd on its id; the same id and values again return it unchanged. */
export async function createForum(db: Database, input: CreateForum): Promise<Written<ForumRow>> {
  const id = input.id === undefined || input.id === null ? randomUUID() : checkId("id", input.id);
  const { props, founded, sentraId } = checkedFields(input);
  return db.write(async (tx) => {
    await checkIdFree(tx, id, "n:Forum");
    await checkSentra(tx, sentraId);
    const result = await tx.run(
      `MERGE (f:Forum:Node {id: $id})
       ON CREATE SET f += $props, f.founded = CASE WHEN $founded IS NULL THEN null ELSE date($founded) END,
                     f.version = 1, f.createdAt = datetime(), f.__created = true
       WITH f, coalesce(f.__created, false) AS created
       FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE f.__created)
       WITH f, created
       MATCH (s:Sentra {id: $sentraId})
       FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | MERGE (f)-[:SERVES]->(s))
       RETURN created`,
      { id, props, founded: founded ?? null, sentraId },
    );
    const stored = await readForum(tx, id);
    if (!result.records[0].get("created")) {
      const row = stored.node;
      const same =
        row.archivedAt === undefined &&
        sameValue([row.kind, row.name, row.decree, row.founded, stored.sentraId], [props.kind, props.name, props.decree, founded, sentraId]);
      if (!same) throw otherValues("forum", id, row.archivedAt !== undefined);
      return { value: row, sentraIds: [] };
    }
    return { value: stored.node, sentraIds: [sentraId!] };
  });
}

/** Changes the given fields of a live forum at `expectedVersion`; moving it to another sentra recomputes both. */
export async function updateForum(db: Database, patch: ForumPatch): Promise<Written<ForumRow>> {
  const id = checkId("id", patch.id);
  const { props, founded, sentraId } = checkedFields(patch);
  return db.write(async (tx) => {
    const stored = requireLive(await lockNodes(tx, "Forum", [id]), id, "id", "forum");
    checkVersion(stored.version, patch.expectedVersion, theRecord("forum", id));
    await checkSentra(tx, sentraId);
    const before = await readForum(tx, id);
    await tx.run(
      `MATCH (f:Forum {id: $id})
       SET f += $props, f.founded = CASE WHEN NOT $setFounded THEN f.founded WHEN $founded IS NULL THEN null ELSE date($founded) END,
           f.version = ${versionOf("f")} + 1, f.updatedAt = datetime()
       WITH f
       OPTIONAL MATCH (s:Sentra {id: $sentraId})
       WITH f, s
       OPTIONAL MATCH (f)-[old:SERVES]->(:Sentra)
       WITH f, s, collect(old) AS old
       FOREACH (r IN CASE WHEN s IS NULL THEN [] ELSE old END | DELETE r)
       FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (f)-[:SERVES]->(s))`,
      { id, props, setFounded: founded !== undefined, founded: founded ?? null, sentraId: sentraId ?? null },
    );
    const after = await readForum(tx, id);
    return { value: after.node, sentraIds: distinctIds([before.sentraId, after.sentraId]) };
  });
}

/** Archives a live forum at `expectedVersion`: reads no longer show it, and analyses leave it, its members' seats and its agreements out. */
export async function archiveForum(db: Database, id: string, expectedVersion: number): Promise<Written<ForumRow>> {
  checkId("id", id);
  return db.write(async (tx) => {
    const stored = requireLive(await lockNodes(tx, "Forum", [id]), id, "id", "forum");
    checkVersion(stored.version, expectedVersion, theRecord("forum", id));
    await tx.run(`MATCH (f:Forum {id: $id}) SET f.archivedAt = datetime(), f.version = ${versionOf("f")} + 1`, { id });
    const after = await readForum(tx, id);
    return { value: after.node, sentraIds: distinctIds([after.sentraId]) };
  });
}

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
