/**
 * Indonesia on a map, drawn offline: the country's outline (Natural Earth, bundled with the page by
 * src/cli/build-explore.ts, so no tile server and no other origin) in SVG with d3-geo, and points for
 * sentra or firms on it. Each point is a button: its accessible name is its `label`, a click or
 * Enter picks it. The arrow keys move between points (one tab stop for the whole map, however many
 * points there are), the zoom buttons and dragging move the view.
 */
import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { MultiPoint } from "geojson";
import outline from "simpul:indonesia-outline";
import { h } from "./dom";
import { t } from "./i18n";
import { MAP_COAST, MAP_LAND, MAP_SEA } from "./views/country-palette";

export interface MapPoint {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  /** Fill colour (a stage, a kind). */
  colour: string;
  /** Radius in CSS pixels (by firms). */
  radius: number;
  /** The accessible name: what a screen reader says for the point (name, stage, figures). */
  label: string;
  shape?: "circle" | "square";
}

type Place = { latitude: number; longitude: number };

const SVG = "http://www.w3.org/2000/svg";
const PADDING = 24;
/** The smallest span, in degrees, the map fits to: one sentra alone is shown with its surroundings, not at street level. */
const MIN_SPAN = 1.2;
const ZOOM_STEP = 1.6;
const MAX_ZOOM = 64;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** What the map fits: the focus places widened to MIN_SPAN, or the whole country. */
function fitTarget(focus: readonly Place[] | undefined): MultiPoint | typeof outline {
  if (!focus || focus.length === 0) return outline;
  const lats = focus.map((p) => p.latitude);
  const lons = focus.map((p) => p.longitude);
  const [south, north, west, east] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const widen = (low: number, high: number) => {
    const middle = (low + high) / 2;
    const half = Math.max(high - low, MIN_SPAN) / 2;
    return [middle - half, middle + half];
  };
  const [s, n] = widen(south, north);
  const [w, e] = widen(west, east);
  return {
    type: "MultiPoint",
    coordinates: [
      [w, s],
      [e, n],
    ],
  };
}

export class IndonesiaMap {
  private points: readonly MapPoint[] = [];
  private focus: readonly Place[] | undefined;
  private zoom = 1;
  /** The longitude and latitude at the middle of the view once the reader zoomed or dragged; null: as fitted. */
  private centre: [number, number] | null = null;
  private projection: GeoProjection | null = null;
  private size = { width: 0, height: 0 };
  /** The point that holds the map's one tab stop (arrows move it). */
  private current: string | null = null;
  private readonly frame: HTMLDivElement;
  private readonly surface: SVGSVGElement;
  private readonly sea: SVGRectElement;
  private readonly land: SVGPathElement;
  private readonly layer: SVGGElement;
  private readonly tip: HTMLDivElement;
  private readonly tools: HTMLDivElement;
  private readonly credit: HTMLParagraphElement;
  private readonly hint: HTMLParagraphElement;
  private readonly circles = new Map<string, SVGElement>();
  private readonly buttons: Array<[HTMLButtonElement, string]> = [];
  private drag: { x: number; y: number; moved: boolean } | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly onPick: (id: string) => void,
  ) {
    // The colours the points' contrast was checked against (country-palette.ts), set here so CSS cannot drift from them.
    this.sea = svg("rect", { class: "map-sea", x: 0, y: 0, fill: MAP_SEA });
    this.land = svg("path", { class: "map-land", fill: MAP_LAND, stroke: MAP_COAST });
    // Chromium puts an SVG group with key listeners in the tab order: the points are the stops, not their group.
    this.layer = svg("g", { class: "map-points", tabindex: -1 });
    this.surface = svg("svg", { class: "map-surface", role: "group" });
    const backdrop = svg("g", { "aria-hidden": "true" });
    backdrop.append(this.sea, this.land);
    this.surface.append(backdrop, this.layer);
    this.tip = h("div", { class: "map-tip", "aria-hidden": "true", hidden: true });
    this.frame = h("div", { class: "map-frame" });
    this.frame.append(this.surface, this.tip);
    this.tools = h("div", { class: "map-tools", role: "toolbar" });
    const button = (key: string, text: string, action: () => void) => {
      const b = h("button", { type: "button" }, text);
      b.addEventListener("click", action);
      this.buttons.push([b, key]);
      return b;
    };
    this.tools.append(
      button("mapZoomIn", "+", () => this.zoomBy(ZOOM_STEP)),
      button("mapZoomOut", "−", () => this.zoomBy(1 / ZOOM_STEP)),
      button("mapFit", "⤢", () => {
        this.zoom = 1;
        this.centre = null;
        this.draw();
      }),
    );
    this.credit = h("p", { class: "map-credit" });
    this.hint = h("p", { class: "map-hint hint" });
    container.classList.add("indonesia-map");
    container.replaceChildren(this.tools, this.frame, this.hint, this.credit);
    this.wire();
    // The view may be hidden when drawn (no width): draw again once it has a size, and on every resize.
    new ResizeObserver(() => {
      if (this.frame.clientWidth !== this.size.width) this.draw();
    }).observe(this.frame);
  }

  /** Draws these points; the view fits `focus` (default: the whole country). Zoom and drag start afresh. */
  show(points: readonly MapPoint[], focus?: ReadonlyArray<{ latitude: number; longitude: number }>): void {
    this.points = points;
    this.focus = focus;
    this.zoom = 1;
    this.centre = null;
    // The keyboard enters a new set of points at its first (a ranking's top).
    this.current = points[0]?.id ?? null;
    this.draw();
  }

  /** The ids of the points on the map now, in the order given (for views and tests). */
  shownIds(): string[] {
    return [...this.circles.keys()];
  }

  // ---------------------------------------------------------------- drawing

  private renderTexts(): void {
    this.surface.setAttribute("aria-label", t("mapLabel", { n: this.circles.size }));
    this.tools.setAttribute("aria-label", t("mapTools"));
    this.credit.textContent = t("mapCredit");
    this.hint.textContent = t("mapHint");
    for (const [button, key] of this.buttons) {
      button.setAttribute("aria-label", t(key));
      button.title = t(key);
    }
  }

  private fittedProjection(width: number, height: number): GeoProjection {
    const projection = geoMercator().fitExtent(
      [
        [PADDING, PADDING],
        [width - PADDING, height - PADDING],
      ],
      fitTarget(this.focus),
    );
    if (this.zoom === 1 && !this.centre)
      return projection.clipExtent([
        [0, 0],
        [width, height],
      ]);
    const centre = this.centre ?? projection.invert!([width / 2, height / 2])!;
    projection.scale(projection.scale() * this.zoom);
    const [x, y] = projection(centre)!;
    const [tx, ty] = projection.translate();
    return projection.translate([tx + width / 2 - x, ty + height / 2 - y]).clipExtent([
      [0, 0],
      [width, height],
    ]);
  }

  private draw(): void {
    const width = this.frame.clientWidth;
    this.renderTexts();
    if (width === 0) {
      this.size = { width: 0, height: 0 };
      return;
    }
    const height = Math.round(Math.min(Math.max(width * 0.42, 260), 640));
    this.size = { width, height };
    const projection = this.fittedProjection(width, height);
    this.projection = projection;
    this.surface.setAttribute("width", String(width));
    this.surface.setAttribute("height", String(height));
    this.surface.setAttribute("viewBox", `0 0 ${width} ${height}`);
    this.sea.setAttribute("width", String(width));
    this.sea.setAttribute("height", String(height));
    this.land.setAttribute("d", geoPath(projection)(outline) ?? "");
    this.drawPoints(projection, width, height);
    this.renderTexts();
  }

  private drawPoints(projection: GeoProjection, width: number, height: number): void {
    this.circles.clear();
    this.tip.hidden = true;
    const placed: Array<{ point: MapPoint; x: number; y: number }> = [];
    for (const point of this.points) {
      const at = projection([point.longitude, point.latitude]);
      if (!at) continue;
      const [x, y] = at;
      // Points outside the view (zoomed in) are not drawn, so the keyboard cannot reach invisible ones.
      if (x < -point.radius || y < -point.radius || x > width + point.radius || y > height + point.radius) continue;
      placed.push({ point, x, y });
    }
    if (!placed.some((p) => p.point.id === this.current)) this.current = placed[0]?.point.id ?? null;
    // The big ones first, so a small sentra is never hidden under a big one.
    const order = [...placed].sort((a, b) => b.point.radius - a.point.radius);
    const elements = new Map<string, SVGElement>();
    for (const { point, x, y } of order) {
      const r = point.radius;
      const mark = point.shape === "square" ? svg("rect", { x: x - r, y: y - r, width: 2 * r, height: 2 * r }) : svg("circle", { cx: x, cy: y, r });
      mark.setAttribute("class", "map-point");
      mark.setAttribute("role", "button");
      mark.setAttribute("aria-label", point.label);
      mark.setAttribute("data-id", point.id);
      mark.setAttribute("tabindex", point.id === this.current ? "0" : "-1");
      mark.style.fill = point.colour;
      elements.set(point.id, mark);
    }
    this.layer.replaceChildren(...elements.values());
    // Keyboard order is the order given (a ranking's), not the drawing order.
    for (const { point } of placed) this.circles.set(point.id, elements.get(point.id)!);
  }

  // ---------------------------------------------------------------- interaction

  private zoomBy(factor: number): void {
    if (!this.projection || this.size.width === 0) return;
    this.centre ??= this.projection.invert!([this.size.width / 2, this.size.height / 2]) as [number, number];
    this.zoom = Math.min(Math.max(this.zoom * factor, 1 / 4), MAX_ZOOM);
    this.draw();
  }

  private pointOf(target: EventTarget | null): MapPoint | undefined {
    const id = target instanceof Element ? target.getAttribute("data-id") : null;
    return id ? this.points.find((p) => p.id === id) : undefined;
  }

  private showTip(target: Element, point: MapPoint): void {
    const box = target.getBoundingClientRect();
    const frame = this.frame.getBoundingClientRect();
    this.tip.textContent = point.name;
    this.tip.hidden = false;
    this.tip.style.left = `${box.left - frame.left + box.width / 2}px`;
    this.tip.style.top = `${box.top - frame.top}px`;
  }

  private moveFocus(step: number): void {
    const ids = [...this.circles.keys()];
    if (ids.length === 0) return;
    const at = Math.max(ids.indexOf(this.current ?? ""), 0);
    const next = ids[(at + step + ids.length) % ids.length];
    this.circles.get(this.current ?? "")?.setAttribute("tabindex", "-1");
    this.current = next;
    const element = this.circles.get(next)!;
    element.setAttribute("tabindex", "0");
    (element as SVGElement & HTMLOrSVGElement).focus();
  }

  private wire(): void {
    this.layer.addEventListener("click", (event) => {
      const point = this.pointOf(event.target);
      if (point) this.onPick(point.id);
    });
    this.layer.addEventListener("keydown", (event) => {
      const point = this.pointOf(event.target);
      if (!point) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        this.onPick(point.id);
      } else if (event.key === "ArrowRight" || event.key === "ArrowDown") {
        event.preventDefault();
        this.moveFocus(1);
      } else if (event.key === "ArrowLeft" || event.key === "ArrowUp") {
        event.preventDefault();
        this.moveFocus(-1);
      } else if (event.key === "Home" || event.key === "End") {
        event.preventDefault();
        const ids = [...this.circles.keys()];
        this.moveFocus((event.key === "Home" ? 0 : ids.length - 1) - Math.max(ids.indexOf(this.current ?? ""), 0));
      }
    });
    for (const type of ["pointerover", "focusin"] as const) {
      this.layer.addEventListener(type, (event) => {
        const point = this.pointOf(event.target);
        if (point) this.showTip(event.target as Element, point);
        if (point && type === "focusin") this.current = point.id;
      });
    }
    for (const type of ["pointerout", "focusout"] as const) this.layer.addEventListener(type, () => (this.tip.hidden = true));
    // Dragging the background moves the view.
    this.surface.addEventListener("pointerdown", (event) => {
      if (this.pointOf(event.target) || event.button !== 0) return;
      this.drag = { x: event.clientX, y: event.clientY, moved: false };
      this.surface.setPointerCapture(event.pointerId);
    });
    this.surface.addEventListener("pointermove", (event) => {
      if (!this.drag || !this.projection) return;
      const dx = event.clientX - this.drag.x;
      const dy = event.clientY - this.drag.y;
      if (Math.abs(dx) + Math.abs(dy) < 3) return;
      this.centre = this.projection.invert!([this.size.width / 2 - dx, this.size.height / 2 - dy]);
      this.drag = { x: event.clientX, y: event.clientY, moved: true };
      this.draw();
    });
    const stop = () => (this.drag = null);
    this.surface.addEventListener("pointerup", stop);
    this.surface.addEventListener("pointercancel", stop);
  }
}
