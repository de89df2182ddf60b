import { sevenStepPath } from "../../../src/domain/analytics/seven-steps";
import { valueChain } from "../../../src/domain/analytics/value-chain";
import { firm, network } from "./support/build-network";
import { verdictNetwork } from "./support/verdict-fixture";

const path = (n = verdictNetwork()) => sevenStepPath(n, valueChain(n));

describe("sevenStepPath", () => {
  it("reads each step's evidence from the graph", () => {
    const { steps } = path();
    expect(steps.map((s) => [s.id, s.evidenced])).toEqual([
      ["FPK", true],
      ["LEADING_INDUSTRY", true],
      ["SUPPORTING_INSTITUTIONS_MAPPED", false],
      ["FKAK", false],
      ["LPT_AGREEMENT", true],
      ["PKE_AGREEMENT", false],
      ["MONITORING", true],
    ]);
    expect(steps[0].evidence).toEqual(["Forum fpk, founded 2009-01-01", "2 members named person by person", "decree: SK Bupati Test No. 1/2009"]);
    // a supplier (S1) and a bank (B1, B2) are mapped; no distributor, promotion or certification body
    expect(steps[2].missing).toEqual(["no distributor or marketing mapped", "no promotion body mapped", "no certification body mapped"]);
    // 5 members is not "about fifteen" (10 to 20)
    expect(steps[3].missing).toEqual(["5 members, not about fifteen (10 to 20)"]);
    expect(steps[4].evidence).toEqual(["LPT Name of U1, 2009-03-01 to open"]);
  });

  it("recommends the first step not evidenced", () => {
    expect(path().nextStep).toMatchObject({ step: 3, id: "SUPPORTING_INSTITUTIONS_MAPPED" });
  });

  it("an informal FPK is not step 1 done", () => {
    const n = verdictNetwork();
    n.forums = n.forums.map((f) => ({ ...f, decree: null }));
    expect(path(n).nextStep).toMatchObject({ step: 1, missing: ["no decree (SK Bupati/Walikota): the forum is informal"] });
  });

  it("a bare sentra: nothing evidenced but what the sentra record says", () => {
    const n = network({ actors: [firm("A")] });
    n.sentra.unggulan = false;
    const { steps, nextStep } = path(n);
    expect(steps.every((s) => !s.evidenced)).toBe(true);
    expect(nextStep).toMatchObject({ step: 1, missing: ["no FPK recorded"] });
    expect(steps[1].missing).toEqual(["the sentra is not designated a leading industry (unggulan)"]);
  });
});
