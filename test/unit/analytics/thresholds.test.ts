import { DEFAULT_THRESHOLDS, InvalidThresholdError, resolveThresholds, THRESHOLD_NAMES } from "../../../src/domain/analytics/thresholds";
import { clusterVerdict } from "../../../src/domain/analytics/verdict";
import { verdictInput } from "./support/verdict-fixture";

describe("thresholds", () => {
  it("every default names its source", () => {
    for (const name of THRESHOLD_NAMES) expect([name, DEFAULT_THRESHOLDS[name].source.length > 20]).toEqual([name, true]);
  });

  it("an override is merged with the defaults and reported as overridden", () => {
    const { values, overridden } = resolveThresholds({ clusterMinFirms: 50, horizontalWebShare: undefined });
    expect(values.clusterMinFirms).toBe(50);
    expect(values.horizontalWebShare).toBe(DEFAULT_THRESHOLDS.horizontalWebShare.value);
    expect(overridden).toEqual(["clusterMinFirms"]);
    const applied = clusterVerdict(verdictInput(), { clusterMinFirms: 50 }).thresholds.find((t) => t.name === "clusterMinFirms");
    expect(applied).toMatchObject({ value: 50, defaultValue: 20, overridden: true });
  });

  it.each([
    ["linkedCoreShare", -0.1, "must not be negative"],
    ["horizontalWebShare", 1.01, "must be at most 1 (a share)"],
    ["coreServedShare", 2, "must be at most 1 (a share)"],
    ["clusterMinFirms", 2.5, "must be a whole number"],
    ["sentraMinFirms", -1, "must not be negative"],
    ["concentrationRadiusKm", 0, "must be above 0 km"],
    ["meanTieIntensity", 0.5, "must be from 1 (passive) to 3 (proactive)"],
    ["meanTieIntensity", 3.5, "must be at most 3"],
    ["jicaDynamicMean", 6, "must be at most 5"],
    ["assistanceRolesUnderAgreement", 3, "must be at most 2"],
    ["fkakMinMembers", Number.NaN, "must be a finite number"],
  ] as const)("rejects %s = %p", (name, value, reason) => {
    const attempt = () => resolveThresholds({ [name]: value });
    expect(attempt).toThrow(InvalidThresholdError);
    expect(attempt).toThrow(`Threshold ${name} ${reason}, got ${value}`);
    try {
      attempt();
    } catch (error) {
      expect((error as InvalidThresholdError).threshold).toBe(name);
    }
  });

  it("rejects an unknown threshold name, and the verdict rejects before computing anything", () => {
    expect(() => resolveThresholds({ minimumVibes: 3 } as never)).toThrow("Threshold minimumVibes is not a known threshold");
    expect(() => clusterVerdict(verdictInput(), { institutionsTiedShare: 1.5 })).toThrow(InvalidThresholdError);
  });
});
