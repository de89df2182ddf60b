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
  const errors: { count: number; first?: string } = { count: 0 };
  const phase = async (total: number, maxMs: number, latencies: number[] | undefined) => {
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < total && performance.now() - started < maxMs) {
        const i = next;
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
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    return performance.now() - started;
  };
  await phase(options.warmup, options.maxMs, undefined);
  const latencies: number[] = [];
  const wallMs = await phase(options.requests, options.maxMs, latencies);
  return errors.count === 0 ? summarise(latencies, wallMs) : { ...summarise(latencies, wallMs), errors: errors.count, firstError: errors.first };
}

/**
 * A GraphQL client over keep-alive HTTP (one socket per worker, as a load generator such as wrk
 * or autocannon holds them): each call posts variant i modulo their number and fails on an HTTP
 * error or a GraphQL error in the answer.
 */
export function graphqlClient(url: string, variants: readonly GraphqlRequest[], concurrency: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
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
