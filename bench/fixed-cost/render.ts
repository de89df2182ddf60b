import type { LatencySummary } from "../stats";
import type { FixedCostResult } from "./typename";

const ms = (v: number) => (Number.isNaN(v) ? "–" : v < 10 ? v.toFixed(2) : v.toFixed(1));

/** The fixed-cost comparison as a Markdown table with its ratios. */
export function renderFixedCost(result: FixedCostResult): string[] {
  const row = (label: string, s: LatencySummary, ratio: string) =>
    `| ${label} | ${s.throughput.toFixed(0)} | ${ms(s.p50)} | ${ms(s.p99)} | ${ratio} |${s.errors ? ` ${s.errors} failed (${s.firstError ?? "?"})` : ""}`;
  return [
    `\`{ __typename }\` at ${result.concurrency} connections, the same client against each server in its own process, in turns:`,
    "",
    "| server | req/s | p50 ms | p99 ms | Simpul over it (req/s) |",
    "|---|---:|---:|---:|---:|",
    row("Simpul (the API process)", result.simpul, "–"),
    row("bare node:http, Simpul's bytes", result.bare, result.simpulOverBare.toFixed(2)),
    row("Apollo standalone, one-field schema", result.standalone, result.simpulOverStandalone.toFixed(2)),
  ];
}
