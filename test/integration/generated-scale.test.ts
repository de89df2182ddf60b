import { headlineOf } from "../../src/domain/analytics/headline";
import type { Database } from "../../src/db/neo4j";
import { datasetSize, generateDataset, SCALES } from "../../src/generate/synthetic";
import { listActors } from "../../src/repositories/actor.repository";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { findStoredMetrics, listSentraRanked } from "../../src/repositories/sentra-metrics.repository";
import { analyseSentraBatch, recomputeAllSentraMetrics } from "../../src/services/sentra-analysis.service";
import { apiOnGraph } from "../support/graph-api";

/*
 * The `small` synthetic scale, loaded the way `npm run generate` loads it (the dataset writer,
 * batches that each commit), then read through the API: the analyses answer on it, stored metrics
 * equal a fresh computation, lists count what they filter, and the ranking pages through every
 * sentra in its order, read from the metric's index.
 */

const dataset = generateDataset(SCALES.small, 7);
const province = dataset.regions.find((r) => r.level === "PROVINCE")!.id;

async function count(db: Database, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  return db.read(async (tx) => Number((await tx.run(cypher, params)).records[0].get(0)));
}

describe("the small generated scale, loaded through the batched import path", () => {
  const progress: string[] = [];
  const app = apiOnGraph(
    async (fresh) => {
      await writeDataset(fresh, dataset, (collection, done, total) => done === total && progress.push(collection), {
        batchSize: 1000,
        transactions: "per-batch",
      });
      await recomputeAllSentraMetrics(fresh, 16);
    },
    { timeoutMs: 600_000 },
  );

  it("writes every node and relationship of the dataset, reporting each collection", async () => {
    const expected = datasetSize(dataset);
    // Every node of the dataset, and besides them only each sentra's stored analysis (derived by the recompute).
    expect(await count(app.db, "MATCH (n) WHERE NOT n:SentraAnalysis RETURN count(n)")).toBe(expected.nodes);
    expect(await count(app.db, "MATCH (n:SentraAnalysis) RETURN count(n)")).toBe(dataset.sentra.length);
    expect(await count(app.db, "MATCH ()-[r]->() RETURN count(r)")).toBe(expected.relationships);
    expect(await count(app.db, "MATCH ()-[l:LINKED]->() RETURN count(l)")).toBe(SCALES.small.linkages);
    expect(progress).toEqual(expect.arrayContaining(["regions", "sentra", "actors", "participations", "linkages", "surveyResponses"]));
  });

  it("loading it again changes nothing", async () => {
    const before = [await count(app.db, "MATCH (n) RETURN count(n)"), await count(app.db, "MATCH ()-[r]->() RETURN count(r)")];
    await writeDataset(app.db, dataset, () => {}, { batchSize: 2000, transactions: "per-batch" });
    expect([await count(app.db, "MATCH (n) RETURN count(n)"), await count(app.db, "MATCH ()-[r]->() RETURN count(r)")]).toEqual(before);
  });

  it("keeps every sentra's stored metrics equal to a fresh computation", async () => {
    const ids = dataset.sentra.map((s) => s.id);
    const [stored, fresh] = await Promise.all([findStoredMetrics(app.db, ids), analyseSentraBatch(app.db, ids)]);
    expect(stored.size).toBe(ids.length);
    for (const id of ids) expect({ id, ...stored.get(id) }).toEqual({ id, ...headlineOf(fresh.get(id)!) });
  });

  it("answers the analyses of a few sentra: verdict, value chain, cooperation, survey", async () => {
    const ids = dataset.sentra.slice(0, 3).map((s) => s.id);
    const { data, errors } = await app.api.run<{ compareSentra: { analyses: any[]; missingIds: string[] } }>(
      `query($ids: [ID!]!) { compareSentra(ids: $ids) { missingIds analyses {
        sentra { id } valueChain { coreMembers completeness } cooperation { horizontal { metrics { density } coverage { coreMembers answeredSurvey } } }
        survey { cooperation { question answered yes no } indicatorDisplaySum } verdict { stage reasons criteria { id passed } } } } }`,
      { ids },
    );
    expect(errors).toBeUndefined();
    expect(data!.compareSentra.analyses.map((a) => a.sentra.id)).toEqual(ids);
    expect(data!.compareSentra.missingIds).toEqual([]);
    for (const analysis of data!.compareSentra.analyses) {
      const firms = dataset.participations.filter((p) => p.sentraId === analysis.sentra.id && p.role === "CORE").length;
      expect(analysis.valueChain.coreMembers).toBe(firms);
      expect(analysis.verdict.stage).toEqual(expect.any(String));
      expect(analysis.verdict.criteria.length).toBeGreaterThan(0);
      const answered = dataset.indicatorScores.filter((s) => s.sentraId === analysis.sentra.id).length;
      expect(analysis.cooperation.horizontal.coverage.answeredSurvey).toBeLessThanOrEqual(answered);
      expect(analysis.survey.cooperation).toHaveLength(4);
    }
  });

  it("ranks: the first page in order, totalCount the sentra of the filter", async () => {
    const { data, errors } = await app.api.run<{ country: any; province: any }>(
      `query($province: ID!) {
        country: sentraRanking(metric: completeness, first: 10) { totalCount edges { value node { id name } } pageInfo { hasNextPage } }
        province: sentraRanking(metric: coreMembers, regionId: $province, first: 5) { totalCount edges { value node { id } } } }`,
      { province },
    );
    expect(errors).toBeUndefined();
    expect(data!.country.totalCount).toBe(dataset.sentra.length);
    const values = data!.country.edges.map((e: { value: number }) => e.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(data!.country.pageInfo.hasNextPage).toBe(true);
    const inProvince = new Set(dataset.regions.filter((r) => r.parentId === province).map((r) => r.id));
    const sentraInProvince = dataset.sentra.filter((s) => inProvince.has(s.regionId));
    expect(data!.province.totalCount).toBe(sentraInProvince.length);
    const ids = new Set(sentraInProvince.map((s) => s.id));
    expect(data!.province.edges.every((e: { node: { id: string } }) => ids.has(e.node.id))).toBe(true);
    const sizes = data!.province.edges.map((e: { value: number }) => e.value);
    const expected = sentraInProvince.map((s) => dataset.participations.filter((p) => p.sentraId === s.id && p.role === "CORE").length).sort((a, b) => b - a);
    expect(sizes).toEqual(expected.slice(0, sizes.length));
  });

  it("pages through a whole ranking with cursors, each sentra once, those without a value last by name", async () => {
    const missing = dataset.sentra.slice(5, 8).map((s) => s.id);
    await app.db.write((tx) => tx.run(`UNWIND $ids AS id MATCH (s:Sentra {id: id}) REMOVE s.metric_indicatorDisplaySum`, { ids: missing }));
    try {
      const seen: Array<{ id: string; name: string; value: number | null }> = [];
      for (let after: string | null = null; ;) {
        const { data, errors }: { data?: { sentraRanking: any }; errors?: unknown } = await app.api.run<{ sentraRanking: any }>(
          `query($after: String) { sentraRanking(metric: indicatorDisplaySum, descending: false, first: 7, after: $after) {
            edges { value node { id name } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        expect(errors).toBeUndefined();
        seen.push(...data!.sentraRanking.edges.map((e: any) => ({ id: e.node.id, name: e.node.name, value: e.value })));
        if (!data!.sentraRanking.pageInfo.hasNextPage) break;
        after = data!.sentraRanking.pageInfo.endCursor;
      }
      expect(seen.map((s) => s.id).sort()).toEqual(dataset.sentra.map((s) => s.id).sort());
      const valued = seen.filter((s) => s.value !== null);
      expect(valued.map((s) => s.value)).toEqual([...valued.map((s) => s.value)].sort((a, b) => a! - b!));
      const tail = seen.slice(-missing.length);
      expect(tail.map((s) => s.value)).toEqual([null, null, null]);
      expect(tail.map((s) => s.name)).toEqual([...tail.map((s) => s.name)].sort());
    } finally {
      await recomputeAllSentraMetrics(app.db, 50);
    }
  });

  it("reads the ranking's first page from the metric's index in order, without sorting every sentra", async () => {
    const statements: string[] = [];
    await listSentraRanked(
      app.db.observed((cypher) => statements.push(cypher)),
      { metric: "completeness", descending: true, stages: [] },
      { after: null, limit: 20 },
    );
    expect(statements).toHaveLength(1);
    const plan = await app.db.read((tx) =>
      tx.run(`EXPLAIN ${statements[0]}`, { regionId: null, productContains: null, stages: [], after: null, take: 21 }).then((r) => r.summary.plan),
    );
    const operators: Array<{ type: string; details: string }> = [];
    const walk = (op: any) => {
      operators.push({ type: op.operatorType.replace(/@.*$/, ""), details: String(op.arguments?.Details ?? "") });
      op.children.forEach(walk);
    };
    walk(plan);
    const indexRead = operators.find((o) => /^NodeIndex(Scan|SeekByRange|Seek)/.test(o.type) && o.details.includes("metric_completeness"));
    expect(indexRead).toBeDefined();
    // Equal values are ordered by name and id as they stream from the index: a partial top-k.
    expect(operators.some((o) => o.type === "PartialTop")).toBe(true);
  });

  it("counts filtered lists exactly, and only when totalCount is asked for", async () => {
    const { data, errors } = await app.api.run<{ firms: any; sentraList: any; sentra: any }>(
      `query($province: ID!, $sentra: ID!) {
        firms: actors(filter: { kinds: [IKM], regionId: $province }, first: 3) { totalCount edges { node { id } } }
        sentraList(regionId: $province, first: 2) { totalCount }
        sentra(id: $sentra) { members(roles: [CORE], first: 2) { totalCount } linkages(types: [HORIZONTAL_COOPERATION], first: 1) { totalCount } } }`,
      { province, sentra: dataset.sentra[0].id },
    );
    expect(errors).toBeUndefined();
    expect(data!.firms.totalCount).toBe(
      await count(app.db, `MATCH (a:Actor {kind: 'IKM'})-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $province}) RETURN count(DISTINCT a)`, {
        province,
      }),
    );
    expect(data!.firms.edges).toHaveLength(3);
    expect(data!.sentraList.totalCount).toBe(
      await count(app.db, `MATCH (s:Sentra)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $province}) RETURN count(DISTINCT s)`, { province }),
    );
    const sentraId = dataset.sentra[0].id;
    expect(data!.sentra.members.totalCount).toBe(dataset.participations.filter((p) => p.sentraId === sentraId && p.role === "CORE").length);
    expect(data!.sentra.linkages.totalCount).toBe(dataset.linkages.filter((l) => l.sentraId === sentraId && l.type === "HORIZONTAL_COOPERATION").length);

    // Without totalCount in the selection the repository is asked not to count (and does not).
    const statements: string[] = [];
    const page = await listActors(
      app.db.observed((c) => statements.push(c)),
      { kinds: ["IKM"], roles: [] },
      { after: null, limit: 5, count: false },
    );
    expect(page.totalCount).toBeNull();
    expect(page.items).toHaveLength(5);
    expect(statements.join("\n")).not.toMatch(/count\(\*\)/);
    const counted = await listActors(app.db, { kinds: ["IKM"], roles: [] }, { after: null, limit: 5, count: true });
    expect(counted.totalCount).toBe(SCALES.small.firms);
  });
});
