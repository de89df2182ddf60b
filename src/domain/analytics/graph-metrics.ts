import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { undirectedDensity } from "graphology-metrics/graph/density";
import type { Intensity } from "../vocabulary";
import { MAX_INTENSITY_WEIGHT, strongerOf, weightOf } from "./intensity";
import { pairKey } from "./network-views";

export interface MetricEdge {
  fromId: string;
  toId: string;
  intensity: Intensity | null;
}

export interface GraphMetricsInput {
  nodeIds: readonly string[];
  edges: readonly MetricEdge[];
}

export interface Broker {
  id: string;
  /** Normalised betweenness: the share of shortest paths between other pairs that pass through it. */
  betweenness: number;
}

export interface GraphMetrics {
  nodeCount: number;
  /** Distinct tied pairs: parallel ties between the same two nodes count once. */
  edgeCount: number;
  /** Ties given, before merging parallel ties. */
  tiesGiven: number;
  /** Ties dropped: a node tied to itself, or an end outside the node set. */
  tiesIgnored: number;
  /** 2m / (n(n-1)); null with fewer than two nodes. */
  density: number | null;
  /** Sum of pair weights / (3 x n(n-1)/2), the strongest intensity of each pair weighing 1 to 3. */
  weightedDensity: number | null;
  /** Share of nodes with at least one tie; null with no nodes. */
  tiedShare: number | null;
  averageDegree: number | null;
  /** Freeman: sum(maxdeg - deg_i) / ((n-1)(n-2)); 0 when n < 3. */
  degreeCentralization: number;
  components: { count: number; largestSize: number; largestShare: number | null };
  isolates: string[];
  /**
   * Nodes with betweenness above 0, highest first: unweighted (see brokersOf). The costliest
   * figure (a breadth-first search from every node), so it is computed on first read, once:
   * a request that selects only density, components or the verdict never pays for it.
   */
  readonly brokers: Broker[];
}

/**
 * Metrics of an undirected simple graph: direction is ignored (a tie joins two actors whoever
 * reported it) and parallel ties between one pair merge into one edge at the strongest intensity.
 * The eager figures are read from plain adjacency (indices, degrees, a union-find): a sentra's
 * analysis measures ten graphs, and building graphology's graph for each was half of its time.
 * The graphology graph is built only for the brokers, on their first read.
 */
export function graphMetrics(input: GraphMetricsInput): GraphMetrics {
  const indexOf = new Map<string, number>();
  const nodeIds: string[] = [];
  for (const id of input.nodeIds)
    if (!indexOf.has(id)) {
      indexOf.set(id, nodeIds.length);
      nodeIds.push(id);
    }

  const strongest = new Map<string, { a: string; b: string; intensity: Intensity | null }>();
  let ignored = 0;
  for (const edge of input.edges) {
    if (edge.fromId === edge.toId || !indexOf.has(edge.fromId) || !indexOf.has(edge.toId)) {
      ignored++;
      continue;
    }
    const key = pairKey(edge.fromId, edge.toId);
    const seen = strongest.get(key);
    strongest.set(key, { a: edge.fromId, b: edge.toId, intensity: seen ? strongerOf(seen.intensity, edge.intensity) : edge.intensity });
  }

  const n = nodeIds.length;
  const m = strongest.size;
  const degrees = new Array<number>(n).fill(0);
  const components = new UnionFind(n);
  let weightSum = 0;
  for (const { a, b, intensity } of strongest.values()) {
    const from = indexOf.get(a)!;
    const to = indexOf.get(b)!;
    degrees[from]++;
    degrees[to]++;
    components.join(from, to);
    weightSum += weightOf(intensity);
  }
  const maxDegree = n === 0 ? 0 : Math.max(...degrees);
  const { count: componentCount, largest } = components.sizes();
  const possiblePairs = (n * (n - 1)) / 2;
  let brokers: Broker[] | undefined;

  return {
    nodeCount: n,
    edgeCount: m,
    tiesGiven: input.edges.length,
    tiesIgnored: ignored,
    density: n < 2 ? null : undirectedDensity(n, m),
    weightedDensity: n < 2 ? null : weightSum / (MAX_INTENSITY_WEIGHT * possiblePairs),
    tiedShare: n === 0 ? null : degrees.filter((d) => d > 0).length / n,
    averageDegree: n === 0 ? null : (2 * m) / n,
    degreeCentralization: n < 3 ? 0 : degrees.reduce((sum, d) => sum + (maxDegree - d), 0) / ((n - 1) * (n - 2)),
    components: { count: componentCount, largestSize: largest, largestShare: n === 0 ? null : largest / n },
    isolates: nodeIds.filter((_, i) => degrees[i] === 0).sort(),
    get brokers() {
      return (brokers ??= brokersOf(simpleGraph(nodeIds, strongest.values())));
    },
  };
}

/** The simple graph as graphology holds it, for the betweenness of brokersOf. */
function simpleGraph(nodeIds: readonly string[], pairs: Iterable<{ a: string; b: string; intensity: Intensity | null }>): UndirectedGraph {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const id of nodeIds) graph.addNode(id);
  for (const { a, b, intensity } of pairs) graph.addEdge(a, b, { weight: weightOf(intensity) });
  return graph;
}

/** Connected components by union-find over node indices: how many, and the size of the largest. */
class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  private root(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  join(a: number, b: number): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra !== rb) this.parent[ra] = rb;
  }
  sizes(): { count: number; largest: number } {
    const sizes = new Map<number, number>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.root(i);
      sizes.set(r, (sizes.get(r) ?? 0) + 1);
    }
    let largest = 0;
    for (const size of sizes.values()) largest = Math.max(largest, size);
    return { count: sizes.size, largest };
  }
}

/**
 * Unweighted betweenness (Brandes, a breadth-first search per node), on purpose: a broker is an
 * actor that many shortest paths between others run through, and a path is counted in ties.
 * Intensity (passive 1, active 2, proactive 3) is an ordinal strength, not a distance: read as a
 * length it would make a proactive tie three times "longer" than a passive one and steer paths
 * away from the strongest ties. graphology reads the edge attribute `weight` as a length by
 * default (Dijkstra per node), so the weighting is turned off explicitly.
 */
function brokersOf(graph: UndirectedGraph): Broker[] {
  if (graph.order < 3) return [];
  const centrality = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  return Object.entries(centrality)
    .filter(([, value]) => value > 1e-12)
    .map(([id, betweenness]) => ({ id, betweenness }))
    .sort((x, y) => y.betweenness - x.betweenness || x.id.localeCompare(y.id));
}
