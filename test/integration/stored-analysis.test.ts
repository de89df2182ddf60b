import fs from "node:fs";
import path from "node:path";
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType } from "graphql";
import { ANALYSIS_VERSION } from "../../src/domain/analytics/stored-analysis";
import { analyseSentraBatch, recomputeAllSentraMetrics, recomputeSentraMetrics } from "../../src/services/sentra-analysis.service";
import { MEASURED_SENTRA } from "../../seed/research-tables";
import { PROJECT_ROOT } from "../support/app";
import { LockHolder } from "../support/lock-holder";
import { expectStoredAnalysesCurrent } from "../support/stored-analysis";
import { seededApi } from "../support/seeded-api";

/** Every field of a type, nested, from the emitted schema: what a client could ask of an analysis (not the sentra node itself). */
function selectionOf(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .filter((field) => field.name !== "sentra")
    .map((field) => {
      const named = getNamedType(field.type);
      return isObjectType(named) ? `${field.name} { ${selectionOf(named)} }` : field.name;
    })
    .join(" ");
}

const schema = buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, "schema", "schema.graphql"), "utf8"));
const EVERYTHING = selectionOf(schema.getType("SentraAnalysis") as GraphQLObjectType);
const ALL_ANALYSES = `{ sentraList(first: 100) { edges { node { id analysis { sentra { id } ${EVERYTHING} } } } } }`;
const CEPER = MEASURED_SENTRA.ceper;

/**
 * The analysis stored on every write (src/domain/analytics/stored-analysis.ts) is what the API
 * serves under the default thresholds; these tests hold it equal to one computed now, through the
 * API, and show when the API computes instead.
 */
describe("the stored sentra analyses", () => {
  const seeded = seededApi();
  let ids: string[];

  beforeAll(async () => {
    ids = await seeded.db.read(async (tx) => (await tx.run(`MATCH (s:Sentra) RETURN s.id AS id ORDER BY id`)).records.map((r) => r.get("id") as string));
  });

  async function run(query: string) {
    const result = await seeded.api.run<any>(query);
    expect(result.errors).toBeUndefined();
    return result;
  }

  const setStored = (cypher: string, params: Record<string, unknown> = {}) => seeded.db.write((tx) => tx.run(cypher, params));

  it("stores every seed sentra's analysis on seeding, equal to one computed now", async () => {
    expect(ids.length).toBeGreaterThan(5);
    await expectStoredAnalysesCurrent(seeded.db, ids);
  });

  it("serves every field of every seed sentra's analysis from the store, the same as computed now, the stored ones in one statement", async () => {
    const stored = await run(ALL_ANALYSES);
    // The list; every stored analysis in one read; the sentra nodes; and, for the brokers, every sentra analysed now (three).
    expect(stored.queryCount).toBe(6);
    await setStored(`MATCH (a:SentraAnalysis) DETACH DELETE a`);
    const live = await run(ALL_ANALYSES);
    // The list; the stored analyses (none); every sentra analysed now (three); the sentra nodes.
    expect(live.queryCount).toBe(6);
    expect(stored.data).toEqual(live.data);
    expect(live.data.sentraList.edges.map((e: any) => e.node.id).sort()).toEqual([...ids].sort());

    await recomputeAllSentraMetrics(seeded.db);
    await expectStoredAnalysesCurrent(seeded.db, ids);
    expect((await run(ALL_ANALYSES)).data).toEqual(live.data);
  });

  it("recomputes every sentra in batches smaller than their number, two batches at once, each once", async () => {
    await setStored(`MATCH (a:SentraAnalysis) DETACH DELETE a`);
    const seen: number[] = [];
    expect(await recomputeAllSentraMetrics(seeded.db, 2, (done) => seen.push(done))).toBe(ids.length);
    expect(seen).toHaveLength(Math.ceil(ids.length / 2));
    expect(seen[seen.length - 1]).toBe(ids.length);
    await expectStoredAnalysesCurrent(seeded.db, ids);
  });

  it("serves the store under the default thresholds, and computes now with thresholds given or a stored analysis of another version", async () => {
    const verdict = (thresholds = "") => `{ sentraAnalysis(id: "${CEPER}"${thresholds}) { verdict { stage } valueChain { completeness } } }`;
    const computed = (await run(verdict())).data.sentraAnalysis;
    expect(computed.verdict.stage).toBe("EARLY_CLUSTER");
    // A stored analysis that says something else is what the API serves: it reads the store.
    const tamper = `MATCH (a:SentraAnalysis {id: $id})
                    SET a.verdict = replace(a.verdict, '"stage":"EARLY_CLUSTER"', '"stage":"DYNAMIC_CLUSTER"'),
                        a.valueChain = replace(a.valueChain, '"completeness":', '"completeness":0.5,"was":')`;
    await setStored(tamper, { id: CEPER });
    expect((await run(verdict())).data.sentraAnalysis).toEqual({ verdict: { stage: "DYNAMIC_CLUSTER" }, valueChain: { completeness: 0.5 } });
    // With any threshold given, the analysis is computed now, even when the value is the default.
    expect((await run(verdict(", thresholds: { clusterMinFirms: 20 }"))).data.sentraAnalysis).toEqual(computed);
    // Stored by another version of the analytics: computed now.
    await setStored(`MATCH (a:SentraAnalysis {id: $id}) SET a.version = $old`, { id: CEPER, old: ANALYSIS_VERSION - 1 });
    expect((await run(verdict())).data.sentraAnalysis).toEqual(computed);
    // None stored: computed now.
    await setStored(`MATCH (a:SentraAnalysis {id: $id}) DELETE a`, { id: CEPER });
    expect((await run(verdict())).data.sentraAnalysis).toEqual(computed);
    // The next write to the sentra (here a recompute) stores it again.
    await recomputeAllSentraMetrics(seeded.db);
    await expectStoredAnalysesCurrent(seeded.db, [CEPER]);
  });

  it("reads only the parts of the stored analysis a request selects, through fragments too", async () => {
    const full = (await run(`{ sentraAnalysis(id: "${CEPER}") { verdict { stage } valueChain { completeness stages { stage status } } } }`)).data;
    // A part that a request does not select is neither read nor parsed: unreadable, it changes nothing.
    await setStored(`MATCH (a:SentraAnalysis {id: $id}) SET a.valueChainStages = 'not JSON', a.cooperation = 'not JSON'`, { id: CEPER });
    const figures = `fragment Figures on ValueChain { completeness }`;
    const { data } = await run(`{ sentraAnalysis(id: "${CEPER}") { ... on SentraAnalysis { verdict { stage } } valueChain { ...Figures } } } ${figures}`);
    expect(data.sentraAnalysis).toEqual({ verdict: full.sentraAnalysis.verdict, valueChain: { completeness: full.sentraAnalysis.valueChain.completeness } });
    // Asked through a fragment, the stages are read (and here unreadable: an error, not a silent gap).
    const stages = `fragment Stages on ValueChain { stages { stage } }`;
    const broken = await seeded.api.run<any>(`{ sentraAnalysis(id: "${CEPER}") { valueChain { ...Stages } } } ${stages}`);
    expect(broken.errors?.length).toBeGreaterThan(0);
    await recomputeAllSentraMetrics(seeded.db);
    expect((await run(`{ sentraAnalysis(id: "${CEPER}") { verdict { stage } valueChain { completeness stages { stage status } } } }`)).data).toEqual(full);
  });

  it("computes the brokers asked for, for every measured graph of a stored analysis", async () => {
    const live = (await analyseSentraBatch(seeded.db, [CEPER])).get(CEPER)!.cooperation;
    const query = `{ sentraAnalysis(id: "${CEPER}") { cooperation {
      horizontal { metrics { brokers { id betweenness } } } wholeNetwork { metrics { brokers { id betweenness } } }
      byLinkageType { type metrics { brokers { id betweenness } } } } } }`;
    const { data, queryCount } = await run(query);
    const served = data.sentraAnalysis.cooperation;
    expect(served.horizontal.metrics.brokers).toEqual(live.horizontal.metrics.brokers);
    expect(served.wholeNetwork.metrics.brokers).toEqual(live.wholeNetwork.metrics.brokers);
    expect(served.wholeNetwork.metrics.brokers.length).toBeGreaterThan(0);
    for (const measure of live.byLinkageType)
      expect(served.byLinkageType.find((m: any) => m.type === measure.type)).toEqual({ type: measure.type, metrics: { brokers: measure.metrics.brokers } });
    // The stored analysis, then the sentra analysed now once for all ten graphs (network, observations, concentration).
    expect(queryCount).toBe(4);
  });

  it("compares sentra from the store, in the order asked, naming the ids it did not find", async () => {
    const ceper = await run(`{ sentraAnalysis(id: "${CEPER}") { sentra { id } verdict { stage } } }`);
    const compared = await run(
      `{ compareSentra(ids: ["${MEASURED_SENTRA.tegal}", "unknown", "${CEPER}", "also-unknown"]) { analyses { sentra { id } verdict { stage } } missingIds } }`,
    );
    expect(compared.data.compareSentra.analyses.map((a: any) => a.sentra.id)).toEqual([MEASURED_SENTRA.tegal, CEPER]);
    expect(compared.data.compareSentra.analyses[1]).toEqual(ceper.data.sentraAnalysis);
    expect(compared.data.compareSentra.missingIds).toEqual(["unknown", "also-unknown"]);
  });

  it("recomputes under the sentra's write lock: a recompute begun while another transaction holds the sentra stores what that transaction commits", async () => {
    const before = (await analyseSentraBatch(seeded.db, [CEPER])).get(CEPER)!;
    // Two core firms with no tie between them: a tie between them changes the horizontal density.
    const core = before.network.actors.filter((a) => a.roles.includes("CORE")).map((a) => a.id);
    const tied = (x: string, y: string) => before.network.ties.some((t) => (t.fromId === x && t.toId === y) || (t.fromId === y && t.toId === x));
    const [first, second] = core.flatMap((x) => core.filter((y) => x < y && !tied(x, y)).map((y) => [x, y]))[0].map((id) => ({ id }));
    // Another write holds the sentra (as a mutation's lock does) and adds a horizontal tie, not yet committed.
    const writer = await LockHolder.take(seeded.driver, seeded.db.name, `MATCH (s:Sentra {id: $id}) SET s.__lock = true REMOVE s.__lock`, { id: CEPER });
    let recompute: Promise<number> | undefined;
    try {
      await writer.transaction.run(
        `MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
         CREATE (a)-[:LINKED {id: 'race-tie', type: 'HORIZONTAL_COOPERATION', intensity: 'ACTIVE', sentraId: $id, version: 1}]->(b)`,
        { a: first.id, b: second.id, id: CEPER },
      );
      recompute = recomputeSentraMetrics(seeded.db, [CEPER]);
      // The recompute waits for the writer, in its first statement (lockNodes), before it has read
      // anything (unlocked, it would read the network without the tie and wait only to store it).
      // Only then does the writer commit.
      const blocked = await writer.untilBlocked();
      expect(blocked.currentQuery).toMatch(/MATCH \(n:Sentra \{id: id\}\)[\s\S]*SET n\.__lock = true/);
      await writer.commit();
    } finally {
      await writer.release();
    }
    expect(await recompute).toBe(1);
    const after = (await analyseSentraBatch(seeded.db, [CEPER])).get(CEPER)!;
    expect(after.network.ties.map((t) => t.id)).toContain("race-tie");
    expect(after.cooperation.horizontal.metrics.density).toBeGreaterThan(before.cooperation.horizontal.metrics.density!);
    await expectStoredAnalysesCurrent(seeded.db, [CEPER]);

    await setStored(`MATCH ()-[l:LINKED {id: 'race-tie'}]->() DELETE l`);
    await recomputeSentraMetrics(seeded.db, [CEPER]);
    await expectStoredAnalysesCurrent(seeded.db, [CEPER]);
  });
});
