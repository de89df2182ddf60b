import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { graphqlClient } from "./load";
import { HOT_REQUESTS } from "./requests";
import { percentile } from "./stats";
import type { Targets } from "./targets";
import type { GraphqlRequest } from "./trace";

/**
 * The first minute after a start (issue 21): the API and its embedded Neo4j started cold on a
 * loaded data folder, as `npm start` or a supervisor's restart after a JVM death does, and 16
 * clients sending the hot reads from the moment the port serves. Run once with the warm-up and
 * once without (SIMPUL_WARM_UP_SECONDS=0), each a fresh start.
 */
export interface FirstMinuteLeg {
  warmUp: boolean;
  /** Seconds from the process's start to the port serving, and to /ready answering 200. */
  servingAfterS: number;
  readyAfterS?: number;
  windows: FirstMinuteWindow[];
}

export interface FirstMinuteWindow {
  /** Seconds after serving, the window's start (windows are WINDOW_S long, by request start). */
  fromS: number;
  answered: number;
  failed: number;
  /** Failures by error code (or HTTP status). */
  codes: Record<string, number>;
  p50Ms: number;
  p95Ms: number;
}

const WINDOW_S = 5;

export interface FirstMinuteOptions {
  projectRoot: string;
  dataDir: string;
  targets: Targets;
  seconds: number;
  clients: number;
  heapMiB: number;
  pageCacheMiB: number;
  log: (line: string) => void;
}

export async function measureFirstMinute(options: FirstMinuteOptions): Promise<FirstMinuteLeg[]> {
  const variants: GraphqlRequest[] = HOT_REQUESTS.filter((request) => request.name !== "{ __typename }").flatMap((request) =>
    request.variants(options.targets),
  );
  // Interleave kinds so each window sees every kind, not one kind's variants in a row.
  variants.sort((a, b) => JSON.stringify(a.variables ?? {}).localeCompare(JSON.stringify(b.variables ?? {})));
  const legs: FirstMinuteLeg[] = [];
  for (const warmUp of [true, false]) {
    options.log(`first minute: a cold start ${warmUp ? "with" : "without"} the warm-up, ${options.clients} clients for ${options.seconds} s`);
    legs.push(await oneStart(options, variants, warmUp));
  }
  return legs;
}

async function oneStart(options: FirstMinuteOptions, variants: GraphqlRequest[], warmUp: boolean): Promise<FirstMinuteLeg> {
  // The embedded default: no NEO4J_URI (nor its credentials) from the bench's environment.
  const { NEO4J_URI: _uri, NEO4J_USER: _user, NEO4J_PASSWORD: _password, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    NODE_ENV: "production",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    SIMPUL_DATA_DIR: options.dataDir,
    NEO4J_EMBEDDED_PORT: "0",
    NEO4J_EMBEDDED_HEAP_MB: String(options.heapMiB),
    NEO4J_EMBEDDED_PAGECACHE_MB: String(options.pageCacheMiB),
    SIMPUL_SEED_ON_START: "false",
    SIMPUL_WARM_UP_SECONDS: warmUp ? "60" : "0",
  };
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(options.projectRoot, "dist", "src", "main.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stderr: string[] = [];
  child.stderr.on("data", (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 50) stderr.shift();
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const lines = readline.createInterface({ input: child.stdout });
      lines.on("line", (line) => {
        const match = /GraphQL API ready at (\S+)/.exec(line);
        if (match) resolve(match[1]);
      });
      child.once("exit", (code) => reject(new Error(`the API exited with code ${code} before serving\n${stderr.join("")}`)));
    });
    const servingAt = performance.now();
    const readyAfterMs = watchReady(new URL("/ready", url), options.seconds * 1000);
    const client = graphqlClient(url, variants, options.clients);
    const samples: Array<{ at: number; ms: number; code?: string }> = [];
    let next = 0;
    const worker = async () => {
      while (performance.now() - servingAt < options.seconds * 1000) {
        const i = next++;
        const t0 = performance.now();
        let code: string | undefined;
        try {
          await client.send(i);
        } catch (error) {
          code = errorCode(error);
        }
        samples.push({ at: t0 - servingAt, ms: performance.now() - t0, code });
      }
    };
    await Promise.all(Array.from({ length: options.clients }, worker));
    client.close();
    const ready = await readyAfterMs;
    return {
      warmUp,
      servingAfterS: round1((servingAt - started) / 1000),
      readyAfterS: ready === undefined ? undefined : round1((servingAt - started + ready) / 1000),
      windows: windows(samples),
    };
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

/** Milliseconds after serving until /ready first answered 200, polled every 250 ms; undefined if never within `maxMs`. */
async function watchReady(url: URL, maxMs: number): Promise<number | undefined> {
  const from = performance.now();
  while (performance.now() - from < maxMs) {
    try {
      if ((await fetch(url)).status === 200) return performance.now() - from;
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return undefined;
}

/** The error's code as the client sees it: the GraphQL code when the body has one, else the HTTP status. */
export function errorCode(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? /^HTTP (\d+)/.exec(text)?.[0] ?? text.slice(0, 40);
}

function windows(samples: ReadonlyArray<{ at: number; ms: number; code?: string }>): FirstMinuteWindow[] {
  const byWindow = new Map<number, Array<{ ms: number; code?: string }>>();
  for (const sample of samples) {
    const index = Math.floor(sample.at / 1000 / WINDOW_S);
    byWindow.set(index, [...(byWindow.get(index) ?? []), sample]);
  }
  return [...byWindow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, list]) => {
      const codes: Record<string, number> = {};
      for (const { code } of list) if (code) codes[code] = (codes[code] ?? 0) + 1;
      const latencies = list.map((sample) => sample.ms);
      const failed = list.filter((sample) => sample.code).length;
      return {
        fromS: index * WINDOW_S,
        answered: list.length - failed,
        failed,
        codes,
        p50Ms: round1(percentile(latencies, 0.5)),
        p95Ms: round1(percentile(latencies, 0.95)),
      };
    });
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The Markdown table of the two starts, one row per window. */
export function renderFirstMinute(legs: readonly FirstMinuteLeg[]): string {
  const lines = ["| start | seconds after serving | answered | failed | failures by code | p50 ms | p95 ms |", "|---|---:|---:|---:|---|---:|---:|"];
  for (const leg of legs) {
    const name = `${leg.warmUp ? "with warm-up" : "no warm-up"} (serving ${leg.servingAfterS} s, ready ${leg.readyAfterS ?? "–"} s)`;
    for (const window of leg.windows) {
      const codes =
        Object.entries(window.codes)
          .map(([code, count]) => `${code} ${count}`)
          .join(", ") || "–";
      lines.push(
        `| ${name} | ${window.fromS}–${window.fromS + WINDOW_S} | ${window.answered} | ${window.failed} | ${codes} | ${window.p50Ms} | ${window.p95Ms} |`,
      );
    }
  }
  return lines.join("\n");
}
