import { layoutNetwork } from "../drawing/layout";
import { GEXF_SHAPES, INTENSITY_STYLES, kindColour, LINKAGE_COLOURS, rgbOf, shapeOf, sizeOf } from "../drawing/palette";
import type { ExportInput } from "./network-table";

/** How a node is drawn: where, how large, in which colour and shape (the explorer's picture). */
export interface NodeDrawing {
  x: number;
  y: number;
  size: number;
  /** #rrggbb, the kind's colour. */
  color: string;
  rgb: [number, number, number];
  /** The explorer's shape (circle, square, triangle, diamond, rectangle). */
  shape: string;
  /** The nearest GEXF 1.3 viz:shape (disc, square, triangle, diamond). */
  gexfShape: string;
}

/** How a tie is drawn: the linkage type's colour, the intensity's width and dash. */
export interface EdgeDrawing {
  color: string;
  rgb: [number, number, number];
  thickness: number;
  /** GEXF's edge viz:shape: solid, dashed (passive) or dotted (unmeasured). */
  line: "solid" | "dashed" | "dotted";
}

export interface NetworkDrawing {
  nodes: Map<string, NodeDrawing>;
  edges: Map<string, EdgeDrawing>;
}

/**
 * The explorer's picture of a network, for the GraphML and GEXF files: the same deterministic
 * layout on the same network (every tie of it, before the intensity filter, as the page lays it
 * out) and the same palette, so that Gephi or yEd opens what the page drew.
 */
export function networkDrawing(network: ExportInput["network"]): NetworkDrawing {
  const positions = layoutNetwork(network);
  const nodes = new Map<string, NodeDrawing>();
  for (const node of network.nodes) {
    const color = kindColour(node.kind);
    const shape = shapeOf(node.roles);
    const at = positions.get(node.id) ?? { x: 0, y: 0 };
    nodes.set(node.id, { x: at.x, y: at.y, size: sizeOf(node), color, rgb: rgbOf(color), shape, gexfShape: GEXF_SHAPES[shape] ?? "disc" });
  }
  const edges = new Map<string, EdgeDrawing>();
  for (const edge of network.edges) {
    const color = LINKAGE_COLOURS[edge.type] ?? "#767676";
    const style = INTENSITY_STYLES[edge.intensity ?? "UNMEASURED"];
    edges.set(edge.id, { color, rgb: rgbOf(color), thickness: style.size, line: style.dash === 0 ? "solid" : style.dash > 3 ? "dashed" : "dotted" });
  }
  return { nodes, edges };
}
