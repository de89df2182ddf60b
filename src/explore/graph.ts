import { MultiDirectedGraph } from "graphology";
import Sigma, { DEFAULT_STYLES } from "sigma";
import { layerDashed, layerFill, sdfCircle, sdfDiamond, sdfRectangle, sdfSquare, sdfTriangle } from "sigma/rendering";
import { layoutNetwork } from "../domain/drawing/layout";
import { INTENSITY_STYLES, ISOLATE_MARK, KIND_COLOURS, LINKAGE_COLOURS, OUTSIDE_MARK, SELECTED_MARK, shapeOf, sizeOf } from "../domain/drawing/palette";
import type { DrawableNetwork, DrawEdge, IntensityFilter } from "./queries";

export { INTENSITY_STYLES, ISOLATE_MARK, KIND_COLOURS, LINKAGE_COLOURS, OUTSIDE_MARK, ROLE_SHAPES } from "../domain/drawing/palette";

const SOLID_DASH = 1_000_000;


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
    this.positions = layoutNetwork(network);
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

  /** Draws nothing (a sentra not found, a failed request): no old drawing stays under a new name. */
  clear(): void {
    this.network = undefined;
    this.selected = undefined;
    this.graph.clear();
    this.renderer?.refresh();
  }

  /**
   * Marks actors as wanted by a task beside the selection (the partner panel's firms lacking a
   * need). The drawing's owner styles the mark; ids not drawn are ignored.
   */
  setHighlighted(ids: readonly string[]): void {
    const wanted = new Set(ids);
    this.graph.forEachNode((id) => this.graph.setNodeAttribute(id, "highlighted", wanted.has(id)));
    this.renderer?.refresh();
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

