import type { Driver } from "neo4j-driver";
import type { Database } from "../../src/db/neo4j";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { sumDbHits, type PlanNode } from "../../bench/stats";
import { profileStatement, replay, traceRequest } from "../../bench/trace";
import { HOT_REQUESTS } from "../../bench/requests";
import { startTestApi, type TestApi } from "../support/app";
import { freshGraph } from "../support/database";
import { fixture } from "../support/fixture";

// Every "dbHits" anywhere in the driver's plan object, found without walking `children`.
function dbHitsByJson(plan: unknown): number {
  let total = 0;
  JSON.stringify(plan, (key, value: unknown) => {
    if (key === "dbHits") total += Number(value);
    return value;
  });
  return total;
}

describe("the bench's PROFILE and traces, on a real Neo4j", () => {
  let db: Database;
  let driver: Driver;
  let api: TestApi;

  beforeAll(async () => {
    ({ db, driver } = await freshGraph((db) => writeDataset(db, fixture)));
    await db.write((tx) => tx.run("UNWIND range(1, 50) AS i CREATE (:BenchProbe {i: i})"));
    api = await startTestApi();
  });
  afterAll(async () => {
    await db.write((tx) => tx.run("MATCH (n:BenchProbe) DELETE n"));
    await api.stop();
    await driver.close();
  });

  const probe = "MATCH (n:BenchProbe) WHERE n.i >= $min RETURN n.i AS i";

  it("sums the database hits of every operator of a real plan", async () => {
    const session = driver.session({ database: db.name });
    try {
      const result = await session.run(`PROFILE ${probe}`, { min: 0 });
      const raw = result.summary.profile as unknown as PlanNode;
      expect(raw).toBeTruthy();
      const total = sumDbHits(raw);
      expect(total).toBe(dbHitsByJson(raw));
      // A label scan of 50 nodes plus a property read for each: at least 100 hits, spread over operators.
      expect(total).toBeGreaterThanOrEqual(100);
      expect(raw.children.length).toBeGreaterThan(0);
      const profiled = await profileStatement(driver, db.name, probe, { min: 0 });
      expect(profiled.dbHits).toBe(total);
      expect(profiled.rows).toBe(50);
    } finally {
      await session.close();
    }
  });

  it("counts more hits for more work", async () => {
    const fifty = await profileStatement(driver, db.name, probe, { min: 0 });
    await db.write((tx) => tx.run("UNWIND range(51, 100) AS i CREATE (:BenchProbe {i: i})"));
    const hundred = await profileStatement(driver, db.name, probe, { min: 0 });
    expect(hundred.rows).toBe(100);
    expect(hundred.dbHits - fifty.dbHits).toBeGreaterThanOrEqual(100);
  });

  it("traces a request's statements as the API counts them, and replays them through the bare driver", async () => {
    const request = HOT_REQUESTS.find((r) => r.name === "sentra with members and linkages")!;
    const [variant] = request.variants({ sentraIds: ["t-casting"], provinceIds: [], nameFragments: [] });
    const trace = await traceRequest(api.apollo, driver, db.name, variant);
    const counted = await api.run(variant.query, variant.variables);
    expect(counted.errors).toBeUndefined();
    expect(trace.statements.length).toBe(trace.queryCount);
    expect(trace.queryCount).toBe(counted.queryCount);
    expect(trace.waves.flat()).toHaveLength(trace.statements.length);
    for (const statement of trace.statements) expect(statement.endMs).toBeGreaterThanOrEqual(statement.startMs);
    await expect(replay(driver, db.name, trace)).resolves.toBeUndefined();
  });
});
