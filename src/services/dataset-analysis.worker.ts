import fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { analyseSentra } from "../domain/analytics/sentra-analysis";
import type { DatasetNetwork } from "../import/dataset-networks";
import { ANALYSIS_HEADER, analysisLine } from "../import/analysis-csv";
import type { EmptyList } from "../import/importer-csv";
import type { StoredMetrics } from "../repositories/sentra-metrics.repository";
import { storedMetricsOf } from "./sentra-analysis.service";

/*
 * A worker thread of a first load (dataset-analyses.ts): analyses the sentra networks it is sent
 * and writes their stored analyses as one file of the importer's SentraAnalysis table, while the
 * main thread writes the other tables; at the end it sends back each sentra's metrics.
 */

export interface AnalysisWorkerData {
  file: string;
  /** Int32 counters, one per worker: the sentra each has analysed, read by the main thread to feed it. */
  progress: SharedArrayBuffer;
  index: number;
}
export type AnalysisWorkerMessage = { networks: DatasetNetwork[] } | { end: true };
export interface AnalysisWorkerResult {
  metrics: Array<[string, StoredMetrics["metrics"]]>;
  emptyLists: EmptyList[];
  busyMs: number;
}

const FLUSH_CHARS = 1 << 20;
const { file, progress, index } = workerData as AnalysisWorkerData;
const done = new Int32Array(progress);
const fd = fs.openSync(file, "w");
const metrics: AnalysisWorkerResult["metrics"] = [];
const emptyLists: EmptyList[] = [];
let chunk = `${ANALYSIS_HEADER}\n`;
let busyMs = 0;

parentPort!.on("message", (message: AnalysisWorkerMessage) => {
  if ("end" in message) {
    fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    parentPort!.postMessage({ metrics, emptyLists, busyMs } satisfies AnalysisWorkerResult);
    return;
  }
  const started = performance.now();
  for (const { network, concentration } of message.networks) {
    const row = storedMetricsOf(network.sentra.id, analyseSentra(network, concentration));
    metrics.push([row.sentraId, row.metrics]);
    chunk += `${analysisLine(row, emptyLists)}\n`;
    if (chunk.length >= FLUSH_CHARS) {
      fs.writeSync(fd, chunk);
      chunk = "";
    }
    Atomics.add(done, index, 1);
  }
  busyMs += performance.now() - started;
});
