import { CLUSTER_STAGES, type ClusterStage } from "../../src/domain/analytics/criteria";
import { withLanguage } from "../../src/i18n/language";
import { MEASURED_SENTRA } from "../../seed/research-tables";
import { seededApi } from "../support/seeded-api";

const PURBALINGGA = "sentra-purbalingga-knalpot";
const TRANGSAN = "sentra-trangsan-rattan-furniture";
const BEEF_CATTLE = "sentra-tegal-beef-cattle";

const VERDICTS = `{ sentraList(first: 100) { edges { node { id name
  headline { stage stageRank highestPossibleStageRank lowestPossibleStageRank verdictComplete }
  analysis { concentration { recordedFirms recordedYear basis }
    verdict { stage dynamic complete lowestPossibleStage highestPossibleStage couldBeHigher reasons
      undetermined { id requiredFor settledBy }
      criteria { id requiredFor passed basis settledBy } } } } } } }`;

interface Verdict {
  stage: ClusterStage;
  dynamic: boolean;
  complete: boolean;
  lowestPossibleStage: ClusterStage;
  highestPossibleStage: ClusterStage;
  couldBeHigher: boolean;
  reasons: string[];
  undetermined: Array<{ id: string; requiredFor: ClusterStage; settledBy: string }>;
  criteria: Array<{ id: string; requiredFor: ClusterStage; passed: boolean | null; basis: string | null; settledBy: string | null }>;
}
interface Row {
  id: string;
  name: string;
  headline: { stage: ClusterStage; stageRank: number; highestPossibleStageRank: number; lowestPossibleStageRank: number; verdictComplete: number };
  analysis: { concentration: { recordedFirms: number | null; recordedYear: number | null; basis: string }; verdict: Verdict };
}

const rank = (stage: ClusterStage) => CLUSTER_STAGES.indexOf(stage);

const count = (criteria: Verdict["criteria"], rung: ClusterStage, passed: boolean | null) =>
  criteria.filter((c) => c.requiredFor === rung && c.passed === passed).length;
/** More passed than undetermined, none failed. */
const supported = (criteria: Verdict["criteria"], rung: ClusterStage) =>
  count(criteria, rung, false) === 0 && count(criteria, rung, true) > count(criteria, rung, null);

/**
 * The stage on the evidence, worked out here apart from the product's code: up the ladder until a
 * rung fails a criterion or has passes but no more of them than unknowns (an all-unknown rung is
 * crossed); the stage is the highest supported rung below that (more passes than unknowns).
 */
function stageOnTheEvidence(criteria: Verdict["criteria"]): ClusterStage {
  const rungs = CLUSTER_STAGES.slice(1);
  const stop = rungs.findIndex((rung) => count(criteria, rung, false) > 0 || (count(criteria, rung, true) > 0 && !supported(criteria, rung)));
  const below = stop === -1 ? rungs : rungs.slice(0, stop);
  return [...below].reverse().find((rung) => supported(criteria, rung)) ?? "EMBRYO";
}

describe("a verdict on the evidence there is, over the research seed", () => {
  // A cold throwaway Neo4j on a machine shared with other test runs can take longer than a minute.
  const seeded = seededApi({ timeoutMs: 240_000 });
  let rows: Row[];

  beforeAll(async () => {
    const { data, errors } = await seeded.api.run<{ sentraList: { edges: Array<{ node: Row }> } }>(VERDICTS);
    expect(errors).toBeUndefined();
    rows = data!.sentraList.edges.map((e) => e.node);
  });

  it("every seeded sentra's stage is the highest rung its evidence supports, within its possible range", () => {
    expect(rows.length).toBe(14);
    for (const { id, analysis } of rows) {
      const v = analysis.verdict;
      expect({ id, stage: v.stage }).toEqual({ id, stage: stageOnTheEvidence(v.criteria) });
      expect({ id, low: rank(v.lowestPossibleStage) <= rank(v.stage), high: rank(v.stage) <= rank(v.highestPossibleStage) }).toEqual({
        id,
        low: true,
        high: true,
      });
      expect({ id, couldBeHigher: v.couldBeHigher }).toEqual({ id, couldBeHigher: rank(v.highestPossibleStage) > rank(v.stage) });
    }
  });

  it("every incomplete verdict names each undetermined criterion and what would settle it, in its reasons too", () => {
    for (const { id, analysis } of rows) {
      const v = analysis.verdict;
      const unknown = v.criteria.filter((c) => c.passed === null);
      expect({ id, complete: v.complete }).toEqual({ id, complete: unknown.length === 0 });
      expect({ id, undetermined: v.undetermined.map((u) => u.id).sort() }).toEqual({ id, undetermined: unknown.map((c) => c.id).sort() });
      for (const u of v.undetermined) {
        expect(u.settledBy.length).toBeGreaterThan(10);
        expect(v.reasons).toContainEqual(expect.stringContaining(`Would settle it: ${u.settledBy}.`));
      }
      if (v.complete) expect([v.lowestPossibleStage, v.highestPossibleStage]).toEqual([v.stage, v.stage]);
    }
  });

  it("no sentra is an embryo for want of data: an embryo has a failed sentra line, or no supported rung above an unknown one", () => {
    for (const { id, analysis } of rows.filter((r) => r.analysis.verdict.stage === "EMBRYO")) {
      const sentraLine = analysis.verdict.criteria.find((c) => c.id === "SENTRA_CONCENTRATION")!;
      const supportedAbove = CLUSTER_STAGES.slice(2).some((rung) => supported(analysis.verdict.criteria, rung));
      expect({ id, failed: sentraLine.passed === false || !supportedAbove }).toEqual({ id, failed: true });
    }
  });

  it("a sketch nobody surveyed: a missing supporting industry, FKAK or agreement is undetermined, each naming what to record", () => {
    const unsurveyed = rows.filter((r) => r.analysis.verdict.criteria.every((c) => !c.id.startsWith("JICA_") || c.passed === null));
    expect(unsurveyed.length).toBe(11);
    for (const { id, analysis } of unsurveyed) {
      const v = analysis.verdict;
      for (const criterion of ["SPECIALISATION", "FKAK_MEMBERS", "FKAK_MEMBER_KINDS", "ASSISTANCE_UNDER_AGREEMENT"]) {
        expect({ id, criterion, failed: v.criteria.find((c) => c.id === criterion)!.passed === false }).toEqual({ id, criterion, failed: false });
      }
      expect(v.reasons.some((r) => r.includes("every core firm makes the whole product itself"))).toBe(false);
    }
    const v = rows.find((r) => r.id === PURBALINGGA)!.analysis.verdict;
    expect(v.undetermined.find((u) => u.id === "FKAK_MEMBERS")?.settledBy).toBe("its FKAK and members, or a survey round that maps its network");
    expect(v.undetermined.find((u) => u.id === "ASSISTANCE_UNDER_AGREEMENT")?.settledBy).toBe(
      "LPT and PKE agreements with its FKAK, or a survey round that maps its network",
    );
  });

  it("the beef-cattle sentra counts its farming households (research/003 Table 1) but, placed at regency level, the count cannot show them close", () => {
    const { concentration, verdict } = rows.find((r) => r.id === BEEF_CATTLE)!.analysis;
    expect(concentration).toEqual({ recordedFirms: 2291, recordedYear: 2004, basis: "RECORDED_FIRMS" });
    for (const id of ["SENTRA_CONCENTRATION", "CLUSTER_CONCENTRATION"]) {
      expect(verdict.criteria.find((c) => c.id === id)).toMatchObject({
        passed: null,
        basis: "RECORDED_FIRMS",
        settledBy: "coordinates of the firms, or surveyed core firms that reach the line within 5 km",
      });
    }
  });

  it("Purbalingga, without coordinates, is judged on its linkages and says coordinates would settle its concentration", () => {
    const v = rows.find((r) => r.id === PURBALINGGA)!.analysis.verdict;
    expect(v.stage).not.toBe("EMBRYO");
    expect(v.undetermined.find((u) => u.id === "SENTRA_CONCENTRATION")?.settledBy).toBe("the number of firms in the sentra, or coordinates of the core firms");
  });

  it("Trangsan's four recorded firms are a sample: its sentra line is undetermined, not failed", () => {
    const v = rows.find((r) => r.id === TRANGSAN)!.analysis.verdict;
    expect(v.criteria.find((c) => c.id === "SENTRA_CONCENTRATION")).toMatchObject({ passed: null, basis: "SURVEYED_FIRMS" });
    expect(v.reasons.some((r) => r.includes("too few firms"))).toBe(false);
    expect(v.undetermined.find((u) => u.id === "SENTRA_CONCENTRATION")?.settledBy).toBe("the number of firms in the sentra (a recorded firms statistic)");
  });

  it.each(Object.entries(MEASURED_SENTRA))("%s stays an early-stage cluster, not dynamic", (_key, id) => {
    expect(rows.find((r) => r.id === id)!.analysis.verdict).toMatchObject({ stage: "EARLY_CLUSTER", dynamic: false });
  });

  it("the stored headline carries the same distinction", () => {
    for (const { id, headline, analysis } of rows) {
      const v = analysis.verdict;
      expect({ id, ...headline }).toEqual({
        id,
        stage: v.stage,
        stageRank: rank(v.stage),
        highestPossibleStageRank: rank(v.highestPossibleStage),
        lowestPossibleStageRank: rank(v.lowestPossibleStage),
        verdictComplete: v.complete ? 1 : 0,
      });
    }
  });

  it("a recorded count of firms, written through the API, settles the concentration and recomputes the stored verdict", async () => {
    const create = `mutation($input: CreateSentraStatisticInput!) { createSentraStatistic(input: $input) { id } }`;
    const input = { id: "stat-trangsan-firms-test", sentraId: TRANGSAN, year: 2007, measure: "firms", value: 120, unit: "units of business" };
    expect((await seeded.api.run(create, { input })).errors).toBeUndefined();
    const { data } = await seeded.api.run<any>(
      `{ sentraAnalysis(id: "${TRANGSAN}") { concentration { recordedFirms recordedYear basis } verdict { criteria { id passed basis measured } } } sentra(id: "${TRANGSAN}") { headline { verdictComplete } } }`,
    );
    expect(data.sentraAnalysis.concentration).toEqual({ recordedFirms: 120, recordedYear: 2007, basis: "RECORDED_FIRMS" });
    expect(data.sentraAnalysis.verdict.criteria.filter((c: any) => c.id.endsWith("_CONCENTRATION"))).toEqual([
      { id: "SENTRA_CONCENTRATION", passed: true, basis: "RECORDED_FIRMS", measured: 120 },
      { id: "CLUSTER_CONCENTRATION", passed: true, basis: "RECORDED_FIRMS", measured: 120 },
    ]);
  });

  it("refuses a sentra line above the cluster line as BAD_USER_INPUT naming both", async () => {
    const { errors } = await seeded.api.run(
      `{ sentraAnalysis(id: "${TRANGSAN}", thresholds: { sentraMinFirms: 30, clusterMinFirms: 20 }) { verdict { stage } } }`,
    );
    expect(errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "thresholds.sentraMinFirms" });
    expect(errors?.[0].message).toContain("sentraMinFirms");
    expect(errors?.[0].message).toContain("clusterMinFirms");
  });

  it("says it in Indonesian under Accept-Language id", async () => {
    const { data } = await withLanguage("id", () =>
      seeded.api.run<any>(`{ sentraAnalysis(id: "${PURBALINGGA}") { verdict { reasons undetermined { settledBy } } } }`),
    );
    const { reasons, undetermined } = data.sentraAnalysis.verdict;
    expect(reasons).toContainEqual(
      expect.stringMatching(
        /^Belum dapat dinilai apakah sudah menjadi sentra. .*Yang akan memastikannya: jumlah unit usaha di sentra, atau koordinat perusahaan inti\.$/,
      ),
    );
    expect(undetermined.map((u: any) => u.settledBy)).toContain("jumlah unit usaha di sentra, atau koordinat perusahaan inti");
  });
  it("ranking by stageRank: ties by the highest possible stage, then the lowest, page after page", async () => {
    // Four sentra of the same stage with different ranges, as stored headlines, to see the ties broken.
    const ranges: Array<[string, number, number, number]> = [
      [MEASURED_SENTRA.ceper, 0, 0, 0],
      [MEASURED_SENTRA.juwana, 0, 4, 0],
      [MEASURED_SENTRA.tegal, 0, 2, 0],
      [PURBALINGGA, 0, 0, -1],
    ];
    await seeded.driver.executeQuery(
      `UNWIND $ranges AS r MATCH (s:Sentra {id: r[0]})
       SET s.metric_stageRank = r[1], s.metric_highestPossibleStageRank = r[2], s.metric_lowestPossibleStageRank = r[3]`,
      { ranges },
    );
    const ranking = async (descending: boolean) => {
      const ids: string[] = [];
      for (let after: string | null = null, more = true; more;) {
        const { data, errors }: { data?: any; errors?: unknown } = await seeded.api.run<any>(
          `query($after: String, $descending: Boolean!) { sentraRanking(metric: stageRank, descending: $descending, first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after, descending },
        );
        expect(errors).toBeUndefined();
        ids.push(...data.sentraRanking.edges.map((e: any) => e.node.id));
        [after, more] = [data.sentraRanking.pageInfo.endCursor, data.sentraRanking.pageInfo.hasNextPage];
      }
      return ids;
    };
    const descending = await ranking(true);
    expect(descending.length).toBe(rows.length);
    // Of one stage and the same highest possible stage, Ceper (could be no lower) ranks above Purbalingga (could be lower).
    expect(descending.slice(-4)).toEqual([MEASURED_SENTRA.juwana, MEASURED_SENTRA.tegal, MEASURED_SENTRA.ceper, PURBALINGGA]);
    expect((await ranking(false)).slice(0, 4)).toEqual([PURBALINGGA, MEASURED_SENTRA.ceper, MEASURED_SENTRA.tegal, MEASURED_SENTRA.juwana]);
  });
});
