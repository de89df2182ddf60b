import neo4j from "neo4j-driver";
import { recordToObject } from "../db/convert";
import type { Database, Transaction } from "../db/neo4j";
import { nodeRow } from "./node-row";
import { asc, checkAfter, nullable, orderOf, type Page, type PageRequest, type SortValue } from "./paging";
import type { SentraRow } from "./sentra.repository";
import { asNode } from "./templates";

/*
 * A sentra's headline analysis, kept on the Sentra node as `metric_<name>` properties (indexed
 * in schema/003-metrics.cypher), so ranking thousands of sentra is an index-ordered read instead
 * of a recomputation per request. Metric names come from the domain's fixed list, never a client.
 */

export const metricProperty = (metric: string) => {
  if (!/^[a-zA-Z]+$/.test(metric)) throw new Error(`Not a metric name: ${metric}`);
  return `metric_${metric}`;
};

export interface StoredMetrics {
  sentraId: string;
  metrics: Record<string, number | string | boolean | null>;
  /**
   * The whole analysis as JSON texts, one per part (src/domain/analytics/stored-analysis.ts), of
   * format `version`, and who serves the sentra (src/domain/analytics/served-by.ts), which partner
   * searches read.
   */
  analysis: { version: number; texts: Record<string, string>; servedBy: readonly string[] };
}

/**
 * Writes each sentra's metrics, and its whole analysis, in one statement (no timestamp:
 * recomputing an unchanged network changes nothing). The analysis is a `SentraAnalysis` record
 * of its own, keyed by the sentra's id, not a property of the Sentra: every Sentra projection
 * (`{.*}`) would otherwise carry a text that runs to hundreds of kilobytes for a rich sentra.
 * It has no `Node` label and no relationship, so `node`, `neighbours` and the exports never meet it.
 */
export async function storeSentraMetrics(tx: Transaction, rows: readonly StoredMetrics[]): Promise<void> {
  const props = rows.map(({ sentraId, metrics, analysis }) => ({
    sentraId,
    props: Object.fromEntries(Object.entries(metrics).map(([name, value]) => [metricProperty(name), value])),
    // The whole record: properties of another version's format go.
    analysis: { ...analysis.texts, servedBy: analysis.servedBy, id: sentraId, version: neo4j.int(analysis.version) },
  }));
  await tx.run(
    `UNWIND $rows AS row
     MATCH (s:Sentra {id: row.sentraId})
     SET s += row.props
     MERGE (a:SentraAnalysis {id: row.sentraId})
     SET a = row.analysis`,
    { rows: props },
  );
}

/**
 * The given parts (JSON texts) of the stored analyses of the given sentra, by id, only those of
 * format `version`: an id without one (never computed, or computed by another version) is absent.
 * One statement; only the parts asked leave the database.
 */
export async function findStoredAnalyses(
  db: Database,
  ids: readonly string[],
  version: number,
  parts: readonly string[],
): Promise<Map<string, Record<string, string>>> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $ids AS sid
       MATCH (s:Sentra {id: sid})
       MATCH (a:SentraAnalysis {id: sid})
       WHERE a.version = $version
       RETURN sid, [part IN $parts | a[part]] AS texts`,
      { ids, version: neo4j.int(version), parts },
    );
    return new Map(
      result.records.map((r) => {
        const texts = r.get("texts") as string[];
        return [r.get("sid") as string, Object.fromEntries(parts.map((part, i) => [part, texts[i]]))];
      }),
    );
  });
}

/** The stored metrics of each sentra (only `metric_` properties), by id. */
export async function findStoredMetrics(db: Database, ids: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $ids AS sid MATCH (s:Sentra {id: sid})
       RETURN sid, [key IN keys(s) WHERE key STARTS WITH 'metric_' | [substring(key, 7), s[key]]] AS metrics`,
      { ids },
    );
    return new Map(
      result.records.map((r) => {
        const { sid, metrics } = recordToObject<{ sid: string; metrics: Array<[string, unknown]> }>(r);
        return [sid, Object.fromEntries(metrics)];
      }),
    );
  });
}

/** Ids of every sentra, in id order, one batch after `afterId`. */
export async function listSentraIds(db: Database, afterId: string | null, limit: number): Promise<string[]> {
  return db.read(async (tx) => {
    const result = await tx.run(`MATCH (s:Sentra) WHERE $afterId IS NULL OR s.id > $afterId RETURN s.id AS id ORDER BY id LIMIT $limit`, {
      afterId,
      limit: neo4j.int(Math.trunc(limit)),
    });
    return result.records.map((r) => r.get("id") as string);
  });
}

export interface RankingFilter {
  /** Which stored metric orders the list. */
  metric: string;
  /**
   * Further stored metrics that order sentra of equal `metric`, in turn, in the same direction (a
   * sentra without one counts as its `metric`'s value). For stageRank: highestPossibleStageRank,
   * then lowestPossibleStageRank.
   */
  tieBreaks?: readonly string[];
  descending: boolean;
  /** Sentra located in this region or anywhere below it. */
  regionId?: string;
  /** Sentra whose product contains this text, ignoring case. */
  productContains?: string;
  /** Only sentra at one of these stages. */
  stages: string[];
}

// The filters of a ranking, on the sentra `s`; parameters from RankingFilter.
const RANKING_WHERE = `s.archivedAt IS NULL
       AND ($regionId IS NULL OR EXISTS { (s)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
       AND ($productContains IS NULL OR toLower(s.product) CONTAINS toLower($productContains))
       AND (size($stages) = 0 OR s.metric_stage IN $stages)`;

// After the cursor among sentra with the same metric values (or among those without one): by name
// (a missing name last), then id; `at` is the cursor's index of [name IS NULL, name, id].
const nameAfter = (at: number) => `((s.name IS NULL) > $after[${at}] OR ((s.name IS NULL) = $after[${at}]
         AND (coalesce(s.name, '') > $after[${at + 1}] OR (coalesce(s.name, '') = $after[${at + 1}] AND s.id > $after[${at + 2}]))))`;

/**
 * Sentra ordered by a stored metric (highest first when descending), then by its tie-break metrics
 * in turn if it has any, then by name and id; sentra whose metric was never computed (or is null, as a
 * survey sum without a survey) come last.
 *
 * The country's page is read in the order of the metric's index (schema/003-metrics.cypher): the
 * sentra with a value are found by a range seek on the index (`IS NOT NULL`, or `<=`/`>=` the
 * cursor's value), so the planner walks the index in order and stops after the page (a partial
 * top-k over equal values, no sort of every sentra). A region's page starts from the region and
 * orders only its sentra (a top-k), which beats walking the whole index for a small province. Only when that runs out does the same statement read the
 * sentra without a value, by name. The count is a separate COUNT in the same statement, only
 * when the client asked for totalCount.
 */
export async function listSentraRanked(db: Database, filter: RankingFilter, page: PageRequest): Promise<Page<SentraRow>> {
  const property = metricProperty(filter.metric);
  // Each tie-break's value, never null (a sort key): the metric's own value stands in for it.
  const ties = (filter.tieBreaks ?? []).map((name) => `coalesce(s.${metricProperty(name)}, s.${property}, -1)`);
  const tieKeys = ties.map((expr) => ({ expr, type: "number" as const, descending: filter.descending }));
  const order = orderOf(nullable(`s.${property}`, "number", filter.descending), tieKeys, nullable("s.name"), asc("s.id"));
  checkAfter(order, page.after);
  const after = page.after;
  const direction = filter.descending ? "DESC" : "ASC";
  const beyond = filter.descending ? "<" : ">";
  const nameAt = 2 + ties.length;
  // After the cursor among sentra of the same metric value: by each tie-break in turn, then by name.
  const tieAfter = ties.reduceRight((rest, tie, i) => `(${tie} ${beyond} $after[${2 + i}] OR (${tie} = $after[${2 + i}] AND ${rest}))`, nameAfter(nameAt));
  // The part of the list with values: from the start, after a cursor within it, or not at all
  // once the cursor is among the sentra without a value.
  const valued =
    after === null
      ? `s.${property} IS NOT NULL`
      : after[0] === true
        ? "false"
        : `s.${property} ${filter.descending ? "<=" : ">="} $after[1] AND (s.${property} ${beyond} $after[1] OR ${tieAfter})`;
  const unvalued = after !== null && after[0] === true ? `s.${property} IS NULL AND ${nameAfter(nameAt)}` : `s.${property} IS NULL`;
  const item = `{item: ${nodeRow("s")}, sortKey: [s.${property} IS NULL, coalesce(s.${property}, 0), ${ties.map((t) => `${t}, `).join("")}s.name IS NULL, coalesce(s.name, ''), s.id]}`;
  const count = page.count !== false;
  // A region's sentra are found from the region down (a province has a few hundred of 10,000), and
  // only those are ordered; the whole country is read from the index in order.
  const source = filter.regionId ? `MATCH (:Region {id: $regionId})<-[:PART_OF*0..]-(:Region)<-[:LOCATED_IN]-(s:Sentra)` : `MATCH (s:Sentra)`;
  return db.read(async (tx) => {
    const result = await tx.run(
      `CALL () {
         ${count ? `${source} WHERE ${RANKING_WHERE} RETURN count(s) AS totalCount` : "RETURN null AS totalCount"}
       }
       CALL () {
         ${source} WHERE ${valued} AND ${RANKING_WHERE}
         WITH s ORDER BY s.${property} ${direction}, ${ties.map((t) => `${t} ${direction}, `).join("")}s.name IS NULL, s.name, s.id LIMIT $take
         RETURN collect(${item}) AS withValue
       }
       CALL (withValue) {
         ${source} WHERE size(withValue) < $take AND ${unvalued} AND ${RANKING_WHERE}
         WITH s ORDER BY s.name IS NULL, s.name, s.id LIMIT $take
         RETURN collect(${item}) AS withoutValue
       }
       RETURN totalCount, (withValue + withoutValue)[0..$take] AS rows`,
      { regionId: filter.regionId ?? null, productContains: filter.productContains ?? null, stages: filter.stages, after, take: neo4j.int(page.limit + 1) },
    );
    const raw = recordToObject<{ totalCount: number | null; rows: Array<{ item: unknown; sortKey: SortValue[] }> }>(result.records[0]);
    const rows = raw.rows.slice(0, page.limit).flatMap(({ item, sortKey }) => {
      const row = asNode<SentraRow>(item);
      return row ? [{ row, sortKey }] : [];
    });
    return {
      totalCount: raw.totalCount,
      items: rows.map((r) => r.row),
      sortKeys: rows.map((r) => r.sortKey),
      hasNextPage: raw.rows.length > page.limit,
      hasPreviousPage: after !== null,
    };
  });
}
