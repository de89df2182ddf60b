import { recordToObject } from "../../db/convert";
import type { Transaction } from "../../db/neo4j";
import type { Coordinates } from "../../domain/dataset";
import { ACTOR_RULES } from "../../domain/rules/actor.rules";
import { checkFields } from "../../domain/rules/table";
import type { ActorKind, SizeClass } from "../../domain/vocabulary";
import type { ActorRow } from "../actor-row";
import { nodeRow, toNodeRow } from "../node-row";
import { archives, creates, updates } from "./declared";
import { archiveOf, createOf, nodeKind, updateOf } from "./kit";
import { sameValue, liveReference } from "./locks";
import { sentraOfActors } from "./sentra-of-actors";

/*
 * Actors: their rules are ACTOR_RULES (src/domain/rules/actor.rules.ts), shared with the survey
 * import; their location is a WGS 84 point and their region a LOCATED_IN tie, both stored apart
 * from the other properties.
 */

export interface ActorFields {
  name: string;
  kind: ActorKind;
  description?: string | null;
  regionId?: string | null;
  location?: Coordinates | null;
  sizeClass?: SizeClass | null;
  workers?: number | null;
  mainProducts?: string[] | null;
  yearFounded?: number | null;
  kbli?: string | null;
}

export interface CreateActor extends ActorFields {
  /** A stable id chosen by the client; creating twice with it makes one actor. Generated when absent. */
  id?: string | null;
}

/** Only the given fields change; null clears an optional one. */
export type ActorPatch = { [K in keyof ActorFields]?: ActorFields[K] | null } & { id: string; expectedVersion: number };

const ACTOR = nodeKind("Actor", "actor");
// The stored properties an actor's own fields map to (location and region are stored apart).
const PROPERTY_FIELDS = ["name", "kind", "description", "sizeClass", "workers", "mainProducts", "yearFounded", "kbli"] as const;

// The id is the record's key: the kit checks it (createOf, updateOf).
const { id: _key, ...FIELD_RULES } = ACTOR_RULES;

/** The given fields checked against ACTOR_RULES, as stored properties plus location and region. */
function checked(fields: Record<string, unknown>, completeness: "whole" | "patch") {
  const { location, regionId, ...props } = checkFields(FIELD_RULES, fields, completeness);
  if (typeof props.name === "string") (props as Record<string, unknown>).nameLower = props.name.toLowerCase();
  return { props, location, regionId };
}
type Checked = ReturnType<typeof checked>;

const ACTOR_RETURN = `RETURN ${nodeRow("a")} AS node, [(a)-[:LOCATED_IN]->(r:Region) | r.id][0] AS regionId`;

async function readActor(tx: Transaction, id: string): Promise<ActorRow & { regionId: string | null }> {
  const result = await tx.run(`MATCH (a:Actor {id: $id}) ${ACTOR_RETURN}`, { id });
  const raw = recordToObject<{ node: unknown; regionId: string | null }>(result.records[0]);
  return Object.assign(toNodeRow<ActorRow>(raw.node)!, { regionId: raw.regionId });
}

async function checkRegion(tx: Transaction, { regionId }: Checked) {
  if (regionId) await liveReference(tx, "Region", regionId, "regionId", "region");
}

// Sets the given properties, and the location and the region when given (null clears them).
async function writeFields(tx: Transaction, id: string, { props, location, regionId }: Checked) {
  await tx.run(
    `MATCH (a:Actor {id: $id})
     SET a += $props
     FOREACH (_ IN CASE WHEN $setLocation THEN [1] ELSE [] END |
       SET a.location = CASE WHEN $location IS NULL THEN null ELSE point({latitude: $location.latitude, longitude: $location.longitude}) END)
     WITH a
     OPTIONAL MATCH (a)-[old:LOCATED_IN]->(:Region)
     WITH a, collect(old) AS old
     FOREACH (r IN CASE WHEN $setRegion THEN old ELSE [] END | DELETE r)
     WITH a
     OPTIONAL MATCH (region:Region {id: $regionId})
     FOREACH (_ IN CASE WHEN $setRegion AND region IS NOT NULL THEN [1] ELSE [] END | MERGE (a)-[:LOCATED_IN]->(region))`,
    { id, props, setLocation: location !== undefined, location: location ?? null, setRegion: regionId !== undefined, regionId: regionId ?? null },
  );
}

const sentraOfActor = (tx: Transaction, id: string) => sentraOfActors(tx, [id]);

/** Creates an actor on a stable id; the same id and values again return it unchanged. */
export const createActor = createOf<CreateActor, Checked, ActorRow & { regionId: string | null }>({
  label: "Actor",
  what: "actor",
  check: (input) => checked({ ...input }, "whole"),
  references: checkRegion,
  fill: writeFields,
  read: readActor,
  same: (stored, { props, location, regionId }) =>
    PROPERTY_FIELDS.every((f) => sameValue(stored[f], (props as Record<string, unknown>)[f])) &&
    sameValue(stored.location, location) &&
    sameValue(stored.regionId, regionId),
});

/** Changes the given fields of a live actor at `expectedVersion`; the version goes up by one. */
export const updateActor = updateOf({
  kind: ACTOR,
  key: (patch: ActorPatch) => patch.id,
  check: (patch: ActorPatch) => checked({ ...patch }, "patch"),
  write: async (tx, id, fields) => {
    await checkRegion(tx, fields);
    await writeFields(tx, id, fields);
  },
  read: readActor,
  sentraOf: sentraOfActor,
});

/** Archives a live actor: it keeps its data and ties, but reads no longer show it, its ties or its participations, and analyses leave it out. */
export const archiveActor = archiveOf({ kind: ACTOR, sentraOf: sentraOfActor });

export const ACTOR_WRITES = {
  createActor: creates(createActor),
  updateActor: updates(updateActor),
  archiveActor: archives(archiveActor),
};
