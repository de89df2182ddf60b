import type { DrawableNetwork } from "../analytics/drawable";
import { INTENSITIES, type Intensity, type LinkageType } from "../vocabulary";
import type { Text } from "../../i18n/message";
import { render } from "../../i18n/render";
import { networkDrawing, type NetworkDrawing } from "./drawing";
import { intensityLabel, kindLabel, linkageTypeLabel, roleLabel, stageLabelIn, type ExportLanguage } from "./labels";

/**
 * A sentra's drawable network (exactly what `Sentra.network` answers) as two tables, nodes and
 * edges, with typed columns: the one model every export format writes, so that GraphML, GEXF and
 * CSV carry the same columns in the same order.
 */

export type CellType = "string" | "int" | "double" | "boolean";
export type Cell = string | number | boolean | null;

export interface Column {
  name: string;
  type: CellType;
}

/** A row of a table: one cell per column, null where the value is unknown. */
export type Row = Record<string, Cell>;

/** A tie's intensity, or UNMEASURED for a tie with none recorded (as the explorer's filter names it). */
export const INTENSITY_FILTERS = [...INTENSITIES, "UNMEASURED"] as const;
export type IntensityFilter = Intensity | "UNMEASURED";

/** What was asked for: the arguments of `Sentra.network`, the intensities of the edges to keep, and the language of the labels. */
export interface ExportOptions {
  /** null: every linkage type (the argument was omitted). */
  linkageTypes: readonly LinkageType[] | null;
  depth: number;
  maxNodes: number;
  /**
   * null: every edge. Otherwise only the edges of these intensities; a filter of edges only, as
   * the explorer's: the nodes (and their isIsolate, which speaks of the linkage types) stay.
   */
  intensities?: readonly IntensityFilter[] | null;
  lang: ExportLanguage;
}

export interface ExportInput {
  sentra: { id: string; name: string };
  /** As the domain computes it, or as GraphQL answered it (its message already a string). */
  network: Omit<DrawableNetwork, "message"> & { message: Text | null };
  options: ExportOptions;
}

export interface NetworkTables {
  sentra: { id: string; name: string };
  options: ExportOptions;
  totalNodes: number;
  truncated: boolean;
  message: string | null;
  nodeColumns: readonly Column[];
  /** Each row has an `id`; the rest as in nodeColumns. */
  nodes: Row[];
  edgeColumns: readonly Column[];
  /** Each row has `id`, `source` and `target`. */
  edges: Row[];
  /** How the explorer draws each node and tie (position, size, colour, shape), for GraphML and GEXF. */
  drawing: NetworkDrawing;
}

/** Joins a list in one cell (roles, stages): GEXF 1.2's list separator, safe in CSV and XML. */
export const LIST_SEPARATOR = "|";

export const NODE_COLUMNS: readonly Column[] = [
  { name: "id", type: "string" },
  { name: "label", type: "string" },
  { name: "kind", type: "string" },
  { name: "kindLabel", type: "string" },
  { name: "roles", type: "string" },
  { name: "rolesLabel", type: "string" },
  { name: "stage", type: "string" },
  { name: "stageLabel", type: "string" },
  { name: "stages", type: "string" },
  { name: "depth", type: "int" },
  { name: "isCore", type: "boolean" },
  { name: "isIsolate", type: "boolean" },
  { name: "isOutsideNetwork", type: "boolean" },
  { name: "untied", type: "boolean" },
  { name: "latitude", type: "double" },
  { name: "longitude", type: "double" },
];

// `linkageType` is GraphQL's `type`: Gephi reads a column named `type` as the edge's direction.
export const EDGE_COLUMNS: readonly Column[] = [
  { name: "id", type: "string" },
  { name: "source", type: "string" },
  { name: "target", type: "string" },
  { name: "linkageType", type: "string" },
  { name: "linkageTypeLabel", type: "string" },
  { name: "intensity", type: "string" },
  { name: "intensityLabel", type: "string" },
];

export function networkTables({ sentra, network, options }: ExportInput): NetworkTables {
  const lang = options.lang;
  const nodes = network.nodes.map((n): Row => ({
    id: n.id,
    label: n.name,
    kind: n.kind,
    kindLabel: kindLabel(n.kind, lang),
    roles: n.roles.join(LIST_SEPARATOR),
    rolesLabel: n.roles.map((r) => roleLabel(r, lang)).join(LIST_SEPARATOR),
    stage: n.stage,
    stageLabel: stageLabelIn(n.stage, lang),
    stages: n.stages.join(LIST_SEPARATOR),
    depth: n.depth,
    isCore: n.isCore,
    isIsolate: n.isIsolate,
    isOutsideNetwork: n.isOutsideNetwork,
    untied: n.untied,
    latitude: n.location?.latitude ?? null,
    longitude: n.location?.longitude ?? null,
  }));
  const keep = options.intensities ?? null;
  const edges = network.edges
    .filter((e) => keep === null || keep.includes(e.intensity ?? "UNMEASURED"))
    .map((e): Row => ({
      id: e.id,
      source: e.fromId,
      target: e.toId,
      linkageType: e.type,
      linkageTypeLabel: linkageTypeLabel(e.type, lang),
      intensity: e.intensity,
      intensityLabel: e.intensity === null ? null : intensityLabel(e.intensity, lang),
    }));
  return {
    sentra,
    options,
    totalNodes: network.totalNodes,
    truncated: network.truncated,
    message: network.message === null ? null : render(network.message, lang),
    nodeColumns: NODE_COLUMNS,
    nodes,
    edgeColumns: EDGE_COLUMNS,
    edges,
    drawing: networkDrawing(network),
  };
}

/** The graph-level facts every format records: which sentra, which arguments, whether the cap cut it. */
export function graphFacts(tables: NetworkTables): Array<{ name: string; type: CellType; value: Cell }> {
  return [
    { name: "sentraId", type: "string", value: tables.sentra.id },
    { name: "sentraName", type: "string", value: tables.sentra.name },
    { name: "linkageTypes", type: "string", value: tables.options.linkageTypes === null ? "ALL" : tables.options.linkageTypes.join(LIST_SEPARATOR) },
    { name: "depth", type: "int", value: tables.options.depth },
    { name: "maxNodes", type: "int", value: tables.options.maxNodes },
    { name: "intensities", type: "string", value: (tables.options.intensities ?? null) === null ? "ALL" : tables.options.intensities!.join(LIST_SEPARATOR) },
    { name: "totalNodes", type: "int", value: tables.totalNodes },
    { name: "truncated", type: "boolean", value: tables.truncated },
    { name: "message", type: "string", value: tables.message },
    { name: "lang", type: "string", value: tables.options.lang },
  ];
}
