import { MultiDirectedGraph } from "graphology";
import circular from "graphology-layout/circular";
import forceAtlas2 from "graphology-layout-forceatlas2";

/** What a layout needs of a network: its node ids and the ties between them. */
export interface LayoutInput {
  nodes: ReadonlyArray<{ id: string }>;
  edges: ReadonlyArray<{ id: string; fromId: string; toId: string }>;
}

export type Positions = Map<string, { x: number; y: number }>;

/** The least distance between two drawn actors, in layout units (the drawing scales the whole to its box). */
export const NODE_SPACING = 10;
/** The step of the grid isolates (and actors of a sentra with no ties) sit on. */
export const GRID_STEP = 2 * NODE_SPACING;
/** How far below the tied part the isolates' grid begins. */
export const ISOLATE_GAP = 2 * GRID_STEP;

/**
 * A deterministic layout (no randomness, so the same network looks the same on the page and in
 * the GraphML/GEXF exports): the tied actors on a circle, then ForceAtlas2, scaled to a size that
 * grows with their number and pushed apart until no two are closer than NODE_SPACING; the isolates
 * on a neat grid with a fixed step below them, so they read as isolates. A sentra with no ties is
 * that grid alone, centred. Coordinates are rounded to hundredths, so what a file carries is exactly
 * what the page drew.
 */
export function layoutNetwork(network: LayoutInput): Positions {
  const graph = new MultiDirectedGraph();
  for (const node of network.nodes) if (!graph.hasNode(node.id)) graph.addNode(node.id);
  for (const edge of network.edges) {
    if (graph.hasNode(edge.fromId) && graph.hasNode(edge.toId) && !graph.hasEdge(edge.id)) graph.addEdgeWithKey(edge.id, edge.fromId, edge.toId);
  }
  // An actor tied only to itself is an isolate in the picture.
  const isolates = graph.filterNodes((id) => graph.neighbors(id).every((other) => other === id));
  for (const id of isolates) graph.dropNode(id);

  const positions: Positions = new Map();
  if (graph.order > 0) {
    circular.assign(graph, { scale: 100 });
    if (graph.order > 1) {
      const settings = { ...forceAtlas2.inferSettings(graph), scalingRatio: 30, gravity: 1, strongGravityMode: false, barnesHutOptimize: false };
      forceAtlas2.assign(graph, { iterations: 400, settings });
    }
    const ids = graph.nodes();
    const points = ids.map((id) => ({ x: graph.getNodeAttribute(id, "x") as number, y: graph.getNodeAttribute(id, "y") as number }));
    scaleTo(points, NODE_SPACING * 2.2 * Math.sqrt(ids.length));
    pushApart(points, NODE_SPACING);
    ids.forEach((id, i) => positions.set(id, points[i]));
  }

  if (isolates.length > 0) {
    const tied = [...positions.values()];
    const left = tied.length ? Math.min(...tied.map((p) => p.x)) : 0;
    const right = tied.length ? Math.max(...tied.map((p) => p.x)) : 0;
    const bottom = tied.length ? Math.min(...tied.map((p) => p.y)) : 0;
    // About twice as wide as tall, and at least as wide as the tied part above it.
    let columns = Math.max(1, Math.ceil(Math.sqrt(isolates.length * 2)));
    if (tied.length) columns = Math.max(columns, Math.min(isolates.length, Math.floor((right - left) / GRID_STEP) + 1));
    const rows = Math.ceil(isolates.length / columns);
    const centre = tied.length ? (left + right) / 2 : 0;
    const top = tied.length ? bottom - ISOLATE_GAP : ((rows - 1) * GRID_STEP) / 2;
    isolates.forEach((id, i) => {
      const row = Math.floor(i / columns);
      // The last row, when shorter, is centred too.
      const inRow = row === rows - 1 ? isolates.length - row * columns : columns;
      const column = i % columns;
      positions.set(id, { x: centre + (column - (inRow - 1) / 2) * GRID_STEP, y: top - row * GRID_STEP });
    });
  }

  for (const [id, p] of positions) positions.set(id, { x: round(p.x), y: round(p.y) });
  return positions;
}

function round(value: number): number {
  const r = Math.round(value * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

/** Scales the points about their centre so that the larger side of their box is `size` (a single point goes to 0,0). */
function scaleTo(points: Array<{ x: number; y: number }>, size: number): void {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const factor = extent > 0 ? size / extent : 0;
  for (const p of points) {
    p.x = (p.x - cx) * factor;
    p.y = (p.y - cy) * factor;
  }
}

/**
 * Pushes pairs closer than `min` apart, half each along the line between them (two on the same
 * spot along a fixed angle of their index), until none is, or a bound of rounds is reached.
 */
function pushApart(points: Array<{ x: number; y: number }>, min: number): void {
  const target = min * 1.02;
  for (let round = 0; round < 300; round++) {
    let moved = false;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i];
        const b = points[j];
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        const distance = Math.hypot(dx, dy);
        if (distance >= target) continue;
        if (distance < 1e-9) {
          const angle = (i * 137.508 + j) * (Math.PI / 180);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
        } else {
          dx /= distance;
          dy /= distance;
        }
        const push = (target - distance) / 2;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    if (!moved) return;
  }
}
