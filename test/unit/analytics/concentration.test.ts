import type { ConcentrationMeasure } from "../../../src/domain/analytics/criteria";
import type { ThresholdOverride } from "../../../src/domain/analytics/thresholds";
import { clusterVerdict } from "../../../src/domain/analytics/verdict";
import { render } from "../../../src/i18n/render";
import { CLOSE_TOGETHER, verdictInput, verdictNetwork } from "./support/verdict-fixture";

const verdict = (c: Partial<ConcentrationMeasure>, override: ThresholdOverride = {}) =>
  clusterVerdict(verdictInput(verdictNetwork(), { ...CLOSE_TOGETHER, ...c }), override);
const concentration = (id: string, c: Partial<ConcentrationMeasure>, override: ThresholdOverride = {}) =>
  verdict(c, override).criteria.find((x) => x.id === id)!;

describe("concentration counts the firms a sentra has apart from the firms surveyed", () => {
  it("surveyed firms at or above the line pass on the survey", () => {
    expect(concentration("SENTRA_CONCENTRATION", { coreFirms: 12, withCoordinates: 12, maxWithinRadius: 12 })).toMatchObject({
      passed: true,
      measured: 12,
      basis: "SURVEYED_FIRMS",
      settledBy: null,
    });
  });

  it("a sample below the line is undetermined and names the count that would settle it", () => {
    const c = concentration("CLUSTER_CONCENTRATION", { coreFirms: 12, withCoordinates: 12, maxWithinRadius: 12 });
    expect(c).toMatchObject({ passed: null, measured: 12, basis: "SURVEYED_FIRMS" });
    expect(render(c.settledBy!, "en")).toBe("the number of firms in the sentra (a recorded firms statistic)");
    expect(render(c.settledBy!, "id")).toBe("jumlah unit usaha di sentra, yaitu statistik jumlah unit usaha (firms) yang tercatat");
    expect(render(c.shortfall!, "en")).toBe(
      "concentration cannot be judged: 12 surveyed core firms within 5 km, below the 20 needed for a cluster, and the sentra's own number of firms is not recorded.",
    );
  });

  it("without coordinates, coordinates of the core firms would settle it too", () => {
    const c = concentration("SENTRA_CONCENTRATION", { coreFirms: 7, withCoordinates: 0, maxWithinRadius: 0 });
    expect(c).toMatchObject({ passed: null, measured: null });
    expect(render(c.settledBy!, "en")).toBe("the number of firms in the sentra, or coordinates of the core firms");
  });

  it("a recorded count decides below the surveyed line: at or above passes, below fails", () => {
    const recorded = (recordedFirms: number) => concentration("CLUSTER_CONCENTRATION", { recordedFirms, recordedYear: 2008 });
    expect(recorded(20)).toMatchObject({ passed: true, measured: 20, basis: "RECORDED_FIRMS", shortfall: null });
    expect(recorded(19)).toMatchObject({ passed: false, measured: 19, basis: "RECORDED_FIRMS" });
    expect(render(recorded(19).shortfall!, "en")).toBe("too few firms: the sentra records 19 firms, 20 needed for a cluster.");
  });

  it("the detail says which count was used, that recorded firms lie close together, and the survey beside it", () => {
    const c = concentration("CLUSTER_CONCENTRATION", { recordedFirms: 1250, recordedYear: 2008 });
    expect(render(c.detail, "en")).toBe(
      "Count used: the firms the sentra is recorded to have. The sentra records 1,250 firms (units of business) in 2008. It lies within one district, so its firms lie close together. The survey is a sample. At most 4 surveyed core firms lie within 5 km of one core firm; 4 of 4 core firms have coordinates.",
    );
    expect(render(c.detail, "id")).toBe(
      "Hitungan yang dipakai: jumlah unit usaha yang tercatat di sentra. Sentra mencatat 1.250 unit usaha pada tahun 2008. Sentra ini terletak dalam satu kecamatan, sehingga unit usahanya berdekatan. Survei hanyalah sampel. Paling banyak 4 perusahaan inti yang disurvei berada dalam radius 5 km dari satu perusahaan inti; 4 dari 4 perusahaan inti memiliki koordinat.",
    );
  });

  it("a recorded count shows closeness only in a village or district: at regency level or above it is undetermined, below the line it fails", () => {
    const at = (regionLevel: ConcentrationMeasure["regionLevel"], recordedFirms: number) =>
      concentration("CLUSTER_CONCENTRATION", { recordedFirms, recordedYear: 2004, regionLevel });
    expect(at("VILLAGE", 40)).toMatchObject({ passed: true, basis: "RECORDED_FIRMS" });
    for (const level of ["REGENCY", "CITY", "PROVINCE", null] as const) {
      const c = at(level, 2291);
      expect([level, c.passed, c.measured, c.basis]).toEqual([level, null, 2291, "RECORDED_FIRMS"]);
      expect(render(c.settledBy!, "en")).toBe("coordinates of the firms, or surveyed core firms that reach the line within 5 km");
      expect(render(c.settledBy!, "id")).toBe("koordinat unit usaha, atau perusahaan inti yang disurvei yang mencapai batas dalam radius 5 km");
      expect(at(level, 19)).toMatchObject({ passed: false, measured: 19, basis: "RECORDED_FIRMS", settledBy: null });
    }
    expect(render(at("REGENCY", 2291).detail, "en")).toContain(
      "It is placed at the level of a whole regency, so a count cannot show that its firms lie within 5 km of each other.",
    );
    expect(render(at("REGENCY", 2291).shortfall!, "id")).toBe(
      "konsentrasi belum dapat dinilai: sentra mencatat 2.291 unit usaha, sedikitnya 20 yang diperlukan untuk klaster, tetapi jumlah itu tidak dapat menunjukkan bahwa unit usahanya berada dalam radius 5 km satu sama lain.",
    );
  });

  it("surveyed firms that reach the line pass at any region level", () => {
    const c = concentration("SENTRA_CONCENTRATION", {
      coreFirms: 12,
      withCoordinates: 12,
      maxWithinRadius: 12,
      recordedFirms: 2291,
      recordedYear: 2004,
      regionLevel: "REGENCY",
    });
    expect(c).toMatchObject({ passed: true, basis: "SURVEYED_FIRMS" });
  });

  it("a recorded count below the core firms already surveyed is inconsistent: the larger is used, and the detail says so", () => {
    const c = concentration("SENTRA_CONCENTRATION", { coreFirms: 12, withCoordinates: 0, maxWithinRadius: 0, recordedFirms: 3, recordedYear: 2008 });
    expect(c).toMatchObject({ passed: true, measured: 12, basis: "RECORDED_FIRMS" });
    expect(render(c.detail, "en")).toContain(
      "The sentra records 3 firms (units of business) in 2008, fewer than the 12 core firms already surveyed, so the record is inconsistent: the larger count, 12, is used.",
    );
    expect(
      concentration("CLUSTER_CONCENTRATION", { coreFirms: 12, withCoordinates: 0, maxWithinRadius: 0, recordedFirms: 3, recordedYear: 2008 }),
    ).toMatchObject({
      passed: false,
      measured: 12,
    });
  });

  it("the description and the stage names in both languages", () => {
    const c = concentration("CLUSTER_CONCENTRATION", {});
    expect(render(c.description, "en")).toBe("At least 20 firms close together, within 5 km, for a cluster.");
    expect(render(c.description, "id")).toBe("Sedikitnya 20 unit usaha berdekatan, dalam radius 5 km, untuk klaster.");
  });
});

describe("an incomplete verdict says so, and how far the missing data could move it", () => {
  it("a sample below both lines: early cluster on the rest of the evidence, embryo at worst, not higher at best", () => {
    const v = verdict({});
    expect(v).toMatchObject({
      stage: "EARLY_CLUSTER",
      complete: false,
      lowestPossibleStage: "EMBRYO",
      highestPossibleStage: "EARLY_CLUSTER",
      couldBeHigher: false,
    });
    expect(v.undetermined.map((u) => [u.id, u.requiredFor])).toEqual([
      ["SENTRA_CONCENTRATION", "SENTRA"],
      ["CLUSTER_CONCENTRATION", "CLUSTER"],
    ]);
  });

  it("a rung is reached on the rest of its evidence: an unknown cluster concentration does not hold back a cluster", () => {
    // Every other cluster criterion passes under these lines; only the cluster concentration is unknown.
    const lines: ThresholdOverride = { sentraMinFirms: 4, clusterMinFirms: 30, assistanceRolesUnderAgreement: 1, fkakMinMembers: 5 };
    expect(verdict({}, lines)).toMatchObject({
      stage: "CLUSTER",
      complete: false,
      lowestPossibleStage: "EARLY_CLUSTER",
      highestPossibleStage: "CLUSTER",
      couldBeHigher: false,
    });
  });

  it("could be higher: an embryo on the evidence whose unknown sentra line could make it a sentra", () => {
    // linked share 0.75 fails a line of 0.8, so nothing above the unknown sentra line passes
    const v = verdict({}, { linkedCoreShare: 0.8 });
    expect(v).toMatchObject({ stage: "EMBRYO", lowestPossibleStage: "EMBRYO", highestPossibleStage: "SENTRA", couldBeHigher: true, complete: false });
  });

  it("a recorded count makes it complete", () => {
    const v = verdict({ recordedFirms: 40, recordedYear: 2008 });
    expect(v).toMatchObject({
      complete: true,
      undetermined: [],
      stage: "EARLY_CLUSTER",
      lowestPossibleStage: "EARLY_CLUSTER",
      highestPossibleStage: "EARLY_CLUSTER",
    });
  });

  it("the reasons tell undetermined from failed, in English and Indonesian", () => {
    const reasons = verdict({}).reasons;
    const en = reasons.map((r) => render(r, "en"));
    const id = reasons.map((r) => render(r, "id"));
    expect(en[0]).toMatch(
      /^Cannot be judged yet whether it is a sentra. .* Would settle it: the number of firms in the sentra \(a recorded firms statistic\)\.$/,
    );
    expect(id[0]).toMatch(
      /^Belum dapat dinilai apakah sudah menjadi sentra. .* Yang akan memastikannya: jumlah unit usaha di sentra, yaitu statistik jumlah unit usaha \(firms\) yang tercatat\.$/,
    );
    expect(en.filter((r) => r.startsWith("Not a cluster: ")).length).toBeGreaterThan(0);
    expect(id.filter((r) => r.startsWith("Belum menjadi klaster: ")).length).toBe(en.filter((r) => r.startsWith("Not a cluster: ")).length);
  });
});
