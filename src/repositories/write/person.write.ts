import { recordToObject } from "../../db/convert";
import type { Transaction } from "../../db/neo4j";
import { PERSON_RULES } from "../../domain/rules/person.rules";
import { checkFields, type Completeness } from "../../domain/rules/table";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { archives, creates, updates } from "./declared";
import { archiveOf, createOf, nodeKind, updateOf } from "./kit";
import { sameValue, liveReference } from "./locks";
import { distinctIds } from "./outcome";

/*
 * People are personal data: a name and a position, and the actor a person represents. Their rules
 * are PERSON_RULES (src/domain/rules/person.rules.ts). They sit in forums (MEMBER_OF, written by
 * forum-member.write.ts), so a change to a person, or an archive, is a change to the networks of the
 * sentra those forums serve. Erasure is purge.write.ts's.
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

/** A person as read back: its row and the actor it represents. */
type StoredPerson = PersonRow & { representsActorId: string | null };

const PERSON = nodeKind("Person", "person");

// The id is the record's key: the kit checks it (createOf, updateOf).
const { id: _key, ...FIELD_RULES } = PERSON_RULES;

/** The given fields checked against PERSON_RULES, as stored properties plus the actor represented. */
function checked(fields: Record<string, unknown>, completeness: Completeness) {
  const { representsActorId, ...props } = checkFields(FIELD_RULES, fields, completeness);
  return { representsActorId, props };
}
type Checked = ReturnType<typeof checked>;

async function readPerson(tx: Transaction, id: string): Promise<StoredPerson> {
  const result = await tx.run(`MATCH (p:Person {id: $id}) RETURN ${nodeRow("p")} AS node, [(p)-[:REPRESENTS]->(a:Actor) | a.id][0] AS representsActorId`, {
    id,
  });
  const raw = recordToObject<{ node: unknown; representsActorId: string | null }>(result.records[0]);
  return Object.assign(toNodeRow<PersonRow>(raw.node)!, { representsActorId: raw.representsActorId });
}

/** The sentra served by the forums the person sits in: their networks count the person's seats. */
async function sentraOfPerson(tx: Transaction, id: string): Promise<string[]> {
  const result = await tx.run(`MATCH (:Person {id: $id})-[:MEMBER_OF]->(:Forum)-[:SERVES]->(s:Sentra) RETURN collect(s.id) AS ids`, { id });
  return distinctIds(result.records[0].get("ids") as string[]);
}

async function checkActor(tx: Transaction, { representsActorId }: Checked) {
  if (representsActorId) await liveReference(tx, "Actor", representsActorId, "representsActorId", "actor");
}

// Sets the given properties, and represents the given actor instead of the one before (null: none).
async function writeFields(tx: Transaction, id: string, { representsActorId, props }: Checked) {
  await tx.run(
    `MATCH (p:Person {id: $id})
     SET p += $props
     WITH p
     OPTIONAL MATCH (p)-[old:REPRESENTS]->(:Actor)
     WITH p, collect(old) AS old
     FOREACH (r IN CASE WHEN $setActor THEN old ELSE [] END | DELETE r)
     WITH p
     OPTIONAL MATCH (a:Actor {id: $actorId})
     FOREACH (_ IN CASE WHEN $setActor AND a IS NOT NULL THEN [1] ELSE [] END | MERGE (p)-[:REPRESENTS]->(a))`,
    { id, props, setActor: representsActorId !== undefined, actorId: representsActorId ?? null },
  );
}

/** Creates a person on a stable id; the same id and values again return it unchanged. A new person sits in no forum yet. */
export const createPerson = createOf<CreatePerson, Checked, StoredPerson>({
  label: "Person",
  what: "person",
  check: (input) => checked({ ...input }, "whole"),
  references: checkActor,
  fill: writeFields,
  read: readPerson,
  same: (stored, { representsActorId, props }) =>
    sameValue([stored.name, stored.position, stored.representsActorId], [props.name, props.position, representsActorId]),
});

/** Changes the given fields of a live person at `expectedVersion`; the sentra of the person's forums are recomputed. */
export const updatePerson = updateOf({
  kind: PERSON,
  key: (patch: PersonPatch) => patch.id,
  check: (patch: PersonPatch) => checked({ ...patch }, "patch"),
  write: async (tx, id, fields) => {
    await checkActor(tx, fields);
    await writeFields(tx, id, fields);
  },
  read: readPerson,
  sentraOf: sentraOfPerson,
});

/**
 * Archives a live person at `expectedVersion`: reads (a forum's members, an actor's
 * representatives, node(id)) and analyses no longer show the person or the person's seats. The data
 * stays until an admin purges it (legal erasure, purge.write.ts).
 */
export const archivePerson = archiveOf({ kind: PERSON, sentraOf: sentraOfPerson });

export const PERSON_WRITES = {
  createPerson: creates(createPerson),
  updatePerson: updates(updatePerson),
  archivePerson: archives(archivePerson),
};
