import { drawableNetwork, InvalidDrawOptionError } from "../../../src/domain/analytics/drawable";
import { actor, firm, network, tie } from "./support/build-network";

/**
 * Core A, B, C (C has no tie). A-B cooperate; S supplies A; S2 supplies S; university U trains S
 * (a supporting institution tied to no core firm); bank K has no tie at all.
 */
const sentra = network({
  actors: [
    firm("A"),
    firm("B"),
    firm("C"),
    actor("S", "RAW_MATERIAL_SUPPLIER", ["SUPPLIER_INDUSTRY"]),
    actor("S2", "RAW_MATERIAL_SUPPLIER", ["SUPPLIER_INDUSTRY"]),
    actor("U", "UNIVERSITY", ["SUPPORTING_INSTITUTION"]),
    actor("K", "BANK", ["SUPPORTING_INSTITUTION"]),
  ],
  ties: [
    tie("HORIZONTAL_COOPERATION", "A", "B", "ACTIVE"),
    tie("UPSTREAM_SUPPLY", "S", "A", "PASSIVE"),
    tie("UPSTREAM_SUPPLY", "S2", "S"),
    tie("TECHNICAL_ASSISTANCE", "U", "S"),
  ],
});
const ids = (d: ReturnType<typeof drawableNetwork>) => d.nodes.map((n) => n.id);

describe("drawableNetwork", () => {
  it("depth 0 is the core members, best connected first", () => {
    const d = drawableNetwork(sentra, { depth: 0 });
    // degrees: A 2 (B, S), B 1, C 0
    expect(ids(d)).toEqual(["A", "B", "C"]);
    expect(d.edges.map((e) => e.type)).toEqual(["HORIZONTAL_COOPERATION"]);
    expect(d.nodes.find((n) => n.id === "C")).toMatchObject({ isCore: true, isIsolate: true, stage: "CORE_PRODUCTION" });
  });

  it("each depth adds a ring of partners", () => {
    expect(ids(drawableNetwork(sentra, { depth: 1 }))).toEqual(["A", "B", "C", "S"]);
    const two = drawableNetwork(sentra, { depth: 2 });
    expect(ids(two)).toEqual(["A", "B", "C", "S", "S2", "U"]);
    expect(two.edges).toHaveLength(4);
    expect(two.nodes.find((n) => n.id === "U")).toMatchObject({ depth: 2, isOutsideNetwork: true, stage: "TECHNICAL_ASSISTANCE" });
    expect(two.nodes.find((n) => n.id === "S")).toMatchObject({ isOutsideNetwork: false, stage: "RAW_MATERIAL_SUPPLY" });
  });

  it("filters by linkage type", () => {
    expect(ids(drawableNetwork(sentra, { depth: 3, linkageTypes: ["HORIZONTAL_COOPERATION"] }))).toEqual(["A", "B", "C"]);
  });

  it("a cap cuts the outer ring and says so", () => {
    const d = drawableNetwork(sentra, { depth: 2, maxNodes: 4 });
    expect(ids(d)).toEqual(["A", "B", "C", "S"]);
    expect(d.edges.every((e) => ids(d).includes(e.fromId) && ids(d).includes(e.toId))).toBe(true);
    expect(d).toMatchObject({ truncated: true, totalNodes: 6 });
    expect(d.message).toBe(
      "Showing 4 of 6 nodes: the limit of 4 cut 2 nodes from depth 2 on. Raise maxNodes, lower depth or draw fewer linkage types to see them all.",
    );
    expect(drawableNetwork(sentra, { depth: 2, maxNodes: 6 })).toMatchObject({ truncated: false, message: null });
  });

  it("rejects a negative depth or an empty cap", () => {
    expect(() => drawableNetwork(sentra, { depth: -1 })).toThrow(InvalidDrawOptionError);
    expect(() => drawableNetwork(sentra, { maxNodes: 0 })).toThrow("maxNodes must be a whole number, 1 or more, got 0");
  });
});
