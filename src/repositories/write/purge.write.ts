import { recordToObject } from "../../db/convert";
import type { Database, Transaction } from "../../db/neo4j";
import { conflict, notFound } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { checkId } from "../../domain/write-rules";
import { declareWrite } from "./declared";
import type { Written } from "./outcome";

/*
 * Purge is for legal erasure only (a data subject's right to have personal data deleted, a court
 * order): everything else archives, so history survives. It deletes one archived node, or one
 * archived linkage, for good, with its relationships; a live one must be archived first, so a
 * purge is always the second of two deliberate steps. Nothing else that needs the node may remain
 * (observations of a firm, the forum of an agreement ...): purge those first, so no record is
 * left pointing at nothing.
 *
 * Erasure reaches the audit trail too: the Change records of what is purged (its own, and those of
 * the participations and forum seats keyed by its id, "id/...") keep who changed what and when,
 * but lose their values before and after, and the purge's own Change records none
 * (src/repositories/write/audited.ts). A person is personal data through and through: purging an
 * archived person also deletes the person's forum seats, live or archived (which forum, what role,
 * since when is data about that person; the person's archive already took them out of every read
 * and analysis), and the tie to the actor the person represented.
 */

export interface PurgeRow {
  id: string;
  /** What was deleted: a node label (e.g. Actor) or LINKED for a linkage. */
  label: string;
  /** Relationships deleted with it. */
  relationshipsDeleted: number;
}

/** Relationships by which a node belongs to another and cannot stand without it, from the dependent to the one it needs. */
const DEPENDENT_TYPES = ["OF_ACTOR", "IN_ROUND", "IN_SENTRA", "SERVES", "CONTRACTED_BY", "PROVIDED_BY", "MONITORS", "RUN_BY", "OF_SENTRA"] as const;

/**
 * Erases the values before and after from the Change records of `id` and of the relationships
 * keyed by it ("id/..." : participations and forum seats; ids never hold "/"), marking them
 * erasedAt; who, when, via what, the target and the operation stay.
 */
async function eraseAuditValues(tx: Transaction, id: string): Promise<void> {
  await tx.run(
    `MATCH (c:Change) WHERE c.targetId = $id OR c.targetId STARTS WITH $prefix
     SET c.before = null, c.after = null, c.erasedAt = coalesce(c.erasedAt, datetime())`,
    { id, prefix: `${id}/` },
  );
}

/** Deletes an archived node or linkage for good; a live one is a CONFLICT, an unknown id NOT_FOUND. */
export async function purge(db: Database, id: string): Promise<Written<PurgeRow>> {
  checkId("id", id);
  return db.write(async (tx) => {
    const node = await tx.run(
      `MATCH (n:Node {id: $id})
       SET n.__lock = true REMOVE n.__lock
       RETURN [l IN labels(n) WHERE l <> 'Node'][0] AS label, n.archivedAt IS NOT NULL AS archived,
              COUNT { (d)-[r]->(n) WHERE type(r) IN $dependent } AS dependents, COUNT { (n)--() } AS relationships`,
      { id, dependent: [...DEPENDENT_TYPES] },
    );
    if (node.records[0]) {
      const row = recordToObject<{ label: string; archived: boolean; dependents: number; relationships: number }>(node.records[0]);
      if (!row.archived) throw conflict("id", msg("errors.purgeLive", { label: row.label, id }));
      if (row.dependents > 0)
        throw conflict("id", msg("errors.purgeDependents", { dependents: row.dependents, label: row.label, id }), {
          dependents: row.dependents,
        });
      const served = await tx.run(`MATCH (:Node {id: $id})-[:MEMBER_OF]->(:Forum)-[:SERVES]->(s:Sentra) RETURN collect(DISTINCT s.id) AS ids`, { id });
      await tx.run(`MATCH (n:Node {id: $id}) DETACH DELETE n`, { id });
      // A sentra's stored analysis is keyed by its id and has no relationship to go with it.
      if (row.label === "Sentra") await tx.run(`MATCH (a:SentraAnalysis {id: $id}) DELETE a`, { id });
      await eraseAuditValues(tx, id);
      return { value: { id, label: row.label, relationshipsDeleted: row.relationships }, sentraIds: served.records[0].get("ids") as string[] };
    }
    const tie = await tx.run(`MATCH (:Actor)-[l:LINKED {id: $id}]->(:Actor) RETURN l.archivedAt IS NOT NULL AS archived`, { id });
    if (!tie.records[0]) throw notFound("id", msg("errors.nothingWithId", { id: JSON.stringify(id) }));
    if (!tie.records[0].get("archived")) throw conflict("id", msg("errors.purgeLive", { label: "Linkage", id }));
    await tx.run(`MATCH (:Actor)-[l:LINKED {id: $id}]->(:Actor) DELETE l`, { id });
    await eraseAuditValues(tx, id);
    return { value: { id, label: "LINKED", relationshipsDeleted: 1 }, sentraIds: [] };
  });
}

export const PURGE_WRITES = {
  purge: declareWrite({ operation: "PURGE", target: (id: string) => ({ kind: "id", id }), write: purge }),
};
