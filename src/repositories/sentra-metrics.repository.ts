import neo4j from "neo4j-driver";
import { recordToObject } from "../db/convert";
import type { Database } from "../db/neo4j";
import { nodeRow } from "./node-row";
import { asc, nullable, orderOf, type PageRequest } from "./paging";
import type { SentraRow } from "./sentra.repository";
import { asNode, listPage } from "./templates";

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
}

/** Writes each sentra's metrics in one statement (no timestamp: recomputing an unchanged network changes nothing). */
export async function writeSentraMetrics(db: Database, rows: readonly StoredMetrics[]): Promise<void> {
  const props = rows.map(({ sentraId, metrics }) => ({
    sentraId,
    props: Object.fromEntries(Object.entries(metrics).map(([name, value]) => [metricProperty(name), value])),
  }));
  await db.write((tx) =>
    tx.run(
      `UNWIND $rows AS row
       MATCH (s:Sentra {id: row.sentraId})
       SET s += row.props`,
      { rows: props },
    ),
  );
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
  descending: boolean;
  /** Sentra located in this region or anywhere below it. */
  regionId?: string;
  /** Sentra whose product contains this text, ignoring case. */
  productContains?: string;
  /** Only sentra at one of these stages. */
  stages: string[];
}

/** Sentra ordered by a stored metric (sentra never computed come last), then by name. */
export function listSentraRanked(db: Database, filter: RankingFilter, page: PageRequest) {
  const property = metricProperty(filter.metric);
  return listPage<SentraRow>(
    db,
    {
      match: `MATCH (s:Sentra)
     WHERE s.archivedAt IS NULL
       AND ($regionId IS NULL OR EXISTS { (s)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
       AND ($productContains IS NULL OR toLower(s.product) CONTAINS toLower($productContains))
       AND (size($stages) = 0 OR s.metric_stage IN $stages)`,
      item: nodeRow("s"),
      order: orderOf(nullable(`s.${property}`, "number", filter.descending), nullable("s.name"), asc("s.id")),
    },
    { regionId: filter.regionId ?? null, productContains: filter.productContains ?? null, stages: filter.stages },
    page,
    asNode,
  );
}
