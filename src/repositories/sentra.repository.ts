import { recordToObject } from "../db/convert";
import type { Database } from "../db/neo4j";
import type { ActorKind, SentraRole } from "../domain/vocabulary";
import { ACTOR_MAP, type ActorRow } from "./actor.repository";
import { PAGE_PER_KEY, type Page, type PageRequest } from "./paging";

export interface SentraRow {
  id: string;
  name: string;
  product: string;
  sector: string;
  description: string;
  unggulan: boolean;
  regionId: string;
}

const SENTRA_MAP = `s {.id, .name, .product, .sector, .description, .unggulan, regionId: [(s)-[:LOCATED_IN]->(r:Region) | r.id][0]}`;

export async function findSentraByIds(db: Database, ids: readonly string[]): Promise<Map<string, SentraRow>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(`UNWIND $ids AS id MATCH (s:Sentra {id: id}) RETURN ${SENTRA_MAP} AS sentra`, { ids });
    return result.records.map((record) => recordToObject<{ sentra: SentraRow }>(record).sentra);
  });
  return new Map(rows.map((row) => [row.id, row]));
}

export interface SentraFilter {
  /** Sentra located in this region or anywhere below it. */
  regionId?: string;
  nameContains?: string;
  unggulan?: boolean;
}

// Shared WHERE clause for sentra lists; `s` is the sentra, parameters come from SentraFilter.
const SENTRA_WHERE = `
  ($nameContains IS NULL OR toLower(s.name) CONTAINS toLower($nameContains) OR toLower(s.product) CONTAINS toLower($nameContains))
  AND ($unggulan IS NULL OR s.unggulan = $unggulan)`;

const sentraParams = (filter: SentraFilter) => ({ nameContains: filter.nameContains ?? null, unggulan: filter.unggulan ?? null });

export async function listSentra(db: Database, filter: SentraFilter, page: PageRequest): Promise<Page<SentraRow>> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (s:Sentra)
       WHERE ($regionId IS NULL OR EXISTS { (s)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
         AND ${SENTRA_WHERE}
       WITH s ORDER BY s.name, s.id
       WITH collect(${SENTRA_MAP}) AS matches
       RETURN size(matches) AS totalCount, matches[$skip..($skip + $limit)] AS items`,
      { regionId: filter.regionId ?? null, ...sentraParams(filter), ...page },
    );
    const { totalCount, items } = recordToObject<{ totalCount: number; items: SentraRow[] }>(result.records[0]);
    return { totalCount, items, skip: page.skip };
  });
}

/** One page of sentra per region, counting sentra in the region's sub-regions too. */
export async function findSentraInRegions(
  db: Database,
  regionIds: readonly string[],
  filter: Omit<SentraFilter, "regionId">,
  page: PageRequest,
): Promise<Map<string, Page<SentraRow>>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $ids AS key
       MATCH (s:Sentra)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: key})
       WHERE ${SENTRA_WHERE}
       WITH DISTINCT key, s ORDER BY s.name, s.id
       WITH key, ${SENTRA_MAP} AS item
       ${PAGE_PER_KEY}`,
      { ids: regionIds, ...sentraParams(filter), ...page },
    );
    return result.records.map((record) => recordToObject<{ key: string; totalCount: number; items: SentraRow[] }>(record));
  });
  return new Map(rows.map(({ key, ...rest }) => [key, { ...rest, skip: page.skip }]));
}

export interface MemberFilter {
  roles: SentraRole[];
  kinds: ActorKind[];
}

export interface MemberRow {
  role: SentraRole;
  since: string | null;
  actor: ActorRow;
}

/** One page of each sentra's participants, with the role each plays in that sentra. */
export async function findSentraMembers(
  db: Database,
  sentraIds: readonly string[],
  filter: MemberFilter,
  page: PageRequest,
): Promise<Map<string, Page<MemberRow>>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $ids AS key
       MATCH (a:Actor)-[p:PARTICIPATES_IN]->(:Sentra {id: key})
       WHERE (size($roles) = 0 OR p.role IN $roles) AND (size($kinds) = 0 OR a.kind IN $kinds)
       WITH key, a, p ORDER BY p.role, a.name, a.id
       WITH key, {role: p.role, since: p.since, actor: ${ACTOR_MAP}} AS item
       ${PAGE_PER_KEY}`,
      { ids: sentraIds, roles: filter.roles, kinds: filter.kinds, ...page },
    );
    return result.records.map((record) => recordToObject<{ key: string; totalCount: number; items: MemberRow[] }>(record));
  });
  return new Map(rows.map(({ key, ...rest }) => [key, { ...rest, skip: page.skip }]));
}
