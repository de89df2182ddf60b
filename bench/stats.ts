/** The bench's statistics: percentiles of latencies, and database hits of a PROFILEd plan. */

/**
 * The q-quantile (0 < q <= 1) of values by the nearest-rank method: the smallest value with at
 * least q of all values at or below it. p50 of [1..100] is 50, p99 is 99, p100 is 100.
 */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(q > 0 && q <= 1)) throw new RangeError(`quantile must be in (0, 1], got ${q}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.max(0, rank - 1)];
}

export interface LatencySummary {
  /** Requests timed. */
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** Requests per second over the wall time of the whole run (all workers together). */
  throughput: number;
  /** Requests that failed (timed all the same), with the first failure's message. */
  errors?: number;
  firstError?: string;
}

/** Latencies in milliseconds and the wall time in milliseconds that they were measured over. */
export function summarise(latenciesMs: readonly number[], wallMs: number): LatencySummary {
  const count = latenciesMs.length;
  const mean = count === 0 ? Number.NaN : latenciesMs.reduce((sum, v) => sum + v, 0) / count;
  return {
    count,
    p50: percentile(latenciesMs, 0.5),
    p95: percentile(latenciesMs, 0.95),
    p99: percentile(latenciesMs, 0.99),
    max: count === 0 ? Number.NaN : Math.max(...latenciesMs),
    mean,
    throughput: wallMs > 0 ? (count * 1000) / wallMs : Number.NaN,
  };
}

/** The parts of the driver's ProfiledPlan (result.summary.profile) the bench reads. */
export interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments?: Record<string, unknown>;
  identifiers?: string[];
  children: PlanNode[];
}

/** Database hits of a whole PROFILEd plan: every operator's dbHits, summed over the tree. */
export function sumDbHits(plan: PlanNode | false | null | undefined): number {
  if (!plan) return 0;
  return Number(plan.dbHits) + plan.children.reduce((sum, child) => sum + sumDbHits(child), 0);
}

/** The operators of a plan, one a line, indented by depth: operator, details, rows, db hits. */
export function formatPlan(plan: PlanNode, maxDetail = 110): string[] {
  const lines: string[] = [];
  const walk = (node: PlanNode, depth: number) => {
    const raw = node.arguments?.Details;
    const detail = raw === undefined ? "" : String(raw).replace(/\s+/g, " ");
    const shown = detail.length > maxDetail ? `${detail.slice(0, maxDetail - 1)}…` : detail;
    const operator = node.operatorType.replace(/@.*$/, "");
    lines.push(`${"  ".repeat(depth)}${operator}${shown ? ` ${shown}` : ""} | rows ${Number(node.rows)} | dbHits ${Number(node.dbHits)}`);
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(plan, 0);
  return lines;
}
