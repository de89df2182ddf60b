import { renderFixedCost } from "./fixed-cost/render";
import type { FixedCostResult } from "./fixed-cost/typename";
import type { LoadThroughput, RowByRowComparison } from "./import-bench";
import { renderFirstMinute, type FirstMinuteLeg } from "./first-minute";
import { peerTargetChecks, renderPeer, type PeerReport } from "./peer/report";
import type { Machine } from "./processes";
import type { LatencySummary, PlanNode } from "./stats";
import { formatPlan } from "./stats";
import type { Targets } from "./targets";

export interface RequestResult {
  name: string;
  variants: number;
  /** Cypher statements (round trips) per request, fewest and most over the variants. */
  statements: { min: number; max: number };
  /** PROFILE database hits per request, summed over its statements: median and worst variant. */
  dbHits: { median: number; max: number };
  /** By concurrency: "c1", "c16" (and "c5" for { __typename }). */
  api: Record<string, LatencySummary>;
  /** The same requests through the app's Apollo in the bench's process, without HTTP (concurrency 1). */
  inProcess: Record<string, LatencySummary>;
  bare: Record<string, LatencySummary>;
  /** The costliest statement of the worst variant, PROFILEd. */
  plan?: { cypher: string; dbHits: number; tree: PlanNode };
}

export interface BenchReport {
  scale: string;
  commit: string;
  date: string;
  machine: Machine;
  neo4j: { kind: "embedded"; heapMiB: number; pageCacheMiB: number } | { kind: "remote"; uri: string };
  graph: { nodes: number; relationships: number };
  import: { load?: LoadThroughput; recomputeSeconds?: number; rowByRow?: RowByRowComparison };
  targets?: Targets;
  requests: RequestResult[];
  rss: { apiMiB?: number; neo4jMiB?: number };
  seedRequests?: string[];
  hostile?: string[];
  /** `{ __typename }` against a bare node:http server and Apollo's standalone integration (issue 22). */
  fixedCost?: FixedCostResult;
  /** The shared rows beside @neo4j/graphql on the same graph (issue 22). */
  peer?: PeerReport;
  /** The first seconds after two cold starts of the API with its Neo4j, with and without the warm-up (issue 21). */
  firstMinute?: FirstMinuteLeg[];
  notes: string[];
  /** One-minute load average of the machine when the run started and when it ended. */
  loadAverage?: { start: number; end?: number };
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "–" : v < 10 ? v.toFixed(2) : v.toFixed(1));
const rate = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "–" : v.toFixed(0));
const ratio = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? "–" : v.toFixed(2));

/** API over bare driver: p50 latency at concurrency 1, and bare throughput over API throughput at 16. */
export function ratios(result: RequestResult): { c1p50?: number; c16throughput?: number } {
  const { api, bare } = result;
  return {
    c1p50: api.c1 && bare.c1 ? api.c1.p50 / bare.c1.p50 : undefined,
    c16throughput: api.c16 && bare.c16 ? bare.c16.throughput / api.c16.throughput : undefined,
  };
}

export function checkTargets(report: BenchReport): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const byName = (name: string) => report.requests.find((r) => r.name === name);
  const p95 = (name: string, limit: number, label: string) => {
    const r = byName(name);
    const v = r?.api.c1?.p95;
    if (v !== undefined) checks.push({ target: `${label}: p95 ≤ ${limit} ms at concurrency 1`, measured: `${ms(v)} ms`, met: v <= limit });
  };
  for (const name of ["value-chain completeness", "density", "verdict"]) p95(name, 50, name);
  p95("partner suggestions (FINANCE)", 100, "partner suggestions");
  p95("ranking a province's sentra", 1000, "ranking a province's sentra (first page)");
  p95("ranking the country's sentra", 5000, "ranking the country's sentra (first page)");
  for (const r of report.requests) {
    const { c1p50, c16throughput } = ratios(r);
    if (c1p50 !== undefined) {
      const worse = Math.max(c1p50, c16throughput ?? 0);
      checks.push({
        target: `${r.name}: API / bare driver ≤ 1.3`,
        measured: `${ratio(c1p50)} (p50, c1), ${ratio(c16throughput)} (throughput, c16)`,
        met: worse <= 1.3,
      });
    }
  }
  const typename = byName("{ __typename }")?.api.c5;
  if (typename)
    checks.push({ target: "{ __typename } ≥ 3,000 requests/s at 5 connections", measured: `${rate(typename.throughput)}/s`, met: typename.throughput >= 3000 });
  if (report.fixedCost)
    checks.push({
      target: "{ __typename }: Simpul ≥ 0.7 of a bare node:http server (req/s at 5 connections)",
      measured: `${ratio(report.fixedCost.simpulOverBare)} (${ratio(report.fixedCost.simpulOverStandalone)} of Apollo standalone)`,
      met: report.fixedCost.simpulOverBare >= 0.7,
    });
  if (report.peer) checks.push(...peerTargetChecks(report.peer));
  const { load, rowByRow } = report.import;
  const batched = rowByRow?.batched ?? load;
  if (batched) {
    checks.push({
      target: "import ≥ 20,000 nodes/s (batched path)",
      measured: `${rate(batched.nodesPerSecond)} nodes/s, ${rate(batched.relationshipsPerSecond)} relationships/s (${rowByRow ? `${rowByRow.rows.toLocaleString("en")} rows` : load?.source})`,
      met: batched.nodesPerSecond >= 20_000,
    });
  }
  if (rowByRow) checks.push({ target: "batched ≥ 50× one transaction per row", measured: `${ratio(rowByRow.ratio)}×`, met: rowByRow.ratio >= 50 });
  return checks;
}

/** The report as Markdown tables (pasteable into docs/performance.md). */
export function renderReport(report: BenchReport): string {
  const lines: string[] = [];
  const m = report.machine;
  lines.push(`## Bench: scale ${report.scale}, commit ${report.commit}, ${report.date}`);
  lines.push("");
  const busy = report.loadAverage
    ? ` Load average ${report.loadAverage.start.toFixed(1)} at the start, ${report.loadAverage.end?.toFixed(1) ?? "?"} at the end.`
    : "";
  lines.push(`Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.java}.${busy}`);
  const neo =
    report.neo4j.kind === "embedded"
      ? `embedded Neo4j, heap ${report.neo4j.heapMiB} MiB, page cache ${report.neo4j.pageCacheMiB} MiB`
      : `Neo4j at ${report.neo4j.uri}`;
  lines.push(`Graph: ${report.graph.nodes.toLocaleString("en")} nodes, ${report.graph.relationships.toLocaleString("en")} relationships; ${neo}.`);
  lines.push("");
  const { load, rowByRow } = report.import;
  if (load || rowByRow) {
    const row = (label: string, t: LoadThroughput, rows: string) =>
      `| ${label} | ${rows} | ${t.nodes.toLocaleString("en")} | ${t.relationships.toLocaleString("en")} | ${t.seconds.toFixed(1)} | ${rate(t.nodesPerSecond)} | ${rate(t.relationshipsPerSecond)} |`;
    lines.push("| import | rows | nodes | relationships | seconds | nodes/s | relationships/s |");
    lines.push("|---|---:|---:|---:|---:|---:|---:|");
    if (load) lines.push(row(load.source, load, "–"));
    if (rowByRow) {
      const what = rowByRow.collections.map((c) => `${c.rows.toLocaleString("en")} ${c.collection}`).join(", ");
      const { batchSize, concurrency } = rowByRow.batchedWith;
      const how = `${batchSize.toLocaleString("en")} a transaction, ${concurrency} at once`;
      lines.push(row(`generated rows (${what}), batched (${how})`, rowByRow.batched, rowByRow.rows.toLocaleString("en")));
      lines.push(row("the same rows, one transaction per row", rowByRow.perRow, rowByRow.rows.toLocaleString("en")));
      lines.push(`| **batched over one transaction per row** | | | | **${ratio(rowByRow.ratio)}×** | | |`);
    }
    if (report.import.recomputeSeconds !== undefined)
      lines.push(`\nStored sentra metrics recomputed after the load in ${report.import.recomputeSeconds.toFixed(1)} s.`);
    lines.push("");
  }
  lines.push(
    "| request | variants | statements | db hits (median / max) | API c1 p50 / p95 / p99 ms | API c1 req/s | API c16 p50 / p95 / p99 ms | API c16 req/s | in-process c1 p50 ms | bare c1 p50 / p95 ms | bare c16 req/s | API/bare c1 p50 | API/bare c16 req/s |",
  );
  lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of report.requests) {
    const { c1p50, c16throughput } = ratios(r);
    const trio = (s?: LatencySummary) => (s ? `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}` : "–");
    const statements = r.statements.min === r.statements.max ? `${r.statements.max}` : `${r.statements.min}–${r.statements.max}`;
    lines.push(
      `| ${r.name} | ${r.variants} | ${statements} | ${r.dbHits.median} / ${r.dbHits.max} | ${trio(r.api.c1)} | ${rate(r.api.c1?.throughput)} | ${trio(r.api.c16)} | ${rate(r.api.c16?.throughput)} | ${ms(r.inProcess.c1?.p50)} | ${r.bare.c1 ? `${ms(r.bare.c1.p50)} / ${ms(r.bare.c1.p95)}` : "–"} | ${rate(r.bare.c16?.throughput)} | ${ratio(c1p50)} | ${ratio(c16throughput)} |`,
    );
  }
  for (const r of report.requests) {
    for (const [where, runs] of [
      ["API", r.api],
      ["bare driver", r.bare],
    ] as const) {
      for (const [c, s] of Object.entries(runs)) {
        if (s.errors) lines.push(`\n${r.name}, ${where} ${c}: ${s.errors} of ${s.count} requests failed (${s.firstError ?? "?"}).`);
      }
    }
  }
  const typename = report.requests.find((r) => r.name === "{ __typename }")?.api.c5;
  if (typename)
    lines.push(`\n\`{ __typename }\` at 5 connections: ${rate(typename.throughput)} requests/s, p50 ${ms(typename.p50)} ms, p99 ${ms(typename.p99)} ms.`);
  if (report.fixedCost) lines.push("", ...renderFixedCost(report.fixedCost));
  if (report.peer) lines.push("", ...renderPeer(report.peer));
  if (report.firstMinute) lines.push("", "First seconds after a cold start, 16 clients:", "", renderFirstMinute(report.firstMinute));
  lines.push("");
  lines.push(`Peak RSS (VmHWM): API process ${ms(report.rss.apiMiB)} MiB, Neo4j JVM ${ms(report.rss.neo4jMiB)} MiB.`);
  lines.push("");
  lines.push("| target | measured | met |");
  lines.push("|---|---|---|");
  for (const c of checkTargets(report)) lines.push(`| ${c.target} | ${c.measured} | ${c.met === null ? "?" : c.met ? "yes" : "**no**"} |`);
  if (report.seedRequests?.length) lines.push("", "Seed requests, in process:", ...report.seedRequests.map((l) => `- ${l}`));
  if (report.hostile?.length) lines.push("", "Hostile requests over HTTP:", ...report.hostile.map((l) => `- ${l}`));
  return lines.join("\n");
}

/** The plans of the hot requests' costliest statements, trimmed. */
export function renderPlans(report: BenchReport): string {
  const lines: string[] = [];
  for (const r of report.requests) {
    if (!r.plan) continue;
    lines.push(`### ${r.name} (${r.plan.dbHits} db hits in this statement)`, "", "```", ...formatPlan(r.plan.tree), "```", "");
  }
  return lines.join("\n");
}

export function printReport(report: BenchReport): void {
  process.stdout.write(`${renderReport(report)}\n`);
}
