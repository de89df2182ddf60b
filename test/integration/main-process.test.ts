import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { PROJECT_ROOT } from "../support/app";
import { alive } from "../support/process";

/**
 * README's first command as a process: the compiled server on the embedded default, seeded on
 * first start, answering GraphQL, then stopped by SIGINT with its Neo4j JVM.
 */
describe("the server process on the embedded default", () => {
  it("starts its own Neo4j, seeds it, answers, and on Ctrl-C (SIGINT to its group) exits 0 leaving no JVM", async () => {
    execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT, stdio: "inherit" });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "simpul-main-test-"));
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", NEO4J_EMBEDDED_PORT: "0", SIMPUL_DATA_DIR: dataDir, NODE_ENV: "development" };
    for (const name of ["NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "SIMPUL_SEED_ON_START"]) delete env[name];
    // Its own process group, so the SIGINT below reaches it the way a terminal's Ctrl-C does.
    const server = spawn(process.execPath, ["dist/src/main.js"], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
    let jvmPid = -1;
    readline.createInterface({ input: server.stderr! }).on("line", (line) => {
      const match = /JVM pid (\d+)/.exec(line);
      if (match) jvmPid = Number(match[1]);
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no 'ready at' line")), 180_000);
        readline.createInterface({ input: server.stdout! }).on("line", (line) => {
          const match = /ready at (\S+)/.exec(line);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
      });
      expect(alive(jvmPid)).toBe(true);

      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ sentra(id: "sentra-ceper-metal-casting") { name members { totalCount } } }' }),
      });
      const body = (await response.json()) as { data: { sentra: { name: string; members: { totalCount: number } } } };
      expect(body.data.sentra.members.totalCount).toBeGreaterThanOrEqual(12);

      process.kill(-server.pid!, "SIGINT");
      expect(await exited).toBe(0);
      expect(alive(jvmPid)).toBe(false);
    } finally {
      server.kill("SIGKILL");
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
