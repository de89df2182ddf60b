import { graphMetrics, type MetricEdge } from "../../../src/domain/analytics/graph-metrics";
import type { Intensity } from "../../../src/domain/vocabulary";

const tie = (fromId: string, toId: string, intensity: Intensity | null = "PASSIVE"): MetricEdge => ({ fromId, toId, intensity });

describe("graphMetrics on hand-worked graphs", () => {
  it("a star of five: one hub, full centralization, the hub brokers every pair", () => {
    const m = graphMetrics({ nodeIds: ["hub", "a", "b", "c", "d"], edges: ["a", "b", "c", "d"].map((leaf) => tie("hub", leaf)) });
    expect(m.nodeCount).toBe(5);
    expect(m.edgeCount).toBe(4);
    // density = 2m / (n(n-1)) = 8 / 20
    expect(m.density).toBeCloseTo(0.4, 10);
    // four passive pairs weigh 4; possible 3 x 10 pairs = 30
    expect(m.weightedDensity).toBeCloseTo(4 / 30, 10);
    expect(m.tiedShare).toBe(1);
    // average degree = 2m / n = 8 / 5
    expect(m.averageDegree).toBeCloseTo(1.6, 10);
    // max degree 4; sum(4 - deg) = 0 + 4 x 3 = 12; (n-1)(n-2) = 12
    expect(m.degreeCentralization).toBeCloseTo(1, 10);
    expect(m.components).toEqual({ count: 1, largestSize: 5, largestShare: 1 });
    expect(m.isolates).toEqual([]);
    // the hub lies on all C(4,2) = 6 leaf-to-leaf paths; normalised by (n-1)(n-2)/2 = 6
    expect(m.brokers).toHaveLength(1);
    expect(m.brokers[0].id).toBe("hub");
    expect(m.brokers[0].betweenness).toBeCloseTo(1, 10);
  });

  it("a path a-b-c-d: the middle two broker, intensities weigh 2, 3 and 1 (unmeasured)", () => {
    const m = graphMetrics({ nodeIds: ["a", "b", "c", "d"], edges: [tie("a", "b", "ACTIVE"), tie("b", "c", "PROACTIVE"), tie("c", "d", null)] });
    // 2 x 3 / (4 x 3)
    expect(m.density).toBeCloseTo(0.5, 10);
    // (2 + 3 + 1) / (3 x 6 pairs)
    expect(m.weightedDensity).toBeCloseTo(6 / 18, 10);
    // degrees 1, 2, 2, 1; max 2; sum(2 - deg) = 1 + 0 + 0 + 1 = 2; (n-1)(n-2) = 6
    expect(m.degreeCentralization).toBeCloseTo(2 / 6, 10);
    // b is on a-c and a-d: 2 of the (3 x 2)/2 = 3 pairs not involving b; same for c
    expect(m.brokers.map((b) => b.id)).toEqual(["b", "c"]);
    for (const broker of m.brokers) expect(broker.betweenness).toBeCloseTo(2 / 3, 10);
  });

  it("brokers ignore intensity: in a square a-b-c-d-a, a proactive side does not lengthen the paths through it", () => {
    // Read as lengths, b-c (3) would make a-b-c (4) longer than a-d-c (2) and b would broker nothing.
    const m = graphMetrics({ nodeIds: ["a", "b", "c", "d"], edges: [tie("a", "b"), tie("b", "c", "PROACTIVE"), tie("c", "d"), tie("d", "a")] });
    // b lies on one of the two shortest a-c paths (a-b-c, a-d-c): 1/2 of the 3 pairs without b; the same for each node
    for (const broker of m.brokers) expect(broker.betweenness).toBeCloseTo(1 / 6, 10);
    expect(m.brokers.map((b) => b.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("computes brokers only when read, once", () => {
    const m = graphMetrics({ nodeIds: ["hub", "a", "b"], edges: [tie("hub", "a"), tie("hub", "b")] });
    expect(typeof Object.getOwnPropertyDescriptor(m, "brokers")?.get).toBe("function");
    expect(m.brokers).toBe(m.brokers);
    expect(m.brokers).toEqual([{ id: "hub", betweenness: 1 }]);
  });

  it("a clique of four, all proactive: density 1, weighted density 1, no centralization, no brokers", () => {
    const ids = ["a", "b", "c", "d"];
    const edges = ids.flatMap((x, i) => ids.slice(i + 1).map((y) => tie(x, y, "PROACTIVE")));
    const m = graphMetrics({ nodeIds: ids, edges });
    expect(m.edgeCount).toBe(6);
    expect(m.density).toBe(1);
    // 6 pairs x 3 / (3 x 6)
    expect(m.weightedDensity).toBe(1);
    expect(m.degreeCentralization).toBe(0);
    expect(m.brokers).toEqual([]);
  });

  it("two components and two isolates", () => {
    const m = graphMetrics({ nodeIds: ["a", "b", "c", "d", "e", "f", "g"], edges: [tie("a", "b"), tie("b", "c"), tie("d", "e")] });
    // 2 x 3 / (7 x 6) = 1/7
    expect(m.density).toBeCloseTo(1 / 7, 10);
    // components {a,b,c}, {d,e}, {f}, {g}
    expect(m.components).toEqual({ count: 4, largestSize: 3, largestShare: 3 / 7 });
    expect(m.isolates).toEqual(["f", "g"]);
    expect(m.tiedShare).toBeCloseTo(5 / 7, 10);
    expect(m.averageDegree).toBeCloseTo(6 / 7, 10);
    // degrees 1,2,1,1,1,0,0; max 2; sum(2 - deg) = 1+0+1+1+1+2+2 = 8; (n-1)(n-2) = 30
    expect(m.degreeCentralization).toBeCloseTo(8 / 30, 10);
    // b is on the a-c path only: 1 of (6 x 5)/2 = 15 pairs
    expect(m.brokers).toEqual([{ id: "b", betweenness: expect.closeTo(1 / 15, 10) }]);
  });

  it("parallel ties count once at the strongest intensity; self-ties and strangers are ignored", () => {
    const m = graphMetrics({
      nodeIds: ["a", "b"],
      edges: [tie("a", "b", "PASSIVE"), tie("b", "a", "ACTIVE"), tie("a", "b", null), tie("a", "a"), tie("a", "stranger")],
    });
    expect(m.tiesGiven).toBe(5);
    expect(m.tiesIgnored).toBe(2);
    expect(m.edgeCount).toBe(1);
    expect(m.density).toBe(1);
    // the pair keeps ACTIVE (2) out of 3
    expect(m.weightedDensity).toBeCloseTo(2 / 3, 10);
  });

  it("degenerate sizes: nothing to divide by gives null, not NaN", () => {
    const empty = graphMetrics({ nodeIds: [], edges: [] });
    expect(empty).toMatchObject({ nodeCount: 0, density: null, weightedDensity: null, tiedShare: null, averageDegree: null, degreeCentralization: 0 });
    expect(empty.components).toEqual({ count: 0, largestSize: 0, largestShare: null });
    const single = graphMetrics({ nodeIds: ["a"], edges: [] });
    expect(single).toMatchObject({ density: null, tiedShare: 0, averageDegree: 0, isolates: ["a"] });
    const pair = graphMetrics({ nodeIds: ["a", "b"], edges: [tie("a", "b")] });
    // n < 3: centralization defined as 0
    expect(pair.degreeCentralization).toBe(0);
  });
});
