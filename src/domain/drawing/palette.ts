/**
 * How Simpul draws a network: colour by kind of actor, shape by role, colour by linkage type,
 * width and dash by intensity. Shared by the explorer's drawing, its printed report and the
 * GraphML/GEXF exports, so a file opened in Gephi or yEd shows the same picture.
 */
type LinkageType =
  | "HORIZONTAL_COOPERATION"
  | "UPSTREAM_SUPPLY"
  | "DOWNSTREAM_SALES"
  | "FINANCE"
  | "TECHNICAL_ASSISTANCE"
  | "ECONOMIC_ASSISTANCE"
  | "PROMOTION"
  | "CERTIFICATION";
type IntensityFilter = "PASSIVE" | "ACTIVE" | "PROACTIVE" | "UNMEASURED";

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

/**
 * Colour by linkage type, each at least 3:1 against the white background (WCAG 2.1 SC 1.4.11,
 * non-text contrast): a tie is a thin line, so its colour alone must stand out from the page.
 */
export const LINKAGE_COLOURS: Record<LinkageType, string> = {
  HORIZONTAL_COOPERATION: "#1f77b4",
  UPSTREAM_SUPPLY: "#2ca02c",
  DOWNSTREAM_SALES: "#b35900",
  FINANCE: "#9467bd",
  TECHNICAL_ASSISTANCE: "#8c564b",
  ECONOMIC_ASSISTANCE: "#6f7000",
  PROMOTION: "#767676",
  CERTIFICATION: "#0e7c86",
};

/** Width and dash by intensity: passive dashed and thin, active solid, proactive solid and thick, unmeasured dotted. */
export const INTENSITY_STYLES: Record<IntensityFilter, { size: number; dash: number; gap: number }> = {
  PASSIVE: { size: 1.5, dash: 7, gap: 5 },
  ACTIVE: { size: 3, dash: 0, gap: 0 },
  PROACTIVE: { size: 5.5, dash: 0, gap: 0 },
  UNMEASURED: { size: 1.2, dash: 2, gap: 4 },
};

/** The page's background, against which every mark is measured. */
export const BACKGROUND = "#ffffff";
/** A ring around an isolate (no tie of the linkage types drawn). */
export const ISOLATE_MARK = "#6b6b6b";
/** A ring around an actor outside the network: an institution or participant with no drawn tie to a core firm. */
export const OUTSIDE_MARK = "#d62728";
/** The selected actor's ring (its halo is SELECTED_HALO). */
export const SELECTED_MARK = "#a86f00";
export const SELECTED_HALO = "#fff3c4";
/** A dashed thick ring around firms a task beside the drawing points at (the partner panel's firms lacking a need). */
export const LACKING_MARK = "#c2185b";
/** The minimum contrast of a mark against the background (WCAG 2.1 SC 1.4.11). */
export const MIN_CONTRAST = 3;

/** #rrggbb as [r, g, b], 0–255. */
export function rgbOf(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

function hexOf([r, g, b]: readonly number[]): string {
  return `#${[r, g, b]
    .map((v) =>
      Math.round(Math.max(0, Math.min(255, v)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string = BACKGROUND): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The ring drawn around a node of this fill: the fill itself when it already stands out from the
 * background (3:1), else the same hue darkened step by step until it does. Light kind colours
 * (a trader's peach, an association's pale blue) thus keep their hue and still have a visible edge.
 */
export function ringOf(fill: string): string {
  let rgb = rgbOf(fill);
  let colour = fill.toLowerCase();
  for (let i = 0; i < 40 && contrastRatio(colour) < MIN_CONTRAST + 0.5; i++) {
    rgb = rgb.map((v) => v * 0.88) as [number, number, number];
    colour = hexOf(rgb);
  }
  return colour;
}

/** The fill of an actor of this kind (grey for a kind without a colour). */
export function kindColour(kind: string): string {
  return KIND_COLOURS[kind] ?? "#999999";
}

/** GEXF 1.3 viz:shape for each drawn shape (GEXF has disc, square, triangle, diamond, image). */
export const GEXF_SHAPES: Record<string, string> = { circle: "disc", square: "square", triangle: "triangle", diamond: "diamond", rectangle: "square" };

export function shapeOf(roles: readonly string[]): string {
  for (const [role, shape] of ROLE_SHAPES) if (roles.includes(role)) return shape;
  return "circle";
}

/** Size by place in the sentra: core firms largest, other participants next, actors only at the end of a tie smallest. */
export function sizeOf(node: { isCore: boolean; roles: readonly string[] }): number {
  if (node.isCore) return 11;
  return node.roles.length > 0 ? 9 : 6;
}
