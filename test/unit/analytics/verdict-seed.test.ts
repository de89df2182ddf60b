import { MEASURED_SENTRA, type MeasuredSentra } from "../../../seed/research-tables";
import { render } from "../../../src/i18n/render";
import { seedVerdict } from "./support/seed-network";

const KEYS = Object.keys(MEASURED_SENTRA) as MeasuredSentra[];

/** research/004: the reasons the three metal clusters are still at an early stage. */
const RESEARCH_REASONS = [
  // A.3: no specialised cooperation, so every IKM still 'bersaing' (competes) with the others
  /no specialisation: .*the members still compete rather than cooperate/,
  // A.4: no cooperation that supports one another yet (said per linkage type: research/001 finds downstream sales mostly passive)
  /cooperation is not yet active on average/,
  /supporting institutions are outside the network/,
];

describe("the research's verdict on the three measured sentra (research/004), under default thresholds", () => {
  it.each(KEYS)("%s is an early-stage cluster, not dynamic", (key) => {
    const v = seedVerdict(key);
    expect(v.stage).toBe("EARLY_CLUSTER");
    expect(v.dynamic).toBe(false);
  });

  it.each(KEYS)("%s: the reasons name the research's reasons", (key) => {
    const reasons = seedVerdict(key).reasons.map((r) => render(r, "en"));
    for (const pattern of RESEARCH_REASONS) expect([key, pattern, reasons.some((r) => pattern.test(r))]).toEqual([key, pattern, true]);
    expect(reasons.some((r) => r.startsWith("Not a dynamic cluster: not yet dynamic in skills"))).toBe(true);
  });

  it.each(KEYS)("%s: in Indonesian, tahap awal klaster and belum dinamis", (key) => {
    const reasons = seedVerdict(key).reasons.map((r) => render(r, "id"));
    expect(reasons.some((r) => r.startsWith("Belum menjadi klaster: "))).toBe(true);
    expect(reasons.some((r) => r.startsWith("Belum menjadi klaster dinamis: "))).toBe(true);
  });

  it.each(KEYS)("%s: the survey's sample decides no concentration line it falls short of", (key) => {
    const v = seedVerdict(key);
    const cluster = v.criteria.find((c) => c.id === "CLUSTER_CONCENTRATION")!;
    expect(cluster).toMatchObject({ basis: "SURVEYED_FIRMS" });
    expect(cluster.passed === null).toBe((cluster.measured ?? 0) < 20);
    if (cluster.passed === null) expect(v.undetermined).toContainEqual(expect.objectContaining({ id: "CLUSTER_CONCENTRATION", requiredFor: "CLUSTER" }));
  });

  it("the seven-step path: Ceper and Juwana lack a decree for their FPK; Tegal has one but has mapped no promotion body", () => {
    expect(seedVerdict("ceper").sevenSteps.nextStep).toMatchObject({ step: 1, id: "FPK" });
    expect(seedVerdict("juwana").sevenSteps.nextStep).toMatchObject({ step: 1, id: "FPK" });
    const tegal = seedVerdict("tegal").sevenSteps;
    expect(tegal.nextStep).toMatchObject({ step: 3 });
    expect(tegal.nextStep!.missing.map((m) => render(m, "en"))).toEqual(["no promotion body mapped"]);
    expect(tegal.steps.map((s) => s.evidenced)).toEqual([true, true, false, true, true, false, true]);
  });
});
