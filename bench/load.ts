import http from "node:http";
import { summarise, type LatencySummary } from "./stats";
import type { GraphqlRequest } from "./trace";

export interface LoadOptions {
  /** Workers sending at once, each waiting for its answer before sending again. */
  concurrency: number;
  /** Requests to time in all (after the warm-up). */
  requests: number;
  /** Stop early once this much time has passed (a slow request kind at a large scale). */
  maxMs: number;
  /** Untimed requests sent first, at the same concurrency. */
  warmup: number;
}

/**
 * Runs `send(i)` for i = 0, 1, ... from `concurrency` workers at once and times each call;
 * throughput is timed calls over the wall time of the timed part.
 */
export async function runLoad(send: (i: number) => Promise<void>, options: LoadOptions): Promise<LatencySummary> {
  return (await runLoadsInterleaved({ only: send }, options, 1)).only;
}

/**
 * Measures several ways of doing the same work (the API, in process, the bare driver) in turns:
 * each leg's timed requests are split into `rounds` slices run one leg after the other, so a
 * change in the machine's load (other processes on two shared cores) weighs on every leg alike
 * instead of on whichever ran during it. Each leg's throughput is its timed calls over the sum of
 * its slices' wall time; `maxMs` bounds each leg's total.
 */
export async function runLoadsInterleaved<K extends string>(
  legs: Record<K, (i: number) => Promise<void>>,
  options: LoadOptions,
  rounds = 5,
): Promise<Record<K, LatencySummary>> {
  const names = Object.keys(legs) as K[];
  const state = new Map(
    names.map((name) => [name, { latencies: [] as number[], wallMs: 0, sent: 0, errors: { count: 0, first: undefined as string | undefined } }]),
  );
  for (const name of names) await timedSlice(legs[name], options.concurrency, 0, options.warmup, options.maxMs, undefined, state.get(name)!.errors);
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const leg = state.get(name)!;
      const share = Math.ceil((options.requests * (round + 1)) / rounds) - leg.sent;
      const budget = (options.maxMs * (round + 1)) / rounds - leg.wallMs;
      if (share <= 0 || budget <= 0) continue;
      const before = leg.latencies.length;
      leg.wallMs += await timedSlice(legs[name], options.concurrency, leg.sent, share, budget, leg.latencies, leg.errors);
      leg.sent += leg.latencies.length - before;
    }
  }
  const summaries = {} as Record<K, LatencySummary>;
  for (const name of names) {
    const { latencies, wallMs, errors } = state.get(name)!;
    const summary = summarise(latencies, wallMs);
    summaries[name] = errors.count === 0 ? summary : { ...summary, errors: errors.count, firstError: errors.first };
  }
  return summaries;
}

interface Errors {
  count: number;
  first?: string;
}

// `total` calls to send(from), send(from + 1), ... from `concurrency` workers, stopping early after
// maxMs; each call timed into `latencies` (unless a warm-up); returns the slice's wall time.
async function timedSlice(
  send: (i: number) => Promise<void>,
  concurrency: number,
  from: number,
  total: number,
  maxMs: number,
  latencies: number[] | undefined,
  errors: Errors,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total && performance.now() - started < maxMs) {
      const i = from + next;
      next += 1;
      const t0 = performance.now();
      try {
        await send(i);
      } catch (error) {
        // A failed request (a database timeout under load) is counted, timed, and the run goes on.
        errors.count += 1;
        errors.first ??= error instanceof Error ? error.message.slice(0, 300) : String(error);
      }
      latencies?.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - started;
}

/**
 * A GraphQL client over keep-alive HTTP (one socket per worker, as a load generator such as wrk
 * or autocannon holds them): each call posts variant i modulo their number and fails on an HTTP
 * error or a GraphQL error in the answer.
 */
export function graphqlClient(url: string, variants: readonly GraphqlRequest[], concurrency: number) {
  // Node's agent drops an idle socket a second before the server's "Keep-Alive: timeout=5" hint,
  // but only when it has a timeout of its own; without one, a socket idle while another leg ran
  // (runLoadsInterleaved) could be reused just as the server closed it (ECONNRESET).
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency, timeout: 60_000 });
  const target = new URL(url);
  const bodies = variants.map((v) => Buffer.from(JSON.stringify(v)));
  const send = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const body = bodies[i % bodies.length];
      const req = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: "POST",
          headers: { "content-type": "application/json", "content-length": body.length },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString();
            if (res.statusCode !== 200 || text.startsWith('{"errors"') || text.includes('"errors":[')) {
              reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
            } else resolve();
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}
