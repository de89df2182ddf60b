import type { Driver } from "neo4j-driver";
import { createLogger, silentLogger } from "../../src/logger";
import { seedIfEmpty } from "../../src/seeding";
import { postGraphql, startTestApi, type TestApi } from "../support/app";
import { freshGraph } from "../support/database";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy";

const SENTRA_READ = '{ sentra(id: "sentra-ceper-metal-casting") { name members { totalCount } } }';

async function readiness(api: TestApi): Promise<{ status: number; retryAfter: string | null; body: { status: string; waiting?: number } }> {
  const response = await fetch(new URL("/ready", api.url));
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as { status: string; waiting?: number } };
}

/** Polls /ready until `done` holds (an observable state, not a timer), for at most `ms`. */
async function untilReadiness(api: TestApi, done: (body: { status: string; waiting?: number }) => boolean, ms = 20_000) {
  const deadline = Date.now() + ms;
  let last = await readiness(api);
  while (!done(last.body)) {
    if (Date.now() > deadline) throw new Error(`/ready never reached the expected state; last ${JSON.stringify(last.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await readiness(api);
  }
  return last;
}

/**
 * Right after a start Neo4j is cold: Simpul runs its hot reads itself first, admits only a few
 * client requests at once meanwhile, and /ready says ready only once warm (src/startup/warm-up.ts).
 * Neo4j sits behind a proxy the test holds, so "still warming" is a state the test makes, not a race.
 */
describe("ready only when warm", () => {
  let driver: Driver;
  let proxy: TcpProxy;
  let throughProxy: string;

  beforeAll(async () => {
    ({ driver } = await freshGraph((graph) => seedIfEmpty(graph, silentLogger)));
    const neo4j = new URL(process.env.NEO4J_URI!);
    proxy = await startTcpProxy({ host: neo4j.hostname, port: Number(neo4j.port) });
    throughProxy = `${neo4j.protocol}//127.0.0.1:${proxy.port}`;
  }, 300_000);

  afterAll(async () => {
    proxy?.release();
    await proxy?.stop();
    await driver?.close();
  });

  it("says warming and queues client reads beyond the limit until warm; then ready, every read answered", async () => {
    const log: string[] = [];
    const api = await startTestApi(
      { NEO4J_URI: throughProxy, SIMPUL_WARM_UP_SECONDS: "30", SIMPUL_ADMIT_WHILE_WARMING: "1" },
      createLogger("info", (line) => {
        log.push(line);
        return true;
      }),
    );
    try {
      proxy.hold(); // the warm-up's reads now wait on Neo4j, however fast the machine
      const warming = await readiness(api);
      expect(warming).toEqual({ status: 503, retryAfter: "5", body: { status: "warming", waiting: 0 } });

      const reads = [1, 2, 3].map(() => postGraphql(api.url, SENTRA_READ));
      // One is admitted (and waits on Neo4j with the warm-up); the other two wait for their turn.
      await untilReadiness(api, (body) => body.waiting === 2);

      proxy.release();
      for (const reply of await Promise.all(reads)) {
        expect(reply).toEqual({ status: 200, body: { data: { sentra: { name: expect.any(String), members: { totalCount: expect.any(Number) } } } } });
      }
      const result = await api.warm;
      // A cold Neo4j on a busy machine may stop a first-round read at its timeout; nothing else may fail.
      expect(Object.keys(result!.failureCodes).filter((code) => code !== "DATABASE_TIMEOUT")).toEqual([]);
      // Steady on a quiet machine; on a busy one round times may not settle within the budget (its unit test: isSteady).
      expect(["steady", "budget"]).toContain(result!.ended);
      expect(result!.rounds).toBeGreaterThanOrEqual(1);
      expect(result!.roundMs).toHaveLength(result!.rounds);
      expect(await readiness(api)).toEqual({ status: 200, retryAfter: null, body: { status: "ready" } });
      const ended = log.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry.message === "Warm-up ended");
      expect(ended).toMatchObject({ level: "info", ended: result!.ended, rounds: result!.rounds, queuedClients: 0 });
    } finally {
      proxy.release();
      await api.stop();
    }
  }, 180_000);

  it("a stop during the warm-up ends it as stopped, and the API stops", async () => {
    const api = await startTestApi({ NEO4J_URI: throughProxy, SIMPUL_WARM_UP_SECONDS: "120" });
    proxy.hold();
    const stopped = api.stop();
    proxy.release();
    await stopped;
    expect(await api.warm).toMatchObject({ ended: "stopped" });
  }, 120_000);

  it("with SIMPUL_WARM_UP_SECONDS=0 it is ready at once and admits every request", async () => {
    const api = await startTestApi({ SIMPUL_WARM_UP_SECONDS: "0" });
    try {
      expect(await api.warm).toBeUndefined();
      expect((await readiness(api)).body).toEqual({ status: "ready" });
    } finally {
      await api.stop();
    }
  });

  it("on an empty graph there is nothing to warm: ready at once", async () => {
    await freshGraph().then((graph) => graph.driver.close());
    const api = await startTestApi({ SIMPUL_WARM_UP_SECONDS: "120" });
    try {
      expect(await api.warm).toMatchObject({ ended: "empty", rounds: 0 });
      expect((await readiness(api)).body).toEqual({ status: "ready" });
    } finally {
      await api.stop();
    }
  });
});
