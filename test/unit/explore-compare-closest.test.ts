import { candidate, closestToNextStage, nextStage, shortDescription, type ClosestCriterion, type ClosestInput } from "../../src/explore/views/compare-closest";

/**
 * The compare view's one-line answer: which sentra is closest to its next stage (fewest criteria of
 * the rung above that failed or cannot be judged; ties by higher stage, more criteria met, name).
 */
function criterion(id: string, requiredFor: string, passed: boolean | null): ClosestCriterion {
  return { id, description: `${id} description`, requiredFor, passed };
}

function sentra(id: string, stage: string, criteria: ClosestCriterion[], name = id): ClosestInput {
  return { id, name, stage, criteria };
}

// The shapes of the seeded measured clusters: all early clusters, each missing some cluster criteria.
const ceper = sentra("ceper", "EARLY_CLUSTER", [
  criterion("SENTRA_CONCENTRATION", "SENTRA", true),
  criterion("CLUSTER_CONCENTRATION", "CLUSTER", null),
  criterion("LINKED_CORE_FIRMS", "EARLY_CLUSTER", true),
  criterion("HORIZONTAL_COOPERATION", "CLUSTER", false),
  criterion("ACTIVE_COOPERATION", "CLUSTER", false),
  criterion("JICA_SKILLS", "DYNAMIC_CLUSTER", false),
]);
const tegal = sentra("tegal", "EARLY_CLUSTER", [
  criterion("SENTRA_CONCENTRATION", "SENTRA", true),
  criterion("CLUSTER_CONCENTRATION", "CLUSTER", true),
  criterion("LINKED_CORE_FIRMS", "EARLY_CLUSTER", true),
  criterion("CORE_SERVED_BY_INSTITUTIONS", "CLUSTER", null),
  criterion("ACTIVE_COOPERATION", "CLUSTER", false),
  criterion("JICA_SKILLS", "DYNAMIC_CLUSTER", false),
]);

describe("closest to the next stage", () => {
  test("the next stage is the rung above; a dynamic cluster has none", () => {
    expect(nextStage("EMBRYO")).toBe("SENTRA");
    expect(nextStage("EARLY_CLUSTER")).toBe("CLUSTER");
    expect(nextStage("DYNAMIC_CLUSTER")).toBeNull();
    expect(nextStage("UNKNOWN")).toBeNull();
  });

  test("missing: the next rung's criteria that failed, then those that cannot be judged; other rungs do not count", () => {
    const found = candidate(ceper)!;
    expect(found.nextStage).toBe("CLUSTER");
    expect(found.missing).toEqual([
      { id: "HORIZONTAL_COOPERATION", description: "HORIZONTAL_COOPERATION description", state: "failed" },
      { id: "ACTIVE_COOPERATION", description: "ACTIVE_COOPERATION description", state: "failed" },
      { id: "CLUSTER_CONCENTRATION", description: "CLUSTER_CONCENTRATION description", state: "undetermined" },
    ]);
    expect(found.met).toBe(2);
  });

  test("the fewest missing wins, whatever the order asked", () => {
    expect(closestToNextStage([ceper, tegal]).ranking.map((c) => c.id)).toEqual(["tegal", "ceper"]);
    expect(closestToNextStage([tegal, ceper]).ranking.map((c) => c.id)).toEqual(["tegal", "ceper"]);
    expect(closestToNextStage([ceper, tegal]).ranking[0].missing.map((m) => m.id)).toEqual(["ACTIVE_COOPERATION", "CORE_SERVED_BY_INSTITUTIONS"]);
  });

  test("ties: the higher stage, then more criteria met overall, then the name", () => {
    const low = sentra("low", "SENTRA", [criterion("LINKED_CORE_FIRMS", "EARLY_CLUSTER", false)]);
    const high = sentra("high", "EARLY_CLUSTER", [criterion("ACTIVE_COOPERATION", "CLUSTER", false)]);
    expect(closestToNextStage([low, high]).ranking[0].id).toBe("high");

    const fewerMet = sentra("a", "EARLY_CLUSTER", [criterion("ACTIVE_COOPERATION", "CLUSTER", false)], "Alpha");
    const moreMet = sentra("b", "EARLY_CLUSTER", [criterion("ACTIVE_COOPERATION", "CLUSTER", false), criterion("JICA_TRUST", "DYNAMIC_CLUSTER", true)], "Beta");
    expect(closestToNextStage([fewerMet, moreMet]).ranking[0].id).toBe("b");

    const alpha = sentra("z", "EARLY_CLUSTER", [criterion("ACTIVE_COOPERATION", "CLUSTER", false)], "Alpha");
    const beta = sentra("y", "EARLY_CLUSTER", [criterion("ACTIVE_COOPERATION", "CLUSTER", false)], "Beta");
    expect(closestToNextStage([beta, alpha]).ranking.map((c) => c.name)).toEqual(["Alpha", "Beta"]);
  });

  test("a criterion that cannot be judged counts as missing, like a failed one", () => {
    const failed = sentra("f", "EARLY_CLUSTER", [criterion("X", "CLUSTER", false)], "F");
    const unknown = sentra("u", "EARLY_CLUSTER", [criterion("X", "CLUSTER", null), criterion("Y", "CLUSTER", null)], "U");
    expect(closestToNextStage([unknown, failed]).ranking.map((c) => [c.id, c.missing.length])).toEqual([
      ["f", 1],
      ["u", 2],
    ]);
  });

  test("dynamic clusters take no part; when all are, the ranking is empty", () => {
    const dynamic = sentra("d", "DYNAMIC_CLUSTER", [criterion("JICA_TRUST", "DYNAMIC_CLUSTER", true)], "Dyn");
    const mixed = closestToNextStage([dynamic, ceper]);
    expect(mixed.ranking.map((c) => c.id)).toEqual(["ceper"]);
    expect(mixed.dynamic).toEqual([{ id: "d", name: "Dyn" }]);
    const all = closestToNextStage([dynamic, { ...dynamic, id: "e", name: "Dyn 2" }]);
    expect(all.ranking).toEqual([]);
    expect(all.dynamic.map((d) => d.id)).toEqual(["d", "e"]);
  });

  test("a long description is cut before its first aside for the answer; a short one stays whole", () => {
    expect(shortDescription("Assistance roles (LPT, PKE) engaged by the FKAK under a formal B2B agreement.")).toBe(
      "Assistance roles (LPT, PKE) engaged by the FKAK under a formal B2B agreement",
    );
    const long =
      "Mean cooperation intensity, passive 1, active 2, proactive 3 (Simpul's weights for the research's pasif, aktif, proaktif), said per linkage type: from the firms' survey answers";
    expect(shortDescription(long)).toBe("Mean cooperation intensity, passive 1, active 2, proactive 3…");
    expect(shortDescription("x".repeat(120))).toBe("x".repeat(120));
  });
});
