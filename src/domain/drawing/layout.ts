import { MultiDirectedGraph } from "graphology";
import circular from "graphology-layout/circular";
import forceAtlas2 from "graphology-layout-forceatlas2";

/** What a layout needs of a network: its node ids and the ties between them. */
export interface LayoutInput {
  nodes: ReadonlyArray<{ id: string }>;
  edges: ReadonlyArray<{ id: string; fromId: string; toId: string }>;
}

export type Positions = Map<string, { x: number; y: number }>;

/**
 * A deterministic layout (no randomness, so the same network looks the same): the tied actors on a
 * circle, then ForceAtlas2; isolates in rows below them, apart, so they read as isolates.
 */
export function layoutNetwork(network: LayoutInput): Map<string, { x: number; y: number }> {
  const graph = new MultiDirectedGraph();
  for (const node of network.nodes) graph.addNode(node.id);
  for (const edge of network.edges) if (graph.hasNode(edge.fromId) && graph.hasNode(edge.toId)) graph.addEdgeWithKey(edge.id, edge.fromId, edge.toId);
  const isolates = graph.filterNodes((id) => graph.degree(id) === 0);
  for (const id of isolates) graph.dropNode(id);
  circular.assign(graph, { scale: 100 });
  if (graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), scalingRatio: 30, gravity: 1, strongGravityMode: false, barnesHutOptimize: false };
    forceAtlas2.assign(graph, { iterations: 400, settings });
  }
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attributes) => positions.set(id, { x: attributes.x as number, y: attributes.y as number }));
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const left = xs.length ? Math.min(...xs) : 0;
  const width = xs.length ? Math.max(...xs) - left || 100 : 100;
  const bottom = ys.length ? Math.min(...ys) : 0;
  const perRow = Math.max(2, Math.min(4, Math.ceil(Math.sqrt(isolates.length))));
  const step = width / Math.max(1, perRow - 1);
  isolates.forEach((id, i) => {
    positions.set(id, { x: left + (i % perRow) * step, y: bottom - width * 0.18 - Math.floor(i / perRow) * step * 0.6 });
  });
  return positions;
}
