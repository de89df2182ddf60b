import { formatPlan, percentile, summarise, sumDbHits, type PlanNode } from "../../bench/stats";
import { searchFragment, spread } from "../../bench/targets";
import { wavesOf, type TracedStatement } from "../../bench/trace";

describe("bench statistics", () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => 100 - i); // unsorted on purpose

  it("takes nearest-rank percentiles", () => {
    expect(percentile(oneToHundred, 0.5)).toBe(50);
    expect(percentile(oneToHundred, 0.95)).toBe(95);
    expect(percentile(oneToHundred, 0.99)).toBe(99);
    expect(percentile(oneToHundred, 1)).toBe(100);
    expect(percentile([7], 0.5)).toBe(7);
    expect(percentile([7], 0.99)).toBe(7);
    // Ten values: p50 is the 5th, p95 and p99 the 10th (the rank rounds up).
    const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(percentile(ten, 0.5)).toBe(5);
    expect(percentile(ten, 0.95)).toBe(10);
    expect(percentile(ten, 0.99)).toBe(10);
    expect(percentile([], 0.5)).toBeNaN();
    expect(() => percentile(ten, 0)).toThrow(RangeError);
    expect(() => percentile(ten, 1.5)).toThrow(RangeError);
  });

  it("does not reorder the caller's values", () => {
    const values = [3, 1, 2];
    percentile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it("summarises latencies with throughput over the wall time", () => {
    const s = summarise(oneToHundred, 2000);
    expect(s).toMatchObject({ count: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5, throughput: 50 });
    expect(summarise([], 0).throughput).toBeNaN();
  });

  it("sums database hits over the whole plan tree", () => {
    const leaf = (dbHits: number): PlanNode => ({ operatorType: "NodeIndexSeek@neo4j", dbHits, rows: 1, children: [] });
    const plan: PlanNode = {
      operatorType: "ProduceResults@neo4j",
      dbHits: 0,
      rows: 1,
      children: [{ operatorType: "CartesianProduct@neo4j", dbHits: 5, rows: 1, arguments: { Details: "a, b" }, children: [leaf(2), leaf(3)] }],
    };
    expect(sumDbHits(plan)).toBe(10);
    expect(sumDbHits(false)).toBe(0);
    expect(formatPlan(plan)).toEqual([
      "ProduceResults | rows 1 | dbHits 0",
      "  CartesianProduct a, b | rows 1 | dbHits 5",
      "    NodeIndexSeek | rows 1 | dbHits 2",
      "    NodeIndexSeek | rows 1 | dbHits 3",
    ]);
  });
});

describe("bench traces", () => {
  const at = (startMs: number, endMs: number, cypher = `${startMs}`): TracedStatement => ({ cypher, params: {}, startMs, endMs });

  it("groups statements in flight together into one wave, and one that starts after an end into the next", () => {
    const waves = wavesOf([at(0, 10), at(1, 8), at(2, 12), at(9, 20), at(21, 25)]);
    expect(waves.map((w) => w.map((s) => s.cypher))).toEqual([["0", "1", "2"], ["9"], ["21"]]);
    expect(wavesOf([])).toEqual([]);
  });
});

describe("bench targets", () => {
  it("spreads picks evenly and never past the end", () => {
    expect(spread(100, 4)).toEqual([0, 25, 50, 75]);
    expect(spread(3, 16)).toEqual([0, 1, 2]);
    expect(spread(0, 16)).toEqual([]);
  });

  it("searches for a real word of a name, not a legal form", () => {
    expect(searchFragment("CV Logam Jaya Batur")).toBe("logam");
    expect(searchFragment("UD Tunggal Jaya Cor")).toBe("tunggal");
    expect(searchFragment("PT AB")).toBeUndefined();
  });
});
