import type { Database } from "../src/db/neo4j";
import type { ActorSeed, RegionSeed, SeedDataset } from "../src/domain/dataset";
import { writeDataset } from "../src/repositories/dataset.writer";

/** Nodes and relationships a load wrote, and how long it took. */
export interface LoadThroughput {
  source: string;
  nodes: number;
  relationships: number;
  seconds: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

/** The same rows written through the batched path and one transaction per row. */
export interface RowByRowComparison {
  rows: number;
  statement: string;
  batchedSeconds: number;
  batchedRowsPerSecond: number;
  perRowSeconds: number;
  perRowRowsPerSecond: number;
  /** Batched rows per second over per-row rows per second. */
  ratio: number;
}

const EMPTY: SeedDataset = {
  regions: [],
  sentra: [],
  actors: [],
  participations: [],
  linkages: [],
  people: [],
  forums: [],
  agreements: [],
  monitoringRecords: [],
  surveyRounds: [],
  indicatorScores: [],
  problemSolvingScores: [],
  surveyResponses: [],
  programmes: [],
  statistics: [],
};

export async function countGraph(db: Database): Promise<{ nodes: number; relationships: number }> {
  return db.read(async (tx) => {
    const nodes = Number((await tx.run("MATCH (n) RETURN count(n) AS n")).records[0].get("n"));
    const relationships = Number((await tx.run("MATCH ()-[r]->() RETURN count(r) AS n")).records[0].get("n"));
    return { nodes, relationships };
  });
}

/** Times `load` and counts what it added to the graph. */
export async function timeLoad(db: Database, source: string, load: () => Promise<unknown>): Promise<LoadThroughput> {
  const before = await countGraph(db);
  const started = performance.now();
  await load();
  const seconds = (performance.now() - started) / 1000;
  const after = await countGraph(db);
  const nodes = after.nodes - before.nodes;
  const relationships = after.relationships - before.relationships;
  return { source, nodes, relationships, seconds, nodesPerSecond: nodes / seconds, relationshipsPerSecond: relationships / seconds };
}

/** Firms of a synthetic regency, deterministic: the rows both write paths are timed on. */
export function firmRows(count: number, prefix: string): { regions: RegionSeed[]; actors: ActorSeed[] } {
  const regions: RegionSeed[] = Array.from({ length: 10 }, (_, i) => ({ id: `${prefix}-region-${i}`, name: `Kabupaten Bench ${i}`, level: "REGENCY" }));
  const actors: ActorSeed[] = Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-ikm-${i}`,
    name: `UD Bench ${i}`,
    kind: "IKM",
    regionId: regions[i % regions.length].id,
    location: { latitude: -7 - (i % 1000) / 1000, longitude: 110 + (i % 997) / 1000 },
    sizeClass: "SMALL",
    workers: 1 + (i % 19),
  }));
  return { regions, actors };
}

/**
 * Writes `rows` firms (a node and its LOCATED_IN relationship each) through the batched writer
 * (UNWIND batches), empties them, then writes the same rows again one transaction per row through
 * the same statement. Both start from the same graph: only the regions exist.
 */
export async function compareRowByRow(db: Database, rows: number, onProgress: (done: number) => void = () => {}): Promise<RowByRowComparison> {
  const { regions, actors } = firmRows(rows, "bench-import");
  await writeDataset(db, { ...EMPTY, regions });

  const batchedStart = performance.now();
  await writeDataset(db, { ...EMPTY, actors });
  const batchedSeconds = (performance.now() - batchedStart) / 1000;
  await removeFirms(db);

  const perRowStart = performance.now();
  for (let i = 0; i < actors.length; i += 1) {
    await writeDataset(db, { ...EMPTY, actors: [actors[i]] });
    if ((i + 1) % 1000 === 0) onProgress(i + 1);
  }
  const perRowSeconds = (performance.now() - perRowStart) / 1000;
  await removeFirms(db);
  return {
    rows,
    statement: "the dataset writer's actor statement (MERGE the firm, SET its properties and point, MERGE its LOCATED_IN)",
    batchedSeconds,
    batchedRowsPerSecond: rows / batchedSeconds,
    perRowSeconds,
    perRowRowsPerSecond: rows / perRowSeconds,
    ratio: perRowSeconds / batchedSeconds,
  };
}

async function removeFirms(db: Database): Promise<void> {
  for (;;) {
    const removed = await db.write(async (tx) => {
      const result = await tx.run("MATCH (a:Actor) WHERE a.id STARTS WITH 'bench-import-ikm-' WITH a LIMIT 20000 DETACH DELETE a RETURN count(*) AS n");
      return Number(result.records[0].get("n"));
    });
    if (removed === 0) return;
  }
}
