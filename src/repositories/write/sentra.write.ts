import { recordToObject } from "../../db/convert";
import type { Transaction } from "../../db/neo4j";
import { SENTRA_RULES } from "../../domain/rules/sentra.rules";
import { checkFields } from "../../domain/rules/table";
import { nodeRow, toNodeRow } from "../node-row";
import type { SentraRow } from "../sentra.repository";
import { archives, creates, updates } from "./declared";
import { archiveOf, createOf, nodeKind, updateOf } from "./kit";
import { sameValue, liveReference } from "./locks";

/*
 * Sentra: their rules are SENTRA_RULES (src/domain/rules/sentra.rules.ts); their region is a
 * LOCATED_IN tie, stored apart from the other properties. A sentra's own change recomputes its
 * stored metrics; its archive does not (reads and rankings leave it out).
 */

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

/** Only the given fields change; null clears kbli, the others cannot be cleared. */
export type SentraPatch = { [K in keyof SentraFields]?: SentraFields[K] | null } & { id: string; expectedVersion: number };

type WrittenSentra = SentraRow & { regionId: string | null };

const SENTRA = nodeKind("Sentra", "sentra");
// The stored properties a sentra's own fields map to (its region is a tie).
const PROPERTY_FIELDS = ["name", "product", "sector", "description", "unggulan", "kbli"] as const;

// The id is the record's key: the kit checks it (createOf, updateOf).
const { id: _key, ...FIELD_RULES } = SENTRA_RULES;

/** The given fields checked against SENTRA_RULES, as stored properties plus the region. */
function checked(fields: Record<string, unknown>, completeness: "whole" | "patch") {
  const { regionId, ...props } = checkFields(FIELD_RULES, fields, completeness);
  return { props, regionId };
}
type Checked = ReturnType<typeof checked>;

async function readSentra(tx: Transaction, id: string): Promise<WrittenSentra> {
  const result = await tx.run(`MATCH (s:Sentra {id: $id}) RETURN ${nodeRow("s")} AS node, [(s)-[:LOCATED_IN]->(r:Region) | r.id][0] AS regionId`, { id });
  const raw = recordToObject<{ node: unknown; regionId: string | null }>(result.records[0]);
  return Object.assign(toNodeRow<SentraRow>(raw.node)!, { regionId: raw.regionId });
}

async function checkRegion(tx: Transaction, { regionId }: Checked) {
  if (regionId) await liveReference(tx, "Region", regionId, "regionId", "region");
}

// Sets the given properties (the product's lowered key with the product), and moves it to the region when one is given.
async function writeFields(tx: Transaction, id: string, { props, regionId }: Checked) {
  await tx.run(
    `MATCH (s:Sentra {id: $id})
     SET s += $props, s.productKey = toLower(s.product)
     WITH s
     OPTIONAL MATCH (region:Region {id: $regionId})
     WITH s, region
     OPTIONAL MATCH (s)-[old:LOCATED_IN]->(:Region)
     WITH s, region, collect(old) AS old
     FOREACH (r IN CASE WHEN region IS NULL THEN [] ELSE old END | DELETE r)
     FOREACH (_ IN CASE WHEN region IS NULL THEN [] ELSE [1] END | MERGE (s)-[:LOCATED_IN]->(region))`,
    { id, props, regionId: regionId ?? null },
  );
}

const itself = async (_tx: Transaction, id: string) => [id];

const createSentraNode = createOf<CreateSentra, Checked, WrittenSentra>({
  label: "Sentra",
  what: "sentra",
  check: (input) => checked({ ...input }, "whole"),
  references: checkRegion,
  fill: writeFields,
  read: readSentra,
  same: (stored, { props, regionId }) =>
    PROPERTY_FIELDS.every((f) => sameValue(stored[f], (props as Record<string, unknown>)[f])) && sameValue(stored.regionId, regionId),
  sentraOf: itself,
});

const updateSentraNode = updateOf({
  kind: SENTRA,
  key: (patch: SentraPatch) => patch.id,
  check: (patch: SentraPatch) => checked({ ...patch }, "patch"),
  write: async (tx, id, fields) => {
    await checkRegion(tx, fields);
    await writeFields(tx, id, fields);
  },
  read: readSentra,
  sentraOf: itself,
});

/** Creates a sentra in an existing region; the same id and values again return it unchanged. Its metrics are computed at once. */
export const createSentra = createSentraNode;

/** Changes the given fields of a live sentra at `expectedVersion`; its metrics are recomputed. */
export const updateSentra = updateSentraNode;

/**
 * Archives a live sentra at `expectedVersion`: lookups, lists and members no longer show it. Its
 * participations, forums and observations keep their data (archive them to take them out too).
 */
export const archiveSentra = archiveOf({ kind: SENTRA, sentraOf: async () => [] });

export const SENTRA_WRITES = {
  createSentra: creates(createSentra),
  updateSentra: updates(updateSentra),
  archiveSentra: archives(archiveSentra),
};
