import { randomUUID } from "node:crypto";
import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import type { Coordinates } from "../../domain/dataset";
import { ACTOR_KINDS, SIZE_CLASSES, type ActorKind, type SizeClass } from "../../domain/vocabulary";
import { invalid } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { idTaken, otherValues } from "./node-ids";
import { checkId, checkIntRange, checkOneOf, checkOptionalText, checkText, checkYear } from "../../domain/write-rules";
import type { ActorRow } from "../actor-row";
import { nodeRow, toNodeRow } from "../node-row";
import { checkVersion, theRecord, defined, findLive, lockNodes, requireLive, sameValue, versionOf } from "./locks";
import type { ArchivedRow, Written } from "./outcome";
import { sentraOfActors } from "./sentra-of-actors";

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

// The stored properties an actor's own fields map to (location and region are stored apart).
const PROPERTY_FIELDS = ["name", "kind", "description", "sizeClass", "workers", "mainProducts", "yearFounded", "kbli"] as const;

function checkLocation(location: Coordinates | null | undefined) {
  if (!location) return location;
  const { latitude, longitude } = location;
  if (!(latitude >= -90 && latitude <= 90)) throw invalid("location.latitude", msg("errors.latitude", { value: String(latitude) }));
  if (!(longitude >= -180 && longitude <= 180)) throw invalid("location.longitude", msg("errors.longitude", { value: String(longitude) }));
  return { latitude, longitude };
}

/** Checks the given fields (undefined: not given) and returns them as stored properties, plus location and region. */
function checkedFields(fields: { [K in keyof ActorFields]?: ActorFields[K] | null }) {
  const props = defined({
    name: fields.name === undefined ? undefined : checkText("name", fields.name ?? "", 200),
    kind: fields.kind === undefined ? undefined : checkOneOf("kind", fields.kind ?? "", ACTOR_KINDS),
    description: checkOptionalText("description", fields.description),
    sizeClass: fields.sizeClass === undefined || fields.sizeClass === null ? fields.sizeClass : checkOneOf("sizeClass", fields.sizeClass, SIZE_CLASSES),
    workers: fields.workers === undefined || fields.workers === null ? fields.workers : checkIntRange("workers", fields.workers, 0, 1_000_000),
    mainProducts:
      fields.mainProducts === undefined || fields.mainProducts === null
        ? fields.mainProducts
        : fields.mainProducts.length > 50
          ? (() => {
              throw invalid("mainProducts", msg("errors.tooManyProducts", { max: 50, count: fields.mainProducts!.length }));
            })()
          : fields.mainProducts.map((p, i) => checkText(`mainProducts[${i}]`, p, 200)),
    yearFounded: fields.yearFounded === undefined || fields.yearFounded === null ? fields.yearFounded : checkYear("yearFounded", fields.yearFounded, 1800),
    kbli:
      fields.kbli === undefined || fields.kbli === null
        ? fields.kbli
        : /^\d{5}$/.test(fields.kbli)
          ? fields.kbli
          : (() => {
              throw invalid("kbli", msg("errors.kbliFormat", { value: JSON.stringify(fields.kbli) }));
            })(),
  });
  if (props.name !== undefined) (props as Record<string, unknown>).nameLower = props.name.toLowerCase();
  const regionId = fields.regionId === undefined || fields.regionId === null ? fields.regionId : checkId("regionId", fields.regionId);
  return { props, location: checkLocation(fields.location), regionId };
}

const ACTOR_RETURN = `RETURN ${nodeRow("a")} AS node, [(a)-[:LOCATED_IN]->(r:Region) | r.id][0] AS regionId`;

async function readActor(tx: Transaction, id: string): Promise<{ node: ActorRow; regionId: string | null }> {
  const result = await tx.run(`MATCH (a:Actor {id: $id}) ${ACTOR_RETURN}`, { id });
  const raw = recordToObject<{ node: unknown; regionId: string | null }>(result.records[0]);
  return { node: toNodeRow<ActorRow>(raw.node)!, regionId: raw.regionId };
}

async function checkRegion(tx: Transaction, regionId: string | null | undefined) {
  if (regionId) requireLive(await findLive(tx, "Region", [regionId]), regionId, "regionId", "region");
}

/** The sentra whose network an actor is part of: by participation, forum seat, agreement or tie. */
function sentraOfActor(tx: Transaction, id: string): Promise<string[]> {
  return sentraOfActors(tx, [id]);
}

/**
 * Creates an actor, MERGEd on its id (the Actor and Node id constraints make concurrent creations
 * of one id a single node). Creating again with the same id and the same fields returns the stored
 * actor unchanged; with different fields, or an id another kind of node has, it is a CONFLICT.
 * A creation that finds the actor does not write to it (only the one that creates it removes the
 * __created marker), so the creations that lost a race read it side by side instead of queueing,
 * one transaction after another, on its write lock.
 */
export async function createActor(db: Database, input: CreateActor): Promise<Written<ActorRow>> {
  const id = input.id === undefined || input.id === null ? randomUUID() : checkId("id", input.id);
  const { props, location, regionId } = checkedFields({ ...input, name: input.name, kind: input.kind });
  return db.write(async (tx) => {
    const taken = await tx.run(`MATCH (n:Node {id: $id}) WHERE NOT n:Actor RETURN labels(n) AS labels`, { id });
    if (taken.records.length > 0) throw idTaken(id, (taken.records[0].get("labels") as string[]).filter((l) => l !== "Node").join(", "));
    await checkRegion(tx, regionId);
    const result = await tx.run(
      `MERGE (a:Actor:Node {id: $id})
       ON CREATE SET a += $props, a.version = 1, a.createdAt = datetime(), a.__created = true,
                     a.location = CASE WHEN $location IS NULL THEN null ELSE point({latitude: $location.latitude, longitude: $location.longitude}) END
       WITH a, coalesce(a.__created, false) AS created
       FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE a.__created)
       WITH a, created
       OPTIONAL MATCH (region:Region {id: $regionId})
       FOREACH (_ IN CASE WHEN created AND region IS NOT NULL THEN [1] ELSE [] END | MERGE (a)-[:LOCATED_IN]->(region))
       RETURN created`,
      { id, props, location: location ?? null, regionId: regionId ?? null },
    );
    const created = result.records[0].get("created") as boolean;
    const stored = await readActor(tx, id);
    if (!created) {
      const row = stored.node as unknown as Record<string, unknown>;
      const same =
        row.archivedAt === undefined &&
        PROPERTY_FIELDS.every((f) => sameValue(row[f], (props as Record<string, unknown>)[f])) &&
        sameValue(row.location, location) &&
        sameValue(stored.regionId, regionId);
      if (!same) throw otherValues("actor", id, Boolean(row.archivedAt));
    }
    return { value: stored.node, sentraIds: [] };
  });
}

/** Changes the given fields of a live actor at `expectedVersion`; the version goes up by one. */
export async function updateActor(db: Database, patch: ActorPatch): Promise<Written<ActorRow>> {
  const id = checkId("id", patch.id);
  if (patch.name === null) throw invalid("name", msg("errors.cannotBeCleared", { field: "name" }));
  if (patch.kind === null) throw invalid("kind", msg("errors.cannotBeCleared", { field: "kind" }));
  const { props, location, regionId } = checkedFields(patch);
  return db.write(async (tx) => {
    const stored = requireLive(await lockNodes(tx, "Actor", [id]), id, "id", "actor");
    checkVersion(stored.version, patch.expectedVersion, theRecord("actor", id));
    await checkRegion(tx, regionId);
    await tx.run(
      `MATCH (a:Actor {id: $id})
       SET a += $props, a.version = ${versionOf("a")} + 1, a.updatedAt = datetime()
       FOREACH (_ IN CASE WHEN $setLocation THEN [1] ELSE [] END |
         SET a.location = CASE WHEN $location IS NULL THEN null ELSE point({latitude: $location.latitude, longitude: $location.longitude}) END)
       WITH a
       OPTIONAL MATCH (a)-[old:LOCATED_IN]->(:Region)
       WITH a, collect(old) AS old
       FOREACH (r IN CASE WHEN $setRegion THEN old ELSE [] END | DELETE r)
       WITH a
       OPTIONAL MATCH (region:Region {id: $regionId})
       FOREACH (_ IN CASE WHEN $setRegion AND region IS NOT NULL THEN [1] ELSE [] END | MERGE (a)-[:LOCATED_IN]->(region))`,
      { id, props, setLocation: patch.location !== undefined, location: location ?? null, setRegion: patch.regionId !== undefined, regionId: regionId ?? null },
    );
    return { value: (await readActor(tx, id)).node, sentraIds: await sentraOfActor(tx, id) };
  });
}

/**
 * Archives a live actor at `expectedVersion`: it keeps its data and ties, but reads no longer show
 * it, its ties or its participations, and analyses leave it out.
 */
export async function archiveActor(db: Database, id: string, expectedVersion: number): Promise<Written<ArchivedRow>> {
  checkId("id", id);
  return db.write(async (tx) => {
    const stored = requireLive(await lockNodes(tx, "Actor", [id]), id, "id", "actor");
    checkVersion(stored.version, expectedVersion, theRecord("actor", id));
    const result = await tx.run(
      `MATCH (a:Actor {id: $id})
       SET a.archivedAt = datetime(), a.version = ${versionOf("a")} + 1
       RETURN a.id AS id, a.version AS version, a.archivedAt AS archivedAt`,
      { id },
    );
    return { value: recordToObject<ArchivedRow>(result.records[0]), sentraIds: await sentraOfActor(tx, id) };
  });
}
