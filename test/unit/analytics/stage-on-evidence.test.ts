import type { ClusterStage, Criterion } from "../../../src/domain/analytics/criteria";
import { stageIfUndetermined, stageOnEvidence } from "../../../src/domain/analytics/stage-on-evidence";

type Rung = Criterion["requiredFor"];
const on = (...verdicts: Array<[Rung, boolean | null]>) => verdicts.map(([requiredFor, passed]) => ({ requiredFor, passed }));

describe("the stage on the evidence there is", () => {
  it.each<[string, ReturnType<typeof on>, ClusterStage, ClusterStage, ClusterStage]>([
    // [case, criteria, stage, lowest possible, highest possible]
    [
      "every criterion passes",
      on(["SENTRA", true], ["EARLY_CLUSTER", true], ["CLUSTER", true], ["DYNAMIC_CLUSTER", true]),
      "DYNAMIC_CLUSTER",
      "DYNAMIC_CLUSTER",
      "DYNAMIC_CLUSTER",
    ],
    ["a failure stops the walk", on(["SENTRA", true], ["EARLY_CLUSTER", false], ["CLUSTER", true]), "SENTRA", "SENTRA", "SENTRA"],
    ["a failure at the first rung is an embryo", on(["SENTRA", false], ["EARLY_CLUSTER", true]), "EMBRYO", "EMBRYO", "EMBRYO"],
    // Purbalingga's case: no coordinates, but its firms are linked
    [
      "an unknown rung is crossed when a higher one passes",
      on(["SENTRA", null], ["EARLY_CLUSTER", true], ["CLUSTER", false]),
      "EARLY_CLUSTER",
      "EMBRYO",
      "EARLY_CLUSTER",
    ],
    ["an unknown rung with nothing passed above it is not reached", on(["SENTRA", null], ["EARLY_CLUSTER", false]), "EMBRYO", "EMBRYO", "SENTRA"],
    [
      "unknowns only: an embryo that could be anything",
      on(["SENTRA", null], ["EARLY_CLUSTER", null], ["CLUSTER", null]),
      "EMBRYO",
      "EMBRYO",
      "DYNAMIC_CLUSTER",
    ],
    [
      "a rung with more passes than unknowns is supported",
      on(["SENTRA", true], ["EARLY_CLUSTER", true], ["CLUSTER", true], ["CLUSTER", true], ["CLUSTER", null], ["DYNAMIC_CLUSTER", false]),
      "CLUSTER",
      "EARLY_CLUSTER",
      "CLUSTER",
    ],
    [
      "a rung with as many unknowns as passes is not supported, and stops the walk",
      on(["SENTRA", true], ["EARLY_CLUSTER", true], ["CLUSTER", true], ["CLUSTER", null], ["DYNAMIC_CLUSTER", true]),
      "EARLY_CLUSTER",
      "EARLY_CLUSTER",
      "DYNAMIC_CLUSTER",
    ],
    [
      "a lone passed JICA aspect among five unknown is no dynamic cluster",
      on(
        ["SENTRA", true],
        ["EARLY_CLUSTER", true],
        ["CLUSTER", true],
        ["DYNAMIC_CLUSTER", true],
        ["DYNAMIC_CLUSTER", null],
        ["DYNAMIC_CLUSTER", null],
        ["DYNAMIC_CLUSTER", null],
        ["DYNAMIC_CLUSTER", null],
        ["DYNAMIC_CLUSTER", null],
      ),
      "CLUSTER",
      "CLUSTER",
      "DYNAMIC_CLUSTER",
    ],
    [
      "a sketch with one passed cluster criterion among many unknowns stays below a cluster",
      on(["SENTRA", null], ["EARLY_CLUSTER", true], ["CLUSTER", true], ["CLUSTER", null], ["CLUSTER", null], ["CLUSTER", null], ["DYNAMIC_CLUSTER", null]),
      "EARLY_CLUSTER",
      "EMBRYO",
      "DYNAMIC_CLUSTER",
    ],
    [
      "an all-unknown rung is crossed to a supported rung above it",
      on(["SENTRA", true], ["EARLY_CLUSTER", null], ["CLUSTER", true], ["CLUSTER", true], ["DYNAMIC_CLUSTER", false]),
      "CLUSTER",
      "SENTRA",
      "CLUSTER",
    ],
    [
      "a failure beside a pass on one rung stops there",
      on(["SENTRA", true], ["CLUSTER", true], ["CLUSTER", false]),
      "EARLY_CLUSTER",
      "EARLY_CLUSTER",
      "EARLY_CLUSTER",
    ],
    ["an unknown above the stop changes nothing below it", on(["SENTRA", true], ["EARLY_CLUSTER", false], ["CLUSTER", null]), "SENTRA", "SENTRA", "SENTRA"],
  ])("%s", (_case, criteria, stage, lowest, highest) => {
    expect([stageOnEvidence(criteria), stageIfUndetermined(criteria, false), stageIfUndetermined(criteria, true)]).toEqual([stage, lowest, highest]);
  });
});

describe("the stage lies within the possible range, for every combination of verdicts", () => {
  const RUNGS: Rung[] = ["SENTRA", "EARLY_CLUSTER", "CLUSTER", "CLUSTER", "DYNAMIC_CLUSTER"];
  const VERDICTS = [true, false, null] as const;
  const rank = (stage: ClusterStage) => ["EMBRYO", "SENTRA", "EARLY_CLUSTER", "CLUSTER", "DYNAMIC_CLUSTER"].indexOf(stage);

  it("lowest <= stage <= highest, and a complete verdict's range is its stage", () => {
    for (let code = 0; code < 3 ** RUNGS.length; code++) {
      const criteria = RUNGS.map((requiredFor, i) => ({ requiredFor, passed: VERDICTS[Math.floor(code / 3 ** i) % 3] }));
      const [stage, lowest, highest] = [stageOnEvidence(criteria), stageIfUndetermined(criteria, false), stageIfUndetermined(criteria, true)];
      expect([code, rank(lowest) <= rank(stage), rank(stage) <= rank(highest)]).toEqual([code, true, true]);
      if (criteria.every((c) => c.passed !== null)) expect([code, lowest, highest]).toEqual([code, stage, stage]);
    }
  });
});
