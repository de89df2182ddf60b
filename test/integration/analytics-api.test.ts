import { HEADLINE_METRICS } from "../../src/domain/analytics/headline";
import { MEASURED_SENTRA, TABLE_3, TABLE_8, TABLES_4_TO_7, type MeasuredSentra } from "../../seed/research-tables";
import { seededApi } from "../support/seeded-api";

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
  const seeded = seededApi();
  const analyses: Record<string, any> = {};

  beforeAll(async () => {
    for (const location of LOCATIONS) {
      const { data, errors } = await seeded.api.run<any>(ANALYSIS, { id: MEASURED_SENTRA[location] });
      expect(errors).toBeUndefined();
      analyses[location] = data.sentraAnalysis;
    }
  });

  describe.each(LOCATIONS)("%s", (location) => {
    it("reproduces Tables 4 to 7 through the API", () => {
      const rows = Object.fromEntries(analyses[location].survey.cooperation.map(({ question, ...row }: any) => [question, row]));
      for (const [question, byLocation] of Object.entries(TABLES_4_TO_7))
        expect({ question, ...rows[question] }).toEqual({ question, ...byLocation[location] });
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
      for (const phrase of ["specialisation", "compete", "passive", "outside"])
        expect({ phrase, found: reasons.includes(phrase) }).toEqual({ phrase, found: true });
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
    const { data, errors } = await seeded.api.run<any>(
      `{ sentraList(first: 100) { edges { node { id headline { stage ${fields} } analysis { verdict { stage } } } } } }`,
    );
    expect(errors).toBeUndefined();
    for (const { node } of data.sentraList.edges)
      expect({ id: node.id, stage: node.headline.stage }).toEqual({ id: node.id, stage: node.analysis.verdict.stage });
    const ceper = analyses.ceper;
    const stored = data.sentraList.edges.find((e: any) => e.node.id === MEASURED_SENTRA.ceper).node.headline;
    expect(stored.completeness).toBeCloseTo(ceper.valueChain.completeness, 10);
    expect(stored.horizontalDensity).toBeCloseTo(ceper.cooperation.horizontal.metrics.density, 10);
    expect(stored.coreMembers).toBe(ceper.valueChain.coreMembers);

    const ranked = await seeded.api.run<any>(`{ sentraRanking(metric: completeness, first: 100) { totalCount edges { value stage node { id } } } }`);
    expect(ranked.errors).toBeUndefined();
    const values = ranked.data.sentraRanking.edges.map((e: any) => e.value).filter((v: number | null) => v !== null);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it("answers what-if thresholds, and refuses a nonsensical one with the field at fault", async () => {
    const easy = await seeded.api.run<any>(
      `{ sentraAnalysis(id: "${MEASURED_SENTRA.ceper}", thresholds: { sentraMinFirms: 1, clusterMinFirms: 1 }) { verdict { criteria { thresholdName threshold } thresholds { name value overridden } } } }`,
    );
    expect(easy.errors).toBeUndefined();
    expect(easy.data.sentraAnalysis.verdict.thresholds.find((t: any) => t.name === "clusterMinFirms")).toMatchObject({ value: 1, overridden: true });
    const bad = await seeded.api.run<any>(`{ sentraAnalysis(id: "${MEASURED_SENTRA.ceper}", thresholds: { linkedCoreShare: 1.5 }) { verdict { stage } } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "thresholds.linkedCoreShare" });
  });

  it("analyses any number of sentra in a few Cypher statements", async () => {
    const one = await seeded.api.run<any>(`{ sentraList(first: 1) { edges { node { analysis { verdict { stage } } } } } }`);
    const all = await seeded.api.run<any>(`{ sentraList(first: 100) { edges { node { analysis { verdict { stage } } } } } }`);
    expect(all.data.sentraList.edges.length).toBeGreaterThan(5);
    // The list, then the stored analyses of the whole batch.
    expect(one.queryCount).toBe(2);
    expect(all.queryCount).toBe(one.queryCount);
    // Computed now (thresholds given): the list, then network, observations and concentration for the whole batch.
    const whatIf = (first: number) =>
      `{ sentraList(first: ${first}) { edges { node { analysis(thresholds: { clusterMinFirms: 10 }) { verdict { stage } } } } } }`;
    expect((await seeded.api.run<any>(whatIf(1))).queryCount).toBe(4);
    expect((await seeded.api.run<any>(whatIf(100))).queryCount).toBe(4);
  });
});

describe("the sentra as the unit of reading", () => {
  const seeded = seededApi();

  it("recomputes Table 4 for a sentra in one request, and filters its ties by type and intensity", async () => {
    const { data, errors, queryCount } = await seeded.api.run<any>(`{
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
    for (const { node } of data.sentra.proactive.edges)
      expect(node).toEqual({ type: "HORIZONTAL_COOPERATION", intensity: "PROACTIVE", sentra: { id: MEASURED_SENTRA.juwana } });
    expect(data.sentra.proactive.totalCount).toBeGreaterThan(0);
    expect(queryCount).toBeLessThanOrEqual(4);
  });
});

describe("partners, provider gaps, communities and drawings through GraphQL", () => {
  const seeded = seededApi();

  it.each(["FINANCE", "TECHNICAL_ASSISTANCE", "BUYERS"])("suggests %s partners only to firms lacking it, never one they are already tied to", async (need) => {
    const { data, errors } = await seeded.api.run<any>(`{
      sentra(id: "${MEASURED_SENTRA.tegal}") {
        partners(need: ${need}, suggestionsPerMember: 5) { need linkageTypes coreMembers
          lacking(first: 100) { totalCount edges { node { memberId
            member { linkages(first: 100) { edges { node { type direction partner { id } } } } }
            suggestions { candidateId score distanceKm distanceTo reasons { code value text } candidate { id kind } } } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const search = data.sentra.partners;
    expect(search.lacking.totalCount).toBeGreaterThan(0);
    expect(search.lacking.totalCount).toBeLessThanOrEqual(search.coreMembers);
    let suggested = 0;
    for (const { node } of search.lacking.edges) {
      const ties = node.member.linkages.edges.map((e: any) => e.node);
      // The member is served by no tie of the need's types (sales: it sells; otherwise it receives).
      const serving = ties.filter(
        (t: any) => search.linkageTypes.includes(t.type) && t.direction === (t.type === "DOWNSTREAM_SALES" ? "OUTGOING" : "INCOMING"),
      );
      expect({ member: node.memberId, serving }).toEqual({ member: node.memberId, serving: [] });
      const partners = new Set(ties.map((t: any) => t.partner.id));
      for (const s of node.suggestions) {
        expect({ member: node.memberId, candidate: s.candidateId, alreadyTied: partners.has(s.candidateId) }).toEqual({
          member: node.memberId,
          candidate: s.candidateId,
          alreadyTied: false,
        });
        expect(s.candidate.id).toBe(s.candidateId);
        expect(s.score).toBeGreaterThan(0);
        suggested += 1;
      }
      const scores = node.suggestions.map((s: any) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect(suggested).toBeGreaterThan(0);
  });

  it("shows a provider where its kind of service is missing, nearest first", async () => {
    const bank = "bank-bri-ceper";
    const { data, errors } = await seeded.api.run<any>(`{
      providerGaps(providerId: "${bank}", radiusKm: 100) { provider { id kind } needs
        members(first: 100) { totalCount edges { node { memberId sentraId distanceKm missingNeeds } } }
        sentra(first: 10) { edges { node { sentraId lackingCount membersConsidered lackingShare nearestKm } } } }
    }`);
    expect(errors).toBeUndefined();
    const gaps = data.providerGaps;
    expect(gaps.provider).toEqual({ id: bank, kind: "BANK" });
    expect(gaps.needs).toContain("FINANCE");
    expect(gaps.members.totalCount).toBeGreaterThan(0);
    const km = gaps.members.edges.map((e: any) => e.node.distanceKm).filter((d: number | null) => d !== null);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    for (const { node } of gaps.members.edges) expect(node.missingNeeds.length).toBeGreaterThan(0);
    for (const { node } of gaps.sentra.edges) expect(node.lackingShare).toBeCloseTo(node.lackingCount / node.membersConsidered, 10);
    const unknown = await seeded.api.run<any>(`{ providerGaps(providerId: "nobody") { needs } }`);
    expect(unknown.data.providerGaps).toBeNull();
  });

  it("finds communities in a region's linkage graph, the same on every run, and their overlap with designated sentra", async () => {
    const query = `{ regionCommunities(regionId: "region-tegal") { modularity nodeCount edgeCount singletons truncated
      communities(first: 100) { totalCount edges { node { id size memberIds internalTies coveredBy hubId undesignated overlaps { sentraId members shareOfCommunity } } } } } }`;
    const first = await seeded.api.run<any>(query);
    expect(first.errors).toBeUndefined();
    const detection = first.data.regionCommunities;
    expect(detection.communities.totalCount).toBeGreaterThan(1);
    expect(detection.modularity).toBeGreaterThan(0);
    const members = detection.communities.edges.flatMap((e: any) => e.node.memberIds);
    expect(new Set(members).size).toBe(members.length);
    expect(members.length + detection.singletons.length).toBe(detection.nodeCount);
    // A star around one actor is never undesignated (docs/analytics.md, "Communities").
    for (const { node } of detection.communities.edges) expect(node.undesignated).toBe(node.coveredBy === null && node.hubId === null);
    expect((await seeded.api.run<any>(query)).data).toEqual(first.data);
    expect((await seeded.api.run<any>(`{ regionCommunities(regionId: "nowhere") { nodeCount } }`)).data.regionCommunities).toBeNull();
  });

  it("gives a frontend a network to draw, filtered and capped with a clear message", async () => {
    const { data, errors } = await seeded.api.run<any>(`{ sentra(id: "${MEASURED_SENTRA.ceper}") {
      members(roles: [CORE], first: 100) { totalCount }
      full: network(depth: 1) { totalNodes truncated message nodes { id kind roles stage isCore isIsolate isOutsideNetwork depth } edges { id type intensity fromId toId } }
      coreOnly: network(depth: 0, linkageTypes: [HORIZONTAL_COOPERATION]) { nodes { id isCore untied } edges { type } }
      capped: network(maxNodes: 3) { totalNodes truncated message nodes { id } } } }`);
    expect(errors).toBeUndefined();
    const { full, coreOnly, capped, members } = data.sentra;
    expect(full.nodes.filter((n: any) => n.isCore)).toHaveLength(members.totalCount);
    const ids = new Set(full.nodes.map((n: any) => n.id));
    for (const edge of full.edges) expect([ids.has(edge.fromId), ids.has(edge.toId)]).toEqual([true, true]);
    // Depth 0: the core members, and the participants no horizontal tie links to them (untied).
    expect(coreOnly.nodes.every((n: any) => n.isCore !== n.untied)).toBe(true);
    expect(coreOnly.nodes.filter((n: any) => n.isCore)).toHaveLength(members.totalCount);
    expect(coreOnly.edges.every((e: any) => e.type === "HORIZONTAL_COOPERATION")).toBe(true);
    expect(capped).toMatchObject({ truncated: true, totalNodes: full.totalNodes });
    expect(capped.nodes).toHaveLength(3);
    expect(capped.message).toMatch(/3/);
    const bad = await seeded.api.run<any>(`{ sentra(id: "${MEASURED_SENTRA.ceper}") { network(depth: 9) { totalNodes } } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "depth" });
  });
});
