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

export const ISOLATE_MARK = "#6b6b6b";
export const OUTSIDE_MARK = "#d62728";
export const SELECTED_MARK = "#f2b705";

export function shapeOf(roles: readonly string[]): string {
  for (const [role, shape] of ROLE_SHAPES) if (roles.includes(role)) return shape;
  return "circle";
}

/** Size by place in the sentra: core firms largest, other participants next, actors only at the end of a tie smallest. */
export function sizeOf(node: { isCore: boolean; roles: readonly string[] }): number {
  if (node.isCore) return 11;
  return node.roles.length > 0 ? 9 : 6;
}
