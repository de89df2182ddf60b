import { layoutNetwork } from "../../domain/drawing/layout";
import { INTENSITY_STYLES, ISOLATE_MARK, KIND_COLOURS, LINKAGE_COLOURS, OUTSIDE_MARK, ROLE_SHAPES, shapeOf, sizeOf } from "../../domain/drawing/palette";
import { h } from "../dom";
import { label, t } from "../i18n";
import { INTENSITIES, LINKAGE_TYPES, type DrawableNetwork, type DrawNode } from "../queries";

/**
 * The report's drawing: the sentra's network as a static SVG (vector, so it prints sharp at any
 * size), laid out by the same deterministic `layoutNetwork` as the page's drawing and the exports,
 * coloured and shaped by the shared palette, scaled to fit its box; and its legend, listing only
 * the kinds, roles, tie types and intensities present.
 */

const SVG = "http://www.w3.org/2000/svg";
/** The drawing's box in SVG units; its height follows the layout's proportions, within bounds. */
const WIDTH = 760;
const MIN_HEIGHT = 260;
const MAX_HEIGHT = 470;
const PADDING = 26;
const NODE_STROKE = "#1d1d1f";
const FALLBACK_KIND = "#999999";

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | undefined> = {},
  ...children: Node[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** One shape of the palette's, centred on (x, y), of "radius" r. */
function shape(kind: string, x: number, y: number, r: number, attributes: Record<string, string | number | undefined>): SVGElement {
  switch (kind) {
    case "triangle": {
      const points = [
        [x, y - r * 1.2],
        [x + r * 1.1, y + r * 0.75],
        [x - r * 1.1, y + r * 0.75],
      ];
      return svg("polygon", { points: points.map((p) => p.map(round).join(",")).join(" "), ...attributes });
    }
    case "diamond": {
      const points = [
        [x, y - r * 1.25],
        [x + r * 1.25, y],
        [x, y + r * 1.25],
        [x - r * 1.25, y],
      ];
      return svg("polygon", { points: points.map((p) => p.map(round).join(",")).join(" "), ...attributes });
    }
    case "square":
      return svg("rect", { x: round(x - r * 0.9), y: round(y - r * 0.9), width: round(r * 1.8), height: round(r * 1.8), ...attributes });
    case "rectangle":
      return svg("rect", { x: round(x - r * 1.3), y: round(y - r * 0.7), width: round(r * 2.6), height: round(r * 1.4), ...attributes });
    default:
      return svg("circle", { cx: round(x), cy: round(y), r: round(r), ...attributes });
  }
}

function dashOf(intensity: string, scale: number): string | undefined {
  const style = INTENSITY_STYLES[intensity as keyof typeof INTENSITY_STYLES] ?? INTENSITY_STYLES.UNMEASURED;
  return style.dash > 0 ? `${round(style.dash * scale)} ${round(style.gap * scale)}` : undefined;
}

function widthOf(intensity: string, scale: number): number {
  const style = INTENSITY_STYLES[intensity as keyof typeof INTENSITY_STYLES] ?? INTENSITY_STYLES.UNMEASURED;
  return round(style.size * scale);
}

/** The order actors are numbered in: core firms first, then the others by kind (the palette's order), each by name. */
export function numberedActors(network: DrawableNetwork): DrawNode[] {
  const kinds = Object.keys(KIND_COLOURS);
  const rank = (node: DrawNode) => (node.isCore ? -1 : kinds.indexOf(node.kind) === -1 ? kinds.length : kinds.indexOf(node.kind));
  return [...network.nodes].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

type Point = { x: number; y: number };

interface Box {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

function boxOf(points: Iterable<Point>): Box {
  const list = [...points];
  if (list.length === 0) return { left: 0, right: 0, bottom: 0, top: 0 };
  return {
    left: Math.min(...list.map((p) => p.x)),
    right: Math.max(...list.map((p) => p.x)),
    bottom: Math.min(...list.map((p) => p.y)),
    top: Math.max(...list.map((p) => p.y)),
  };
}

/** How large the drawing comes out in the box: the scale that fits these points into it. */
function fitScale(points: Iterable<Point>): number {
  const box = boxOf(points);
  return Math.min((WIDTH - 2 * PADDING) / (box.right - box.left || 1), (MAX_HEIGHT - 2 * PADDING) / (box.top - box.bottom || 1));
}

/**
 * The shared layout, arranged for a page: the tied part as the layout placed it or turned a
 * quarter (a turn changes nothing of the network), and the isolates on a grid of the layout's own
 * step below it or beside it, whichever of the four fills the drawing's box best.
 */
function pagePositions(network: DrawableNetwork): Map<string, Point> {
  const positions = layoutNetwork(network);
  const ids = network.nodes.map((n) => n.id);
  const at = (id: string) => positions.get(id) ?? { x: 0, y: 0 };
  const tiedIds = new Set<string>();
  for (const edge of network.edges) {
    if (edge.fromId !== edge.toId && positions.has(edge.fromId) && positions.has(edge.toId)) {
      tiedIds.add(edge.fromId);
      tiedIds.add(edge.toId);
    }
  }
  const tied = ids.filter((id) => tiedIds.has(id));
  const isolates = ids.filter((id) => !tiedIds.has(id));
  if (tied.length === 0 || isolates.length === 0) {
    // Nothing to arrange but the tied part's turn.
    const plain = new Map(ids.map((id) => [id, at(id)]));
    const turned = new Map(ids.map((id) => [id, { x: at(id).y, y: -at(id).x }]));
    return fitScale(turned.values()) > fitScale(plain.values()) * 1.05 ? turned : plain;
  }
  // The layout's spacing of its isolate grid.
  let step = Infinity;
  for (let i = 0; i < isolates.length; i++) {
    for (let j = i + 1; j < isolates.length; j++) {
      const distance = Math.hypot(at(isolates[i]).x - at(isolates[j]).x, at(isolates[i]).y - at(isolates[j]).y);
      if (distance > 1e-6) step = Math.min(step, distance);
    }
  }
  if (!Number.isFinite(step)) step = 20;
  const gap = step * 1.5;
  const n = isolates.length;
  const candidates: Array<Map<string, Point>> = [];
  for (const turn of [false, true]) {
    const tiedAt = new Map(tied.map((id) => [id, turn ? { x: at(id).y, y: -at(id).x } : at(id)]));
    const box = boxOf(tiedAt.values());
    // Below: rows as wide as the tied part (or a grid twice as wide as tall), each row centred.
    const below = new Map(tiedAt);
    const columns = Math.min(n, Math.max(Math.ceil(Math.sqrt(n * 2)), Math.floor((box.right - box.left) / step) + 1));
    const rows = Math.ceil(n / columns);
    isolates.forEach((id, i) => {
      const row = Math.floor(i / columns);
      const inRow = row === rows - 1 ? n - row * columns : columns;
      below.set(id, { x: (box.left + box.right) / 2 + ((i % columns) - (inRow - 1) / 2) * step, y: box.bottom - gap - row * step });
    });
    candidates.push(below);
    // Beside: columns as tall as the tied part (or a grid twice as tall as wide), each column centred.
    const beside = new Map(tiedAt);
    const perColumn = Math.min(n, Math.max(Math.ceil(Math.sqrt(n / 2)), Math.floor((box.top - box.bottom) / step) + 1));
    const count = Math.ceil(n / perColumn);
    isolates.forEach((id, i) => {
      const column = Math.floor(i / perColumn);
      const inColumn = column === count - 1 ? n - column * perColumn : perColumn;
      beside.set(id, { x: box.right + gap + column * step, y: (box.top + box.bottom) / 2 + ((inColumn - 1) / 2 - (i % perColumn)) * step });
    });
    candidates.push(beside);
  }
  // The first (the layout as it is, isolates below) unless another is clearly larger.
  let best = candidates[0];
  for (const candidate of candidates.slice(1)) if (fitScale(candidate.values()) > fitScale(best.values()) * 1.05) best = candidate;
  return best;
}

/** The network drawn: one shape per actor (data-node-id) numbered as in the key, one line per tie (data-edge-id). */
export function networkSvg(network: DrawableNetwork, name: string, numbers: Map<string, number>): SVGSVGElement {
  const positions = pagePositions(network);
  const points = network.nodes.map((node) => positions.get(node.id) ?? { x: 0, y: 0 });
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const minX = xs.length ? Math.min(...xs) : 0;
  const maxX = xs.length ? Math.max(...xs) : 0;
  const minY = ys.length ? Math.min(...ys) : 0;
  const maxY = ys.length ? Math.max(...ys) : 0;
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const inner = WIDTH - 2 * PADDING;
  // Scale to fit: the wider side fills the box; the height follows, within bounds.
  const height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, (spanY / spanX) * inner + 2 * PADDING));
  const scale = Math.min(inner / spanX, (height - 2 * PADDING) / spanY);
  const offsetX = (WIDTH - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  // The layout's y grows upwards (as sigma draws it); SVG's grows downwards.
  const at = new Map<string, Point>();
  network.nodes.forEach((node, i) => {
    const p = points[i];
    at.set(node.id, { x: maxX === minX ? WIDTH / 2 : offsetX + (p.x - minX) * scale, y: maxY === minY ? height / 2 : offsetY + (maxY - p.y) * scale });
  });

  const root = svg("svg", { xmlns: SVG, viewBox: `0 0 ${WIDTH} ${round(height)}`, class: "report-svg", role: "img" });
  root.setAttribute("aria-label", t("rpDrawingLabel", { name, n: network.nodes.length, e: network.edges.length }));

  // Ties: several between the same pair bend apart so each stays visible.
  const edges = svg("g", { class: "report-edges", fill: "none" });
  const perPair = new Map<string, number>();
  for (const edge of network.edges) {
    const from = at.get(edge.fromId);
    const to = at.get(edge.toId);
    if (!from || !to) continue;
    const pair = [edge.fromId, edge.toId].sort().join("|");
    const index = perPair.get(pair) ?? 0;
    perPair.set(pair, index + 1);
    const intensity = edge.intensity ?? "UNMEASURED";
    const attributes = {
      "data-edge-id": edge.id,
      "data-type": edge.type,
      stroke: LINKAGE_COLOURS[edge.type] ?? "#555555",
      "stroke-width": widthOf(intensity, 0.8),
      "stroke-dasharray": dashOf(intensity, 0.8),
      "stroke-linecap": "round",
    };
    if (index === 0 || edge.fromId === edge.toId) {
      edges.append(svg("line", { x1: round(from.x), y1: round(from.y), x2: round(to.x), y2: round(to.y), ...attributes }));
    } else {
      // Alternate sides, further out each time: a quadratic bend through a point off the middle.
      const side = index % 2 === 1 ? 1 : -1;
      const bend = Math.ceil(index / 2) * 12 * side;
      const dx = to.x - from.x;
      const dy = to.y - from.y;
      const length = Math.hypot(dx, dy) || 1;
      const cx = (from.x + to.x) / 2 - (dy / length) * bend;
      const cy = (from.y + to.y) / 2 + (dx / length) * bend;
      edges.append(svg("path", { d: `M${round(from.x)},${round(from.y)} Q${round(cx)},${round(cy)} ${round(to.x)},${round(to.y)}`, ...attributes }));
    }
  }
  root.append(edges);

  const nodes = svg("g", { class: "report-nodes" });
  const labels = svg("g", { class: "report-labels" });
  for (const node of network.nodes) {
    const p = at.get(node.id)!;
    const r = sizeOf(node) * 0.75;
    const marked = node.isOutsideNetwork || node.untied ? OUTSIDE_MARK : node.isIsolate ? ISOLATE_MARK : null;
    const group = svg("g", { "data-node-id": node.id, "data-kind": node.kind });
    if (marked) group.append(shape("circle", p.x, p.y, r + 4, { fill: "none", stroke: marked, "stroke-width": 1.6, "stroke-dasharray": "3 2" }));
    group.append(shape(shapeOf(node.roles), p.x, p.y, r, { fill: KIND_COLOURS[node.kind] ?? FALLBACK_KIND, stroke: NODE_STROKE, "stroke-width": 0.8 }));
    group.append(svg("title", {}, document.createTextNode(`${node.name} (${label(node.kind)})`)));
    nodes.append(group);
    const number = numbers.get(node.id);
    if (number !== undefined) labels.append(svg("text", { x: round(p.x + r * 0.8 + 1), y: round(p.y - r * 0.8 - 1) }, document.createTextNode(String(number))));
  }
  root.append(nodes, labels);
  return root;
}

function swatch(...children: SVGElement[]): SVGSVGElement {
  return svg("svg", { class: "report-swatch", viewBox: "0 0 30 16", width: 30, height: 16, "aria-hidden": "true", focusable: "false" }, ...children);
}

function legendList(heading: string, id: string, items: Array<[SVGSVGElement, string]>): HTMLElement | false {
  if (items.length === 0) return false;
  return h(
    "div",
    { class: "report-legend-group" },
    h("h4", { id }, heading),
    h(
      "ul",
      { class: "report-legend-list", "aria-labelledby": id },
      items.map(([mark, text]) => h("li", {}, mark, text)),
    ),
  );
}

/** The legend of what the drawing shows: only the kinds, roles, tie types, intensities and marks present. */
export function networkLegend(network: DrawableNetwork): HTMLElement {
  const kinds = Object.keys(KIND_COLOURS).filter((kind) => network.nodes.some((n) => n.kind === kind));
  for (const node of network.nodes) if (!kinds.includes(node.kind)) kinds.push(node.kind);
  const shapes = new Map<string, string[]>();
  for (const [role, shapeName] of ROLE_SHAPES) {
    if (!network.nodes.some((n) => shapeOf(n.roles) === shapeName && n.roles.includes(role))) continue;
    shapes.set(shapeName, [...(shapes.get(shapeName) ?? []), role]);
  }
  const noRole = network.nodes.some((n: DrawNode) => n.roles.length === 0);
  const types = LINKAGE_TYPES.filter((type) => network.edges.some((e) => e.type === type));
  const intensities = INTENSITIES.filter((i) => network.edges.some((e) => (e.intensity ?? "UNMEASURED") === i));
  const outside = network.nodes.some((n) => n.isOutsideNetwork || n.untied);
  const isolate = network.nodes.some((n) => n.isIsolate && !n.isOutsideNetwork && !n.untied);
  const ring = (colour: string) => swatch(shape("circle", 15, 8, 6, { fill: "none", stroke: colour, "stroke-width": 1.6, "stroke-dasharray": "3 2" }));
  const marks: Array<[SVGSVGElement, string]> = [];
  if (outside) marks.push([ring(OUTSIDE_MARK), t("rpOutside")]);
  if (isolate) marks.push([ring(ISOLATE_MARK), t("rpIsolate")]);
  return h(
    "div",
    { class: "report-legend" },
    h("h3", {}, t("rpLegend")),
    legendList(
      t("rpKinds"),
      "report-legend-kinds",
      kinds.map((kind) => [
        swatch(shape("circle", 15, 8, 5.5, { fill: KIND_COLOURS[kind] ?? FALLBACK_KIND, stroke: NODE_STROKE, "stroke-width": 0.8 })),
        label(kind),
      ]),
    ),
    legendList(t("rpRoles"), "report-legend-roles", [
      ...[...shapes].map(([shapeName, roles]): [SVGSVGElement, string] => [
        swatch(shape(shapeName, 15, 8, 5, { fill: "#ffffff", stroke: NODE_STROKE, "stroke-width": 1 })),
        roles.map(label).join(", "),
      ]),
      ...(noRole
        ? [[swatch(shape("circle", 15, 8, 3.5, { fill: "#ffffff", stroke: NODE_STROKE, "stroke-width": 1 })), t("rpNoRole")] as [SVGSVGElement, string]]
        : []),
    ]),
    legendList(
      t("rpTypes"),
      "report-legend-types",
      types.map((type) => [swatch(svg("line", { x1: 2, y1: 8, x2: 28, y2: 8, stroke: LINKAGE_COLOURS[type], "stroke-width": 3 })), label(type)]),
    ),
    legendList(
      t("rpIntensities"),
      "report-legend-intensities",
      intensities.map((intensity) => [
        swatch(
          svg("line", { x1: 2, y1: 8, x2: 28, y2: 8, stroke: "#333333", "stroke-width": widthOf(intensity, 0.8), "stroke-dasharray": dashOf(intensity, 0.8) }),
        ),
        label(intensity),
      ]),
    ),
    legendList(t("rpMarks"), "report-legend-marks", marks),
  );
}
