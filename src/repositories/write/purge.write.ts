import { recordToObject } from "../../db/convert";
import type { Database } from "../../db/neo4j";
import { conflict, notFound } from "../../domain/write-rejection";
import { checkId } from "../../domain/write-rules";
import type { Written } from "./outcome";

/*
 * Purge is for legal erasure only (a data subject's right to have personal data deleted, a court
 * order): everything else archives, so history survives. It deletes one archived node, or one
 * archived linkage, for good, with its relationships; a live one must be archived first, so a
 * purge is always the second of two deliberate steps. Nothing else that needs the node may remain
 * (observations of a firm, the forum of an agreement ...): purge those first, so no record is
 * left pointing at nothing.
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
      if (!row.archived) throw conflict("id", `${row.label} ${id} is live: archive it first; purge only erases what is archived`);
      if (row.dependents > 0)
        throw conflict("id", `${row.dependents} records still need ${row.label} ${id} (observations, agreements, forums ...): purge them first`, {
          dependents: row.dependents,
        });
      await tx.run(`MATCH (n:Node {id: $id}) DETACH DELETE n`, { id });
      return { value: { id, label: row.label, relationshipsDeleted: row.relationships }, sentraIds: [] };
    }
    const tie = await tx.run(`MATCH (:Actor)-[l:LINKED {id: $id}]->(:Actor) RETURN l.archivedAt IS NOT NULL AS archived`, { id });
    if (!tie.records[0]) throw notFound("id", `Nothing with id ${JSON.stringify(id)}`);
    if (!tie.records[0].get("archived")) throw conflict("id", `Linkage ${id} is live: archive it first; purge only erases what is archived`);
    await tx.run(`MATCH (:Actor)-[l:LINKED {id: $id}]->(:Actor) DELETE l`, { id });
    return { value: { id, label: "LINKED", relationshipsDeleted: 1 }, sentraIds: [] };
  });
}
