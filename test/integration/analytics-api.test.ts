import type { Driver } from "neo4j-driver";
import { HEADLINE_METRICS } from "../../src/domain/analytics/headline";
import { silentLogger } from "../../src/logger";
import { seedIfEmpty } from "../../src/seeding";
import { MEASURED_SENTRA, TABLE_3, TABLE_8, TABLES_4_TO_7, type MeasuredSentra } from "../../seed/research-tables";
import { startTestApi, type TestApi } from "../support/app";
import { freshGraph } from "../support/database";

const LOCATIONS = Object.keys(MEASURED_SENTRA) as MeasuredSentra[];

const ANALYSIS = `query($id: ID!) {
  sentraAnalysis(id: $id) {
    sentra { id name }
    concentration { coreFirms withCoordinates radiusKm maxWithinRadius }
    valueChain { coreMembers completeness missingStages unlinkedStages weakStages
      stages { stage status coreMembersReached reachShare weak weakReasons actors { actorId kind status linkedCoreMembers tieIds } }
      linkageCoverage { type withTie share byIntensity { passive active proactive unmeasured } } }
    cooperation {
      horizontal { scope metrics { nodeCount edgeCount density weightedDensity tiedShare averageDegree degreeCentralization components { count largestSize largestShare } isolates brokers { id betweenness } }
                   coverage { coreMembers answeredSurvey noData roundId } }
      wholeNetwork { metrics { nodeCount density } }
      byLinkageType { type metrics { density } coverage { noData } } }
    survey { roundId cooperation { question answered yes no passive active proactive }
      indicators { product { displayMean min max } technology { displayMean min max } market { displayMean min max }
                   skills { displayMean min max } trust { displayMean min max } information { displayMean min max } }
      indicatorDisplaySum
      problemSolving { rawMaterial { mean } auxiliaryMaterial { mean } production { mean } marketing { mean } }
      coverage { coreMembers membersWithResponses } }
    verdict { stage dynamic reasons criteria { id group measured threshold passed source shortfall }
      sevenSteps { steps { step id evidenced evidence missing } nextStep { id } } }
  }
}`;

describe("the analyses through GraphQL, over the research seed", () => {
  let driver: Driver;
  let api: TestApi;
  const analyses: Record<string, any> = {};

  beforeAll(async () => {
    ({ driver } = await freshGraph((db) => seedIfEmpty(db, silentLogger)));
    api = await startTestApi();
    for (const location of LOCATIONS) {
      const { data, errors } = await api.run<any>(ANALYSIS, { id: MEASURED_SENTRA[location] });
      expect(errors).toBeUndefined();
      analyses[location] = data.sentraAnalysis;
    }
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  describe.each(LOCATIONS)("%s", (location) => {
    it("reproduces Tables 4 to 7 through the API", () => {
      const rows = Object.fromEntries(analyses[location].survey.cooperation.map(({ question, ...row }: any) => [question, row]));
      for (const [question, byLocation] of Object.entries(TABLES_4_TO_7)) expect({ question, ...rows[question] }).toEqual({ question, ...byLocation[location] });
    });

    it("reproduces Table 3 (rounded means, min, max, and the printed sum) and Table 8 through the API", () => {
      const { indicators, indicatorDisplaySum, problemSolving } = analyses[location].survey;
      for (const [aspect, [mean, min, max]] of Object.entries(TABLE_3[location].aspects)) {
        expect({ aspect, mean: indicators[aspect].displayMean, min: indicators[aspect].min }).toEqual({ aspect, mean, min });
        if (max !== null) expect({ aspect, max: indicators[aspect].max }).toEqual({ aspect, max });
      }
      expect(indicatorDisplaySum).toBe(TABLE_3[location].sum);
      for (const [area, mean] of Object.entries(TABLE_8[location])) expect({ area, mean: problemSolving[area].mean }).toEqual({ area, mean });
    });

    it("gets the research's verdict: early stage, not dynamic, for the research's reasons", () => {
      const { verdict } = analyses[location];
      expect(verdict.stage).toBe("EARLY_CLUSTER");
      expect(verdict.dynamic).toBe(false);
      const reasons = verdict.reasons.join(" ").toLowerCase();
      for (const phrase of ["specialisation", "compete", "passive", "outside"]) expect({ phrase, found: reasons.includes(phrase) }).toEqual({ phrase, found: true });
      for (const criterion of verdict.criteria) expect(criterion.source.length).toBeGreaterThan(10);
      expect(verdict.sevenSteps.steps).toHaveLength(7);
    });

    it("states coverage beside cooperation density", () => {
      const { horizontal } = analyses[location].cooperation;
      expect(horizontal.coverage.coreMembers).toBe(analyses[location].valueChain.coreMembers);
      expect(horizontal.metrics.nodeCount).toBe(horizontal.coverage.coreMembers);
    });
  });

  it("stores headline metrics equal to a fresh computation, and ranks sentra by them", async () => {
    const fields = HEADLINE_METRICS.join(" ");
    const { data, errors } = await api.run<any>(`{ sentraList(first: 100) { edges { node { id headline { stage ${fields} } analysis { verdict { stage } } } } } }`);
    expect(errors).toBeUndefined();
    for (const { node } of data.sentraList.edges) expect({ id: node.id, stage: node.headline.stage }).toEqual({ id: node.id, stage: node.analysis.verdict.stage });
    const ceper = analyses.ceper;
    const stored = data.sentraList.edges.find((e: any) => e.node.id === MEASURED_SENTRA.ceper).node.headline;
    expect(stored.completeness).toBeCloseTo(ceper.valueChain.completeness, 10);
    expect(stored.horizontalDensity).toBeCloseTo(ceper.cooperation.horizontal.metrics.density, 10);
    expect(stored.coreMembers).toBe(ceper.valueChain.coreMembers);

    const ranked = await api.run<any>(`{ sentraRanking(metric: completeness, first: 100) { totalCount edges { value stage node { id } } } }`);
    expect(ranked.errors).toBeUndefined();
    const values = ranked.data.sentraRanking.edges.map((e: any) => e.value).filter((v: number | null) => v !== null);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it("answers what-if thresholds, and refuses a nonsensical one with the field at fault", async () => {
    const easy = await api.run<any>(`{ sentraAnalysis(id: "${MEASURED_SENTRA.ceper}", thresholds: { clusterMinFirms: 1 }) { verdict { criteria { thresholdName threshold } thresholds { name value overridden } } } }`);
    expect(easy.errors).toBeUndefined();
    expect(easy.data.sentraAnalysis.verdict.thresholds.find((t: any) => t.name === "clusterMinFirms")).toMatchObject({ value: 1, overridden: true });
    const bad = await api.run<any>(`{ sentraAnalysis(id: "${MEASURED_SENTRA.ceper}", thresholds: { linkedCoreShare: 1.5 }) { verdict { stage } } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "thresholds.linkedCoreShare" });
  });

  it("analyses any number of sentra in a few Cypher statements", async () => {
    const one = await api.run<any>(`{ sentraList(first: 1) { edges { node { analysis { verdict { stage } } } } } }`);
    const all = await api.run<any>(`{ sentraList(first: 100) { edges { node { analysis { verdict { stage } } } } } }`);
    expect(all.data.sentraList.edges.length).toBeGreaterThan(5);
    // The list, then network, observations and concentration for the whole batch.
    expect(one.queryCount).toBe(4);
    expect(all.queryCount).toBe(one.queryCount);
  });
});

describe("the sentra as the unit of reading", () => {
  let driver: Driver;
  let api: TestApi;

  beforeAll(async () => {
    ({ driver } = await freshGraph((db) => seedIfEmpty(db, silentLogger)));
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  it("recomputes Table 4 for a sentra in one request, and filters its ties by type and intensity", async () => {
    const { data, errors, queryCount } = await api.run<any>(`{
      sentra(id: "${MEASURED_SENTRA.juwana}") {
        surveyResponses(questions: [SAME_TYPE], first: 100) { totalCount edges { node { cooperates intensity } } }
        proactive: linkages(types: [HORIZONTAL_COOPERATION], intensities: [PROACTIVE], first: 100) { totalCount edges { node { type intensity sentra { id } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const answers = data.sentra.surveyResponses.edges.map((e: any) => e.node);
    const table4 = TABLES_4_TO_7.SAME_TYPE.juwana;
    expect({
      answered: data.sentra.surveyResponses.totalCount,
      yes: answers.filter((a: any) => a.cooperates).length,
      proactive: answers.filter((a: any) => a.intensity === "PROACTIVE").length,
    }).toEqual({ answered: table4.answered, yes: table4.yes, proactive: table4.proactive });
    for (const { node } of data.sentra.proactive.edges) expect(node).toEqual({ type: "HORIZONTAL_COOPERATION", intensity: "PROACTIVE", sentra: { id: MEASURED_SENTRA.juwana } });
    expect(data.sentra.proactive.totalCount).toBeGreaterThan(0);
    expect(queryCount).toBeLessThanOrEqual(4);
  });
});
