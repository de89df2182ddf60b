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
    // What `npm start` builds: the server and the explorer's bundle.
    execFileSync("npm", ["run", "build"], { cwd: PROJECT_ROOT, stdio: "inherit" });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "simpul-main-test-"));
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", NEO4J_EMBEDDED_PORT: "0", SIMPUL_DATA_DIR: dataDir, NODE_ENV: "development" };
    for (const name of ["NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "SIMPUL_SEED_ON_START"]) delete env[name];
    // Its own process group, so the SIGINT below reaches it the way a terminal's Ctrl-C does.
    const server = spawn(process.execPath, ["dist/src/main.js"], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
    let jvmPid = -1;
    readline.createInterface({ input: server.stderr }).on("line", (line) => {
      const match = /JVM pid (\d+)/.exec(line);
      if (match) jvmPid = Number(match[1]);
    });
    const stdout = readline.createInterface({ input: server.stdout });
    const printed = (pattern: RegExp, what: string) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no '${what}' line`)), 180_000);
        stdout.on("line", (line) => {
          const match = pattern.exec(line);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
      });
    const explorerPrinted = printed(/open (\S+\/explore) in a browser/, "open ... /explore");
    try {
      const url = await printed(/ready at (\S+)/, "ready at");
      expect(alive(jvmPid)).toBe(true);

      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ sentra(id: "sentra-ceper-metal-casting") { name members { totalCount } } }' }),
      });
      const body = (await response.json()) as { data: { sentra: { name: string; members: { totalCount: number } } } };
      expect(body.data.sentra.members.totalCount).toBeGreaterThanOrEqual(12);

      // The address a newcomer is told to open serves the explorer page.
      const explorer = await fetch(await explorerPrinted);
      expect(explorer.status).toBe(200);
      expect(explorer.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await explorer.text()).toContain("<script");

      process.kill(-server.pid!, "SIGINT");
      expect(await exited).toBe(0);
      expect(alive(jvmPid)).toBe(false);
    } finally {
      server.kill("SIGKILL");
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
