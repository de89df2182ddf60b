import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/embedded/embedded-neo4j";
import { PROJECT_ROOT, postGraphql, startTestApi } from "../support/app";
import { alive } from "../support/process";
import { buildServer, spawnServer, within } from "../support/server-process";

// Each test kills its OWN Neo4j, never the shared test database.
const SMALL = { projectRoot: PROJECT_ROOT, heapMiB: 512, pageCacheMiB: 32 };
// One statement against Neo4j; an empty graph answers null.
const LOOKUP = '{ region(id: "no-such-region") { name } }';

async function readyStatus(graphqlUrl: string): Promise<number> {
  return (await fetch(new URL("/ready", graphqlUrl))).status;
}

describe("a lost Neo4j", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "simpul-loss-test-"));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("remote: while Neo4j is down a request fails fast with DATABASE_UNAVAILABLE; when it returns the API recovers without a restart", async () => {
    let neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j({ ...SMALL, dataDir, port: 0 });
    const port = Number(new URL(neo4j.uri).port);
    const api = await startTestApi({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: "unused" });
    try {
      expect((await postGraphql(api.url, LOOKUP)).body).toEqual({ data: { region: null } });

      await neo4j.stop();
      // Well under the 30 to 67 s a request used to wait.
      const down = await within(postGraphql(api.url, LOOKUP), 20_000, "a request with Neo4j down");
      expect(down.body.errors?.map((e) => e.extensions?.code)).toEqual(["DATABASE_UNAVAILABLE"]);
      expect(await within(readyStatus(api.url), 20_000, "/ready with Neo4j down")).toBe(503);

      neo4j = await startEmbeddedNeo4j({ ...SMALL, dataDir, port });
      let back: Awaited<ReturnType<typeof postGraphql>> | undefined;
      for (let attempt = 0; attempt < 30 && !back?.body.data; attempt += 1) {
        back = await postGraphql(api.url, LOOKUP);
        if (!back.body.data) await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      expect(back?.body).toEqual({ data: { region: null } });
      expect(await readyStatus(api.url)).toBe(200);
    } finally {
      await api.stop();
      await neo4j.stop();
    }
  }, 240_000);

  it("embedded: when its JVM is killed the server logs it at once and exits non-zero, for a supervisor to restart", async () => {
    buildServer();
    const server = spawnServer({
      PORT: "0",
      NEO4J_EMBEDDED_PORT: "0",
      NEO4J_EMBEDDED_HEAP_MB: "512",
      NEO4J_EMBEDDED_PAGECACHE_MB: "32",
      SIMPUL_DATA_DIR: dataDir,
      SIMPUL_SEED_ON_START: "false",
    });
    try {
      const jvmPid = Number((await server.waitForLine("stderr", /JVM pid (\d+)/, 180_000))[1]);
      await server.waitForLine("stdout", /ready at (\S+)/, 180_000);

      process.kill(jvmPid, "SIGKILL");
      expect(await within(server.exited, 20_000, "the server's exit after its JVM died")).toBe(1);
      const log = server.stderr.join("\n");
      expect(log).toMatch(/"level":"error","message":"Embedded Neo4j died".*"signal":"SIGKILL"/);
      expect(log).toContain(`Exiting: the embedded Neo4j JVM (pid ${jvmPid}) exited unexpectedly (signal SIGKILL)`);
      expect(alive(jvmPid)).toBe(false);
    } finally {
      server.child.kill("SIGKILL");
    }
  }, 300_000);
});
