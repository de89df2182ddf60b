import type { LatencySummary, PlanNode } from "../stats";

/** One side of a shared row: statements and PROFILE db hits per request, latency at concurrency 1 and 16. */
export interface PeerSide {
  statements: { min: number; max: number };
  dbHits: { median: number; max: number };
  c1?: LatencySummary;
  c16?: LatencySummary;
}

export interface PeerRowResult {
  name: string;
  /** How the peer answers (or "cannot: why"). */
  how: string;
  variants: number;
  /** Variants whose answers were compared and agreed; undefined when the peer cannot answer. */
  agreed?: number;
  simpul: PeerSide;
  peer?: PeerSide & { plan?: { cypher: string; dbHits: number; tree: PlanNode } };
  /** Simpul over peer: p50 at concurrency 1, and peer req/s over Simpul req/s at 16 (above 1.0: Simpul slower). */
  ratio?: { c1p50?: number; c1p95?: number; c16throughput?: number };
}

export interface PeerReport {
  /** How the peer runs, said once beside the table. */
  setup: string;
  rows: PeerRowResult[];
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "–" : v < 10 ? v.toFixed(2) : v.toFixed(1));
const rate = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "–" : v.toFixed(0));
const ratio = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? "–" : v.toFixed(2));
const pair = (s?: LatencySummary) => (s ? `${ms(s.p50)} / ${ms(s.p95)}` : "–");
const range = (r?: { min: number; max: number }) => (!r ? "–" : r.min === r.max ? `${r.max}` : `${r.min}–${r.max}`);

/** Simpul over the peer: above 1.0, Simpul is slower. */
export function peerRatios(simpul: PeerSide, peer: PeerSide): PeerRowResult["ratio"] {
  return {
    c1p50: simpul.c1 && peer.c1 ? simpul.c1.p50 / peer.c1.p50 : undefined,
    c1p95: simpul.c1 && peer.c1 ? simpul.c1.p95 / peer.c1.p95 : undefined,
    c16throughput: simpul.c16 && peer.c16 ? peer.c16.throughput / simpul.c16.throughput : undefined,
  };
}

/** The shared rows as a Markdown table, Simpul beside the peer, with the ratios. */
export function renderPeer(report: PeerReport): string[] {
  const lines = [
    "Simpul beside the peer (@neo4j/graphql): " + report.setup,
    "",
    "| shared row | peer answers with | variants agreed | statements Simpul / peer | db hits median Simpul / peer | Simpul c1 p50 / p95 ms | peer c1 p50 / p95 ms | Simpul c1 req/s | peer c1 req/s | Simpul c16 p50 / p95 ms | peer c16 p50 / p95 ms | Simpul c16 req/s | peer c16 req/s | Simpul/peer c1 p50 | Simpul/peer c16 req/s |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of report.rows) {
    const { simpul, peer } = r;
    lines.push(
      `| ${r.name} | ${r.how} | ${r.agreed === undefined ? "–" : `${r.agreed} of ${r.variants}`} | ${range(simpul.statements)} / ${range(peer?.statements)} | ${simpul.dbHits.median} / ${peer ? peer.dbHits.median : "–"} | ${pair(simpul.c1)} | ${pair(peer?.c1)} | ${rate(simpul.c1?.throughput)} | ${rate(peer?.c1?.throughput)} | ${pair(simpul.c16)} | ${pair(peer?.c16)} | ${rate(simpul.c16?.throughput)} | ${rate(peer?.c16?.throughput)} | ${ratio(r.ratio?.c1p50)} | ${ratio(r.ratio?.c16throughput)} |`,
    );
  }
  for (const r of report.rows) {
    for (const [c, s] of Object.entries({ c1: r.peer?.c1, c16: r.peer?.c16 })) {
      if (s?.errors) lines.push("", `${r.name}, peer ${c}: ${s.errors} of ${s.count} requests failed (${s.firstError ?? "?"}).`);
    }
  }
  return lines;
}

/** Issue 22's target: Simpul at most 1.0 of the peer on every shared row (p50 at 1, throughput at 16). */
export function peerTargetChecks(report: PeerReport): Array<{ target: string; measured: string; met: boolean | null }> {
  return report.rows
    .filter((r) => r.ratio?.c1p50 !== undefined)
    .map((r) => ({
      target: `${r.name}: Simpul / peer ≤ 1.0`,
      measured: `${ratio(r.ratio!.c1p50)} (p50, c1), ${ratio(r.ratio!.c16throughput)} (throughput, c16)`,
      met: Math.max(r.ratio!.c1p50!, r.ratio!.c16throughput ?? 0) <= 1,
    }));
}
