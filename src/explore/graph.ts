import { MultiDirectedGraph } from "graphology";
import Sigma, { DEFAULT_STYLES } from "sigma";
import { layerDashed, layerFill, sdfCircle, sdfDiamond, sdfRectangle, sdfSquare, sdfTriangle, type FragmentLayer } from "sigma/rendering";
import { GRID_STEP, layoutNetwork } from "../domain/drawing/layout";
import {
  INTENSITY_STYLES,
  ISOLATE_MARK,
  kindColour,
  LACKING_MARK,
  LINKAGE_COLOURS,
  OUTSIDE_MARK,
  ringOf,
  SELECTED_HALO,
  SELECTED_MARK,
  shapeOf,
  sizeOf,
} from "../domain/drawing/palette";
import type { DrawableNetwork, DrawEdge, DrawNode, IntensityFilter } from "./queries";

export {
  INTENSITY_STYLES,
  ISOLATE_MARK,
  KIND_COLOURS,
  LACKING_MARK,
  LINKAGE_COLOURS,
  OUTSIDE_MARK,
  ROLE_SHAPES,
  SELECTED_MARK,
  kindColour,
  ringOf,
} from "../domain/drawing/palette";

const SOLID_DASH = 1_000_000;
/** The least extent of the drawing, in layout units: one to three actors stay small in the middle, not stretched over the box. */
const MIN_EXTENT = 8 * GRID_STEP;
const ANIMATION = { duration: 350 };
/**
 * Sigma 4 draws a node `size` wide on each side of its centre (twice the palette's radius): the
 * page halves the palette's sizes so that actors a minimum spacing apart never overlap at the
 * whole-network view. The PNG and the exports use the palette's sizes as they are.
 */
const SCREEN_SIZE = 0.5;

export function intensityOf(edge: DrawEdge): IntensityFilter {
  return edge.intensity ?? "UNMEASURED";
}

/** The mark ring an actor gets beside its kind colour: outside the network (no tie to a core firm), or an isolate. */
export function markOf(node: Pick<DrawNode, "isOutsideNetwork" | "untied" | "isIsolate">): string | null {
  if (node.isOutsideNetwork || node.untied) return OUTSIDE_MARK;
  return node.isIsolate ? ISOLATE_MARK : null;
}

export interface DrawnGraph {
  nodes: string[];
  edges: string[];
}

/** One entry of the legend, drawn the same way on the page and in the PNG. */
export type LegendSwatch =
  | { kind: "dot"; fill: string; ring: string }
  | { kind: "shape"; shape: string; fill: string }
  | { kind: "line"; colour: string; width: number; dash: number; gap: number }
  | { kind: "ring"; colour: string; dashed?: boolean; halo?: string };
export interface LegendSection {
  heading: string;
  items: Array<{ label: string; swatch: LegendSwatch }>;
}

/** What the PNG carries besides the drawing. */
export interface PictureOptions {
  width: number;
  height: number;
  title: string;
  subtitle: string;
  legend: LegendSection[];
}

/**
 * The ring layer: a band inside each node's edge in a colour of its own (the kind colour darkened
 * to 3:1 against white, or a mark's), solid or dashed around the node.
 */
function layerRing(): FragmentLayer {
  const { UNSIGNED_BYTE, FLOAT } = WebGL2RenderingContext;
  return {
    name: "ring",
    uniforms: [],
    attributes: [
      { name: "ringColor", size: 4, type: UNSIGNED_BYTE, normalized: true, source: "ringColor" },
      { name: "ringWidth", size: 1, type: FLOAT, source: "ringWidth" },
      { name: "ringDashes", size: 1, type: FLOAT, source: "ringDashes" },
    ],
    glsl: /* glsl */ `
vec4 layer_ring(vec4 v_ringColor, float v_ringWidth, float v_ringDashes) {
  float width = v_ringWidth * context.pixelToUV;
  if (width <= 0.0) return vec4(0.0);
  float band = smoothstep(-width - context.aaWidth, -width + context.aaWidth, context.sdf);
  if (v_ringDashes > 0.0) {
    float turn = atan(context.uv.y, context.uv.x) / 6.28318530718 + 0.5;
    band *= step(0.45, fract(turn * v_ringDashes));
  }
  return vec4(v_ringColor.rgb, v_ringColor.a * band);
}
`,
  };
}

/** The network drawing: a graphology graph laid out once per network, drawn by sigma with WebGL. */
export class NetworkView {
  private readonly graph = new MultiDirectedGraph();
  private renderer: Sigma | undefined;
  private resizes: ResizeObserver | undefined;
  private network: DrawableNetwork | undefined;
  private positions = new Map<string, { x: number; y: number }>();
  private selected: string | undefined;
  private hovered: string | undefined;
  private highlighted = new Set<string>();
  /** The actor whose neighbourhood stays while the rest fades: the hovered one, else the selected one. */
  private focus: { id: string; near: Set<string> } | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly onSelect: (id: string) => void,
  ) {}

  /** Draws a network freshly fetched: lays it out, then draws the ties of the allowed intensities, the whole network in view. */
  show(network: DrawableNetwork, intensities: ReadonlySet<IntensityFilter>): DrawnGraph {
    this.network = network;
    this.selected = undefined;
    this.hovered = undefined;
    this.positions = layoutNetwork(network);
    const drawn = this.redraw(intensities);
    this.renderer?.setCustomBBox(this.bbox());
    this.renderer?.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.renderer?.refresh();
    return drawn;
  }

  /** Redraws the current network with other intensities shown, keeping every node where it is. */
  redraw(intensities: ReadonlySet<IntensityFilter>): DrawnGraph {
    const network = this.network;
    this.graph.clear();
    if (!network) return { nodes: [], edges: [] };
    const tied = new Set(network.edges.filter((e) => e.fromId !== e.toId).flatMap((e) => [e.fromId, e.toId]));
    for (const node of network.nodes) {
      const position = this.positions.get(node.id) ?? { x: 0, y: 0 };
      const fill = kindColour(node.kind);
      this.graph.addNode(node.id, {
        key: node.id,
        ...position,
        label: node.name,
        color: fill,
        ring: ringOf(fill),
        shape: shapeOf(node.roles),
        size: sizeOf(node) * SCREEN_SIZE,
        radius: sizeOf(node),
        // On the isolates' grid the name goes below the actor, so that neighbours' names do not run into each other.
        gridded: !tied.has(node.id),
        mark: markOf(node),
        selected: node.id === this.selected,
        highlighted: this.highlighted.has(node.id),
      });
    }
    for (const edge of network.edges) {
      const intensity = intensityOf(edge);
      if (!intensities.has(intensity)) continue;
      if (!this.graph.hasNode(edge.fromId) || !this.graph.hasNode(edge.toId)) continue;
      const style = INTENSITY_STYLES[intensity];
      const colour = LINKAGE_COLOURS[edge.type] ?? "#767676";
      // One dashed layer draws every tie: a solid one is a single dash longer than any tie.
      const dashed = style.dash > 0;
      this.graph.addDirectedEdgeWithKey(edge.id, edge.fromId, edge.toId, {
        key: edge.id,
        size: style.size,
        color: colour,
        dashSize: dashed ? style.dash : SOLID_DASH,
        gapSize: dashed ? style.gap : 1,
      });
    }
    this.ensureRenderer();
    this.updateFocus();
    this.renderer!.refresh();
    return { nodes: this.graph.nodes(), edges: this.graph.edges() };
  }

  /** Draws nothing (a sentra not found, a failed request): no old drawing stays under a new name. */
  clear(): void {
    this.network = undefined;
    this.selected = undefined;
    this.hovered = undefined;
    this.focus = undefined;
    this.positions = new Map();
    this.graph.clear();
    this.renderer?.refresh();
  }

  /**
   * Marks actors as wanted by a task beside the selection (the partner panel's firms lacking a
   * need): a thick dashed ring. Ids not drawn are ignored.
   */
  setHighlighted(ids: readonly string[]): void {
    this.highlighted = new Set(ids);
    this.graph.forEachNode((id) => this.graph.setNodeAttribute(id, "highlighted", this.highlighted.has(id)));
    this.renderer?.refresh();
  }

  select(id: string | undefined): void {
    if (this.selected && this.graph.hasNode(this.selected)) this.graph.setNodeAttribute(this.selected, "selected", false);
    this.selected = id;
    if (id && this.graph.hasNode(id)) this.graph.setNodeAttribute(id, "selected", true);
    this.updateFocus();
    this.renderer?.refresh();
  }

  /** Where a node is drawn, in CSS pixels from the drawing's top left corner (for tests and tooltips). */
  viewportPosition(id: string): { x: number; y: number } | undefined {
    if (!this.renderer || !this.graph.hasNode(id)) return undefined;
    const { x, y } = this.graph.getNodeAttributes(id) as { x: number; y: number };
    return this.renderer.graphToViewport({ x, y });
  }

  /** The layout's positions of the drawn network (what the GraphML and GEXF exports carry). */
  layoutPositions(): Record<string, { x: number; y: number }> {
    return Object.fromEntries(this.positions);
  }

  cameraRatio(): number {
    return this.renderer?.getCamera().ratio ?? 1;
  }

  zoomIn(): Promise<void> {
    return this.renderer?.getCamera().zoomIn({ ...ANIMATION, factor: 1.5 }) ?? Promise.resolve();
  }

  zoomOut(): Promise<void> {
    return this.renderer?.getCamera().zoomOut({ ...ANIMATION, factor: 1.5 }) ?? Promise.resolve();
  }

  /** The whole drawing in view. */
  fit(): Promise<void> {
    return this.renderer?.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, ANIMATION) ?? Promise.resolve();
  }

  /** Moves the view by a share of its width or height (arrow keys). */
  pan(dx: number, dy: number): Promise<void> {
    const camera = this.renderer?.getCamera();
    if (!camera) return Promise.resolve();
    return camera.animate({ x: camera.x + dx * camera.ratio, y: camera.y + dy * camera.ratio }, { duration: 150 });
  }

  /** Moves the camera to a node, closer in when the view is wide. */
  focusNode(id: string): Promise<void> {
    const renderer = this.renderer;
    const data = renderer?.getNodeDisplayData(id);
    if (!renderer || !data) return Promise.resolve();
    const camera = renderer.getCamera();
    return camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.55) }, ANIMATION);
  }

  /**
   * The picture as a PNG of the chosen size: a title, the drawing (drawn again on a 2D canvas from
   * the same positions, colours, shapes and dashes, so any size is sharp) and the legend beside it.
   */
  toPng(options: PictureOptions): Promise<Blob> {
    const network = this.network;
    if (!network) return Promise.reject(new Error("nothing drawn"));
    const canvas = document.createElement("canvas");
    canvas.width = options.width;
    canvas.height = options.height;
    const context = canvas.getContext("2d");
    if (!context) return Promise.reject(new Error("the browser has no 2D canvas"));
    this.paint(context, options);
    return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the browser made no PNG"))), "image/png"));
  }

  private paint(context: CanvasRenderingContext2D, options: PictureOptions): void {
    const { width, height } = options;
    const unit = Math.min(width / 1200, height / 800);
    const font = (size: number, weight = "normal") => `${weight} ${Math.round(size * unit)}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, width, height);
    // Title and subtitle.
    const margin = 24 * unit;
    context.fillStyle = "#1d1d1f";
    context.textBaseline = "top";
    context.font = font(26, "bold");
    context.fillText(options.title, margin, margin, width - 2 * margin);
    context.fillStyle = "#5b5b66";
    context.font = font(15);
    context.fillText(options.subtitle, margin, margin + 36 * unit, width - 2 * margin);
    const top = margin + 68 * unit;
    // The legend on the right, the drawing in the rest.
    const legendWidth = Math.max(220 * unit, width * 0.24);
    const legendLeft = width - legendWidth - margin;
    context.strokeStyle = "#d9d9e0";
    context.lineWidth = Math.max(1, unit);
    context.beginPath();
    context.moveTo(legendLeft - 12 * unit, top);
    context.lineTo(legendLeft - 12 * unit, height - margin);
    context.stroke();
    this.paintDrawing(context, { left: margin, top, right: legendLeft - 24 * unit, bottom: height - margin }, unit);
    paintLegend(context, options.legend, { left: legendLeft, top, right: width - margin, bottom: height - margin }, unit, font);
  }

  private paintDrawing(context: CanvasRenderingContext2D, box: { left: number; top: number; right: number; bottom: number }, unit: number): void {
    const nodes = this.graph.nodes();
    if (nodes.length === 0) return;
    const {
      x: [minX, maxX],
      y: [minY, maxY],
    } = this.bbox();
    const pad = 30 * unit;
    const scale = Math.min((box.right - box.left - 2 * pad) / (maxX - minX || 1), (box.bottom - box.top - 2 * pad) / (maxY - minY || 1));
    const cx = (box.left + box.right) / 2;
    const cy = (box.top + box.bottom) / 2;
    // Graph y grows upwards, as in the drawing.
    const at = (id: string) => {
      const a = this.graph.getNodeAttributes(id) as { x: number; y: number };
      return { x: cx + (a.x - (minX + maxX) / 2) * scale, y: cy - (a.y - (minY + maxY) / 2) * scale };
    };
    context.save();
    context.lineCap = "round";
    this.graph.forEachEdge((_id, a, source, target) => {
      const from = at(source);
      const to = at(target);
      context.strokeStyle = a.color as string;
      context.lineWidth = (a.size as number) * unit;
      const dash = a.dashSize as number;
      context.setLineDash(dash >= SOLID_DASH ? [] : [dash * unit, (a.gapSize as number) * unit]);
      context.beginPath();
      context.moveTo(from.x, from.y);
      context.lineTo(to.x, to.y);
      context.stroke();
    });
    context.setLineDash([]);
    const many = nodes.length > 60;
    this.graph.forEachNode((id, a) => {
      const { x, y } = at(id);
      const r = (a.radius as number) * unit;
      if (a.selected) paintRing(context, x, y, r + 6 * unit, SELECTED_MARK, 3 * unit, false, SELECTED_HALO);
      if (a.mark) paintRing(context, x, y, r + 4 * unit, a.mark as string, 2 * unit, false);
      shapePath(context, a.shape as string, x, y, r);
      context.fillStyle = a.color as string;
      context.fill();
      context.strokeStyle = a.ring as string;
      context.lineWidth = 1.5 * unit;
      context.stroke();
      if (a.highlighted) paintRing(context, x, y, r + 2.5 * unit, LACKING_MARK, 3 * unit, true);
      if (!many || (a.radius as number) >= sizeOf({ isCore: true, roles: [] })) {
        context.fillStyle = "#1d1d1f";
        context.font = `${Math.round(11 * unit)}px system-ui, sans-serif`;
        if (this.graph.degree(id) === 0) {
          // On the isolates' grid: below the actor, as wide as a grid step, so neighbours' names never overlap.
          context.textAlign = "center";
          context.textBaseline = "top";
          context.fillText(shortened(context, a.label as string, Math.max(20 * unit, GRID_STEP * scale - 6 * unit)), x, y + r + 5 * unit);
          context.textAlign = "start";
        } else {
          context.textBaseline = "middle";
          context.fillText(a.label as string, x + r + 4 * unit, y);
        }
      }
    });
    context.restore();
  }

  /** The layout's extent, at least MIN_EXTENT wide and high, around the drawn actors. */
  private bbox(): { x: [number, number]; y: [number, number] } {
    const points = [...this.positions.values()];
    if (points.length === 0) return { x: [-MIN_EXTENT / 2, MIN_EXTENT / 2], y: [-MIN_EXTENT / 2, MIN_EXTENT / 2] };
    const span = (values: number[]): [number, number] => {
      const low = Math.min(...values);
      const high = Math.max(...values);
      const middle = (low + high) / 2;
      const half = Math.max(high - low, MIN_EXTENT) / 2;
      return [middle - half, middle + half];
    };
    return { x: span(points.map((p) => p.x)), y: span(points.map((p) => p.y)) };
  }

  private updateFocus(): void {
    const id = this.hovered ?? this.selected;
    if (!id || !this.graph.hasNode(id)) {
      this.focus = undefined;
      return;
    }
    this.focus = { id, near: new Set([id, ...this.graph.neighbors(id)]) };
  }

  private faded(id: string): boolean {
    return this.focus !== undefined && !this.focus.near.has(id);
  }

  private ensureRenderer(): void {
    if (this.renderer) return;
    this.renderer = new Sigma(this.graph, this.container, {
      primitives: {
        nodes: {
          shapes: [sdfCircle(), sdfSquare(), sdfTriangle(), sdfDiamond(), sdfRectangle({ aspectRatio: 1.8 })],
          variables: {
            ringColor: { type: "color", default: "#000000" },
            ringWidth: { type: "number", default: 0 },
            ringDashes: { type: "number", default: 0 },
          },
          layers: [layerFill(), layerRing()],
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
            ringColor: (a) => (a.highlighted ? LACKING_MARK : (a.ring as string)),
            ringWidth: (a) => (a.highlighted ? 3.5 : 1.5),
            ringDashes: (a) => (a.highlighted ? 8 : 0),
            opacity: (a, s, g, graph) => (this.faded(nodeKey(a, graph)) ? 0.18 : 1),
            backdropVisibility: (a, s) => (a.selected || a.mark || s.isHovered ? "visible" : "hidden"),
            backdropColor: (a) => (a.selected ? SELECTED_HALO : "#ffffff"),
            backdropBorderColor: (a) => (a.selected ? SELECTED_MARK : typeof a.mark === "string" ? a.mark : "#767676"),
            backdropBorderWidth: (a) => (a.selected ? 3 : a.mark ? 2 : 0),
            backdropShadowBlur: (a, s) => (s.isHovered ? 12 : 0),
            backdropArea: "node",
            labelPosition: (a) => (a.gridded ? "below" : "right"),
            backdropPadding: 4,
            labelVisibility: (a, s, g, graph) => {
              const key = nodeKey(a, graph);
              if (a.selected || s.isHovered || this.focus?.id === key) return "visible";
              return this.faded(key) ? "hidden" : "auto";
            },
          },
        ],
        edges: [
          DEFAULT_STYLES.edges,
          {
            dashSize: { attribute: "dashSize" },
            gapSize: { attribute: "gapSize" },
            opacity: (a, s, g, graph) => (this.focus && !this.touchesFocus(a, graph) ? 0.08 : 1),
          },
        ],
      },
      // The one-sentra view is hidden (no width) while another view shows; a window resize then must not throw.
      settings: { labelDensity: 0.6, labelRenderedSizeThreshold: 8, stagePadding: 60, allowInvalidContainer: true },
    });
    this.renderer.on("clickNode", ({ node }) => this.onSelect(node));
    // Sigma follows window resizes only: a container that changes size with the page's layout
    // (panels filling, a view shown again) would otherwise keep stale dimensions, so clicks and
    // the camera's centre would miss the drawing.
    this.resizes = new ResizeObserver(() => {
      this.renderer?.resize();
      this.renderer?.refresh();
    });
    this.resizes.observe(this.container);
    this.renderer.on("enterNode", ({ node }) => {
      this.hovered = node;
      this.updateFocus();
      this.renderer?.refresh();
    });
    this.renderer.on("leaveNode", () => {
      this.hovered = undefined;
      this.updateFocus();
      this.renderer?.refresh();
    });
  }

  private touchesFocus(attributes: Record<string, unknown>, graph: unknown): boolean {
    const key = attributes.key as string | undefined;
    const g = graph as MultiDirectedGraph;
    const id = key ?? undefined;
    if (!this.focus || !id || !g.hasEdge(id)) return false;
    return g.source(id) === this.focus.id || g.target(id) === this.focus.id;
  }

  kill(): void {
    this.resizes?.disconnect();
    this.renderer?.kill();
    this.renderer = undefined;
  }
}

/** Style functions get a node's attributes, not its key: each node carries its id in `key`. */
function nodeKey(attributes: Record<string, unknown>, _graph: unknown): string {
  return attributes.key as string;
}

/** The text, cut with an ellipsis where it would be wider than `width`. */
function shortened(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function shapePath(context: CanvasRenderingContext2D, shape: string, x: number, y: number, r: number): void {
  context.beginPath();
  switch (shape) {
    case "square":
      context.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case "rectangle":
      context.rect(x - r, y - r * 0.56, r * 2, r * 1.12);
      break;
    case "triangle":
      context.moveTo(x, y - r);
      context.lineTo(x + r * 0.95, y + r * 0.7);
      context.lineTo(x - r * 0.95, y + r * 0.7);
      context.closePath();
      break;
    case "diamond":
      context.moveTo(x, y - r);
      context.lineTo(x + r, y);
      context.lineTo(x, y + r);
      context.lineTo(x - r, y);
      context.closePath();
      break;
    default:
      context.arc(x, y, r, 0, Math.PI * 2);
  }
}

function paintRing(context: CanvasRenderingContext2D, x: number, y: number, r: number, colour: string, width: number, dashed: boolean, halo?: string): void {
  context.save();
  context.beginPath();
  context.arc(x, y, r, 0, Math.PI * 2);
  if (halo) {
    context.fillStyle = halo;
    context.fill();
  }
  context.strokeStyle = colour;
  context.lineWidth = width;
  context.setLineDash(dashed ? [width * 1.6, width * 1.2] : []);
  context.stroke();
  context.restore();
}

function paintSwatch(context: CanvasRenderingContext2D, swatch: LegendSwatch, x: number, y: number, unit: number): void {
  const r = 6 * unit;
  context.save();
  switch (swatch.kind) {
    case "dot":
      shapePath(context, "circle", x + r, y, r);
      context.fillStyle = swatch.fill;
      context.fill();
      context.strokeStyle = swatch.ring;
      context.lineWidth = 1.5 * unit;
      context.stroke();
      break;
    case "shape":
      shapePath(context, swatch.shape, x + r, y, r);
      context.fillStyle = swatch.fill;
      context.fill();
      break;
    case "line":
      context.strokeStyle = swatch.colour;
      context.lineWidth = Math.max(1, swatch.width) * unit;
      context.setLineDash(swatch.dash > 0 ? [swatch.dash * unit, swatch.gap * unit] : []);
      context.beginPath();
      context.moveTo(x, y);
      context.lineTo(x + 26 * unit, y);
      context.stroke();
      break;
    case "ring":
      paintRing(context, x + r, y, r, swatch.colour, (swatch.dashed ? 3 : 2) * unit, swatch.dashed === true, swatch.halo);
      break;
  }
  context.restore();
}

function paintLegend(
  context: CanvasRenderingContext2D,
  sections: LegendSection[],
  box: { left: number; top: number; right: number; bottom: number },
  unit: number,
  font: (size: number, weight?: string) => string,
): void {
  const lines = sections.reduce((n, s) => n + s.items.length + 1.6, 0);
  // Smaller lines when the legend is long, so that it fits the height.
  const line = Math.min(20 * unit, (box.bottom - box.top) / Math.max(1, lines));
  const scale = line / (20 * unit);
  let y = box.top;
  context.textBaseline = "middle";
  for (const section of sections) {
    context.fillStyle = "#1d1d1f";
    context.font = font(14 * scale, "bold");
    context.fillText(section.heading, box.left, y + line / 2, box.right - box.left);
    y += line * 1.2;
    for (const item of section.items) {
      paintSwatch(context, item.swatch, box.left, y + line / 2, unit * scale);
      context.fillStyle = "#1d1d1f";
      context.font = font(12.5 * scale);
      context.fillText(item.label, box.left + 34 * unit * scale, y + line / 2, box.right - box.left - 34 * unit * scale);
      y += line;
    }
    y += line * 0.4;
  }
}
