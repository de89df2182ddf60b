import { recordToObject } from "../../db/convert";
import type { Transaction } from "../../db/neo4j";
import { AGREEMENT_RULES, checkTerm } from "../../domain/rules/agreement.rules";
import { checkFields, type Completeness } from "../../domain/rules/table";
import type { AssistanceRole } from "../../domain/vocabulary";
import { invalid } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { nodeRow, toNodeRow, type NodeRow } from "../node-row";
import { archives, creates, updates } from "./declared";
import { archiveOf, createOf, nodeKind, updateOf } from "./kit";
import { sameValue, liveReference } from "./locks";
import { distinctIds } from "./outcome";

/*
 * Agreements: an FKAK engages an actor as LPT or PKE. Their rules are AGREEMENT_RULES
 * (src/domain/rules/agreement.rules.ts); the forum that contracts one is fixed once created, and
 * the sentra that forum serves is the network the agreement is part of.
 */

export interface AgreementFields {
  providerId: string;
  providerRole: AssistanceRole;
  scope: string;
  feeBasis: string;
  /** YYYY-MM-DD; may lie ahead (an agreement signed for next season). */
  startDate: string;
  /** YYYY-MM-DD, not before startDate; absent while open-ended. */
  endDate?: string | null;
}

export interface CreateAgreement extends AgreementFields {
  /** A stable id; creating twice with it makes one agreement. Generated when absent. */
  id?: string | null;
  /** The FKAK that contracts the assistance; fixed once created. */
  forumId: string;
}

/** Only the given fields change; null clears endDate. The forum is fixed: archive and create to move an agreement. */
export type AgreementPatch = { [K in keyof AgreementFields]?: AgreementFields[K] | null } & { id: string; expectedVersion: number };

export type AgreementRow = NodeRow & Omit<AgreementFields, "providerId"> & { version?: number; archivedAt?: string };

/** An agreement as read back: its row, and the forum and provider it ties to. */
type StoredAgreement = AgreementRow & { forumId: string | null; providerId: string | null };

const AGREEMENT = nodeKind("Agreement", "agreement");

// The id is the record's key (the kit checks it). A patch has no forumId: the forum is fixed once created.
const { id: _key, ...FIELD_RULES } = AGREEMENT_RULES;

/** The given fields checked against AGREEMENT_RULES, as stored properties plus the dates and the ties. */
function checked(fields: Record<string, unknown>, completeness: Completeness) {
  const { forumId, providerId, startDate, endDate, ...props } = checkFields(FIELD_RULES, fields, completeness);
  return { forumId, providerId, startDate, endDate, props };
}
type Checked = ReturnType<typeof checked>;

async function readAgreement(tx: Transaction, id: string): Promise<StoredAgreement> {
  const result = await tx.run(
    `MATCH (g:Agreement {id: $id})
     RETURN ${nodeRow("g")} AS node, [(g)-[:CONTRACTED_BY]->(f:Forum) | f.id][0] AS forumId, [(g)-[:PROVIDED_BY]->(a:Actor) | a.id][0] AS providerId`,
    { id },
  );
  const raw = recordToObject<{ node: unknown; forumId: string | null; providerId: string | null }>(result.records[0]);
  const node = toNodeRow<AgreementRow>(raw.node)!;
  return { ...node, endDate: node.endDate ?? null, forumId: raw.forumId, providerId: raw.providerId };
}

async function sentraOfAgreement(tx: Transaction, id: string): Promise<string[]> {
  const result = await tx.run(`MATCH (:Agreement {id: $id})-[:CONTRACTED_BY]->(:Forum)-[:SERVES]->(s:Sentra) RETURN collect(s.id) AS ids`, { id });
  return distinctIds(result.records[0].get("ids") as string[]);
}

async function checkProvider(tx: Transaction, { providerId }: Checked) {
  if (providerId) await liveReference(tx, "Actor", providerId, "providerId", "actor");
}

/** Only an FKAK contracts assistance. */
async function checkForum(tx: Transaction, { forumId }: Checked) {
  if (!forumId) return;
  const forum = await liveReference(tx, "Forum", forumId, "forumId", "forum");
  if (forum.kind !== "FKAK") throw invalid("forumId", msg("errors.agreementNeedsFkak", { forumId, kind: String(forum.kind) }));
}

// Sets the given properties and dates (null clears the end), ties a new agreement to its forum, and the given provider instead of the one before.
async function writeFields(tx: Transaction, id: string, { forumId, providerId, startDate, endDate, props }: Checked) {
  await tx.run(
    `MATCH (g:Agreement {id: $id})
     SET g += $props,
         g.startDate = CASE WHEN $startDate IS NULL THEN g.startDate ELSE date($startDate) END,
         g.endDate = CASE WHEN NOT $setEnd THEN g.endDate WHEN $endDate IS NULL THEN null ELSE date($endDate) END
     WITH g
     OPTIONAL MATCH (f:Forum {id: $forumId})
     FOREACH (_ IN CASE WHEN f IS NULL THEN [] ELSE [1] END | MERGE (g)-[:CONTRACTED_BY]->(f))
     WITH g
     OPTIONAL MATCH (provider:Actor {id: $providerId})
     WITH g, provider
     OPTIONAL MATCH (g)-[old:PROVIDED_BY]->(:Actor)
     WITH g, provider, collect(old) AS old
     FOREACH (r IN CASE WHEN provider IS NULL THEN [] ELSE old END | DELETE r)
     FOREACH (_ IN CASE WHEN provider IS NULL THEN [] ELSE [1] END | MERGE (g)-[:PROVIDED_BY]->(provider))`,
    {
      id,
      props,
      startDate: startDate ?? null,
      setEnd: endDate !== undefined,
      endDate: endDate ?? null,
      forumId: forumId ?? null,
      providerId: providerId ?? null,
    },
  );
}

/** Records an agreement by which a live FKAK engages a live actor as LPT or PKE; the same id and values again return it unchanged. */
export const createAgreement = createOf<CreateAgreement, Checked, StoredAgreement>({
  label: "Agreement",
  what: "agreement",
  check: (input) => {
    const fields = checked({ ...input }, "whole");
    checkTerm(fields.startDate!, fields.endDate);
    return fields;
  },
  references: async (tx, fields) => {
    await checkForum(tx, fields);
    await checkProvider(tx, fields);
  },
  fill: writeFields,
  read: readAgreement,
  same: (stored, { forumId, providerId, startDate, endDate, props }) =>
    sameValue(
      [stored.forumId, stored.providerId, stored.providerRole, stored.scope, stored.feeBasis, stored.startDate, stored.endDate],
      [forumId, providerId, props.providerRole, props.scope, props.feeBasis, startDate, endDate],
    ),
  sentraOf: sentraOfAgreement,
});

/** Changes the given fields of a live agreement at `expectedVersion`; its term is checked against the stored dates it keeps. */
export const updateAgreement = updateOf({
  kind: AGREEMENT,
  key: (patch: AgreementPatch) => patch.id,
  check: (patch: AgreementPatch) => checked({ ...patch }, "patch"),
  write: async (tx, id, fields, stored) => {
    checkTerm(fields.startDate ?? (stored.startDate as string), fields.endDate === undefined ? (stored.endDate as string | null | undefined) : fields.endDate);
    await checkProvider(tx, fields);
    await writeFields(tx, id, fields);
  },
  read: readAgreement,
  sentraOf: sentraOfAgreement,
});

/** Archives a live agreement at `expectedVersion`: reads and analyses no longer see it. */
export const archiveAgreement = archiveOf({ kind: AGREEMENT, sentraOf: sentraOfAgreement });

export const AGREEMENT_WRITES = {
  createAgreement: creates(createAgreement),
  updateAgreement: updates(updateAgreement),
  archiveAgreement: archives(archiveAgreement),
};
