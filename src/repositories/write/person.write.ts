import { randomUUID } from "node:crypto";
import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import { invalid } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { checkId, checkOptionalText, checkText } from "../../domain/write-rules";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { checkVersion, defined, findLive, lockNodes, requireLive, sameValue, theRecord, versionOf } from "./locks";
import { checkIdFree, otherValues } from "./node-ids";
import { distinctIds, type ArchivedRow, type Written } from "./outcome";

/*
 * People are personal data: a name and a position, and the actor a person represents. They sit in
 * forums (MEMBER_OF, written by forum.write.ts), so a change to whom a person represents, or an
 * archive, changes the networks of the sentra those forums serve. Erasure is purge.write.ts's.
 */

export interface PersonFields {
  name: string;
  position?: string | null;
  /** The actor the person represents (must be live); null: none. */
  representsActorId?: string | null;
}

export interface CreatePerson extends PersonFields {
  /** A stable id; creating twice with it makes one person. Generated when absent. Ids must not carry personal data. */
  id?: string | null;
}

/** Only the given fields change; null clears position or representsActorId. */
export type PersonPatch = { [K in keyof PersonFields]?: PersonFields[K] | null } & { id: string; expectedVersion: number };

export type PersonRow = NodeRow & { name: string; position?: string | null; version?: number; archivedAt?: string };

function checkedFields(fields: { [K in keyof PersonFields]?: PersonFields[K] | null }) {
  if (fields.name === null) throw invalid("name", msg("errors.cannotBeCleared", { field: "name" }));
  return {
    props: defined({
      name: fields.name === undefined ? undefined : checkText("name", fields.name, 200),
      position: checkOptionalText("position", fields.position, 200),
    }),
    representsActorId:
      fields.representsActorId === undefined || fields.representsActorId === null
        ? fields.representsActorId
        : checkId("representsActorId", fields.representsActorId),
  };
}

interface Stored {
  node: PersonRow;
  representsActorId: string | null;
  /** The sentra served by the forums the person sits in (their networks count the person's seats). */
  sentraIds: string[];
}

async function readPerson(tx: Transaction, id: string): Promise<Stored> {
  const result = await tx.run(
    `MATCH (p:Person {id: $id})
     RETURN ${nodeRow("p")} AS node, [(p)-[:REPRESENTS]->(a:Actor) | a.id][0] AS representsActorId,
            [(p)-[:MEMBER_OF]->(:Forum)-[:SERVES]->(s:Sentra) | s.id] AS sentraIds`,
    { id },
  );
  const raw = recordToObject<Omit<Stored, "node"> & { node: unknown }>(result.records[0]);
  return { node: toNodeRow<PersonRow>(raw.node)!, representsActorId: raw.representsActorId ?? null, sentraIds: distinctIds(raw.sentraIds) };
}

async function checkActor(tx: Transaction, actorId: string | null | undefined) {
  if (actorId) requireLive(await findLive(tx, "Actor", [actorId]), actorId, "representsActorId", "actor");
}

/**
 * Creates a person, MERGEd on its id (the Person and Node id constraints make concurrent creations
 * of one id a single node); the same id and values again return the stored person unchanged.
 * One that finds the person does not write to it (see createActor), so fifty at once do not queue.
 */
export async function createPerson(db: Database, input: CreatePerson): Promise<Written<PersonRow>> {
  const id = input.id === undefined || input.id === null ? randomUUID() : checkId("id", input.id);
  const { props, representsActorId } = checkedFields({ ...input, name: input.name });
  return db.write(async (tx) => {
    await checkIdFree(tx, id, "n:Person");
    await checkActor(tx, representsActorId);
    const result = await tx.run(
      `MERGE (p:Person:Node {id: $id})
       ON CREATE SET p += $props, p.version = 1, p.createdAt = datetime(), p.__created = true
       WITH p, coalesce(p.__created, false) AS created
       FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE p.__created)
       WITH p, created
       OPTIONAL MATCH (a:Actor {id: $actorId})
       FOREACH (_ IN CASE WHEN created AND a IS NOT NULL THEN [1] ELSE [] END | MERGE (p)-[:REPRESENTS]->(a))
       RETURN created`,
      { id, props, actorId: representsActorId ?? null },
    );
    const stored = await readPerson(tx, id);
    if (!result.records[0].get("created")) {
      const row = stored.node;
      const same =
        row.archivedAt === undefined &&
        sameValue([row.name, row.position, stored.representsActorId], [props.name, props.position ?? null, representsActorId ?? null]);
      if (!same) throw otherValues("person", id, row.archivedAt !== undefined);
    }
    return { value: stored.node, sentraIds: [] };
  });
}

async function lockLive(tx: Transaction, id: string, expectedVersion: number): Promise<Stored> {
  const stored = requireLive(await lockNodes(tx, "Person", [id]), id, "id", "person");
  checkVersion(stored.version, expectedVersion, theRecord("person", id));
  return readPerson(tx, id);
}

/** Changes the given fields of a live person at `expectedVersion`; a new represented actor recomputes the sentra of the person's forums. */
export async function updatePerson(db: Database, patch: PersonPatch): Promise<Written<PersonRow>> {
  const id = checkId("id", patch.id);
  const { props, representsActorId } = checkedFields(patch);
  return db.write(async (tx) => {
    const before = await lockLive(tx, id, patch.expectedVersion);
    await checkActor(tx, representsActorId);
    await tx.run(
      `MATCH (p:Person {id: $id})
       SET p += $props, p.version = ${versionOf("p")} + 1, p.updatedAt = datetime()
       WITH p
       OPTIONAL MATCH (p)-[old:REPRESENTS]->(:Actor)
       WITH p, collect(old) AS old
       FOREACH (r IN CASE WHEN $setActor THEN old ELSE [] END | DELETE r)
       WITH p
       OPTIONAL MATCH (a:Actor {id: $actorId})
       FOREACH (_ IN CASE WHEN $setActor AND a IS NOT NULL THEN [1] ELSE [] END | MERGE (p)-[:REPRESENTS]->(a))`,
      { id, props, setActor: representsActorId !== undefined, actorId: representsActorId ?? null },
    );
    const after = await readPerson(tx, id);
    const represents = !sameValue(before.representsActorId, after.representsActorId);
    return { value: after.node, sentraIds: represents ? after.sentraIds : [] };
  });
}

/**
 * Archives a live person at `expectedVersion`: reads (a forum's members, an actor's
 * representatives, node(id)) and analyses no longer show the person or the person's seats. The data
 * stays until an admin purges it (legal erasure, purge.write.ts).
 */
export async function archivePerson(db: Database, id: string, expectedVersion: number): Promise<Written<ArchivedRow>> {
  checkId("id", id);
  return db.write(async (tx) => {
    const before = await lockLive(tx, id, expectedVersion);
    const result = await tx.run(
      `MATCH (p:Person {id: $id})
       SET p.archivedAt = datetime(), p.version = ${versionOf("p")} + 1
       RETURN p.id AS id, p.version AS version, p.archivedAt AS archivedAt`,
      { id },
    );
    return { value: recordToObject<ArchivedRow>(result.records[0]), sentraIds: before.sentraIds };
  });
}
