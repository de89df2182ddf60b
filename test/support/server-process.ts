import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import readline from "node:readline";
import { PROJECT_ROOT } from "./app";

/** Compiles src/ to dist/, which the server processes below run. */
export function buildServer(): void {
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT, stdio: "inherit" });
}

export interface ServerProcess {
  readonly child: ChildProcess;
  /** The exit code; null when a signal ended it. */
  readonly exited: Promise<number | null>;
  readonly stdout: string[];
  readonly stderr: string[];
  /** Resolves with the first line (seen so far or later) matching `pattern`. */
  waitForLine(stream: "stdout" | "stderr", pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
}

/**
 * `node dist/src/main.js` as a person runs it, with no Neo4j settings from the test run
 * (so the embedded default applies) unless `env` gives them.
 */
export function spawnServer(env: Record<string, string>): ServerProcess {
  const base: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "development" };
  for (const name of Object.keys(base)) if (name.startsWith("NEO4J_") || name.startsWith("SIMPUL_")) delete base[name];
  const child = spawn(process.execPath, ["dist/src/main.js"], { cwd: PROJECT_ROOT, env: { ...base, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const lines = { stdout: [] as string[], stderr: [] as string[] };
  const waiters: Array<{ stream: "stdout" | "stderr"; pattern: RegExp; resolve: (m: RegExpMatchArray) => void }> = [];
  for (const stream of ["stdout", "stderr"] as const) {
    readline.createInterface({ input: child[stream] }).on("line", (line) => {
      lines[stream].push(line);
      for (const waiter of waiters.filter((w) => w.stream === stream)) {
        const match = waiter.pattern.exec(line);
        if (match) waiter.resolve(match);
      }
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    exited,
    ...lines,
    waitForLine(stream, pattern, timeoutMs) {
      const seen = lines[stream].map((line) => pattern.exec(line)).find(Boolean);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${stream} line matching ${pattern}:\n${lines[stream].join("\n")}`)), timeoutMs);
        waiters.push({
          stream,
          pattern,
          resolve: (match) => {
            clearTimeout(timer);
            resolve(match);
          },
        });
      });
    },
  };
}

/** Resolves with the value, or rejects once `ms` pass: an upper bound that a hang would break. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
