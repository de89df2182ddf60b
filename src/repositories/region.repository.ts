import type { Database } from "../db/neo4j";
import type { RegionLevel } from "../domain/vocabulary";
import { nodeRow, type NodeRow } from "./node-row";
import { asc, nullable, orderOf, type PageRequest } from "./paging";
import { asNode, findNodesOfLabel, findPagesPerKey, linksOf, listPage } from "./templates";

export interface RegionRow extends NodeRow {
  name: string;
  level: RegionLevel;
}

export const findRegionsByIds = (db: Database, ids: readonly string[]) => findNodesOfLabel<RegionRow>(db, "Region", ids);

export interface RegionFilter {
  level?: RegionLevel;
  parentId?: string;
  nameContains?: string;
}

const REGION_ORDER = orderOf(nullable("r.name"), asc("r.id"));

export function listRegions(db: Database, filter: RegionFilter, page: PageRequest) {
  return listPage<RegionRow>(
    db,
    {
      match: `MATCH (r:Region)
     WHERE ($level IS NULL OR r.level = $level)
       AND ($parentId IS NULL OR EXISTS { (r)-[:PART_OF]->(:Region {id: $parentId}) })
       AND ($nameContains IS NULL OR toLower(r.name) CONTAINS toLower($nameContains))`,
      item: nodeRow("r"),
      order: REGION_ORDER,
    },
    { level: filter.level ?? null, parentId: filter.parentId ?? null, nameContains: filter.nameContains ?? null },
    page,
    asNode,
  );
}

/** One page of the regions directly below each given region. */
export function findChildRegions(db: Database, ids: readonly string[], page: PageRequest) {
  return findPagesPerKey<RegionRow>(
    db,
    { match: `MATCH (r:Region)-[:PART_OF]->(:Region {id: key})`, item: nodeRow("r"), order: REGION_ORDER },
    ids,
    {},
    page,
    asNode,
  );
}

/** The region one level up, and the region any sentra or actor is located in. */
export const findRegionLinks = linksOf({
  parent: `MATCH (:Region {id: key})-[:PART_OF]->(item:Region)`,
  locatedIn: `MATCH (:Node {id: key})-[:LOCATED_IN]->(item:Region)`,
});
