import { cooperationDensity } from "../../../src/domain/analytics/cooperation";
import { render } from "../../../src/i18n/render";
import { englishSentencesIn } from "../../support/english-sentences";
import { actor, firm, network, round, tie } from "./support/build-network";

/**
 * Core A, B, C, D and supplier S. A and B report each other (passive one way, active the
 * other: one pair, kept at ACTIVE). S supplies A (active). A answered yes and D no to the
 * same-type question; B and C answered nothing.
 */
function fixture() {
  return network({
    actors: [firm("A"), firm("B"), firm("C"), firm("D"), actor("S", "RAW_MATERIAL_SUPPLIER", ["SUPPLIER_INDUSTRY"])],
    ties: [tie("HORIZONTAL_COOPERATION", "A", "B", "PASSIVE"), tie("HORIZONTAL_COOPERATION", "B", "A", "ACTIVE"), tie("UPSTREAM_SUPPLY", "S", "A", "ACTIVE")],
    rounds: [
      round("r1", [
        ["A", "SAME_TYPE", true, "ACTIVE"],
        ["D", "SAME_TYPE", false, null],
      ]),
    ],
  });
}

describe("cooperationDensity", () => {
  it("(a) horizontal cooperation among core members, with coverage", () => {
    const { horizontal } = cooperationDensity(fixture());
    expect(horizontal.metrics).toMatchObject({ nodeCount: 4, edgeCount: 1, tiesGiven: 2, isolates: ["C", "D"] });
    // 2 x 1 / (4 x 3)
    expect(horizontal.metrics.density).toBeCloseTo(1 / 6, 10);
    // the pair at ACTIVE weighs 2 of 3, over 6 possible pairs
    expect(horizontal.metrics.weightedDensity).toBeCloseTo(2 / 18, 10);
    // C has neither a horizontal tie nor a same-type answer; D answered no; B has a tie
    const { note, ...figures } = horizontal.coverage;
    expect(figures).toEqual({ coreMembers: 4, answeredSurvey: 2, noData: 1, noDataIds: ["C"], questions: ["SAME_TYPE"], roundId: "r1" });
    expect(render(note, "en")).toBe(
      "core members that answered the question on cooperation with same-type firms (Table 4) in round “Round r1”: 2 of 4; with neither a tie of this kind nor an answer: 1, and for them a missing tie is no data, not a missing linkage",
    );
    expect(render(note, "id")).toBe(
      "industri inti yang menjawab pertanyaan kerjasama dengan industri sejenis (Tabel 4) pada putaran “Round r1”: 2 dari 4; yang tidak punya keterkaitan jenis ini maupun jawaban: 1, dan bagi mereka keterkaitan yang tidak tercatat berarti datanya belum ada, bukan berarti keterkaitan itu tidak ada",
    );
  });

  it("says in both languages which nodes and ties each measure covers", () => {
    const density = cooperationDensity(fixture());
    expect(render(density.horizontal.scope, "en")).toBe("core members; horizontal cooperation ties between them");
    expect(render(density.horizontal.scope, "id")).toBe("industri inti; keterkaitan kerjasama dengan industri sejenis di antara mereka");
    const upstream = density.byLinkageType.find((m) => m.type === "UPSTREAM_SUPPLY")!;
    expect(render(upstream.scope, "en")).toBe("core members and their partners in upstream supply; ties of upstream supply");
    expect(render(upstream.scope, "id")).toBe(
      "industri inti beserta mitranya dalam pasokan dari industri sebelumnya (keterkaitan ke belakang); keterkaitan pasokan dari industri sebelumnya (keterkaitan ke belakang)",
    );
    const measures = [density.horizontal, density.wholeNetwork, ...density.byLinkageType];
    for (const text of measures.flatMap((m) => [m.scope, m.coverage.note]).map((t) => render(t, "id"))) expect(englishSentencesIn(text)).toEqual([]);
  });

  it("(b) the whole network: every actor, every tie of the sentra", () => {
    const { wholeNetwork } = cooperationDensity(fixture());
    // nodes A, B, C, D, S; pairs A-B and S-A: 2 x 2 / (5 x 4)
    expect(wholeNetwork.metrics.nodeCount).toBe(5);
    expect(wholeNetwork.metrics.density).toBeCloseTo(0.2, 10);
    // A is the only path between S and B
    expect(wholeNetwork.metrics.brokers.map((b) => b.id)).toEqual(["A"]);
    expect(wholeNetwork.coverage).toMatchObject({ answeredSurvey: 2, noDataIds: ["C"], questions: ["SAME_TYPE", "UPSTREAM", "DOWNSTREAM", "SUPPORTING"] });
  });

  it("(c) per linkage type: core members plus that type's partners", () => {
    const upstream = cooperationDensity(fixture()).byLinkageType.find((m) => m.type === "UPSTREAM_SUPPLY")!;
    // nodes A, B, C, D, S; one pair: 2 / 20
    expect(upstream.metrics.density).toBeCloseTo(0.1, 10);
    // nobody answered UPSTREAM; only A has an upstream tie
    expect(upstream.coverage).toMatchObject({ answeredSurvey: 0, noData: 3, noDataIds: ["B", "C", "D"], questions: ["UPSTREAM"] });
    const finance = cooperationDensity(fixture()).byLinkageType.find((m) => m.type === "FINANCE")!;
    expect(finance.metrics).toMatchObject({ nodeCount: 4, edgeCount: 0, density: 0 });
    expect(finance.coverage.questions).toEqual(["SUPPORTING"]);
  });

  it("without a survey round every member without a tie has no data", () => {
    const n = { ...fixture(), rounds: [] };
    const { coverage } = cooperationDensity(n).horizontal;
    expect(coverage).toMatchObject({ answeredSurvey: 0, noDataIds: ["C", "D"], roundId: null });
    expect(render(coverage.note, "en")).toBe(
      "the sentra was never surveyed; core members without a tie of this kind: 2 of 4, and without survey answers that is no data, not a missing linkage",
    );
  });

  it("a sentra without core members says so instead of claiming every core member has a tie", () => {
    const n = { ...fixture(), actors: fixture().actors.filter((a) => !a.roles.includes("CORE")) };
    const d = cooperationDensity(n);
    for (const m of [d.horizontal, d.wholeNetwork, ...d.byLinkageType]) {
      expect(render(m.coverage.note, "en")).toBe("the sentra has no core members, so nobody's ties or answers can be counted");
      expect(render(m.coverage.note, "id")).toBe("sentra ini belum punya industri inti, sehingga belum ada keterkaitan atau jawaban yang dapat dihitung");
    }
  });
});
