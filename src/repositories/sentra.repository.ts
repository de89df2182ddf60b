import type { Database } from "../db/neo4j";
import type { ObservationKind } from "../domain/graph";
import type { ActorKind, Intensity, LinkageType, SentraRole, SurveyQuestion } from "../domain/vocabulary";
import type { ActorRow } from "./actor-row";
import { asLinkage, type LinkageRow } from "./linkage-row";
import { asRoleEdge, nodeRow, slimActorRow, type NodeRow, type RoleEdgeRow } from "./node-row";
import { asc, nullable, nullableDate, orderOf, type PageRequest } from "./paging";
import { recordToObject } from "../db/convert";
import { kbliMatching } from "../domain/kbli";
import { asNode, findNodesOfLabel, findPagesPerKey, linksOf, listPage, nodeListsOf } from "./templates";

export interface SentraRow extends NodeRow {
  name: string;
  product: string;
  sector: string;
  description: string;
  unggulan: boolean;
  /** KBLI 2020 kelompok code; absent on a sentra written without one. */
  kbli?: string | null;
}

export const findSentraByIds = (db: Database, ids: readonly string[]) => findNodesOfLabel<SentraRow>(db, "Sentra", ids);

export interface SentraFilter {
  /** Sentra located in this region or anywhere below it. */
  regionId?: string;
  /** Case-insensitive part of the name, product or sector, or of the name of its region or any region above it. */
  nameContains?: string;
  unggulan?: boolean;
}

// Shared WHERE clause for sentra lists; `s` is the sentra, parameters come from SentraFilter.
const SENTRA_WHERE = `
  s.archivedAt IS NULL
  AND ($unggulan IS NULL OR s.unggulan = $unggulan)`;

// The sentra's own words a search reads; `$text` is the search text, lowered.
const OWN_TEXT_MATCHES = `(toLower(s.name) CONTAINS $text OR toLower(s.product) CONTAINS $text OR toLower(s.sector) CONTAINS $text
       OR s.kbli STARTS WITH $text OR s.kbli IN $kbliCodes OR substring(s.kbli, 0, 2) IN $kbliDivisions)`;

/*
 * Every sentra a search finds, once: those whose own words hold the text (one pass over the
 * sentra, as a name search always took), and those below a region whose name holds it, walked
 * down from the few regions that match ("Pati" finds Juwana through Kabupaten Pati) rather than
 * up from each of the 10,000 sentra.
 */
const SEARCHED_SENTRA = `CALL () {
       MATCH (s:Sentra) WHERE ${OWN_TEXT_MATCHES} RETURN s
       UNION
       MATCH (r:Region) WHERE toLower(r.name) CONTAINS $text
       MATCH (r)<-[:PART_OF*0..]-(:Region)<-[:LOCATED_IN]-(s:Sentra) RETURN s
     }`;

// Within one region's sentra (already few), the same test per sentra.
const SEARCH_MATCHES = `(${OWN_TEXT_MATCHES}
       OR EXISTS { MATCH (s)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region) WHERE toLower(r.name) CONTAINS $text })`;

// Sentra lists go by name, then id.
const SENTRA_ORDER = orderOf(nullable("s.name"), asc("s.id"));

// The text lowered here, the stored words by toLower (as listActors does; the same for Indonesian and English).
// The text is trimmed ("Pati " is "Pati"); KBLI titles that hold it are found here, from the code tables.
const sentraParams = (filter: SentraFilter) => {
  const text = filter.nameContains?.trim().toLowerCase() ?? null;
  const kbli = text ? kbliMatching(text) : { codes: [], divisions: [] };
  return { text, kbliCodes: kbli.codes, kbliDivisions: kbli.divisions, unggulan: filter.unggulan ?? null };
};

export function listSentra(db: Database, filter: SentraFilter, page: PageRequest) {
  // Only a given search is written into the statement (see listActors): a guard such as
  // `$text IS NULL OR ...` would make the plain list pay for the search's union.
  const searched = filter.nameContains != null;
  return listPage<SentraRow>(
    db,
    {
      match: `${searched ? SEARCHED_SENTRA : "MATCH (s:Sentra)"}
     WITH s WHERE ($regionId IS NULL OR EXISTS { (s)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
       AND ${SENTRA_WHERE}`,
      item: nodeRow("s"),
      order: SENTRA_ORDER,
    },
    { regionId: filter.regionId ?? null, ...sentraParams(filter) },
    page,
    asNode,
  );
}

/** One page of sentra per region, counting sentra in the region's sub-regions too. */
export function findSentraInRegions(db: Database, regionIds: readonly string[], filter: Omit<SentraFilter, "regionId">, page: PageRequest) {
  const searched = filter.nameContains != null;
  return findPagesPerKey<SentraRow>(
    db,
    {
      match: `MATCH (s:Sentra)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: key})
     WHERE ${SENTRA_WHERE}${searched ? `\n       AND ${SEARCH_MATCHES}` : ""}
     WITH DISTINCT s`,
      item: nodeRow("s"),
      order: SENTRA_ORDER,
      binds: ["s"],
    },
    regionIds,
    sentraParams(filter),
    page,
    asNode,
  );
}

export interface MemberFilter {
  roles: SentraRole[];
  kinds: ActorKind[];
}

/** One page of each sentra's participants, with the role each plays in that sentra. */
export function findSentraMembers(db: Database, sentraIds: readonly string[], filter: MemberFilter, page: PageRequest) {
  return findPagesPerKey<RoleEdgeRow<ActorRow>>(
    db,
    {
      match: `MATCH (a:Actor)-[p:PARTICIPATES_IN]->(:Sentra {id: key})
     WHERE p.archivedAt IS NULL AND a.archivedAt IS NULL AND (size($roles) = 0 OR p.role IN $roles) AND (size($kinds) = 0 OR a.kind IN $kinds)`,
      item: `{role: p.role, since: p.since, node: ${page.slim ? slimActorRow("a") : nodeRow("a")}}`,
      order: orderOf(nullable("p.role"), nullable("a.name"), asc("a.id")),
      binds: ["p", "a"],
    },
    sentraIds,
    { roles: filter.roles, kinds: filter.kinds },
    page,
    asRoleEdge,
  );
}

/** Lists of nodes hanging off a sentra. */
export const findSentraLists = nodeListsOf({
  forums: { match: `MATCH (n:Forum)-[:SERVES]->(:Sentra {id: key})`, order: orderOf(nullable("n.kind"), nullable("n.name"), asc("n.id")) },
  monitoringRecords: { match: `MATCH (n:MonitoringRecord)-[:MONITORS]->(:Sentra {id: key})`, order: orderOf(nullableDate("n.date"), asc("n.id")) },
  programmes: {
    match: `MATCH (n:Programme)-[:TARGETS]->(:Sentra {id: key})`,
    order: orderOf(nullableDate("n.startDate"), nullable("n.name"), asc("n.id")),
  },
  statistics: {
    match: `MATCH (n:SentraStatistic)-[:OF_SENTRA]->(:Sentra {id: key})`,
    order: orderOf(nullable("n.measure"), nullable("n.year", "number"), asc("n.id")),
  },
});

/** The sentra a yearly statistic is about. */
export const findStatisticLinks = linksOf({
  sentra: `MATCH (:SentraStatistic {id: key})-[:OF_SENTRA]->(item:Sentra)`,
});

export interface SentraLinkageFilter {
  types: LinkageType[];
  intensities: Intensity[];
}

/**
 * One page of the ties that belong to each sentra (by their sentraId), seen from where each tie
 * starts: `partner` is the actor it points to.
 */
export function findSentraLinkages(db: Database, sentraIds: readonly string[], filter: SentraLinkageFilter, page: PageRequest) {
  return findPagesPerKey<LinkageRow>(
    db,
    {
      match: `MATCH (x:Actor)-[l:LINKED {sentraId: key}]->(y:Actor)
     WHERE l.archivedAt IS NULL AND x.archivedAt IS NULL AND y.archivedAt IS NULL
       AND (size($types) = 0 OR l.type IN $types) AND (size($intensities) = 0 OR l.intensity IN $intensities)`,
      item: `l {.id, .type, .intensity, .flows, .since, .description, .sentraId, .version,
             fromId: x.id, toId: y.id, direction: 'OUTGOING', partner: ${nodeRow("y")}}`,
      order: orderOf(nullable("l.type"), nullable("x.name"), nullable("y.name"), asc("l.id")),
      binds: ["l", "x", "y"],
    },
    sentraIds,
    { types: filter.types, intensities: filter.intensities },
    page,
    asLinkage,
  );
}

export interface SentraObservationFilter {
  kind: ObservationKind;
  questions: SurveyQuestion[];
  roundId?: string;
}

/** One page of each sentra's observations of one kind, by question and survey round. */
export function findSentraObservations(db: Database, sentraIds: readonly string[], filter: SentraObservationFilter, page: PageRequest) {
  return findPagesPerKey<NodeRow>(
    db,
    {
      match: `MATCH (n:Observation {kind: $kind})-[:IN_SENTRA]->(:Sentra {id: key})
     WHERE n.archivedAt IS NULL AND (size($questions) = 0 OR n.question IN $questions)
       AND ($roundId IS NULL OR EXISTS { (n)-[:IN_ROUND]->(:SurveyRound {id: $roundId}) })`,
      item: nodeRow("n"),
      order: orderOf(nullable("n.question"), asc("n.id")),
    },
    sentraIds,
    { kind: filter.kind, questions: filter.questions, roundId: filter.roundId ?? null },
    page,
    asNode,
  );
}

/** Where a sentra lies, as the mean of its core firms' positions (WGS 84 degrees). */
export interface SentraLocation {
  latitude: number;
  longitude: number;
}

/**
 * The centroid of each sentra's core firms that have a location: the plain mean of their latitudes
 * and longitudes, which is close enough to the true centre for firms a few kilometres apart (and
 * Indonesia does not straddle the antimeridian). A sentra with no located core firm is absent.
 */
export async function findSentraLocations(db: Database, sentraIds: readonly string[]): Promise<Map<string, SentraLocation>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $ids AS sid
       MATCH (a:Actor)-[p:PARTICIPATES_IN {role: $role}]->(s:Sentra {id: sid})
       WHERE p.archivedAt IS NULL AND a.archivedAt IS NULL AND s.archivedAt IS NULL AND a.location IS NOT NULL
       // Each firm once (two firms at the same spot both count), its point read once.
       WITH sid, [firm IN collect(DISTINCT a) | firm.location] AS points
       RETURN sid, reduce(sum = 0.0, q IN points | sum + q.latitude) / size(points) AS latitude,
              reduce(sum = 0.0, q IN points | sum + q.longitude) / size(points) AS longitude`,
      { ids: sentraIds, role: "CORE" },
    );
    return result.records.map((record) => recordToObject<SentraLocation & { sid: string }>(record));
  });
  return new Map(rows.map(({ sid, ...location }) => [sid, location]));
}
