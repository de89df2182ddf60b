import neo4j from "neo4j-driver";
import { recordToObject } from "../db/convert";
import type { Database } from "../db/neo4j";
import type { ActorKind, Intensity, LinkageType } from "../domain/vocabulary";

export interface RegionNetwork {
  actors: Array<{ id: string; name: string; kind: ActorKind; sentraIds: string[] }>;
  ties: Array<{ id: string; type: LinkageType; fromId: string; toId: string; intensity: Intensity | null }>;
  sentra: Array<{ id: string; name: string }>;
  /** True when the region has more actors than `maxActors`: the graph was cut. */
  truncated: boolean;
  /** False for an unknown region. */
  found: boolean;
}

/**
 * The linkage graph of a region: actors taking part in its sentra or located in it (or below
 * it), with the ties among them. Community detection runs on this. At most `maxActors` actors.
 */
export async function findRegionNetwork(db: Database, regionId: string, maxActors: number): Promise<RegionNetwork> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (r:Region {id: $regionId})
       CALL {
         WITH r
         CALL {
           WITH r
           MATCH (a:Actor)-[p:PARTICIPATES_IN]->(:Sentra)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r)
           WHERE p.archivedAt IS NULL
           RETURN a
           UNION
           WITH r
           MATCH (a:Actor)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r)
           RETURN a
         }
         WITH a WHERE a.archivedAt IS NULL
         WITH a ORDER BY a.id
         RETURN collect(a) AS found
       }
       WITH r, found[..$maxActors] AS actors, size(found) > $maxActors AS truncated
       CALL {
         WITH actors
         UNWIND actors AS a
         MATCH (a)-[l:LINKED]->(b:Actor)
         WHERE b IN actors AND l.archivedAt IS NULL
         RETURN collect(l {.id, .type, .intensity, fromId: a.id, toId: b.id}) AS ties
       }
       RETURN [a IN actors | a {.id, .name, .kind, sentraIds: [(a)-[:PARTICIPATES_IN]->(s:Sentra) | s.id]}] AS actors, ties, truncated,
              [(s:Sentra)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r) | s {.id, .name}] AS sentra`,
      { regionId, maxActors: neo4j.int(Math.trunc(maxActors)) },
    );
    const record = result.records[0];
    if (!record) return { actors: [], ties: [], sentra: [], truncated: false, found: false };
    const raw = recordToObject<Omit<RegionNetwork, "found">>(record);
    return { ...raw, ties: raw.ties.map((t) => ({ ...t, intensity: t.intensity ?? null })), found: true };
  });
}
