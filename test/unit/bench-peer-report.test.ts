import { peerRatios, peerTargetChecks, renderPeer, type PeerSide } from "../../bench/peer/report";
import { summarise } from "../../bench/stats";

// Latencies of `ms` each, `count` of them over `wallMs`.
const side = (ms: number, wallMs: number): PeerSide => {
  const run = summarise(
    Array.from({ length: 10 }, () => ms),
    wallMs,
  );
  return { statements: { min: 1, max: 1 }, dbHits: { median: 10, max: 10 }, c1: run, c16: run };
};

describe("the bench's Simpul-over-peer ratios", () => {
  it("are above 1.0 when Simpul is slower, at 1 by latency and at 16 by throughput", () => {
    const slowSimpul = peerRatios(side(20, 200), side(10, 100));
    expect(slowSimpul).toEqual({ c1p50: 2, c1p95: 2, c16throughput: 2 });
    const fastSimpul = peerRatios(side(5, 50), side(10, 100));
    expect(fastSimpul).toEqual({ c1p50: 0.5, c1p95: 0.5, c16throughput: 0.5 });
  });

  it("meet issue 22's target only when both are at most 1.0, and leave out rows the peer cannot answer", () => {
    const report = {
      setup: "test",
      rows: [
        { name: "fast", how: "x", variants: 1, agreed: 1, simpul: side(5, 50), peer: side(10, 100), ratio: { c1p50: 0.5, c16throughput: 0.9 } },
        { name: "mixed", how: "x", variants: 1, agreed: 1, simpul: side(5, 50), peer: side(10, 100), ratio: { c1p50: 0.8, c16throughput: 1.2 } },
        { name: "none", how: "cannot: why", variants: 1, simpul: side(5, 50) },
      ],
    };
    expect(peerTargetChecks(report).map((c) => [c.target, c.met])).toEqual([
      ["fast: Simpul / peer ≤ 1.0", true],
      ["mixed: Simpul / peer ≤ 1.0", false],
    ]);
    const table = renderPeer(report).join("\n");
    expect(table).toContain("| none | cannot: why | – |");
    expect(table).toContain("| 0.80 | 1.20 |");
  });
});
