import { MultiDirectedGraph } from "graphology";
import circular from "graphology-layout/circular";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma, { DEFAULT_STYLES } from "sigma";
import { layerDashed, layerFill, sdfCircle, sdfDiamond, sdfRectangle, sdfSquare, sdfTriangle } from "sigma/rendering";
import type { DrawableNetwork, DrawEdge, DrawNode, IntensityFilter, LinkageType } from "./queries";

/** Colour by kind of actor: families of hue for firms, suppliers, buyers, finance, government and knowledge, services. */
export const KIND_COLOURS: Record<string, string> = {
  IKM: "#1f77b4",
  LARGE_FIRM: "#17becf",
  RAW_MATERIAL_SUPPLIER: "#2ca02c",
  AUXILIARY_MATERIAL_SUPPLIER: "#98df8a",
  EQUIPMENT_SUPPLIER: "#5b8c2a",
  LARGE_BUYER: "#ff7f0e",
  TRADER: "#ffbb78",
  DISTRIBUTOR: "#e6a23c",
  EXPORTER: "#c45a00",
  RETAILER: "#f5c26b",
  BANK: "#9467bd",
  RURAL_BANK: "#c5b0d5",
  COOPERATIVE: "#7b4fa0",
  STATE_FINANCE_BODY: "#5a3d7a",
  GOVERNMENT_AGENCY: "#d62728",
  UNIVERSITY: "#8c564b",
  NGO: "#e377c2",
  BDS_PROVIDER: "#bcbd22",
  DONOR: "#f7b6d2",
  PROMOTION_BODY: "#7f7f7f",
  CERTIFICATION_BODY: "#4d4d4d",
  ASSOCIATION: "#aec7e8",
};

/** Shape by role in the sentra (the first that applies in this order). */
export const ROLE_SHAPES: Array<[role: string, shape: string]> = [
  ["CORE", "circle"],
  ["SUPPLIER_INDUSTRY", "triangle"],
  ["BUYER", "diamond"],
  ["SUPPORTING_INSTITUTION", "square"],
  ["SUPPORTING_INDUSTRY", "rectangle"],
  ["RELATED_INDUSTRY", "rectangle"],
];

/** Colour by linkage type. */
export const LINKAGE_COLOURS: Record<LinkageType, string> = {
  HORIZONTAL_COOPERATION: "#1f77b4",
  UPSTREAM_SUPPLY: "#2ca02c",
  DOWNSTREAM_SALES: "#ff7f0e",
  FINANCE: "#9467bd",
  TECHNICAL_ASSISTANCE: "#8c564b",
  ECONOMIC_ASSISTANCE: "#bcbd22",
  PROMOTION: "#7f7f7f",
  CERTIFICATION: "#17becf",
};

/** Width and dash by intensity: passive dashed and thin, active solid, proactive solid and thick, unmeasured dotted. */
export const INTENSITY_STYLES: Record<IntensityFilter, { size: number; dash: number; gap: number }> = {
  PASSIVE: { size: 1.5, dash: 7, gap: 5 },
  ACTIVE: { size: 3, dash: 0, gap: 0 },
  PROACTIVE: { size: 5.5, dash: 0, gap: 0 },
  UNMEASURED: { size: 1.2, dash: 2, gap: 4 },
};

const SOLID_DASH = 1_000_000;

export const ISOLATE_MARK = "#6b6b6b";
export const OUTSIDE_MARK = "#d62728";
const SELECTED_MARK = "#f2b705";

export function shapeOf(roles: readonly string[]): string {
  for (const [role, shape] of ROLE_SHAPES) if (roles.includes(role)) return shape;
  return "circle";
}

function sizeOf(node: DrawNode): number {
  if (node.isCore) return 11;
  return node.roles.length > 0 ? 9 : 6;
}

export function intensityOf(edge: DrawEdge): IntensityFilter {
  return edge.intensity ?? "UNMEASURED";
}

export interface DrawnGraph {
  nodes: string[];
  edges: string[];
}

/** The network drawing: a graphology graph laid out once per network, drawn by sigma with WebGL. */
export class NetworkView {
  private readonly graph = new MultiDirectedGraph();
  private renderer: Sigma | undefined;
  private network: DrawableNetwork | undefined;
  private positions = new Map<string, { x: number; y: number }>();
  private selected: string | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly onSelect: (id: string) => void,
  ) {}

  /** Draws a network freshly fetched: lays it out, then draws the ties of the allowed intensities. */
  show(network: DrawableNetwork, intensities: ReadonlySet<IntensityFilter>): DrawnGraph {
    this.network = network;
    this.selected = undefined;
    this.positions = layout(network);
    return this.redraw(intensities);
  }

  /** Redraws the current network with other intensities shown, keeping every node where it is. */
  redraw(intensities: ReadonlySet<IntensityFilter>): DrawnGraph {
    const network = this.network;
    this.graph.clear();
    if (!network) return { nodes: [], edges: [] };
    for (const node of network.nodes) {
      const position = this.positions.get(node.id) ?? { x: 0, y: 0 };
      const mark = node.isOutsideNetwork ? OUTSIDE_MARK : node.isIsolate ? ISOLATE_MARK : undefined;
      this.graph.addNode(node.id, {
        ...position,
        label: node.name,
        color: KIND_COLOURS[node.kind] ?? "#999999",
        shape: shapeOf(node.roles),
        size: sizeOf(node),
        mark: mark ?? null,
        selected: node.id === this.selected,
      });
    }
    for (const edge of network.edges) {
      const intensity = intensityOf(edge);
      if (!intensities.has(intensity)) continue;
      if (!this.graph.hasNode(edge.fromId) || !this.graph.hasNode(edge.toId)) continue;
      const style = INTENSITY_STYLES[intensity];
      const colour = LINKAGE_COLOURS[edge.type] ?? "#999999";
      // One dashed layer draws every tie: a solid one is a single dash longer than any tie.
      const dashed = style.dash > 0;
      this.graph.addDirectedEdgeWithKey(edge.id, edge.fromId, edge.toId, {
        size: style.size,
        color: colour,
        dashSize: dashed ? style.dash : SOLID_DASH,
        gapSize: dashed ? style.gap : 1,
      });
    }
    this.ensureRenderer();
    this.renderer!.refresh();
    return { nodes: this.graph.nodes(), edges: this.graph.edges() };
  }

  select(id: string | undefined): void {
    if (this.selected && this.graph.hasNode(this.selected)) this.graph.setNodeAttribute(this.selected, "selected", false);
    this.selected = id;
    if (id && this.graph.hasNode(id)) this.graph.setNodeAttribute(id, "selected", true);
  }

  /** Where a node is drawn, in CSS pixels from the drawing's top left corner (for tests and tooltips). */
  viewportPosition(id: string): { x: number; y: number } | undefined {
    if (!this.renderer || !this.graph.hasNode(id)) return undefined;
    const { x, y } = this.graph.getNodeAttributes(id) as { x: number; y: number };
    return this.renderer.graphToViewport({ x, y });
  }

  /**
   * The drawing as a PNG: sigma draws into WebGL canvases whose buffers are cleared once shown, so
   * the layers are copied right after a render, onto a white background, with a title.
   */
  toPng(title: string): Promise<Blob> {
    const renderer = this.renderer;
    if (!renderer) return Promise.reject(new Error("nothing drawn"));
    return new Promise((resolve, reject) => {
      renderer.once("afterRender", () => {
        try {
          const canvases = [...this.container.querySelectorAll("canvas")];
          const width = Math.max(...canvases.map((c) => c.width));
          const height = Math.max(...canvases.map((c) => c.height));
          const out = document.createElement("canvas");
          out.width = width;
          out.height = height;
          const context = out.getContext("2d")!;
          context.fillStyle = "#ffffff";
          context.fillRect(0, 0, width, height);
          for (const canvas of canvases) context.drawImage(canvas, 0, 0, width, height);
          context.fillStyle = "#222222";
          context.font = `${Math.round(16 * (window.devicePixelRatio || 1))}px sans-serif`;
          context.fillText(title, 12, 24 * (window.devicePixelRatio || 1));
          out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the browser made no PNG"))), "image/png");
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      renderer.refresh();
    });
  }

  private ensureRenderer(): void {
    if (this.renderer) return;
    this.renderer = new Sigma(this.graph, this.container, {
      primitives: {
        nodes: {
          shapes: [sdfCircle(), sdfSquare(), sdfTriangle(), sdfDiamond(), sdfRectangle({ aspectRatio: 1.8 })],
          layers: [layerFill()],
        },
        edges: {
          // Per-edge dash and gap are style variables, read from the edges' attributes below.
          variables: { dashSize: { type: "number", default: 0 }, gapSize: { type: "number", default: 0 } },
          layers: [
            layerDashed({
              align: 0,
              dashSize: { attribute: "dashSize", default: 0, mode: "pixels" },
              gapSize: { attribute: "gapSize", default: 0, mode: "pixels" },
            }),
          ],
        },
      },
      styles: {
        nodes: [
          DEFAULT_STYLES.nodes,
          {
            shape: { attribute: "shape", defaultValue: "circle" },
            backdropVisibility: (a, s) => (a.selected || a.mark || s.isHovered ? "visible" : "hidden"),
            backdropColor: (a) => (a.selected ? "#fff3c4" : "#ffffff"),
            backdropBorderColor: (a) => (a.selected ? SELECTED_MARK : typeof a.mark === "string" ? a.mark : "#cccccc"),
            backdropBorderWidth: (a) => (a.selected ? 3 : a.mark ? 2 : 0),
            backdropShadowBlur: (a, s) => (s.isHovered ? 12 : 0),
            backdropArea: "node",
            backdropPadding: 4,
            labelVisibility: (a, s) => (a.selected || s.isHovered ? "visible" : "auto"),
          },
        ],
        edges: [DEFAULT_STYLES.edges, { dashSize: { attribute: "dashSize" }, gapSize: { attribute: "gapSize" } }],
      },
      settings: { labelDensity: 0.6, labelRenderedSizeThreshold: 8, stagePadding: 60 },
    });
    this.renderer.on("clickNode", ({ node }) => this.onSelect(node));
  }

  kill(): void {
    this.renderer?.kill();
    this.renderer = undefined;
  }
}

/**
 * A deterministic layout (no randomness, so the same network looks the same): the tied actors on a
 * circle, then ForceAtlas2; isolates in rows below them, apart, so they read as isolates.
 */
function layout(network: DrawableNetwork): Map<string, { x: number; y: number }> {
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
