import { recordToObject } from "../../db/convert";
import type { Transaction } from "../../db/neo4j";
import type { EntityLabel } from "../../domain/graph";
import { checkProgrammeDates, checkRunnerNotPartner, PROGRAMME_RULES } from "../../domain/rules/programme.rules";
import { checkFields, type Completeness } from "../../domain/rules/table";
import { notFound } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { archives, creates, updates } from "./declared";
import { archiveOf, createOf, nodeKind, updateOf } from "./kit";
import { findLive, sameValue } from "./locks";
import { thingName } from "./record-names";

/*
 * Development programmes (PNM credit, Bank Indonesia's value-chain programme ...): run by one
 * actor, with partner actors, targeting sentra; their rules are PROGRAMME_RULES
 * (src/domain/rules/programme.rules.ts). No analysis reads them, so no write here changes a
 * sentra's stored metrics.
 */

export interface ProgrammeFields {
  name: string;
  description: string;
  /** The actor that runs it (must be live). */
  runById: string;
  /** Partner actors (live, no repeats, not the runner); replaced as a whole when given. */
  partnerIds: string[];
  /** Target sentra (live, no repeats); replaced as a whole when given. */
  sentraIds: string[];
  /** YYYY-MM-DD; may lie ahead (a planned programme). */
  startDate?: string | null;
  /** YYYY-MM-DD, not before startDate. */
  endDate?: string | null;
  /** Money involved, in rupiah, from 0. */
  amountRp?: number | null;
  /** Firms reached, from 0. */
  beneficiaries?: number | null;
}

export interface CreateProgramme extends Omit<ProgrammeFields, "partnerIds" | "sentraIds"> {
  /** A stable id; creating twice with it makes one programme. Generated when absent. */
  id?: string | null;
  partnerIds?: string[] | null;
  sentraIds?: string[] | null;
}

/** Only the given fields change; null clears the dates, amountRp and beneficiaries. */
export type ProgrammePatch = { [K in keyof ProgrammeFields]?: ProgrammeFields[K] | null } & { id: string; expectedVersion: number };

export type ProgrammeRow = NodeRow & {
  name: string;
  description: string;
  startDate?: string | null;
  endDate?: string | null;
  amountRp?: number | null;
  beneficiaries?: number | null;
  version?: number;
  archivedAt?: string;
};

const PROGRAMME = nodeKind("Programme", "programme");

/** A programme's ties: the input field naming what they point to, the relationship and what it points to. Each is replaced as a whole when given. */
const TIES = [
  { field: "runById", type: "RUN_BY", label: "Actor", what: "actor" },
  { field: "partnerIds", type: "PARTNER", label: "Actor", what: "actor" },
  { field: "sentraIds", type: "TARGETS", label: "Sentra", what: "sentra" },
] as const satisfies ReadonlyArray<{ field: string; type: string; label: EntityLabel; what: string }>;
type Tie = (typeof TIES)[number];

// The id is the record's key: the kit checks it (createOf, updateOf).
const { id: _key, ...FIELD_RULES } = PROGRAMME_RULES;

/** The given fields checked against PROGRAMME_RULES: stored properties, the dates, and the ties' ids. */
function checked(fields: Record<string, unknown>, completeness: Completeness) {
  const { startDate, endDate, runById, partnerIds, sentraIds, ...props } = checkFields(FIELD_RULES, fields, completeness);
  return { props, startDate, endDate, ties: { runById, partnerIds, sentraIds } };
}
type Checked = ReturnType<typeof checked>;

/** The ids a tie points to, as given (undefined: not given). */
const idsOf = (ties: Checked["ties"], tie: Tie): string[] | undefined => {
  const given = ties[tie.field];
  return given === undefined || given === null ? undefined : typeof given === "string" ? [given] : given;
};

type StoredProgramme = ProgrammeRow & { runById: string | null; partnerIds: string[]; sentraIds: string[] };

async function readProgramme(tx: Transaction, id: string): Promise<StoredProgramme> {
  const result = await tx.run(
    `MATCH (p:Programme {id: $id})
     RETURN ${nodeRow("p")} AS node, [(p)-[:RUN_BY]->(a:Actor) | a.id][0] AS runById,
            [(p)-[:PARTNER]->(a:Actor) | a.id] AS partnerIds, [(p)-[:TARGETS]->(s:Sentra) | s.id] AS sentraIds`,
    { id },
  );
  const raw = recordToObject<{ node: unknown; runById: string | null; partnerIds: string[]; sentraIds: string[] }>(result.records[0]);
  return Object.assign(toNodeRow<ProgrammeRow>(raw.node)!, {
    runById: raw.runById ?? null,
    partnerIds: [...raw.partnerIds].sort(),
    sentraIds: [...raw.sentraIds].sort(),
  });
}

/** Every id a given tie points to names a live node, else NOT_FOUND naming the tie's field. */
async function checkTiesLive(tx: Transaction, { ties }: Checked) {
  for (const tie of TIES) {
    const ids = idsOf(ties, tie);
    if (!ids || ids.length === 0) continue;
    const found = await findLive(tx, tie.label, ids);
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) throw notFound(tie.field, msg("errors.noRecordOrArchived", { thing: thingName(tie.what), id: JSON.stringify(missing) }));
  }
}

/** Replaces the programme's ties of one kind with ties to these nodes. */
async function replaceTies(tx: Transaction, id: string, tie: Tie, ids: readonly string[]) {
  await tx.run(
    `MATCH (p:Programme {id: $id})
     OPTIONAL MATCH (p)-[old:${tie.type}]->(:${tie.label})
     DELETE old
     WITH DISTINCT p
     UNWIND $ids AS targetId
     MATCH (target:${tie.label} {id: targetId})
     MERGE (p)-[:${tie.type}]->(target)`,
    { id, ids },
  );
}

// Sets the given properties and dates (null clears them), and replaces the ties given.
async function writeFields(tx: Transaction, id: string, { props, startDate, endDate, ties }: Checked) {
  await tx.run(
    `MATCH (p:Programme {id: $id})
     SET p += $props,
         p.startDate = CASE WHEN NOT $setStart THEN p.startDate WHEN $startDate IS NULL THEN null ELSE date($startDate) END,
         p.endDate = CASE WHEN NOT $setEnd THEN p.endDate WHEN $endDate IS NULL THEN null ELSE date($endDate) END`,
    { id, props, setStart: startDate !== undefined, startDate: startDate ?? null, setEnd: endDate !== undefined, endDate: endDate ?? null },
  );
  for (const tie of TIES) {
    const ids = idsOf(ties, tie);
    if (ids) await replaceTies(tx, id, tie, ids);
  }
}

const noSentra = async () => [];

/**
 * Creates a programme run by a live actor on a stable id (the Programme and Node id constraints
 * make concurrent creations of one id a single node); the same id and values return it unchanged.
 */
export const createProgramme = createOf<CreateProgramme, Checked, StoredProgramme>({
  label: "Programme",
  what: "programme",
  check: (input) => {
    // Absent lists: none.
    const fields = checked({ ...input, partnerIds: input.partnerIds ?? [], sentraIds: input.sentraIds ?? [] }, "whole");
    checkProgrammeDates(fields.startDate, fields.endDate);
    checkRunnerNotPartner(fields.ties.runById, fields.ties.partnerIds ?? [], true);
    return fields;
  },
  references: checkTiesLive,
  fill: writeFields,
  read: readProgramme,
  same: (stored, { props, startDate, endDate, ties }) =>
    sameValue(
      [
        stored.name,
        stored.description,
        stored.startDate,
        stored.endDate,
        stored.amountRp,
        stored.beneficiaries,
        stored.runById,
        stored.partnerIds,
        stored.sentraIds,
      ],
      [
        props.name,
        props.description,
        startDate,
        endDate,
        props.amountRp,
        props.beneficiaries,
        ties.runById,
        [...(ties.partnerIds ?? [])].sort(),
        [...(ties.sentraIds ?? [])].sort(),
      ],
    ),
  sentraOf: noSentra,
});

/** Changes the given fields of a live programme at `expectedVersion`; given partner or sentra lists replace the stored ones. */
export const updateProgramme = updateOf({
  kind: PROGRAMME,
  key: (patch: ProgrammePatch) => patch.id,
  check: (patch: ProgrammePatch) => checked({ ...patch }, "patch"),
  write: async (tx, id, fields) => {
    const before = await readProgramme(tx, id);
    checkProgrammeDates(fields.startDate === undefined ? before.startDate : fields.startDate, fields.endDate === undefined ? before.endDate : fields.endDate);
    const { runById, partnerIds } = fields.ties;
    checkRunnerNotPartner(runById ?? before.runById, partnerIds ?? before.partnerIds, partnerIds !== undefined && partnerIds !== null);
    await checkTiesLive(tx, fields);
    await writeFields(tx, id, fields);
  },
  read: readProgramme,
  sentraOf: noSentra,
});

/** Archives a live programme at `expectedVersion`: reads (a sentra's and an actor's programmes, node(id)) no longer show it. */
export const archiveProgramme = archiveOf({ kind: PROGRAMME, sentraOf: noSentra });

export const PROGRAMME_WRITES = {
  createProgramme: creates(createProgramme),
  updateProgramme: updates(updateProgramme),
  archiveProgramme: archives(archiveProgramme),
};
