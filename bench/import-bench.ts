import type { Database } from "../src/db/neo4j";
import { emptyDataset, type SeedDataset } from "../src/domain/dataset";
import { datasetStatementRows, PER_BATCH_CONCURRENCY, writeDataset } from "../src/repositories/dataset.writer";

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
  nodes: number;
  relationships: number;
  /** Rows of each writer statement in the slice. */
  collections: Array<{ collection: string; rows: number }>;
  /** How the batched leg wrote: rows a transaction, and batches of a statement at once. */
  batchedWith: { batchSize: number; concurrency: number };
  batched: LoadThroughput;
  perRow: LoadThroughput;
  /** Per-row time over batched time: how many times faster the batched path is. */
  ratio: number;
}

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

/**
 * The first `rows` rows of a generated dataset, in the writer's statement order (regions, sentra,
 * actors, participations, linkages, ...): whole collections while they fit, a prefix of the one
 * that crosses the count, nothing after it.
 */
export function sliceDataset(dataset: SeedDataset, rows: number): SeedDataset {
  const rowsOf = (d: SeedDataset) => datasetStatementRows(d).reduce((n, s) => n + s.rows, 0);
  const order = [...new Set(datasetStatementRows(dataset).map((s) => s.collection))];
  const slice: SeedDataset = emptyDataset();
  for (const collection of order) {
    const all = dataset[collection] as unknown[];
    const whole = { ...slice, [collection]: all };
    if (rowsOf(whole) <= rows) {
      Object.assign(slice, { [collection]: all });
      continue;
    }
    let low = 0;
    let high = all.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (rowsOf({ ...slice, [collection]: all.slice(0, mid) }) <= rows) low = mid;
      else high = mid - 1;
    }
    Object.assign(slice, { [collection]: all.slice(0, low) });
    break;
  }
  return slice;
}

/**
 * The batched import path as `npm run generate` runs it by default: batches of UNWIND rows, each
 * its own transaction, PER_BATCH_CONCURRENCY of a statement at once.
 */
export const BATCHED = { batchSize: 5000, transactions: "per-batch", concurrency: PER_BATCH_CONCURRENCY } as const;

/** What a naive client does: one transaction per row, one after another. */
export const PER_ROW = { batchSize: 1, transactions: "per-batch", concurrency: 1 } as const;

/**
 * Writes the same rows through the batched import path, then (on an emptied graph) one
 * transaction per row through the very same writer and statements (batches of one row).
 * `db` must be a throwaway database: it is emptied before and after.
 */
export async function compareRowByRow(
  db: Database,
  slice: SeedDataset,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<RowByRowComparison> {
  const rows = datasetStatementRows(slice).reduce((n, s) => n + s.rows, 0);
  await emptyGraph(db);
  // Warm the JVM and the plan cache with the same rows first (the targets are warm): a warm-up of
  // 5,000 rows never ran the participation statement, and left the timed run in a JVM whose JIT
  // compiler took most of a core for its first 50 s, the core a second batch needs.
  await writeDataset(db, slice, () => {}, BATCHED);
  await emptyGraph(db);

  const batched = await timeLoad(db, "batched", () => writeDataset(db, slice, () => {}, BATCHED));
  await emptyGraph(db);
  let done = 0;
  const perRow = await timeLoad(db, "per row", () =>
    writeDataset(
      db,
      slice,
      (_collection, written) => {
        if (written === 0) return;
        done += 1;
        if (done % 1000 === 0) onProgress(done, rows);
      },
      PER_ROW,
    ),
  );
  await emptyGraph(db);
  return {
    rows,
    nodes: batched.nodes,
    relationships: batched.relationships,
    collections: datasetStatementRows(slice).filter((s) => s.rows > 0),
    batchedWith: { batchSize: BATCHED.batchSize, concurrency: BATCHED.concurrency },
    batched,
    perRow,
    ratio: perRow.seconds / batched.seconds,
  };
}

export async function emptyGraph(db: Database): Promise<void> {
  await db.schema("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
}
