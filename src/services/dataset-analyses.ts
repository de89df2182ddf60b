import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import type { SeedDataset } from "../domain/dataset";
import { analyseSentra } from "../domain/analytics/sentra-analysis";
import { resolveThresholds } from "../domain/analytics/thresholds";
import { ANALYSIS_FILE, ANALYSIS_LABELS, storedAnalysisTable } from "../import/analysis-csv";
import { datasetNetworks, type DatasetNetwork } from "../import/dataset-networks";
import { writeTable, type AnalysesWriter, type WrittenAnalyses } from "../import/importer-command";
import type { EmptyList } from "../import/importer-csv";
import type { StoredMetrics } from "../repositories/sentra-metrics.repository";
import type { AnalysisWorkerData, AnalysisWorkerMessage, AnalysisWorkerResult } from "./dataset-analysis.worker";
import { storedMetricsOf } from "./sentra-analysis.service";

/*
 * Every sentra's stored analysis for a first load, computed from the dataset (dataset-networks.ts)
 * as the recompute computes it from the graph, and written as the importer's SentraAnalysis table.
 * With worker threads (the compiled build), the main thread builds each network and sends it to a
 * worker, which analyses it and writes its own file of the table, while the main thread writes the
 * other tables: at full scale the analyses (some 6 ms a sentra, 1.4 GB of JSON text) are the
 * larger half of the CSV's work. Without (no compiled worker beside this file, or threads 0), the
 * analyses are written in this thread after the other tables.
 */

export interface AnalysesProgress {
  /**
   * Worker threads; 0 analyses in this thread. Default: one a core, at most four (the main thread's
   * share of the CSV is smaller than the analyses, and it is done first).
   */
  threads?: number;
  /** Told how many sentra are analysed so far. */
  analysed?: (sentra: number) => void;
}

/** What the analyses took, beside what they wrote. */
export interface AnalysesReport {
  /**
   * Wall-clock time the analysing threads were at it (analysis, JSON, CSV line; in this thread
   * the network's building too), summed over them: threads sharing too few cores count their waits.
   */
  busyMs: number;
  threads: number;
}

/**
 * The default's ceiling: the main thread builds and sends a network in about 1.4 ms, a worker
 * analyses it and writes its line in about 6, so more than four workers would wait on the main thread.
 */
const MAX_DEFAULT_THREADS = 4;

/** Networks sent to a worker in one message, and at most this many sent but not yet analysed. */
const BATCH = 16;
const IN_FLIGHT = 256;

const WORKER_SCRIPT = path.join(__dirname, "dataset-analysis.worker.js");

/**
 * A worker's young generation (V8's nursery, where an analysis's short-lived objects are born):
 * 192 MB, three times a 64 MB semi-space, instead of 48 MB (Node 20's default). An analysis
 * allocates a few megabytes that die at once; in the small nursery they were scavenged over and
 * over, and at full scale the workers' analysing time fell from 73 to 58 s with the larger one
 * (docs/performance.md, first load).
 */
const WORKER_YOUNG_GENERATION_MB = 192;

export function datasetAnalyses(dir: string, dataset: SeedDataset, options: AnalysesProgress = {}): AnalysesWriter & { report: AnalysesReport } {
  const threads = options.threads ?? Math.min(os.availableParallelism(), MAX_DEFAULT_THREADS);
  const analysed = options.analysed ?? (() => {});
  const networks = datasetNetworks(dataset, resolveThresholds({}).values.concentrationRadiusKm);
  return threads > 0 && fs.existsSync(WORKER_SCRIPT) ? inWorkers(dir, networks, threads, analysed) : inThisThread(dir, networks, analysed);
}

function inThisThread(dir: string, networks: Iterator<DatasetNetwork>, analysed: (sentra: number) => void): AnalysesWriter & { report: AnalysesReport } {
  const report: AnalysesReport = { busyMs: 0, threads: 0 };
  const metrics = new Map<string, StoredMetrics["metrics"]>();
  const emptyLists: EmptyList[] = [];
  function* rows(): Generator<StoredMetrics> {
    for (;;) {
      const started = performance.now();
      const next = networks.next();
      if (next.done) return;
      const { network, concentration } = next.value;
      const row = storedMetricsOf(network.sentra.id, analyseSentra(network, concentration));
      report.busyMs += performance.now() - started;
      yield row;
    }
  }
  return {
    report,
    feed: () => {},
    abort: async () => {},
    finish: async (): Promise<WrittenAnalyses> => {
      const table = storedAnalysisTable(rows, (row) => analysed(metrics.set(row.sentraId, row.metrics).size), { emptyLists });
      return { tables: [writeTable(dir, table)], metrics, emptyLists };
    },
  };
}

function inWorkers(
  dir: string,
  networks: Iterator<DatasetNetwork>,
  threads: number,
  analysed: (sentra: number) => void,
): AnalysesWriter & { report: AnalysesReport } {
  const report: AnalysesReport = { busyMs: 0, threads };
  const progress = new SharedArrayBuffer(4 * threads);
  const done = new Int32Array(progress);
  const files = Array.from({ length: threads }, (_, index) => path.resolve(dir, `${ANALYSIS_FILE}-${index + 1}.csv`));
  // Before the workers start: each opens its file as it starts.
  fs.mkdirSync(dir, { recursive: true });
  const workers = files.map(
    (file, index) =>
      new Worker(WORKER_SCRIPT, {
        workerData: { file, progress, index } satisfies AnalysisWorkerData,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      }),
  );
  // A worker that fails fails the load; until then an error is kept to be thrown by finish().
  let failure: Error | null = null;
  const results = workers.map(
    (worker) =>
      new Promise<AnalysisWorkerResult>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", (error: Error) => reject((failure = error)));
        worker.once("exit", (code) => reject((failure ??= new Error(`An analysis worker stopped (exit code ${code}) before it was done`))));
      }),
  );
  for (const result of results) result.catch(() => {});
  let sent = 0;
  let exhausted = false;
  const analysedBy = (index: number) => Atomics.load(done, index);
  const analysedSoFar = () => workers.reduce((sum, _, index) => sum + analysedBy(index), 0);
  const send = (worker: Worker, message: AnalysisWorkerMessage) => worker.postMessage(message);

  const feed = () => {
    const soFar = analysedSoFar();
    analysed(soFar);
    while (!exhausted && failure === null && sent - soFar < IN_FLIGHT) {
      const batch: DatasetNetwork[] = [];
      for (let next = networks.next(); ; next = networks.next()) {
        if (next.done) {
          exhausted = true;
          break;
        }
        batch.push(next.value);
        if (batch.length === BATCH) break;
      }
      if (batch.length > 0) send(workers[((sent / BATCH) % threads) | 0], { networks: batch });
      sent += batch.length;
    }
  };

  const stop = () => Promise.all(workers.map((worker) => worker.terminate())).then(() => {});
  return {
    report,
    feed,
    abort: stop,
    finish: async (): Promise<WrittenAnalyses> => {
      try {
        while (!exhausted && failure === null) {
          feed();
          if (!exhausted) await sleep(5);
        }
        if (failure !== null) throw failure;
        for (const worker of workers) send(worker, { end: true });
        const finished = await Promise.all(results);
        analysed(analysedSoFar());
        report.busyMs = finished.reduce((sum, r) => sum + r.busyMs, 0);
        return {
          tables: files.map((file, index) => ({ path: file, kind: "nodes" as const, labels: ANALYSIS_LABELS, rows: analysedBy(index) })),
          metrics: new Map(finished.flatMap((r) => r.metrics)),
          emptyLists: finished.flatMap((r) => r.emptyLists),
        };
      } finally {
        await stop();
      }
    },
  };
}
