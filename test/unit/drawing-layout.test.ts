import { GRID_STEP, layoutNetwork, NODE_SPACING, type LayoutInput } from "../../src/domain/drawing/layout";

/** The layout the explorer draws and the GraphML/GEXF exports carry: deterministic, nothing on top of anything. */

function closest(positions: Map<string, { x: number; y: number }>): number {
  const points = [...positions.values()];
  let min = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) min = Math.min(min, Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y));
  return min;
}

const ids = (n: number, prefix = "n") => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}` }));

/** A tied part (a star and a ring, with a parallel tie) and isolates. */
function network(tied: number, isolates: number): LayoutInput {
  const nodes = [...ids(tied), ...ids(isolates, "iso")];
  const edges = [];
  for (let i = 1; i < tied; i++) edges.push({ id: `star${i}`, fromId: "n0", toId: `n${i}` });
  for (let i = 1; i < tied; i++) edges.push({ id: `ring${i}`, fromId: `n${i}`, toId: `n${(i % (tied - 1)) + 1}` });
  if (tied > 1) edges.push({ id: "parallel", fromId: "n0", toId: "n1" });
  return { nodes, edges };
}

describe("layoutNetwork", () => {
  it.each([
    [2, 0],
    [12, 5],
    [40, 17],
    [120, 30],
  ])("places %i tied actors and %i isolates no closer than the minimum spacing", (tied, isolates) => {
    const positions = layoutNetwork(network(tied, isolates));
    expect(positions.size).toBe(tied + isolates);
    expect(closest(positions)).toBeGreaterThanOrEqual(NODE_SPACING - 0.01);
  });

  it("puts the isolates apart, on a grid below the tied part", () => {
    const positions = layoutNetwork(network(15, 9));
    const tied = [...positions].filter(([id]) => id.startsWith("n")).map(([, p]) => p);
    const isolated = [...positions].filter(([id]) => id.startsWith("iso")).map(([, p]) => p);
    const lowestTied = Math.min(...tied.map((p) => p.y));
    for (const p of isolated) expect(p.y).toBeLessThanOrEqual(lowestTied - GRID_STEP);
    // A grid: every isolate on a row and a column GRID_STEP apart.
    const rows = [...new Set(isolated.map((p) => p.y))].sort((a, b) => b - a);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1] - rows[i]).toBeCloseTo(GRID_STEP, 5);
    for (const row of rows) {
      const xs = isolated
        .filter((p) => p.y === row)
        .map((p) => p.x)
        .sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeCloseTo(GRID_STEP, 5);
    }
  });

  it("draws a sentra with no ties as a centred grid, however few its actors", () => {
    for (const n of [1, 2, 3, 7, 30]) {
      const positions = layoutNetwork({ nodes: ids(n), edges: [] });
      expect(positions.size).toBe(n);
      if (n > 1) expect(closest(positions)).toBeCloseTo(GRID_STEP, 5);
      const xs = [...positions.values()].map((p) => p.x);
      const ys = [...positions.values()].map((p) => p.y);
      expect(Math.min(...xs) + Math.max(...xs)).toBeCloseTo(0, 5);
      expect(Math.min(...ys) + Math.max(...ys)).toBeCloseTo(0, 5);
      // Small: a few actors stay a few steps wide, never stretched over a huge circle.
      expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(GRID_STEP * Math.ceil(Math.sqrt(n * 2)));
    }
    expect(layoutNetwork({ nodes: ids(1), edges: [] }).get("n0")).toEqual({ x: 0, y: 0 });
  });

  it("is deterministic: the same network gives the same positions, to the hundredth", () => {
    const input = network(40, 6);
    const first = layoutNetwork(input);
    const second = layoutNetwork(input);
    expect([...second]).toEqual([...first]);
    for (const p of first.values()) {
      expect(Math.round(p.x * 100) / 100).toBe(p.x);
      expect(Math.round(p.y * 100) / 100).toBe(p.y);
    }
  });

  it("ignores ties to actors not drawn and counts a tie to itself as none", () => {
    const positions = layoutNetwork({
      nodes: ids(3),
      edges: [
        { id: "loop", fromId: "n0", toId: "n0" },
        { id: "away", fromId: "n1", toId: "elsewhere" },
      ],
    });
    expect(positions.size).toBe(3);
    expect(closest(positions)).toBeCloseTo(GRID_STEP, 5);
  });
});
