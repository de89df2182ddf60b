import { FKAK_ABOUT_FIFTEEN } from "../../../src/domain/analytics/fkak-size";
import { DEFAULT_THRESHOLDS, InvalidThresholdError, resolveThresholds, THRESHOLD_NAMES } from "../../../src/domain/analytics/thresholds";
import { clusterVerdict } from "../../../src/domain/analytics/verdict";
import { render } from "../../../src/i18n/render";
import { verdictInput } from "./support/verdict-fixture";

describe("thresholds", () => {
  it("every default names its source, with its citations as data", () => {
    for (const name of THRESHOLD_NAMES) {
      const { source, citations } = DEFAULT_THRESHOLDS[name];
      expect([name, render(source, "en").length > 40, render(source, "id").length > 40, citations.length > 0]).toEqual([name, true, true, true]);
      for (const c of citations) expect(render(source, "en")).toContain(c.document);
    }
  });

  it("labels Simpul's reasoned defaults as such, in both languages", () => {
    expect(DEFAULT_THRESHOLDS.meanTieIntensity.reasonedDefault).toBe(true);
    expect(DEFAULT_THRESHOLDS.clusterMinFirms.reasonedDefault).toBe(false);
    for (const name of THRESHOLD_NAMES.filter((n) => DEFAULT_THRESHOLDS[n].reasonedDefault)) {
      expect([name, render(DEFAULT_THRESHOLDS[name].source, "en")]).toEqual([name, expect.stringContaining("Simpul's reasoned default")]);
      expect([name, render(DEFAULT_THRESHOLDS[name].source, "id")]).toEqual([name, expect.stringContaining("Nilai bawaan Simpul (bukan dari literatur)")]);
    }
  });

  it("the FKAK size default is the lower bound of the reading step 4 uses (about fifteen = 10 to 20)", () => {
    expect(DEFAULT_THRESHOLDS.fkakMinMembers.value).toBe(FKAK_ABOUT_FIFTEEN.min);
    expect(FKAK_ABOUT_FIFTEEN).toEqual({ about: 15, min: 10, max: 20 });
    expect(render(DEFAULT_THRESHOLDS.fkakMinMembers.source, "id")).toContain("“Keanggotaannya terdiri sekitar 15 orang saja");
  });

  it("an override is merged with the defaults and reported as overridden", () => {
    const { values, overridden } = resolveThresholds({ clusterMinFirms: 50, horizontalCooperationShare: undefined });
    expect(values.clusterMinFirms).toBe(50);
    expect(values.horizontalCooperationShare).toBe(DEFAULT_THRESHOLDS.horizontalCooperationShare.value);
    expect(overridden).toEqual(["clusterMinFirms"]);
    const applied = clusterVerdict(verdictInput(), { clusterMinFirms: 50 }).thresholds.find((t) => t.name === "clusterMinFirms");
    expect(applied).toMatchObject({ value: 50, defaultValue: 20, overridden: true });
  });

  it.each([
    ["linkedCoreShare", -0.1, "must not be negative"],
    ["horizontalCooperationShare", 1.01, "must be at most 1 (a share)"],
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
