import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

/** Peak resident set (VmHWM) of a running process in MiB, from /proc; undefined when unreadable. */
export function peakRssMiB(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface ApiProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * The API as it runs in production: `node dist/src/main.js` in its own process, on the Neo4j at
 * `neo4jUri` (no seeding, warnings only), so its peak RSS is its own and not the load generator's.
 */
export async function startApiProcess(projectRoot: string, neo4jUri: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<ApiProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    NEO4J_URI: neo4jUri,
    // The embedded Neo4j runs without authentication; the driver still sends a token.
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD || "embedded",
    SIMPUL_SEED_ON_START: "false",
    ...extraEnv,
  };
  const child: ChildProcess = spawn(process.execPath, [path.join(projectRoot, "dist", "src", "main.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
  const stderr: string[] = [];
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 100) stderr.shift();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start in 120 s\n${stderr.join("")}`)), 120_000);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const match = /GraphQL API ready at (\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with code ${code} before serving\n${stderr.join("")}`));
    });
  });
  // Measure the API warm, as it is once /ready says so (src/startup/warm-up.ts), not while it warms up.
  await untilReady(new URL("/ready", url), 180_000, () => stderr.join(""));
  return {
    url,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

async function untilReady(url: URL, maxMs: number, log: () => string): Promise<void> {
  const deadline = performance.now() + maxMs;
  while ((await fetch(url)).status !== 200) {
    if (performance.now() > deadline) throw new Error(`the API was not ready within ${maxMs / 1000} s\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  java: string;
  os: string;
}

export function describeMachine(): Machine {
  let java = "unknown";
  try {
    // java -version writes to stderr.
    java = execFileSync("sh", ["-c", "java -version 2>&1 | head -1"], { encoding: "utf8" }).trim() || java;
  } catch {
    // no java: a remote Neo4j
  }
  return {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    java,
    os: `${os.type()} ${os.release()}`,
  };
}

export function gitCommit(projectRoot: string): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: projectRoot, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}
