import { recordToObject } from "../db/convert";
import type { Database } from "../db/neo4j";
import type { RegionLevel } from "../domain/vocabulary";
import { PAGE_PER_KEY, type Page, type PageRequest } from "./paging";

export interface RegionRow {
  id: string;
  name: string;
  level: RegionLevel;
  parentId: string | null;
}

const REGION_MAP = `r {.id, .name, .level, parentId: [(r)-[:PART_OF]->(p:Region) | p.id][0]}`;

export async function findRegionsByIds(db: Database, ids: readonly string[]): Promise<Map<string, RegionRow>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(`UNWIND $ids AS id MATCH (r:Region {id: id}) RETURN ${REGION_MAP} AS region`, { ids });
    return result.records.map((record) => recordToObject<{ region: RegionRow }>(record).region);
  });
  return new Map(rows.map((row) => [row.id, row]));
}

export interface RegionFilter {
  level?: RegionLevel;
  parentId?: string;
  nameContains?: string;
}

export async function listRegions(db: Database, filter: RegionFilter, page: PageRequest): Promise<Page<RegionRow>> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (r:Region)
       WHERE ($level IS NULL OR r.level = $level)
         AND ($parentId IS NULL OR EXISTS { (r)-[:PART_OF]->(:Region {id: $parentId}) })
         AND ($nameContains IS NULL OR toLower(r.name) CONTAINS toLower($nameContains))
       WITH r ORDER BY r.name, r.id
       WITH collect(${REGION_MAP}) AS matches
       RETURN size(matches) AS totalCount, matches[$skip..($skip + $limit)] AS items`,
      { level: filter.level ?? null, parentId: filter.parentId ?? null, nameContains: filter.nameContains ?? null, ...page },
    );
    const { totalCount, items } = recordToObject<{ totalCount: number; items: RegionRow[] }>(result.records[0]);
    return { totalCount, items, skip: page.skip };
  });
}

/** One page of the regions directly below each given region. */
export async function findChildRegions(db: Database, ids: readonly string[], page: PageRequest): Promise<Map<string, Page<RegionRow>>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $ids AS key
       MATCH (r:Region)-[:PART_OF]->(:Region {id: key})
       WITH key, r ORDER BY r.name, r.id
       WITH key, ${REGION_MAP} AS item
       ${PAGE_PER_KEY}`,
      { ids, ...page },
    );
    return result.records.map((record) => recordToObject<{ key: string; totalCount: number; items: RegionRow[] }>(record));
  });
  return new Map(rows.map(({ key, ...rest }) => [key, { ...rest, skip: page.skip }]));
}
