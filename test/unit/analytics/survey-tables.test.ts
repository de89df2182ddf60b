import { MEASURED_SENTRA, TABLE_3, TABLE_8, TABLES_4_TO_7, type MeasuredSentra } from "../../../seed/research-tables";
import { roundChange } from "../../../src/domain/analytics/round-change";
import { surveyTables } from "../../../src/domain/analytics/survey-tables";
import { JICA_ASPECTS, PROBLEM_AREAS, SURVEY_QUESTIONS } from "../../../src/domain/vocabulary";
import { round } from "./support/build-network";
import { seedNetwork } from "./support/seed-network";

const KEYS = Object.keys(MEASURED_SENTRA) as MeasuredSentra[];

function seedTables(key: MeasuredSentra) {
  const network = seedNetwork(MEASURED_SENTRA[key]);
  const core = network.actors.filter((a) => a.roles.includes("CORE")).map((a) => a.id);
  return surveyTables(network.rounds[network.rounds.length - 1], core);
}

describe("surveyTables reproduces the research's printed tables from the seed", () => {
  it.each(KEYS)("%s: Tables 4 to 7", (key) => {
    const tables = seedTables(key);
    for (const question of SURVEY_QUESTIONS) {
      const printed = TABLES_4_TO_7[question][key];
      const row = tables.cooperation.find((r) => r.question === question)!;
      expect({ yes: row.yes, no: row.no, passive: row.passive, active: row.active, proactive: row.proactive, answered: row.answered }).toEqual(printed);
    }
  });

  it.each(KEYS)("%s: Table 3, rounded means, minima, maxima and the printed sum", (key) => {
    const tables = seedTables(key);
    for (const aspect of JICA_ASPECTS) {
      const [mean, min, max] = TABLE_3[key].aspects[aspect];
      const row = tables.indicators[aspect];
      expect([aspect, row.displayMean, row.min]).toEqual([aspect, mean, min]);
      // Klaten's information maximum is not printed (null): nothing to compare.
      if (max !== null) expect([aspect, row.max]).toEqual([aspect, max]);
    }
    expect(tables.indicatorDisplaySum).toBe(TABLE_3[key].sum);
  });

  it.each(KEYS)("%s: Table 8 per problem area", (key) => {
    const tables = seedTables(key);
    for (const area of PROBLEM_AREAS) expect([area, tables.problemSolving[area].displayMean]).toEqual([area, TABLE_8[key][area]]);
  });

  it("Pati's product mean prints as 4 and Tegal's market mean (64/22 = 2.91) as 3", () => {
    expect(seedTables("juwana").indicators.product.displayMean).toBe(4);
    const market = seedTables("tegal").indicators.market;
    expect(market.mean).toBeCloseTo(64 / 22, 10);
    expect(market.displayMean).toBe(3);
  });

  it("coverage: Tegal has 22 core members, all with responses", () => {
    expect(seedTables("tegal").coverage).toEqual({ coreMembers: 22, membersWithResponses: 22, respondentsOutsideCore: 0 });
  });
});

describe("surveyTables on a hand-made round", () => {
  const data = {
    ...round("r1", [
      ["a", "SAME_TYPE", true, "PASSIVE"],
      ["b", "SAME_TYPE", true, "ACTIVE"],
      ["c", "SAME_TYPE", false, null],
      ["a", "SUPPORTING", true, null],
      ["x", "SUPPORTING", false, null],
    ]),
    // product 2, 3: mean 2.5 prints as 3 (half up); technology 1, 2: 1.5 prints as 2
    indicatorScores: [
      { actorId: "a", product: 2, technology: 1, market: 1, skills: 1, trust: 1, information: 1 },
      { actorId: "b", product: 3, technology: 2, market: 1, skills: 1, trust: 1, information: 1 },
    ],
    problemSolvingScores: [{ actorId: "a", rawMaterial: 4, auxiliaryMaterial: 1, production: 2, marketing: 3 }],
  };

  it("counts answers, not firms: a firm without a response did not answer", () => {
    const t = surveyTables(data, ["a", "b", "c", "d"]);
    const same = t.cooperation.find((r) => r.question === "SAME_TYPE")!;
    expect(same).toEqual({ question: "SAME_TYPE", answered: 3, yes: 2, no: 1, passive: 1, active: 1, proactive: 0, yesWithoutIntensity: 0, yesShare: 2 / 3 });
    const upstream = t.cooperation.find((r) => r.question === "UPSTREAM")!;
    expect(upstream).toMatchObject({ answered: 0, yes: 0, yesShare: null });
  });

  it("Table 7 (SUPPORTING) has no intensity columns", () => {
    const supporting = surveyTables(data, ["a"]).cooperation.find((r) => r.question === "SUPPORTING")!;
    expect(supporting).toMatchObject({ answered: 2, yes: 1, no: 1, passive: null, active: null, proactive: null, yesWithoutIntensity: 1 });
  });

  it("rounds half up for display and sums the rounded means", () => {
    const t = surveyTables(data, ["a", "b"]);
    expect(t.indicators.product).toEqual({ scored: 2, mean: 2.5, displayMean: 3, min: 2, max: 3 });
    expect(t.indicators.technology.displayMean).toBe(2);
    // rounded means 3 + 2 + 1 + 1 + 1 + 1
    expect(t.indicatorDisplaySum).toBe(9);
    expect(t.problemSolving.rawMaterial).toEqual({ scored: 1, mean: 4, displayMean: 4, min: 4, max: 4 });
  });

  it("coverage tells core members from other respondents", () => {
    // respondents a, b, c, x; core a, b, d
    expect(surveyTables(data, ["a", "b", "d"]).coverage).toEqual({ coreMembers: 3, membersWithResponses: 2, respondentsOutsideCore: 2 });
  });

  it("a round without scores gives null means and a null sum", () => {
    const t = surveyTables(round("empty", []), []);
    expect(t.indicators.trust).toEqual({ scored: 0, mean: null, displayMean: null, min: null, max: null });
    expect(t.indicatorDisplaySum).toBeNull();
  });
});

describe("roundChange", () => {
  it("subtracts older from newer, figure by figure", () => {
    const older = surveyTables(
      round("r1", [
        ["a", "SAME_TYPE", false, null],
        ["b", "SAME_TYPE", true, "PASSIVE"],
      ]),
      ["a", "b"],
    );
    const newer = surveyTables(
      {
        ...round("r2", [
          ["a", "SAME_TYPE", true, "ACTIVE"],
          ["b", "SAME_TYPE", true, "PROACTIVE"],
          ["c", "SAME_TYPE", true, "ACTIVE"],
        ]),
        indicatorScores: [{ actorId: "a", product: 4, technology: 3, market: 3, skills: 3, trust: 3, information: 3 }],
      },
      ["a", "b", "c"],
    );
    const change = roundChange(older, newer);
    expect(change.olderRoundId).toBe("r1");
    expect(change.newerRoundId).toBe("r2");
    // answered 2 -> 3, yes 1 -> 3, no 1 -> 0, passive 1 -> 0, active 0 -> 2, proactive 0 -> 1, yes share 0.5 -> 1
    expect(change.cooperation.find((c) => c.question === "SAME_TYPE")).toEqual({
      question: "SAME_TYPE",
      answered: 1,
      yes: 2,
      no: -1,
      passive: -1,
      active: 2,
      proactive: 1,
      yesShare: 0.5,
    });
    // the older round has no scores: no change can be stated
    expect(change.indicators.product).toEqual({ mean: null, min: null, max: null });
    expect(change.cooperation.find((c) => c.question === "SUPPORTING")!.passive).toBeNull();
  });
});
