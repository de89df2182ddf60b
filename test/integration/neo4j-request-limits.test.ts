import { DEFAULT_NEO4J_POLICY } from "../../src/config";
import { isRetryableConflict, isTransactionTimeout, WriteTimedOut } from "../../src/db/failures";
import { Database } from "../../src/db/neo4j";
import { tooManyStatements } from "../../src/graphql/errors";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { postGraphql } from "../support/app";
import { countingSessions } from "../support/counting-driver";
import { fixture } from "../support/fixture";
import { apiOnGraph } from "../support/graph-api";
import { LockHolder } from "../support/lock-holder";

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

/**
 * A write Neo4j stopped at its timeout: while it waited for a lock, Neo4j stops its lock client (a
 * ClientError the driver does not retry); before it got there (a slow machine), the timeout itself.
 */
function stoppedAtTimeout(error: unknown): boolean {
  return error instanceof WriteTimedOut || (error as { code?: unknown } | undefined)?.code === "Neo.ClientError.Transaction.LockClientStopped";
}

// Takes the region's write lock and leaves no trace.
const LOCK_REGION = "MATCH (r:Region {id: 't-regency'}) SET r.__lock = true REMOVE r.__lock";

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

  it("holds at most its share of sessions at once: further batches of the request queue without one", async () => {
    const { driver, sessions } = countingSessions(app.driver);
    const view = new Database(driver, "neo4j", { ...DEFAULT_NEO4J_POLICY, maxSessionsPerRequest: 2 }).forRequest(() => {}, tooManyStatements);
    // Each batch, once in its transaction, stays there until the test lets it leave.
    const inside: Array<() => void> = [];
    const arrivals: Array<() => void> = [];
    const untilInside = async (count: number) => {
      while (inside.length < count) await new Promise<void>((arrive) => arrivals.push(arrive));
    };
    const reads = Array.from({ length: 6 }, () =>
      view.read(async (tx) => {
        await tx.run("RETURN 1 AS one");
        await new Promise<void>((leave) => {
          inside.push(leave);
          for (const arrive of arrivals.splice(0)) arrive();
        });
      }),
    );
    // Two batches are inside their transactions and stay; the other four have not opened a session.
    await untilInside(2);
    expect(sessions.open).toBe(2);
    // Each time one leaves, one more comes in: never a third session.
    for (let entered = 3; entered <= 6; entered += 1) {
      inside[entered - 3]();
      await untilInside(entered);
      expect(sessions.open).toBe(2);
    }
    for (const leave of inside.slice(4)) leave();
    await Promise.all(reads);
    expect(sessions).toEqual({ open: 0, most: 2 });
  });

  it("gives each transaction of a request a timeout that Neo4j enforces: on a long read, and on a write waiting for a lock", async () => {
    const view = new Database(app.driver, "neo4j", { ...DEFAULT_NEO4J_POLICY, transactionTimeoutMs: 300 }).forRequest(() => {}, tooManyStatements);
    // Counting to a billion takes far longer than 300 ms: only the timeout ends it with this failure.
    const failure = await view.read((tx) => tx.run(SLOW_CYPHER)).catch((error: unknown) => error);
    expect(isTransactionTimeout(failure)).toBe(true);

    // The region's lock is held until this test lets it go. Two writes wait for it: the request's,
    // and one of the shared Database, which gives no timeout.
    const holder = await LockHolder.take(app.driver, app.db.name, LOCK_REGION);
    let untimed: Promise<unknown> | undefined;
    try {
      untimed = app.db.write((tx) => tx.run(LOCK_REGION));
      const stopped = await view.write((tx) => tx.run(`MATCH (r:Region {id: 't-regency'}) SET r.name = 'Renamed'`)).catch((error: unknown) => error);
      if (!stoppedAtTimeout(stopped)) throw stopped;
      expect(isRetryableConflict(stopped)).toBe(true);
      // The write without a timeout still waits for the same lock: the timeout, nothing else, ended the other.
      expect((await holder.untilBlocked()).currentQuery).toBe(LOCK_REGION);
    } finally {
      await holder.release();
    }
    await untimed;
    expect(await app.db.read(async (tx) => (await tx.run(`MATCH (r:Region {id: 't-regency'}) RETURN r.name AS name`)).records[0].get("name"))).not.toBe(
      "Renamed",
    );
  });
});
