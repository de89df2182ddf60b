import { valueChain } from "../../../src/domain/analytics/value-chain";
import { render } from "../../../src/i18n/render";
import { englishSentencesIn } from "../../support/english-sentences";
import { actor, firm, forum, network, tie } from "./support/build-network";

/**
 * Three core firms A, B, C. Supplier S supplies A (active) and B (passive); processor P buys
 * from A (passive); bank K lends to nobody; FKAK of A, B, C and cooperative Q; A and B
 * cooperate (active). A tie of another sentra (S to C) must not count.
 */
function fixture() {
  return network({
    actors: [
      firm("A"),
      firm("B"),
      firm("C"),
      actor("S", "RAW_MATERIAL_SUPPLIER", ["SUPPLIER_INDUSTRY"]),
      actor("P", "IKM", ["SUPPORTING_INDUSTRY"]),
      actor("K", "BANK", ["SUPPORTING_INSTITUTION"]),
      actor("Q", "COOPERATIVE", ["SUPPORTING_INSTITUTION"]),
    ],
    ties: [
      tie("UPSTREAM_SUPPLY", "S", "A", "ACTIVE"),
      tie("UPSTREAM_SUPPLY", "S", "B", "PASSIVE"),
      tie("DOWNSTREAM_SALES", "A", "P", "PASSIVE"),
      tie("HORIZONTAL_COOPERATION", "A", "B", "ACTIVE"),
      tie("UPSTREAM_SUPPLY", "S", "C", "PROACTIVE", "another-sentra"),
    ],
    forums: [
      forum("fkak", "FKAK", [
        ["p1", "A", "IKM"],
        ["p2", "B", "IKM"],
        ["p3", "C", "IKM"],
        [null, "Q", "COOPERATIVE"],
      ]),
    ],
  });
}

const stageOf = (chain: ReturnType<typeof valueChain>, stage: string) => chain.stages.find((s) => s.stage === stage)!;

describe("valueChain", () => {
  it("places actors by role, kind and the services their ties show", () => {
    const chain = valueChain(fixture());
    expect(stageOf(chain, "RAW_MATERIAL_SUPPLY").actors.map((a) => a.actorId)).toEqual(["S"]);
    expect(stageOf(chain, "SUPPORTING_AND_RELATED_INDUSTRY").actors.map((a) => a.actorId)).toEqual(["P"]);
    // Q lends to nobody either: FINANCE by its kind, besides GOVERNANCE for its FKAK seat
    expect(stageOf(chain, "FINANCE").actors.map((a) => a.actorId)).toEqual(["K", "Q"]);
    expect(stageOf(chain, "GOVERNANCE").actors.map((a) => a.actorId)).toEqual(["Q"]);
    expect(
      stageOf(chain, "CORE_PRODUCTION")
        .actors.map((a) => a.actorId)
        .sort(),
    ).toEqual(["A", "B", "C"]);
  });

  it("counts linked core members per actor, at the strongest intensity, and ignores other sentra's ties", () => {
    const supplier = stageOf(valueChain(fixture()), "RAW_MATERIAL_SUPPLY").actors[0];
    // S-A active, S-B passive; S-C belongs to another sentra
    expect(supplier).toMatchObject({ linkedCoreMembers: 2, byIntensity: { passive: 1, active: 1, proactive: 0, unmeasured: 0 }, status: "LINKED" });
    expect(supplier.tieIds).toHaveLength(2);
  });

  it("LINKED, UNLINKED and MISSING stages", () => {
    const chain = valueChain(fixture());
    expect(stageOf(chain, "RAW_MATERIAL_SUPPLY").status).toBe("LINKED");
    // the bank lends to nobody: present, outside the sentra
    expect(stageOf(chain, "FINANCE").status).toBe("UNLINKED");
    expect(stageOf(chain, "FINANCE").actors[0].status).toBe("UNLINKED");
    expect(stageOf(chain, "PROMOTION").status).toBe("MISSING");
    // the FKAK seats all three core firms
    expect(stageOf(chain, "GOVERNANCE")).toMatchObject({ status: "LINKED", coreMembersReached: 3 });
    expect(stageOf(chain, "GOVERNANCE").forums).toEqual([{ forumId: "fkak", kind: "FKAK", name: "Forum fkak", coreMembers: 3 }]);
  });

  it("names every stage and its status in English and Indonesian", () => {
    const chain = valueChain(fixture());
    expect(render(stageOf(chain, "RAW_MATERIAL_SUPPLY").label, "id")).toBe("Pemasok bahan baku");
    expect(render(stageOf(chain, "GOVERNANCE").label, "id")).toBe("Tata kelola (FPK, FKAK)");
    expect(render(stageOf(chain, "TECHNICAL_ASSISTANCE").label, "en")).toBe("Technical assistance (LPT)");
    expect(render(stageOf(chain, "FINANCE").statusNote, "en")).toBe("present, but linked to no core member: outside the network");
    expect(render(stageOf(chain, "FINANCE").statusNote, "id")).toBe("ada, tetapi tidak terkait dengan industri inti mana pun: di luar jaringan");
    const labels = chain.stages.map((s) => render(s.label, "id"));
    expect(new Set(labels).size).toBe(13);
    for (const text of chain.stages.flatMap((s) => [s.label, s.statusNote, ...s.weakReasons]).map((t) => render(t, "id"))) {
      expect(englishSentencesIn(text)).toEqual([]);
    }
  });

  it("completeness is LINKED stages over all 13", () => {
    const chain = valueChain(fixture());
    // linked: RAW_MATERIAL_SUPPLY, CORE_PRODUCTION, SUPPORTING_AND_RELATED_INDUSTRY, GOVERNANCE
    expect(chain.completeness).toBeCloseTo(4 / 13, 10);
    expect(chain.unlinkedStages).toEqual(["FINANCE"]);
    expect(chain.missingStages).toHaveLength(8);
  });

  it("a stage is weak under the reach share or when every measured tie is passive", () => {
    const chain = valueChain(fixture());
    // P reaches 1 of 3 (under 50%) and only passively
    const supporting = stageOf(chain, "SUPPORTING_AND_RELATED_INDUSTRY");
    expect(supporting.weak).toBe(true);
    expect(supporting.weakReasons.map((r) => render(r, "en"))).toEqual(["reaches 1 of 3 core members, under 50%", "every measured tie is passive"]);
    expect(supporting.weakReasons.map((r) => render(r, "id"))).toEqual([
      "menjangkau 1 dari 3 industri inti, di bawah 50%",
      "semua keterkaitan yang terukur bersifat pasif",
    ]);
    // S reaches 2 of 3, one actively
    expect(stageOf(chain, "RAW_MATERIAL_SUPPLY").weak).toBe(false);
    // CORE_PRODUCTION: A and B cooperate, C does not: 2 of 3
    expect(stageOf(chain, "CORE_PRODUCTION")).toMatchObject({ coreMembersReached: 2, weak: false });
    expect(chain.weakStages).toEqual(["SUPPORTING_AND_RELATED_INDUSTRY"]);
    // a stricter analyst: 70% reach; S's 2 of 3 (67%) becomes weak
    expect(valueChain(fixture(), { weakReachShare: 0.7 }).weakStages).toContain("RAW_MATERIAL_SUPPLY");
  });

  it("shares of core members per linkage type, by intensity", () => {
    const upstream = valueChain(fixture()).linkageCoverage.find((c) => c.type === "UPSTREAM_SUPPLY")!;
    // A (active) and B (passive) of 3; C's tie is another sentra's
    expect(upstream).toMatchObject({ coreMembers: 3, withTie: 2, byIntensity: { passive: 1, active: 1, proactive: 0, unmeasured: 0 } });
    expect(upstream.share).toBeCloseTo(2 / 3, 10);
    expect(upstream.shares.active).toBeCloseTo(1 / 3, 10);
  });

  it("an institution is placed by the service it is seen giving, not only by its kind", () => {
    const n = network({
      actors: [firm("A"), actor("G", "GOVERNMENT_AGENCY", ["SUPPORTING_INSTITUTION"])],
      ties: [tie("TECHNICAL_ASSISTANCE", "G", "A")],
    });
    const chain = valueChain(n);
    expect(stageOf(chain, "TECHNICAL_ASSISTANCE").actors.map((a) => [a.actorId, a.byIntensity.unmeasured])).toEqual([["G", 1]]);
    expect(stageOf(chain, "GOVERNANCE").status).toBe("MISSING");
  });
});

describe("the mapping table: roles are per sentra, kinds refine them", () => {
  it.each([
    ["IKM", ["CORE"], ["CORE_PRODUCTION"]],
    ["IKM", ["SUPPLIER_INDUSTRY"], ["RAW_MATERIAL_SUPPLY"]],
    ["IKM", ["RELATED_INDUSTRY"], ["SUPPORTING_AND_RELATED_INDUSTRY"]],
    ["AUXILIARY_MATERIAL_SUPPLIER", ["SUPPORTING_INDUSTRY"], ["AUXILIARY_MATERIAL_SUPPLY"]],
    ["EQUIPMENT_SUPPLIER", ["SUPPLIER_INDUSTRY"], ["EQUIPMENT_SUPPLY"]],
    ["TRADER", ["SUPPLIER_INDUSTRY"], ["RAW_MATERIAL_SUPPLY"]],
    ["TRADER", ["BUYER"], ["TRADE_AND_DISTRIBUTION"]],
    ["EXPORTER", ["BUYER"], ["TRADE_AND_DISTRIBUTION"]],
    ["LARGE_FIRM", ["BUYER"], ["BUYERS"]],
    ["BANK", ["SUPPORTING_INDUSTRY"], ["FINANCE"]],
    ["CERTIFICATION_BODY", ["SUPPORTING_INSTITUTION"], ["CERTIFICATION"]],
    ["BDS_PROVIDER", [], ["TECHNICAL_ASSISTANCE"]],
  ] as const)("%s as %j stands in %j", (kind, roles, stages) => {
    const chain = valueChain(network({ actors: [actor("X", kind, [...roles])] }));
    expect(chain.stages.filter((s) => s.actors.some((a) => a.actorId === "X")).map((s) => s.stage)).toEqual(stages);
  });
});
