import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { freePort, launcherCommand } from "../../src/embedded/embedded-neo4j";
import { PROJECT_ROOT } from "../support/app";
import { alive, waitFor } from "../support/process";

// A parent process that starts the launcher the way Simpul does, then prints the JVM's pid.
const PARENT = `
const { spawn } = require("node:child_process");
const { command, args } = JSON.parse(process.argv[1]);
const child = spawn(command, args, { stdio: ["pipe", "pipe", "inherit"] });
child.stdout.on("data", (d) => { if (String(d).includes("SIMPUL_NEO4J_READY")) console.log("JVM " + child.pid); });
setInterval(() => {}, 1000);
`;

describe("the embedded Neo4j launcher", () => {
  it("stops its JVM when the process that started it is killed outright", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "simpul-orphan-test-"));
    const launch = launcherCommand({ projectRoot: PROJECT_ROOT, dataDir, port: await freePort(), heapMiB: 512, pageCacheMiB: 32 });
    const parent = spawn(process.execPath, ["-e", PARENT, JSON.stringify(launch)], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      const jvmPid = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("launcher did not report ready")), 120_000);
        readline.createInterface({ input: parent.stdout }).on("line", (line) => {
          if (line.startsWith("JVM ")) {
            clearTimeout(timer);
            resolve(Number(line.slice(4)));
          }
        });
      });
      expect(alive(jvmPid)).toBe(true);

      parent.kill("SIGKILL");
      expect(await waitFor(() => !alive(jvmPid), 60_000)).toBe(true);
    } finally {
      parent.kill("SIGKILL");
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 200_000);
});
