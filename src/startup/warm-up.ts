import type { ApolloServer } from "@apollo/server";
import type { WarmUpPolicy } from "../config";
import type { Database } from "../db/neo4j";
import { createContext, type Caller, type Context } from "../graphql/context";
import type { Logger } from "../logger";
import { warmUpTargets, type WarmUpTargets } from "../repositories/warm-up.repository";
import { warmUpRound, type WarmUpRequest } from "./warm-up-requests";

/** Sentra the warm-up reads, spread over the graph (each round reads five hot requests for each). */
const WARM_UP_SENTRA = 6;
/** Warm when a round takes within this factor of the round before it, either way ... */
const STEADY_RATIO = 1.25;
/** ... after at least this many rounds (the first two plan every statement and fill the caches). */
const MIN_ROUNDS = 3;
/** Requests the warm-up runs at once: as many as Neo4j will face from the admitted clients. */
const WARM_UP_CONCURRENCY = 2;

const WARM_UP_CALLER: Caller = { keyId: "warm-up", name: "warm-up", role: "VIEWER" };

export interface WarmUpResult {
  rounds: number;
  requests: number;
  failures: number;
  /** The failures by error code (DATABASE_TIMEOUT while Neo4j is still cold, say). */
  failureCodes: Record<string, number>;
  elapsedMs: number;
  /** Why it ended: steady round times, the budget spent, stopped by shutdown, or nothing to read. */
  ended: "steady" | "budget" | "stopped" | "empty";
  roundMs: number[];
}

interface WarmUpArgs {
  apollo: ApolloServer<Context>;
  db: Database;
  logger: Logger;
  policy: WarmUpPolicy;
  signal: AbortSignal;
  /** For tests: the clock; Date.now by default. */
  now?: () => number;
}

/**
 * Runs the hot reads through the whole GraphQL path in rounds until a round takes about as long as
 * the one before (the JVM's compiled code, Neo4j's plans and the pages these reads touch are warm)
 * or the budget is spent. A failing read is counted and logged, never fatal: a warm-up that cannot
 * finish still ends at its budget, and readiness then depends on Neo4j answering alone.
 */
export async function warmUp({ apollo, db, logger, policy, signal, now = Date.now }: WarmUpArgs): Promise<WarmUpResult> {
  const started = now();
  const deadline = started + policy.budgetMs;
  const result: WarmUpResult = { rounds: 0, requests: 0, failures: 0, failureCodes: {}, elapsedMs: 0, ended: "budget", roundMs: [] };
  const finish = (ended: WarmUpResult["ended"]) => ({ ...result, ended, elapsedMs: now() - started });
  let targets: WarmUpTargets;
  try {
    targets = await warmUpTargets(db, WARM_UP_SENTRA);
  } catch (error) {
    logger.warn("Warm-up could not pick its targets", { error });
    return finish("budget");
  }
  if (targets.sentraIds.length === 0 && targets.actorNames.length === 0) return finish("empty");
  const round = warmUpRound(targets);
  while (now() < deadline) {
    if (signal.aborted) return finish("stopped");
    const roundStarted = now();
    await runConcurrently(round, WARM_UP_CONCURRENCY, async (request) => {
      if (signal.aborted || now() >= deadline) return;
      result.requests += 1;
      const failure = await execute(apollo, db, logger, request);
      if (failure === undefined) return;
      result.failures += 1;
      result.failureCodes[failure] = (result.failureCodes[failure] ?? 0) + 1;
    });
    if (signal.aborted) return finish("stopped");
    result.roundMs.push(now() - roundStarted);
    result.rounds += 1;
    if (isSteady(result.roundMs)) return finish("steady");
  }
  return finish("budget");
}

/**
 * Whether the round times have settled: enough rounds, and the last within STEADY_RATIO of the one
 * before (much faster means still warming; much slower means something else ran, so look again).
 */
export function isSteady(roundMs: readonly number[]): boolean {
  if (roundMs.length < MIN_ROUNDS) return false;
  const [before, last] = roundMs.slice(-2);
  return last <= before * STEADY_RATIO && before <= last * STEADY_RATIO;
}

/** Runs one read; answers the error code when it failed, undefined when it answered. */
async function execute(apollo: ApolloServer<Context>, db: Database, logger: Logger, request: WarmUpRequest): Promise<string | undefined> {
  try {
    const response = await apollo.executeOperation(request, { contextValue: createContext(db, logger, WARM_UP_CALLER) });
    const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
    if (!errors?.length) return undefined;
    const code = String(errors[0].extensions?.code ?? "UNKNOWN");
    logger.debug("Warm-up read answered an error", { code, error: errors[0].message });
    return code;
  } catch (error) {
    logger.debug("Warm-up read failed", { error });
    return "THROWN";
  }
}

async function runConcurrently<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** One line for the console: how the warm-up ended. */
export function describeWarmUp(result: WarmUpResult): string {
  const seconds = (result.elapsedMs / 1000).toFixed(1);
  const reads = `${result.rounds} rounds, ${result.requests} reads${result.failures ? `, ${result.failures} failed` : ""}`;
  switch (result.ended) {
    case "steady":
      return `Warm after ${seconds} s (${reads})`;
    case "budget":
      return `Warm-up stopped at its budget after ${seconds} s (${reads}; SIMPUL_WARM_UP_SECONDS sets it)`;
    case "empty":
      return "Nothing to warm up: the graph has no sentra yet";
    case "stopped":
      return `Warm-up stopped by shutdown after ${seconds} s`;
  }
}
