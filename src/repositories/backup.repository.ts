import neo4j from "neo4j-driver";
import type { Database } from "../db/neo4j";
import { checkName, type RestoredNode, type RestoredRelationship } from "../backup/format";

/**
 * The Cypher of `npm run export` and `npm run restore` (docs/backup.md). Values stay as the
 * driver reads them (Integer, Point, temporal types), so that the backup encoding sees every type.
 */

/** A node read for export, with the driver's values. */
export interface StoredNode {
  labels: string[];
  properties: Record<string, unknown>;
}

/** A relationship read for export; `startLabels` and `endLabels` are null for an end with the `Node` label. */
export interface StoredRelationship {
  type: string;
  start: unknown;
  end: unknown;
  startLabels: string[] | null;
  endLabels: string[] | null;
  properties: Record<string, unknown>;
}

/**
 * Where an export has got to. Nodes with the `Node` label and a string `id` are read in `id`
 * order from its uniqueness index (pass "byId"), any others in elementId order afterwards
 * (pass "others": a scan per batch, but Simpul stores no such nodes).
 */
export interface ExportCursor {
  pass: "byId" | "others";
  after: string | null;
}

export const FIRST_EXPORT_CURSOR: ExportCursor = { pass: "byId", after: null };

export interface ExportBatch {
  nodes: StoredNode[];
  /** Every relationship that starts at one of `nodes`, so each is read exactly once. */
  relationships: StoredRelationship[];
  /** Null after the last batch. */
  next: ExportCursor | null;
}

const NODE_COLUMNS = "RETURN elementId(n) AS elementId, n.id AS key, labels(n) AS labels, properties(n) AS properties";

/*
 * Each sentra's stored analysis (`SentraAnalysis`) is derived data and stays out of a backup: a
 * restore must not serve an analysis it cannot vouch for (it may have been taken while writes went
 * on, or edited). A restored graph has none, so analyses are computed when asked until
 * `npm run recompute` stores them again. It has no relationship, so only the nodes skip it.
 */
const DERIVED_LABEL = "SentraAnalysis";

const EXPORT_STATEMENTS = {
  // The `>=` of the first batch takes in an empty-string id; every later batch starts after the last id.
  byIdFirst: `MATCH (n:Node) WHERE n.id >= "" WITH n ORDER BY n.id LIMIT $limit ${NODE_COLUMNS}`,
  byId: `MATCH (n:Node) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $limit ${NODE_COLUMNS}`,
  others: `MATCH (n) WHERE NOT (n:Node AND n.id IS :: STRING NOT NULL) AND NOT n:${DERIVED_LABEL} AND elementId(n) > $after
           WITH n ORDER BY elementId(n) LIMIT $limit ${NODE_COLUMNS}`,
};

/** The nodes after `cursor` (at most `limit`) and their outgoing relationships, in one read transaction. */
export async function readExportBatch(db: Database, cursor: ExportCursor, limit: number): Promise<ExportBatch> {
  return db.read(async (tx) => {
    const statement = cursor.pass === "others" ? EXPORT_STATEMENTS.others : cursor.after === null ? EXPORT_STATEMENTS.byIdFirst : EXPORT_STATEMENTS.byId;
    const nodes = await tx.run(statement, { after: cursor.after ?? "", limit: int(limit) });
    const elementIds = nodes.records.map((r) => r.get("elementId") as string);
    const relationships = elementIds.length
      ? await tx.run(
          `MATCH (a)-[r]->(b) WHERE elementId(a) IN $elementIds
           RETURN type(r) AS type, a.id AS start, b.id AS end,
                  CASE WHEN a:Node THEN null ELSE labels(a) END AS startLabels,
                  CASE WHEN b:Node THEN null ELSE labels(b) END AS endLabels,
                  properties(r) AS properties`,
          { elementIds },
        )
      : undefined;
    const last = nodes.records.at(-1);
    let next: ExportCursor | null;
    if (nodes.records.length === limit) next = { pass: cursor.pass, after: last!.get(cursor.pass === "byId" ? "key" : "elementId") };
    else next = cursor.pass === "byId" ? { pass: "others", after: "" } : null;
    return {
      nodes: nodes.records.map((r) => ({ labels: r.get("labels"), properties: r.get("properties") })),
      relationships: (relationships?.records ?? []).map((r) => ({
        type: r.get("type"),
        start: r.get("start"),
        end: r.get("end"),
        startLabels: r.get("startLabels"),
        endLabels: r.get("endLabels"),
        properties: r.get("properties"),
      })),
      next,
    };
  });
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

/** Node and relationship counts, from Neo4j's count store (derived records left out, as the export leaves them out). */
export async function countGraph(db: Database): Promise<GraphCounts> {
  return db.read(async (tx) => {
    const nodes = await tx.run(
      `CALL () { MATCH (n) RETURN count(n) AS total } CALL () { MATCH (d:${DERIVED_LABEL}) RETURN count(d) AS derived } RETURN total - derived AS count`,
    );
    const relationships = await tx.run("MATCH ()-[r]->() RETURN count(r) AS count");
    return { nodes: nodes.records[0].get("count").toNumber(), relationships: relationships.records[0].get("count").toNumber() };
  });
}

/** Relationships whose start or end has no `id`: an export could not say where they go. */
export async function countUnidentifiedEnds(db: Database): Promise<number> {
  return db.read(async (tx) => {
    const result = await tx.run("MATCH (a)-[r]->(b) WHERE a.id IS NULL OR b.id IS NULL RETURN count(r) AS count");
    return result.records[0].get("count").toNumber();
  });
}

/**
 * Creates nodes in one transaction: one statement per label set, since labels cannot be
 * parameters; each label is checked against NAME_PATTERN before it goes into the statement.
 */
export async function createNodes(db: Database, nodes: readonly RestoredNode[]): Promise<number> {
  const groups = new Map<string, { labels: string[]; rows: Record<string, unknown>[] }>();
  for (const node of nodes) {
    const key = node.labels.join(":");
    const group = groups.get(key) ?? { labels: node.labels, rows: [] };
    group.rows.push(node.properties);
    groups.set(key, group);
  }
  return db.write(async (tx) => {
    let created = 0;
    for (const { labels, rows } of groups.values()) {
      const result = await tx.run(`UNWIND $rows AS properties CREATE (n${labelsOf(labels)}) SET n = properties RETURN count(n) AS created`, { rows });
      created += result.records[0].get("created").toNumber();
    }
    return created;
  });
}

/**
 * Creates relationships in one transaction, one statement per (type, start label, end label).
 * Each end is found by its label and `id`; a row whose ends are not both found fails the batch.
 */
export async function createRelationships(db: Database, relationships: readonly RestoredRelationship[]): Promise<number> {
  const groups = new Map<string, { type: string; startLabel: string; endLabel: string; rows: Record<string, unknown>[] }>();
  for (const { type, startLabel, endLabel, start, end, properties } of relationships) {
    const key = `${type}|${startLabel}|${endLabel}`;
    const group = groups.get(key) ?? { type, startLabel, endLabel, rows: [] };
    group.rows.push({ start, end, properties });
    groups.set(key, group);
  }
  return db.write(async (tx) => {
    let created = 0;
    for (const { type, startLabel, endLabel, rows } of groups.values()) {
      const result = await tx.run(
        `UNWIND $rows AS row
         MATCH (a${labelsOf([startLabel])} {id: row.start})
         MATCH (b${labelsOf([endLabel])} {id: row.end})
         CREATE (a)-[r:\`${checkName(type, "relationship type")}\`]->(b)
         SET r = row.properties
         RETURN count(r) AS created`,
        { rows },
      );
      const count: number = result.records[0].get("created").toNumber();
      if (count !== rows.length) {
        throw new Error(
          `${rows.length} ${type} relationships from :${startLabel} to :${endLabel} should have been created, but ${count} were: ` +
            `an end is missing, or its id is not unique under that label`,
        );
      }
      created += count;
    }
    return created;
  });
}

/** True when the database holds at least one node. */
export async function hasNodes(db: Database): Promise<boolean> {
  return db.read(async (tx) => (await tx.run("MATCH (n) RETURN n LIMIT 1")).records.length > 0);
}

function labelsOf(labels: readonly string[]): string {
  return labels.map((label) => `:\`${checkName(label, "label")}\``).join("");
}

// LIMIT needs an integer; a JS number is sent as a float.
function int(n: number) {
  return neo4j.int(n);
}
