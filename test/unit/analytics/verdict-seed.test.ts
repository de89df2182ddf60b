import { MEASURED_SENTRA, type MeasuredSentra } from "../../../seed/research-tables";
import { cooperationDensity } from "../../../src/domain/analytics/cooperation";
import { surveyTables } from "../../../src/domain/analytics/survey-tables";
import { valueChain } from "../../../src/domain/analytics/value-chain";
import { clusterVerdict } from "../../../src/domain/analytics/verdict";
import { seedConcentration, seedNetwork } from "./support/seed-network";

const KEYS = Object.keys(MEASURED_SENTRA) as MeasuredSentra[];

function seedVerdict(key: MeasuredSentra) {
  const network = seedNetwork(MEASURED_SENTRA[key]);
  const core = network.actors.filter((a) => a.roles.includes("CORE")).map((a) => a.id);
  return clusterVerdict({
    network,
    valueChain: valueChain(network),
    cooperation: cooperationDensity(network),
    survey: surveyTables(network.rounds[network.rounds.length - 1], core),
    concentration: seedConcentration(network, 5),
  });
}

/** research/004: the reasons the three metal clusters are still at an early stage. */
const RESEARCH_REASONS = [
  /no specialisation/,
  /members compete rather than cooperate/,
  /cooperation is mostly passive/,
  /supporting institutions are outside the network/,
];

describe("the research's verdict on the three measured sentra (research/004), under default thresholds", () => {
  it.each(KEYS)("%s is an early-stage cluster, not dynamic", (key) => {
    const v = seedVerdict(key);
    expect(v.stage).toBe("EARLY_CLUSTER");
    expect(v.dynamic).toBe(false);
  });

  it.each(KEYS)("%s: the reasons name the research's reasons", (key) => {
    const { reasons } = seedVerdict(key);
    for (const pattern of RESEARCH_REASONS) expect([key, pattern, reasons.some((r) => pattern.test(r))]).toEqual([key, pattern, true]);
    expect(reasons.some((r) => r.startsWith("Not a dynamic cluster: not yet dynamic in skills"))).toBe(true);
  });

  it("the seven-step path: Ceper and Juwana lack a decree for their FPK; Tegal has one but has mapped no promotion body", () => {
    expect(seedVerdict("ceper").sevenSteps.nextStep).toMatchObject({ step: 1, id: "FPK" });
    expect(seedVerdict("juwana").sevenSteps.nextStep).toMatchObject({ step: 1, id: "FPK" });
    const tegal = seedVerdict("tegal").sevenSteps;
    expect(tegal.nextStep).toMatchObject({ step: 3, missing: ["no promotion body mapped"] });
    expect(tegal.steps.map((s) => s.evidenced)).toEqual([true, true, false, true, true, false, true]);
  });
});
