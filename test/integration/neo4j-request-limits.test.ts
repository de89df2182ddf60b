import { DEFAULT_NEO4J_POLICY } from "../../src/config";
import { isTransactionTimeout } from "../../src/db/failures";
import { Database } from "../../src/db/neo4j";
import { tooManyStatements } from "../../src/graphql/errors";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { postGraphql } from "../support/app";
import { fixture } from "../support/fixture";
import { apiOnGraph } from "../support/graph-api";

// Seven statements: the region, its sentra, their regions, members, their regions, linkages, partners' regions.
const NESTED_WALK = `{
  region(id: "t-regency") {
    sentra(first: 10) { edges { node { name region { name }
      members(first: 30) { edges { node { name region { name }
        linkages(first: 10) { edges { node { partner { name region { name } } } } } } } } } } }
  }
}`;

// Counts to a billion and keeps nothing: seconds of work that Neo4j can stop at any point.
const SLOW_CYPHER = "UNWIND range(1, 1000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS none";

describe("per-request limits toward Neo4j", () => {
  const app = apiOnGraph((db) => writeDataset(db, fixture), { overrides: { NEO4J_MAX_STATEMENTS_PER_REQUEST: "3" } });

  it("refuses a request past its statement cap with 400 and TOO_MANY_STATEMENTS, and still answers a small one", async () => {
    const big = await postGraphql(app.api.url, NESTED_WALK);
    expect(big.status).toBe(400);
    expect(big.body.errors?.length).toBeGreaterThan(0);
    expect(new Set(big.body.errors!.map((e) => e.extensions?.code))).toEqual(new Set(["TOO_MANY_STATEMENTS"]));
    expect(big.body.errors![0].message).toContain("more than 3 database statements");

    const small = await postGraphql<{ region: { name: string } }>(app.api.url, '{ region(id: "t-regency") { name } }');
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data?.region.name).toBeTruthy();
  });

  it("holds at most its share of sessions at once: further batches of the request queue", async () => {
    const limits = { ...DEFAULT_NEO4J_POLICY, maxSessionsPerRequest: 2 };
    const view = new Database(app.driver, "neo4j", limits).forRequest(() => {}, tooManyStatements);
    let open = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 6 }, () =>
        view.read(async (tx) => {
          open += 1;
          most = Math.max(most, open);
          await tx.run("UNWIND range(1, 200000) AS x RETURN count(x) AS n");
          open -= 1;
        }),
      ),
    );
    expect(most).toBe(2);
  });

  it("gives each transaction of a request a timeout that Neo4j enforces", async () => {
    const view = new Database(app.driver, "neo4j", { ...DEFAULT_NEO4J_POLICY, transactionTimeoutMs: 300 }).forRequest(() => {}, tooManyStatements);
    const started = Date.now();
    const failure = await view.read((tx) => tx.run(SLOW_CYPHER)).catch((error: unknown) => error);
    expect(isTransactionTimeout(failure)).toBe(true);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
