import type { ConcentrationMeasure } from "../../../src/domain/analytics/criteria";
import type { ThresholdOverride } from "../../../src/domain/analytics/thresholds";
import { clusterVerdict } from "../../../src/domain/analytics/verdict";
import { render } from "../../../src/i18n/render";
import { CLOSE_TOGETHER, verdictInput, verdictNetwork } from "./support/verdict-fixture";

const criterion = (id: string, override: ThresholdOverride = {}, input = verdictInput()) => clusterVerdict(input, override).criteria.find((c) => c.id === id)!;

describe("each criterion measures what the fixture's comments work out", () => {
  it.each([
    ["LINKED_CORE_FIRMS", 0.75],
    ["HORIZONTAL_COOPERATION", 0.75],
    ["ACTIVE_COOPERATION", 2],
    ["SPECIALISATION", 1],
    ["CORE_SERVED_BY_INSTITUTIONS", 0.5],
    ["INSTITUTIONS_TIED_TO_CORE", 2 / 3],
    ["ASSISTANCE_UNDER_AGREEMENT", 1],
    ["FKAK_MEMBERS", 5],
    ["FKAK_MEMBER_KINDS", 2],
    ["JICA_MARKET", 2.75],
    ["JICA_PRODUCT", 3],
  ])("%s = %p", (id, value) => {
    expect(criterion(id).measured).toBeCloseTo(value, 10);
  });
});

describe("each criterion at its threshold's edge: measured just below fails, at or above passes", () => {
  // [criterion, threshold, threshold above the measured value, equal to it, below it]
  it.each([
    ["LINKED_CORE_FIRMS", "linkedCoreShare", 0.76, 0.75, 0.74],
    ["HORIZONTAL_COOPERATION", "horizontalCooperationShare", 0.76, 0.75, 0.74],
    ["ACTIVE_COOPERATION", "meanTieIntensity", 2.01, 2, 1.99],
    ["SPECIALISATION", "linkedSupportingIndustries", 2, 1, 0],
    ["CORE_SERVED_BY_INSTITUTIONS", "coreServedShare", 0.51, 0.5, 0.49],
    ["INSTITUTIONS_TIED_TO_CORE", "institutionsTiedShare", 0.67, 2 / 3, 0.66],
    ["ASSISTANCE_UNDER_AGREEMENT", "assistanceRolesUnderAgreement", 2, 1, 0],
    ["FKAK_MEMBERS", "fkakMinMembers", 6, 5, 4],
    ["FKAK_MEMBER_KINDS", "fkakMinMemberKinds", 3, 2, 1],
    ["JICA_MARKET", "jicaDynamicMean", 2.76, 2.75, 2.74],
  ] as const)("%s against %s", (id, name, above, at, below) => {
    expect(criterion(id, { [name]: above }).passed).toBe(false);
    expect(criterion(id, { [name]: at }).passed).toBe(true);
    expect(criterion(id, { [name]: below }).passed).toBe(true);
    expect(criterion(id, { [name]: at }).threshold).toBe(at);
  });

  it.each(["JICA_PRODUCT", "JICA_TECHNOLOGY", "JICA_SKILLS", "JICA_TRUST", "JICA_INFORMATION"])("%s against jicaDynamicMean (every score 3)", (id) => {
    expect(criterion(id, { jicaDynamicMean: 3.01 }).passed).toBe(false);
    expect(criterion(id, { jicaDynamicMean: 3 }).passed).toBe(true);
    expect(criterion(id, { jicaDynamicMean: 2.99 }).passed).toBe(true);
  });

  it.each([
    ["SENTRA_CONCENTRATION", 5],
    ["CLUSTER_CONCENTRATION", 20],
  ])("%s: %p firms is the line, for the recorded firms; surveyed firms below it decide nothing", (id, line) => {
    const surveyed = (maxWithinRadius: number) =>
      criterion(id, {}, verdictInput(verdictNetwork(), { ...CLOSE_TOGETHER, coreFirms: 30, withCoordinates: 30, maxWithinRadius }));
    const recorded = (recordedFirms: number) =>
      criterion(id, {}, verdictInput(verdictNetwork(), { ...CLOSE_TOGETHER, maxWithinRadius: 1, recordedFirms, recordedYear: 2008 }));
    expect(surveyed(line - 1).passed).toBeNull();
    expect(surveyed(line).passed).toBe(true);
    expect(surveyed(line + 1).passed).toBe(true);
    expect(recorded(line - 1).passed).toBe(false);
    expect(recorded(line).passed).toBe(true);
  });
});

describe("no data is not a failure", () => {
  const concentration = (c: Partial<ConcentrationMeasure>) => verdictInput(verdictNetwork(), { ...CLOSE_TOGETHER, ...c });

  it("surveyed firms below the line leave the concentration undecided, whatever their coordinates", () => {
    const input = concentration({ coreFirms: 4, withCoordinates: 3, maxWithinRadius: 3 });
    expect(criterion("SENTRA_CONCENTRATION", { sentraMinFirms: 4 }, input).passed).toBeNull();
    expect(criterion("CLUSTER_CONCENTRATION", {}, input).passed).toBeNull();
    expect(criterion("SENTRA_CONCENTRATION", {}, concentration({ withCoordinates: 0, maxWithinRadius: 0 }))).toMatchObject({ measured: null, passed: null });
  });

  it("a concentration measured at another radius than the threshold's is not judged", () => {
    const c = criterion("SENTRA_CONCENTRATION", {}, concentration({ radiusKm: 10, maxWithinRadius: 40 }));
    expect(c.passed).toBeNull();
    expect(render(c.detail, "en")).toContain("recompute the concentration at 5 km");
  });

  it("members with neither a tie nor an answer that could tip a share leave it undecided", () => {
    const n = verdictNetwork();
    // F2 no longer answered the supporting question: served 2 of 4 (0.5), at best 3 of 4 (0.75)
    n.rounds[0].responses = n.rounds[0].responses.filter((r) => !(r.actorId === "F2" && r.question === "SUPPORTING"));
    expect(criterion("CORE_SERVED_BY_INSTITUTIONS", { coreServedShare: 0.6 }, verdictInput(n)).passed).toBeNull();
    expect(criterion("CORE_SERVED_BY_INSTITUTIONS", { coreServedShare: 0.8 }, verdictInput(n)).passed).toBe(false);
  });

  it("without measured intensities or survey scores the criteria are null", () => {
    const n = verdictNetwork();
    n.ties = n.ties.map((t) => ({ ...t, intensity: null }));
    n.rounds = [];
    expect(criterion("ACTIVE_COOPERATION", {}, verdictInput(n))).toMatchObject({ measured: null, passed: null });
    expect(criterion("JICA_TRUST", {}, verdictInput(n))).toMatchObject({ measured: null, passed: null });
  });
});

describe("the ladder", () => {
  const verdict = (override: ThresholdOverride, input = verdictInput()) => clusterVerdict(input, override);
  const asCluster: ThresholdOverride = { sentraMinFirms: 4, clusterMinFirms: 4, assistanceRolesUnderAgreement: 1, fkakMinMembers: 5 };

  it("EMBRYO: the sentra records fewer than five firms", () => {
    const v = verdict({}, verdictInput(verdictNetwork(), { ...CLOSE_TOGETHER, recordedFirms: 4, recordedYear: 2008 }));
    expect(v.stage).toBe("EMBRYO");
    expect(render(v.reasons[0], "en")).toBe("Not a sentra: too few firms: the sentra records 4 firms, 5 needed for a sentra.");
    expect(render(v.reasons[0], "id")).toBe("Belum menjadi sentra: unit usaha terlalu sedikit: sentra mencatat 4 unit usaha, sedangkan sentra memerlukan 5.");
  });

  it("SENTRA: close together, but too few firms linked", () => {
    expect(verdict({ sentraMinFirms: 4, linkedCoreShare: 0.8 }).stage).toBe("SENTRA");
  });

  it("EARLY_CLUSTER: linked, but short of a cluster's criteria", () => {
    const v = verdict({ sentraMinFirms: 4 });
    expect(v.stage).toBe("EARLY_CLUSTER");
    expect(v.reasons.map((r) => render(r, "en"))).toContain(
      "Cannot be judged yet whether it is a cluster. Count used: the core firms surveyed. At most 4 surveyed core firms lie within 5 km of one core firm; 4 of 4 core firms have coordinates. The survey is a sample and the sentra's own number of firms is not recorded, so the survey cannot show that the sentra is too small. Would settle it: the number of firms in the sentra (a recorded firms statistic).",
    );
  });

  it("CLUSTER: every cluster criterion passes, but market is not yet dynamic", () => {
    const v = verdict(asCluster);
    expect(v.stage).toBe("CLUSTER");
    expect(v.dynamic).toBe(false);
    expect(v.reasons.map((r) => render(r, "en"))).toEqual([expect.stringMatching(/^Not a dynamic cluster: not yet dynamic in market/)]);
  });

  it("DYNAMIC_CLUSTER: and every JICA aspect at least the dynamic line", () => {
    const v = verdict({ ...asCluster, jicaDynamicMean: 2.75 });
    expect(v).toMatchObject({ stage: "DYNAMIC_CLUSTER", dynamic: true, reasons: [] });
  });

  it("criteria carry their group, rung, comparison and source", () => {
    const v = verdict({});
    expect(new Set(v.criteria.map((c) => c.group))).toEqual(new Set(["CONCENTRATION", "LINKAGE", "INSTITUTIONS", "GOVERNANCE", "DYNAMICS"]));
    for (const c of v.criteria) {
      expect(c.comparison).toBe("AT_LEAST");
      expect(render(c.source, "en").length).toBeGreaterThan(20);
      expect(c.shortfall === null).toBe(c.passed === true);
    }
  });
});

describe("a missing record is evidence of absence only where a survey round mapped the network", () => {
  const RECORD_CRITERIA = ["SPECIALISATION", "ASSISTANCE_UNDER_AGREEMENT", "FKAK_MEMBERS", "FKAK_MEMBER_KINDS"];
  // The fixture without its supporting industry, forums and agreements.
  const bare = () => {
    const n = verdictNetwork();
    return { ...n, actors: n.actors.filter((a) => a.id !== "P1"), ties: n.ties.filter((t) => t.toId !== "P1"), forums: [], agreements: [] };
  };

  it("surveyed: no supporting industry, FKAK or agreement recorded fails, as the research's reasons say", () => {
    const v = clusterVerdict(verdictInput(bare()));
    for (const id of RECORD_CRITERIA) expect([id, v.criteria.find((c) => c.id === id)!.passed]).toEqual([id, false]);
    expect(render(v.criteria.find((c) => c.id === "SPECIALISATION")!.shortfall!, "en")).toMatch(
      /^no specialisation: every core firm makes the whole product itself/,
    );
  });

  it("never surveyed: the same absences are undetermined, each naming what to record", () => {
    const v = clusterVerdict(verdictInput({ ...bare(), rounds: [] }));
    const settled = Object.fromEntries(v.undetermined.map((u) => [u.id, render(u.settledBy, "en")]));
    for (const id of RECORD_CRITERIA) expect([id, v.criteria.find((c) => c.id === id)!.passed]).toEqual([id, null]);
    expect(settled.SPECIALISATION).toMatch(/^the sentra's supporting and related industries/);
    expect(settled.FKAK_MEMBERS).toMatch(/^its FKAK and members/);
    expect(settled.FKAK_MEMBER_KINDS).toMatch(/^its FKAK and members/);
    expect(settled.ASSISTANCE_UNDER_AGREEMENT).toMatch(/^LPT and PKE agreements with its FKAK/);
    const specialisation = v.criteria.find((c) => c.id === "SPECIALISATION")!;
    expect(render(specialisation.detail, "en")).toContain("That is no evidence of absence: no survey round has mapped the sentra's network.");
    expect(render(specialisation.detail, "id")).toContain("Hal itu bukan bukti ketiadaan: belum ada putaran survei yang memetakan jaringan sentra.");
    expect(v.reasons.map((r) => render(r, "en")).some((r) => r.includes("every core firm makes the whole product itself"))).toBe(false);
  });

  it("never surveyed, what is recorded still passes", () => {
    const v = clusterVerdict(verdictInput({ ...verdictNetwork(), rounds: [] }));
    expect(v.criteria.find((c) => c.id === "SPECIALISATION")!.passed).toBe(true);
  });

  it("with no core firm there is nothing to count: undetermined, settled by the sentra's core firms", () => {
    const n = bare();
    const v = clusterVerdict(verdictInput({ ...n, actors: n.actors.map((a) => ({ ...a, roles: a.roles.filter((r) => r !== "CORE") })) }));
    for (const c of v.criteria.filter((c) => c.group !== "CONCENTRATION")) expect([c.id, c.passed === false]).toEqual([c.id, false]);
    expect(render(v.undetermined.find((u) => u.id === "FKAK_MEMBERS")!.settledBy, "en")).toBe("the sentra's core firms");
  });
});

describe("texts that read right for any count and for an empty sentra", () => {
  const inputFor = (n: ReturnType<typeof verdictNetwork>) => verdictInput(n);

  it("a sentra without ties or survey answers has no dangling 'By type' clause", () => {
    const n = { ...verdictNetwork(), ties: [], rounds: [] };
    const c = criterion("ACTIVE_COOPERATION", {}, inputFor(n));
    expect(c.measured).toBeNull();
    expect(render(c.detail, "en")).toBe("No tie of the sentra and no survey answer records a cooperation intensity.");
    expect(render(c.detail, "id")).toBe("Tidak ada keterkaitan sentra maupun jawaban survei yang mencatat intensitas kerjasama.");
  });

  it("says which linkage types rest on survey answers and which on recorded ties", () => {
    const n = verdictNetwork();
    n.rounds = [
      {
        ...n.rounds[0],
        responses: [
          ...n.rounds[0].responses.filter((r) => r.question !== "SAME_TYPE"),
          { actorId: "F1", question: "SAME_TYPE", cooperates: true, intensity: "PASSIVE" },
          { actorId: "F2", question: "SAME_TYPE", cooperates: true, intensity: null },
          { actorId: "F3", question: "SAME_TYPE", cooperates: false, intensity: null },
        ],
      },
    ];
    const c = criterion("ACTIVE_COOPERATION", {}, inputFor(n));
    // same-type from the answers: F1 passive (F2's yes has no intensity); upstream proactive and downstream active from ties
    expect(c.measured).toBeCloseTo((1 + 3 + 2) / 3, 10);
    const detail = render(c.detail, "en");
    expect(detail).toContain(
      "same-type (horizontal) cooperation, from survey answers: 1 passive, 0 active, 0 proactive (firms with an intensity: 1; yes answers without one: 1)",
    );
    expect(detail).toContain("upstream supply (backward linkage), from recorded ties: 0 passive, 0 active, 1 proactive (pairs with an intensity: 1)");
    expect(detail).toContain("finance, from recorded ties: no intensity measured (pairs without one: 1)");
    expect(detail).toContain(
      "Resting on the firms' survey answers in round “Round r1” (one per firm): same-type (horizontal) cooperation; on recorded ties (one per pair):",
    );
    const failing = criterion("ACTIVE_COOPERATION", { meanTieIntensity: 2.5 }, inputFor(n));
    expect(render(failing.shortfall!, "en")).toContain("mostly passive: same-type (horizontal) cooperation (1 of 1 passive)");
  });

  it("horizontal cooperation without survey answers rests on the recorded ties", () => {
    const n = { ...verdictNetwork(), rounds: [] };
    const c = criterion("HORIZONTAL_COOPERATION", {}, inputFor(n));
    expect(c).toMatchObject({ measured: 1, passed: true });
    expect(render(c.detail, "en")).toContain(
      "No survey answer on same-type cooperation: 3 of 4 core firms hold a recorded horizontal tie; core firms without one: 1, and for them that is no data",
    );
  });

  it("SPECIALISATION for a sentra without core firms does not say every core firm makes the whole product", () => {
    const n = verdictNetwork();
    n.actors = n.actors.map((a) => ({ ...a, roles: a.roles.filter((r) => r !== "CORE") }));
    const c = criterion("SPECIALISATION", {}, inputFor(n));
    for (const lang of ["en", "id"] as const) {
      expect(render(c.shortfall!, lang)).not.toContain(
        lang === "en" ? "every core firm makes the whole product itself" : "setiap industri inti membuat seluruh produknya sendiri",
      );
    }
  });

  it("counts read right for one", () => {
    const n = verdictNetwork();
    n.forums = n.forums.map((f) => (f.kind === "FKAK" ? { ...f, members: [{ personId: "o1", actorId: "F1", actorKind: "IKM" as const }] } : f));
    const kinds = criterion("FKAK_MEMBER_KINDS", {}, inputFor(n));
    expect(render(kinds.detail, "en")).toBe("Kinds of organisation represented in FKAK “Forum fkak”: 1 (small or medium industry (IKM)).");
    expect(render(kinds.shortfall!, "en")).toBe(
      "the cluster organisation represents only one kind of organisation: FKAK “Forum fkak” gathers small or medium industry (IKM) only, at least 2 kinds needed.",
    );
    expect(render(criterion("FKAK_MEMBERS", {}, inputFor(n)).detail, "en")).toBe("Members of FKAK “Forum fkak”: 1.");
  });
});
