import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { DrawableNetwork, DrawNode } from "../../src/domain/analytics/drawable";
import { layoutNetwork } from "../../src/domain/drawing/layout";
import { INTENSITY_STYLES, KIND_COLOURS, LINKAGE_COLOURS, rgbOf, sizeOf } from "../../src/domain/drawing/palette";
import { networkTables, toGexf, toGraphml } from "../../src/domain/exports";

/** The GraphML and GEXF files carry the explorer's picture: its layout, sizes, colours and shapes. */

function node(id: string, kind: string, roles: string[], isCore: boolean): DrawNode {
  return {
    id,
    name: id,
    kind: kind as DrawNode["kind"],
    roles: roles as DrawNode["roles"],
    stage: "CORE_PRODUCTION",
    stages: ["CORE_PRODUCTION"],
    depth: isCore ? 0 : 1,
    isCore,
    isIsolate: false,
    isOutsideNetwork: false,
    untied: false,
    location: null,
  };
}

const network: DrawableNetwork = {
  nodes: [
    node("ikm-1", "IKM", ["CORE"], true),
    node("ikm-2", "IKM", ["CORE"], true),
    node("trader-1", "TRADER", ["BUYER"], false),
    node("bank-1", "BANK", ["SUPPORTING_INSTITUTION"], false),
    { ...node("ngo-1", "NGO", ["SUPPORTING_INSTITUTION"], false), isIsolate: true, untied: true, isOutsideNetwork: true, depth: null },
  ],
  edges: [
    { id: "t1", type: "HORIZONTAL_COOPERATION", intensity: "ACTIVE", fromId: "ikm-1", toId: "ikm-2" },
    { id: "t2", type: "DOWNSTREAM_SALES", intensity: "PASSIVE", fromId: "ikm-1", toId: "trader-1" },
    { id: "t3", type: "FINANCE", intensity: null, fromId: "bank-1", toId: "ikm-2" },
  ],
  totalNodes: 5,
  truncated: false,
  message: null,
};

// The intensity filter drops a tie from the file, not from the layout: positions stay the page's.
const tables = networkTables({
  sentra: { id: "sentra-x", name: "X" },
  network,
  options: { linkageTypes: null, depth: 1, maxNodes: 150, intensities: ["ACTIVE", "UNMEASURED"], lang: "en" },
});
const positions = layoutNetwork(network);

describe("GEXF 1.3 with the explorer's picture", () => {
  const xml = toGexf(tables);
  const graph = parseGexf(MultiDirectedGraph, xml, { respectInputGraphType: true });

  it("declares the viz namespace of GEXF 1.3", () => {
    expect(xml).toContain('<gexf version="1.3"');
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
  });

  it("places every node where the layout does, in its kind's colour, its size and its role's shape", () => {
    for (const n of network.nodes) {
      const a = graph.getNodeAttributes(n.id);
      expect({ x: a.x, y: a.y }).toEqual(positions.get(n.id));
      const [r, g, b] = rgbOf(KIND_COLOURS[n.kind]);
      expect(a.color).toBe(`rgb(${r},${g},${b})`);
      expect(a.size).toBe(sizeOf(n));
    }
    expect(graph.getNodeAttribute("trader-1", "shape")).toBe("diamond");
    expect(graph.getNodeAttribute("bank-1", "shape")).toBe("square");
    expect(graph.getNodeAttribute("ikm-1", "shape")).toBe("disc");
  });

  it("draws each tie in its linkage type's colour, its intensity's thickness and dash", () => {
    expect(graph.edges().sort()).toEqual(["t1", "t3"]);
    const [r, g, b] = rgbOf(LINKAGE_COLOURS.FINANCE);
    expect(graph.getEdgeAttributes("t3")).toMatchObject({ color: `rgb(${r},${g},${b})`, thickness: INTENSITY_STYLES.UNMEASURED.size, shape: "dotted" });
    expect(graph.getEdgeAttributes("t1")).toMatchObject({ thickness: INTENSITY_STYLES.ACTIVE.size, shape: "solid" });
  });
});

describe("GraphML with the keys Gephi reads", () => {
  const graph = parseGraphml(MultiDirectedGraph, toGraphml(tables));

  // graphology-graphml, like Gephi, reads r, g and b together as the element's colour.
  const colour = (attributes: Record<string, unknown>) => String(attributes.color).toLowerCase();

  it("carries x, y, size and r, g, b per node", () => {
    for (const n of network.nodes) {
      const a = graph.getNodeAttributes(n.id);
      expect(a).toMatchObject({ ...positions.get(n.id), size: sizeOf(n) });
      expect(colour(a)).toBe(KIND_COLOURS[n.kind]);
    }
  });

  it("carries r, g, b and thickness per tie", () => {
    const a = graph.getEdgeAttributes("t1");
    expect(a).toMatchObject({ thickness: INTENSITY_STYLES.ACTIVE.size });
    expect(colour(a)).toBe(LINKAGE_COLOURS.HORIZONTAL_COOPERATION);
  });
});
