import { randomUUID } from "node:crypto";
import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import { kbliProblem } from "../../domain/kbli";
import { invalid } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { checkId, checkText } from "../../domain/write-rules";
import { nodeRow, toNodeRow } from "../node-row";
import type { SentraRow } from "../sentra.repository";
import { checkVersion, defined, findLive, lockNodes, requireLive, sameValue, theRecord, versionOf } from "./locks";
import { checkIdFree, otherValues } from "./node-ids";
import type { Written } from "./outcome";

export interface SentraFields {
  name: string;
  product: string;
  sector: string;
  description: string;
  unggulan: boolean;
  /** The region it lies in; it must exist. */
  regionId: string;
  /** KBLI 2020 kelompok code (five digits in a real division): partner suggestions match the same product on it. */
  kbli?: string | null;
}

export interface CreateSentra extends SentraFields {
  /** A stable id; creating twice with it makes one sentra. Generated when absent. */
  id?: string | null;
}

/** Only the given fields change; none can be cleared. */
export type SentraPatch = { [K in keyof SentraFields]?: SentraFields[K] | null } & { id: string; expectedVersion: number };

const PROPERTY_FIELDS = ["name", "product", "sector", "description", "unggulan", "kbli"] as const;

function checkedKbli(kbli: string | undefined | null): string | undefined {
  if (kbli === undefined || kbli === null) return undefined;
  const problem = kbliProblem(kbli);
  // kbliProblem says what is wrong in English; the reader gets the same two cases from the catalogue.
  if (problem)
    throw invalid(
      "kbli",
      /^\d{5}$/.test(kbli) ? msg("errors.kbliDivision", { code: kbli, division: kbli.slice(0, 2) }) : msg("errors.kbliFormat", { value: JSON.stringify(kbli) }),
    );
  return kbli;
}

function checkedFields(fields: { [K in keyof SentraFields]?: SentraFields[K] | null }) {
  for (const f of [...PROPERTY_FIELDS, "regionId"] as const) if (fields[f] === null) throw invalid(f, msg("errors.cannotBeCleared", { field: f }));
  return {
    props: defined({
      name: fields.name === undefined ? undefined : checkText("name", fields.name ?? "", 200),
      product: fields.product === undefined ? undefined : checkText("product", fields.product ?? "", 200),
      sector: fields.sector === undefined ? undefined : checkText("sector", fields.sector ?? "", 100),
      description: fields.description === undefined ? undefined : checkText("description", fields.description ?? "", 2000),
      unggulan: fields.unggulan ?? undefined,
      kbli: checkedKbli(fields.kbli),
    }),
    regionId: fields.regionId === undefined || fields.regionId === null ? undefined : checkId("regionId", fields.regionId),
  };
}

async function readSentra(tx: Transaction, id: string): Promise<{ node: SentraRow; regionId: string | null }> {
  const result = await tx.run(`MATCH (s:Sentra {id: $id}) RETURN ${nodeRow("s")} AS node, [(s)-[:LOCATED_IN]->(r:Region) | r.id][0] AS regionId`, { id });
  const raw = recordToObject<{ node: unknown; regionId: string | null }>(result.records[0]);
  return { node: toNodeRow<SentraRow>(raw.node)!, regionId: raw.regionId };
}

async function checkRegion(tx: Transaction, regionId: string | undefined) {
  if (regionId) requireLive(await findLive(tx, "Region", [regionId]), regionId, "regionId", "region");
}

/** Creates a sentra in an existing region, MERGEd on its id; the same id and values again return it unchanged. Its metrics are computed at once. */
export async function createSentra(db: Database, input: CreateSentra): Promise<Written<SentraRow>> {
  const id = input.id === undefined || input.id === null ? randomUUID() : checkId("id", input.id);
  // A new sentra may have no code yet: null is "none", not a clearing.
  const { props, regionId } = checkedFields({ ...input, kbli: input.kbli ?? undefined });
  return db.write(async (tx) => {
    await checkIdFree(tx, id, "n:Sentra");
    await checkRegion(tx, regionId);
    const result = await tx.run(
      `MERGE (s:Sentra:Node {id: $id})
       ON CREATE SET s += $props, s.productKey = toLower($props.product), s.version = 1, s.createdAt = datetime(), s.__created = true
       WITH s, coalesce(s.__created, false) AS created
       FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE s.__created)
       WITH s, created
       MATCH (region:Region {id: $regionId})
       FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | MERGE (s)-[:LOCATED_IN]->(region))
       RETURN created`,
      { id, props, regionId },
    );
    const stored = await readSentra(tx, id);
    if (!result.records[0].get("created")) {
      const row = stored.node as unknown as Record<string, unknown>;
      const same =
        row.archivedAt === undefined &&
        PROPERTY_FIELDS.every((f) => sameValue(row[f], (props as Record<string, unknown>)[f])) &&
        sameValue(stored.regionId, regionId);
      if (!same) throw otherValues("sentra", id, row.archivedAt !== undefined);
      return { value: stored.node, sentraIds: [] };
    }
    return { value: stored.node, sentraIds: [id] };
  });
}

/** Changes the given fields of a live sentra at `expectedVersion`; its metrics are recomputed. */
export async function updateSentra(db: Database, patch: SentraPatch): Promise<Written<SentraRow>> {
  const id = checkId("id", patch.id);
  const { props, regionId } = checkedFields(patch);
  return db.write(async (tx) => {
    const stored = requireLive(await lockNodes(tx, "Sentra", [id]), id, "id", "sentra");
    checkVersion(stored.version, patch.expectedVersion, theRecord("sentra", id));
    await checkRegion(tx, regionId);
    await tx.run(
      `MATCH (s:Sentra {id: $id})
       SET s += $props, s.productKey = toLower(coalesce($props.product, s.product)), s.version = ${versionOf("s")} + 1, s.updatedAt = datetime()
       WITH s
       OPTIONAL MATCH (region:Region {id: $regionId})
       WITH s, region
       OPTIONAL MATCH (s)-[old:LOCATED_IN]->(:Region)
       WITH s, region, collect(old) AS old
       FOREACH (r IN CASE WHEN region IS NULL THEN [] ELSE old END | DELETE r)
       FOREACH (_ IN CASE WHEN region IS NULL THEN [] ELSE [1] END | MERGE (s)-[:LOCATED_IN]->(region))`,
      { id, props, regionId: regionId ?? null },
    );
    return { value: (await readSentra(tx, id)).node, sentraIds: [id] };
  });
}

/**
 * Archives a live sentra at `expectedVersion`: lookups, lists and members no longer show it. Its
 * participations, forums and observations keep their data (archive them to take them out too).
 */
export async function archiveSentra(db: Database, id: string, expectedVersion: number): Promise<Written<SentraRow>> {
  checkId("id", id);
  return db.write(async (tx) => {
    const stored = requireLive(await lockNodes(tx, "Sentra", [id]), id, "id", "sentra");
    checkVersion(stored.version, expectedVersion, theRecord("sentra", id));
    await tx.run(`MATCH (s:Sentra {id: $id}) SET s.archivedAt = datetime(), s.version = ${versionOf("s")} + 1`, { id });
    return { value: (await readSentra(tx, id)).node, sentraIds: [] };
  });
}
