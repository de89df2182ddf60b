import { drawableNetwork, InvalidDrawOptionError } from "../../../src/domain/analytics/drawable";
import { render } from "../../../src/i18n/render";
import { actor, firm, network, tie } from "./support/build-network";

/**
 * Core A, B, C (C has no tie). A-B cooperate; S supplies A; S2 supplies S; university U trains S
 * (a supporting institution tied to no core firm); bank K has no tie at all: a participant no
 * walk from the core reaches, drawn last and untied.
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
    // degrees: A 2 (B, S), B 1, C 0; then the untied bank
    expect(ids(d)).toEqual(["A", "B", "C", "K"]);
    expect(d.edges.map((e) => e.type)).toEqual(["HORIZONTAL_COOPERATION"]);
    expect(d.nodes.find((n) => n.id === "C")).toMatchObject({ isCore: true, isIsolate: true, stage: "CORE_PRODUCTION" });
  });

  it("each depth adds a ring of partners", () => {
    expect(ids(drawableNetwork(sentra, { depth: 1 }))).toEqual(["A", "B", "C", "S", "K"]);
    const two = drawableNetwork(sentra, { depth: 2 });
    expect(ids(two)).toEqual(["A", "B", "C", "S", "S2", "U", "K"]);
    expect(two.edges).toHaveLength(4);
    expect(two.nodes.find((n) => n.id === "U")).toMatchObject({ depth: 2, isOutsideNetwork: true, untied: false, stage: "TECHNICAL_ASSISTANCE" });
    expect(two.nodes.find((n) => n.id === "S")).toMatchObject({ isOutsideNetwork: false, stage: "RAW_MATERIAL_SUPPLY" });
  });

  it("filters by linkage type: participants no tie of those types links to the core are drawn untied", () => {
    const horizontal = drawableNetwork(sentra, { depth: 3, linkageTypes: ["HORIZONTAL_COOPERATION"] });
    expect(ids(horizontal)).toEqual(["A", "B", "C", "K", "S", "S2", "U"]);
    expect(horizontal.nodes.filter((n) => n.untied).map((n) => n.id)).toEqual(["K", "S", "S2", "U"]);
    expect(horizontal.edges.map((e) => e.type)).toEqual(["HORIZONTAL_COOPERATION"]);
  });

  it("draws every participant: one with no tie is untied, with no depth, whatever the depth asked", () => {
    for (const depth of [0, 1, 3]) {
      const bank = drawableNetwork(sentra, { depth }).nodes.find((n) => n.id === "K");
      expect(bank).toMatchObject({ untied: true, depth: null, isIsolate: true, isOutsideNetwork: true, isCore: false, stage: "FINANCE" });
    }
    // A core firm with no tie starts the walk: never untied.
    expect(drawableNetwork(sentra).nodes.find((n) => n.id === "C")).toMatchObject({ untied: false, depth: 0 });
    // An actor only at the end of a tie (no role here) is not a participant: reached or left out as before.
    const outsider = network({ actors: [firm("A"), actor("X", "TRADER", [])], ties: [] });
    expect(ids(drawableNetwork(outsider))).toEqual(["A"]);
  });

  it("a cap cuts the outer ring and says so", () => {
    const d = drawableNetwork(sentra, { depth: 2, maxNodes: 4 });
    expect(ids(d)).toEqual(["A", "B", "C", "S"]);
    expect(d.edges.every((e) => ids(d).includes(e.fromId) && ids(d).includes(e.toId))).toBe(true);
    expect(d).toMatchObject({ truncated: true, totalNodes: 7 });
    expect(render(d.message!, "en")).toBe(
      "Showing 4 of 7 nodes: the limit of 4 cut 3 nodes from depth 2 on. Raise maxNodes, lower depth or draw fewer linkage types to see them all.",
    );
    expect(render(d.message!, "id")).toBe(
      "Menampilkan 4 dari 7 simpul: batas 4 simpul memotong 3 simpul mulai kedalaman 2. Naikkan maxNodes, kurangi depth, atau gambar lebih sedikit jenis keterkaitan agar semuanya tampak.",
    );
    expect(drawableNetwork(sentra, { depth: 2, maxNodes: 7 })).toMatchObject({ truncated: false, message: null });
  });

  it("a cap that cuts only untied participants says so", () => {
    const d = drawableNetwork(sentra, { depth: 2, maxNodes: 6 });
    expect(ids(d)).toEqual(["A", "B", "C", "S", "S2", "U"]);
    expect(render(d.message!, "en")).toBe(
      "Showing 6 of 7 nodes: the limit of 6 cut 1 of the sentra's participants that no drawn tie links to a core firm. Raise maxNodes to see them all.",
    );
  });

  it("rejects a negative depth or an empty cap", () => {
    expect(() => drawableNetwork(sentra, { depth: -1 })).toThrow(InvalidDrawOptionError);
    expect(() => drawableNetwork(sentra, { maxNodes: 0 })).toThrow("maxNodes must be a whole number, 1 or more, got 0");
  });
});
