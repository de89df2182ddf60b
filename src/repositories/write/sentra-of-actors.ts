import { recordToObject } from "../../db/convert";
import type { Transaction } from "../../db/neo4j";
import { distinctIds } from "./outcome";

/**
 * The sentra whose network holds any of the given actors: by participation, by a tie that names
 * a sentra, by a tie naming none into a sentra's participant, by forum seat or by agreement. A
 * write that changes an actor or its ties recomputes these (their stored analyses mention it).
 */
export async function sentraOfActors(tx: Transaction, ids: readonly string[]): Promise<string[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (a:Actor {id: id})
     WITH [(a)-[:PARTICIPATES_IN]->(s:Sentra) | s.id]
          + [(a)-[l:LINKED]-() WHERE l.sentraId IS NOT NULL | l.sentraId]
          + [(a)-[l:LINKED]-(:Actor)-[:PARTICIPATES_IN]->(s:Sentra) WHERE l.sentraId IS NULL | s.id]
          + [(a)<-[:REPRESENTS*0..1]-()-[:MEMBER_OF]->(:Forum)-[:SERVES]->(s:Sentra) | s.id]
          + [(a)<-[:PROVIDED_BY]-(:Agreement)-[:CONTRACTED_BY]->(:Forum)-[:SERVES]->(s:Sentra) | s.id] AS ofActor
     UNWIND ofActor AS sentraId
     RETURN collect(DISTINCT sentraId) AS sentraIds`,
    { ids: [...new Set(ids)] },
  );
  return distinctIds(recordToObject<{ sentraIds: string[] }>(result.records[0]).sentraIds);
}
