import neo4j from "neo4j-driver";
import type { Database } from "../db/neo4j";

/** What the warm-up asks about: live sentra spread over the id order (the richest first), a province, actor names. */
export interface WarmUpTargets {
  sentraIds: string[];
  provinceId: string | undefined;
  actorNames: string[];
}

/**
 * A few targets of each kind, spread over the graph so the warm-up reads more than one corner of
 * the page cache. Each statement reads an index or a label scan capped by LIMIT.
 */
export async function warmUpTargets(db: Database, count: number): Promise<WarmUpTargets> {
  const limit = neo4j.int(count);
  return db.read(async (tx) => {
    const sentra = await tx.run(
      `MATCH (s:Sentra) WHERE s.archivedAt IS NULL
       WITH s ORDER BY coalesce(s.metric_coreMembers, 0) DESC, s.id LIMIT 1
       WITH collect(s.id) AS richest
       MATCH (s:Sentra) WHERE s.archivedAt IS NULL
       WITH richest, s ORDER BY s.id
       WITH richest, collect(s.id) AS ids
       WITH richest, ids, toFloat(size(ids)) / $limit AS step
       RETURN richest + [i IN range(0, $limit - 1) WHERE toInteger(i * step) < size(ids) | ids[toInteger(i * step)]] AS ids`,
      { limit },
    );
    const province = await tx.run("MATCH (r:Region {level: 'PROVINCE'}) WHERE r.archivedAt IS NULL RETURN r.id AS id ORDER BY id LIMIT 1");
    const actors = await tx.run("MATCH (a:Actor) RETURN a.name AS name LIMIT $limit", { limit });
    const ids = (sentra.records[0]?.get("ids") as string[] | undefined) ?? [];
    return {
      sentraIds: [...new Set(ids)].slice(0, count),
      provinceId: province.records[0]?.get("id") as string | undefined,
      actorNames: actors.records.map((r) => String(r.get("name") ?? "")),
    };
  });
}
