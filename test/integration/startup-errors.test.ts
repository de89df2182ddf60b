import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../src/embedded/embedded-neo4j";
import { buildServer, spawnServer, within } from "../support/server-process";

/**
 * A newcomer's mistakes, each run as the real server process: it exits non-zero with one line
 * that names the variable and the cause, prints no stack, and reports the HTTP port or HOST
 * before any Neo4j starts.
 */
describe("start-up errors", () => {
  let dataDir: string;
  beforeAll(() => buildServer());
  beforeEach(() => {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "simpul-startup-test-")), "neo4j");
  });
  afterEach(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));

  async function failure(env: Record<string, string>) {
    const server = spawnServer({ PORT: "0", SIMPUL_DATA_DIR: dataDir, ...env });
    try {
      const code = await within(server.exited, 30_000, "the failed start");
      const line = server.stderr.find((l) => l.startsWith("Simpul failed to start: "));
      return { code, line, stderr: server.stderr };
    } finally {
      server.child.kill("SIGKILL");
    }
  }

  function expectOneClearLine(result: Awaited<ReturnType<typeof failure>>, expected: RegExp) {
    expect(result.code).toBe(1);
    expect(result.line).toMatch(expected);
    expect(result.stderr.filter((l) => /^\s+at /.test(l))).toEqual([]);
  }

  it("a taken PORT, before the embedded Neo4j starts", async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const result = await failure({ PORT: String(port), HOST: "127.0.0.1" });
      expectOneClearLine(result, new RegExp(`^Simpul failed to start: PORT ${port} is already in use on 127\\.0\\.0\\.1`));
      expect(result.stderr.join("\n")).not.toContain("Embedded Neo4j");
      expect(fs.existsSync(dataDir)).toBe(false);
    } finally {
      taken.close();
    }
  });

  it("a HOST that does not resolve, before the embedded Neo4j starts", async () => {
    const result = await failure({ HOST: "no-such-host.invalid" });
    expectOneClearLine(result, /^Simpul failed to start: HOST "no-such-host\.invalid" does not resolve/);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("a NEO4J_EMBEDDED_PORT in use (another Neo4j), without a JVM stack", async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const result = await failure({ NEO4J_EMBEDDED_PORT: String(port) });
      expectOneClearLine(result, new RegExp(`^Simpul failed to start: NEO4J_EMBEDDED_PORT ${port} is already in use`));
    } finally {
      taken.close();
    }
  });

  it("a NEO4J_URI where nothing listens: a short retry that says why, then one line", async () => {
    const port = await freePort();
    const result = await failure({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: "secret", NEO4J_STARTUP_WAIT_MS: "3000" });
    expectOneClearLine(
      result,
      new RegExp(`^Simpul failed to start: NEO4J_URI bolt://127\\.0\\.0\\.1:${port}: no Neo4j answered within 3 s \\(connect ECONNREFUSED`),
    );
    expect(result.stderr.join("\n")).toContain(`Neo4j at bolt://127.0.0.1:${port} is not reachable yet (connect ECONNREFUSED`);
  });

  it("a NEO4J_URI whose host does not resolve: at once, without retrying", async () => {
    const result = await failure({ NEO4J_URI: "bolt://no-such-host.invalid:7687", NEO4J_PASSWORD: "secret" });
    expectOneClearLine(result, /^Simpul failed to start: NEO4J_URI bolt:\/\/no-such-host\.invalid:7687: its host does not resolve/);
    expect(result.stderr.join("\n")).not.toContain("not reachable yet");
  });

  it("a NEO4J_DATABASE the server does not have", async () => {
    // The shared test Neo4j, only read: the start fails before anything is written.
    const result = await failure({ NEO4J_URI: process.env.NEO4J_URI!, NEO4J_PASSWORD: "unused", NEO4J_DATABASE: "nosuchdb" });
    expectOneClearLine(result, /^Simpul failed to start: NEO4J_DATABASE names "nosuchdb", which Neo4j at bolt:\/\/\S+ does not have/);
  });
});
