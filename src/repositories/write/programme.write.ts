import { randomUUID } from "node:crypto";
import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import type { EntityLabel } from "../../domain/graph";
import { invalid, notFound } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { thingName } from "./record-names";
import { checkId, checkIntRange, checkOptionalDate, checkText } from "../../domain/write-rules";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { checkVersion, theRecord, defined, findLive, lockNodes, requireLive, sameValue, versionOf } from "./locks";
import { checkIdFree, otherValues } from "./node-ids";
import type { ArchivedRow, Written } from "./outcome";

/*
 * Development programmes (PNM credit, Bank Indonesia's value-chain programme ...): run by one
 * actor, with partner actors, targeting sentra. No analysis reads them, so no write here changes a
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

/** At most this many partners or target sentra. */
export const MAX_PROGRAMME_LINKS = 200;
/** Rp 10^15 (a thousand trillion): beyond any programme. */
const MAX_AMOUNT_RP = 1e15;

function checkIds(field: string, ids: readonly string[]): string[] {
  if (ids.length > MAX_PROGRAMME_LINKS) throw invalid(field, msg("errors.tooManyIds", { field, max: MAX_PROGRAMME_LINKS, count: ids.length }));
  if (new Set(ids).size !== ids.length) throw invalid(field, msg("errors.repeatedId", { field }));
  return ids.map((id, i) => checkId(`${field}[${i}]`, id));
}

function checkAmount(value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > MAX_AMOUNT_RP)
    throw invalid("amountRp", msg("errors.amountRp", { max: MAX_AMOUNT_RP, value: String(value) }));
  return value;
}

function checkedFields(fields: { [K in keyof ProgrammeFields]?: ProgrammeFields[K] | null }) {
  for (const f of ["name", "description", "runById"] as const) if (fields[f] === null) throw invalid(f, msg("errors.cannotBeCleared", { field: f }));
  for (const f of ["partnerIds", "sentraIds"] as const) if (fields[f] === null) throw invalid(f, msg("errors.listNotNull", { field: f }));
  return {
    props: defined({
      name: fields.name === undefined ? undefined : checkText("name", fields.name ?? "", 200),
      description: fields.description === undefined ? undefined : checkText("description", fields.description ?? "", 5000),
      amountRp: fields.amountRp === undefined || fields.amountRp === null ? fields.amountRp : checkAmount(fields.amountRp),
      beneficiaries:
        fields.beneficiaries === undefined || fields.beneficiaries === null
          ? fields.beneficiaries
          : checkIntRange("beneficiaries", fields.beneficiaries, 0, 100_000_000),
    }),
    startDate: checkOptionalDate("startDate", fields.startDate, { future: true }),
    endDate: checkOptionalDate("endDate", fields.endDate, { future: true }),
    runById: fields.runById === undefined || fields.runById === null ? undefined : checkId("runById", fields.runById),
    partnerIds: fields.partnerIds === undefined || fields.partnerIds === null ? undefined : checkIds("partnerIds", fields.partnerIds),
    sentraIds: fields.sentraIds === undefined || fields.sentraIds === null ? undefined : checkIds("sentraIds", fields.sentraIds),
  };
}

function checkDates(startDate: string | null | undefined, endDate: string | null | undefined) {
  if (startDate && endDate && endDate < startDate) throw invalid("endDate", msg("errors.endBeforeStart", { endDate, startDate }));
}

interface Stored {
  node: ProgrammeRow;
  runById: string | null;
  partnerIds: string[];
  sentraIds: string[];
}

async function readProgramme(tx: Transaction, id: string): Promise<Stored> {
  const result = await tx.run(
    `MATCH (p:Programme {id: $id})
     RETURN ${nodeRow("p")} AS node, [(p)-[:RUN_BY]->(a:Actor) | a.id][0] AS runById,
            [(p)-[:PARTNER]->(a:Actor) | a.id] AS partnerIds, [(p)-[:TARGETS]->(s:Sentra) | s.id] AS sentraIds`,
    { id },
  );
  const raw = recordToObject<Omit<Stored, "node"> & { node: unknown }>(result.records[0]);
  return {
    node: toNodeRow<ProgrammeRow>(raw.node)!,
    runById: raw.runById ?? null,
    partnerIds: [...raw.partnerIds].sort(),
    sentraIds: [...raw.sentraIds].sort(),
  };
}

/** Every id in `ids` names a live node of `label`, else NOT_FOUND naming `field`. */
async function requireAllLive(tx: Transaction, label: EntityLabel, ids: readonly string[] | undefined, field: string, what: string) {
  if (!ids || ids.length === 0) return;
  const found = await findLive(tx, label, ids);
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw notFound(field, msg("errors.noRecordOrArchived", { thing: thingName(what), id: JSON.stringify(missing) }));
}

/** The given links must be live; `runner` and `partners` are what the programme will have, given or stored. */
async function checkLinks(
  tx: Transaction,
  links: { runById?: string; partnerIds?: string[]; sentraIds?: string[] },
  runner: string | null | undefined,
  partners: readonly string[],
) {
  if (runner && partners.includes(runner))
    throw invalid(links.partnerIds?.includes(runner) ? "partnerIds" : "runById", msg("errors.runnerIsPartner", { runner }));
  await requireAllLive(tx, "Actor", links.runById === undefined ? undefined : [links.runById], "runById", "actor");
  await requireAllLive(tx, "Actor", links.partnerIds, "partnerIds", "actor");
  await requireAllLive(tx, "Sentra", links.sentraIds, "sentraIds", "sentra");
}

// Sets the dates (when given), then replaces the runner, the partners and the target sentra that are given.
const SET_DATES_AND_LINKS = `
  SET p.startDate = CASE WHEN NOT $setStart THEN p.startDate WHEN $startDate IS NULL THEN null ELSE date($startDate) END,
      p.endDate = CASE WHEN NOT $setEnd THEN p.endDate WHEN $endDate IS NULL THEN null ELSE date($endDate) END
  WITH p
  CALL {
    WITH p
    WITH p WHERE $runById IS NOT NULL
    OPTIONAL MATCH (p)-[old:RUN_BY]->(:Actor)
    DELETE old
    WITH DISTINCT p
    MATCH (runner:Actor {id: $runById})
    MERGE (p)-[:RUN_BY]->(runner)
  }
  CALL {
    WITH p
    WITH p WHERE $partnerIds IS NOT NULL
    OPTIONAL MATCH (p)-[old:PARTNER]->(:Actor)
    DELETE old
    WITH DISTINCT p
    UNWIND $partnerIds AS partnerId
    MATCH (partner:Actor {id: partnerId})
    MERGE (p)-[:PARTNER]->(partner)
  }
  CALL {
    WITH p
    WITH p WHERE $sentraIds IS NOT NULL
    OPTIONAL MATCH (p)-[old:TARGETS]->(:Sentra)
    DELETE old
    WITH DISTINCT p
    UNWIND $sentraIds AS sentraId
    MATCH (s:Sentra {id: sentraId})
    MERGE (p)-[:TARGETS]->(s)
  }`;

/**
 * Creates a programme run by a live actor, MERGEd on its id (the Programme and Node id constraints
 * make concurrent creations of one id a single node); the same id and values return it unchanged.
 */
export async function createProgramme(db: Database, input: CreateProgramme): Promise<Written<ProgrammeRow>> {
  const id = input.id === undefined || input.id === null ? randomUUID() : checkId("id", input.id);
  const fields = checkedFields({ ...input, name: input.name, description: input.description, runById: input.runById ?? null });
  const partnerIds = fields.partnerIds ?? [];
  const sentraIds = fields.sentraIds ?? [];
  checkDates(fields.startDate, fields.endDate);
  return db.write(async (tx) => {
    await checkIdFree(tx, id, "n:Programme");
    await checkLinks(tx, { runById: fields.runById, partnerIds, sentraIds }, fields.runById, partnerIds);
    const result = await tx.run(
      `MERGE (p:Programme:Node {id: $id})
       ON CREATE SET p += $props, p.version = 1, p.createdAt = datetime(), p.__created = true
       WITH p, coalesce(p.__created, false) AS created
       FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE p.__created)
       WITH p, created
       RETURN created`,
      { id, props: fields.props },
    );
    if (result.records[0].get("created")) {
      await tx.run(`MATCH (p:Programme {id: $id}) ${SET_DATES_AND_LINKS}`, {
        id,
        setStart: true,
        startDate: fields.startDate ?? null,
        setEnd: true,
        endDate: fields.endDate ?? null,
        runById: fields.runById,
        partnerIds,
        sentraIds,
      });
      return { value: (await readProgramme(tx, id)).node, sentraIds: [] };
    }
    const stored = await readProgramme(tx, id);
    const row = stored.node;
    const same =
      row.archivedAt === undefined &&
      sameValue(
        [row.name, row.description, row.startDate, row.endDate, row.amountRp, row.beneficiaries, stored.runById, stored.partnerIds, stored.sentraIds],
        [
          fields.props.name,
          fields.props.description,
          fields.startDate,
          fields.endDate,
          fields.props.amountRp,
          fields.props.beneficiaries,
          fields.runById,
          [...partnerIds].sort(),
          [...sentraIds].sort(),
        ],
      );
    if (!same) throw otherValues("programme", id, row.archivedAt !== undefined);
    return { value: row, sentraIds: [] };
  });
}

async function lockLive(tx: Transaction, id: string, expectedVersion: number): Promise<Stored> {
  const stored = requireLive(await lockNodes(tx, "Programme", [id]), id, "id", "programme");
  checkVersion(stored.version, expectedVersion, theRecord("programme", id));
  return readProgramme(tx, id);
}

/** Changes the given fields of a live programme at `expectedVersion`; given partner or sentra lists replace the stored ones. */
export async function updateProgramme(db: Database, patch: ProgrammePatch): Promise<Written<ProgrammeRow>> {
  const id = checkId("id", patch.id);
  const fields = checkedFields(patch);
  return db.write(async (tx) => {
    const before = await lockLive(tx, id, patch.expectedVersion);
    checkDates(fields.startDate === undefined ? before.node.startDate : fields.startDate, fields.endDate === undefined ? before.node.endDate : fields.endDate);
    await checkLinks(tx, fields, fields.runById ?? before.runById, fields.partnerIds ?? before.partnerIds);
    await tx.run(
      `MATCH (p:Programme {id: $id})
       SET p += $props, p.version = ${versionOf("p")} + 1, p.updatedAt = datetime()
       WITH p
       ${SET_DATES_AND_LINKS}`,
      {
        id,
        props: fields.props,
        setStart: fields.startDate !== undefined,
        startDate: fields.startDate ?? null,
        setEnd: fields.endDate !== undefined,
        endDate: fields.endDate ?? null,
        runById: fields.runById ?? null,
        partnerIds: fields.partnerIds ?? null,
        sentraIds: fields.sentraIds ?? null,
      },
    );
    return { value: (await readProgramme(tx, id)).node, sentraIds: [] };
  });
}

/** Archives a live programme at `expectedVersion`: reads (a sentra's and an actor's programmes, node(id)) no longer show it. */
export async function archiveProgramme(db: Database, id: string, expectedVersion: number): Promise<Written<ArchivedRow>> {
  checkId("id", id);
  return db.write(async (tx) => {
    await lockLive(tx, id, expectedVersion);
    const result = await tx.run(
      `MATCH (p:Programme {id: $id})
       SET p.archivedAt = datetime(), p.version = ${versionOf("p")} + 1
       RETURN p.id AS id, p.version AS version, p.archivedAt AS archivedAt`,
      { id },
    );
    return { value: recordToObject<ArchivedRow>(result.records[0]), sentraIds: [] };
  });
}
