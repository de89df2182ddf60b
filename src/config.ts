import path from "node:path";

/** Where Simpul finds its Neo4j: a server named by NEO4J_URI, or the embedded launcher. */
export type Neo4jTarget =
  { kind: "remote"; uri: string; user: string; password: string } | { kind: "embedded"; dataDir: string; port: number; heapMiB: number; pageCacheMiB: number };

export interface Config {
  readonly env: "development" | "production" | "test";
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly neo4j: Neo4jTarget;
  readonly neo4jPolicy: Neo4jPolicy;
  readonly ide: boolean;
  /** Whether clients may read the schema: introspection and "Did you mean" suggestions in errors. */
  readonly introspection: boolean;
  readonly seedOnStart: boolean;
  readonly logLevel: LogLevel;
  /** Browser origins allowed to call the API from another site; ["*"] allows any. */
  readonly corsOrigins: readonly string[];
  /** Whether every request needs an API key (at least VIEWER); writes always need one. */
  readonly readsRequireKey: boolean;
  readonly http: HttpPolicy;
  readonly warmUp: WarmUpPolicy;
}

/**
 * Right after a start the JVM, Neo4j's plan cache and page cache are cold: 16 clients then saw
 * most requests time out for half a minute. Simpul runs its hot reads itself first, lets only a
 * few client requests run at once meanwhile, and says ready on /ready only once warm.
 */
export interface WarmUpPolicy {
  /** Longest the warm-up may take; 0 skips it (ready at once, no admission limit). */
  budgetMs: number;
  /** Client GraphQL requests that may run at once while warming; the others wait their turn. */
  admitWhileWarming: number;
}

/** How long the HTTP server waits on a client, and how many clients it holds at once. */
export interface HttpPolicy {
  /** From the connection to the end of the request's headers (slow headers). */
  headersTimeoutMs: number;
  /** From the connection to the end of the request's body (slow bodies). */
  requestTimeoutMs: number;
  /** How long a kept-alive connection may wait for its next request. */
  keepAliveTimeoutMs: number;
  /** How long a connection may pass nothing either way before it is closed. */
  idleTimeoutMs: number;
  /** Open connections at most; a connection beyond them is closed at once. */
  maxConnections: number;
}

function httpPolicy(env: Env): HttpPolicy {
  const requestTimeoutMs = integer(env, "HTTP_REQUEST_TIMEOUT_MS", 30_000, 100, 3_600_000);
  const headersTimeoutMs = integer(env, "HTTP_HEADERS_TIMEOUT_MS", Math.min(10_000, requestTimeoutMs), 100, 3_600_000);
  // Node refuses a headers timeout longer than the request timeout (the headers are part of the request).
  if (headersTimeoutMs > requestTimeoutMs) throw new ConfigError("HTTP_HEADERS_TIMEOUT_MS", `must not exceed HTTP_REQUEST_TIMEOUT_MS (${requestTimeoutMs})`);
  return {
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: integer(env, "HTTP_KEEP_ALIVE_TIMEOUT_MS", 5_000, 100, 600_000),
    // Longer than a request's own work may take (its Neo4j transactions stop at NEO4J_TRANSACTION_TIMEOUT_MS each).
    idleTimeoutMs: integer(env, "HTTP_IDLE_TIMEOUT_MS", 120_000, 100, 3_600_000),
    maxConnections: integer(env, "HTTP_MAX_CONNECTIONS", 1_000, 1, 1_000_000),
  };
}

export type LogLevel = "debug" | "info" | "warn" | "error";
const LOG_LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error"];

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(", ")}, got "${raw}"`);
  }
  return raw as T;
}

function origins(env: Env, name: string): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return [];
  const list = raw
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of list) {
    if (origin === "*") continue;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError(name, `must list origins such as https://planner.example.org, got "${origin}"`);
    }
    if (parsed.origin !== origin) throw new ConfigError(name, `must list bare origins (scheme, host, port), got "${origin}"`);
  }
  return list;
}

const URI_SCHEMES = ["neo4j:", "neo4j+s:", "neo4j+ssc:", "bolt:", "bolt+s:", "bolt+ssc:"];

function neo4jTarget(env: Env, projectRoot: string): Neo4jTarget {
  const uri = env.NEO4J_URI;
  if (uri) {
    let scheme: string;
    try {
      scheme = new URL(uri).protocol;
    } catch {
      throw new ConfigError("NEO4J_URI", `is not a URI: "${uri}"`);
    }
    if (!URI_SCHEMES.includes(scheme)) {
      throw new ConfigError("NEO4J_URI", `must use one of ${URI_SCHEMES.join(" ")} , got "${scheme}"`);
    }
    const password = env.NEO4J_PASSWORD;
    if (!password) throw new ConfigError("NEO4J_PASSWORD", "is required when NEO4J_URI is set");
    return { kind: "remote", uri, user: env.NEO4J_USER || "neo4j", password };
  }
  return {
    kind: "embedded",
    dataDir: path.resolve(projectRoot, env.SIMPUL_DATA_DIR || ".simpul-data/neo4j"),
    port: integer(env, "NEO4J_EMBEDDED_PORT", 7687, 0, 65535),
    heapMiB: integer(env, "NEO4J_EMBEDDED_HEAP_MB", 1024, 256, 65536),
    pageCacheMiB: integer(env, "NEO4J_EMBEDDED_PAGECACHE_MB", 256, 16, 65536),
  };
}

/** How Simpul talks to Neo4j: timeouts that fail fast, and what one request may use of it. */
export interface Neo4jPolicy {
  /** Longest wait to open a connection; a free pooled connection is awaited twice as long. */
  readonly connectTimeoutMs: number;
  /** How long the driver retries a transaction after a transient failure (a lost server). */
  readonly retryTimeMs: number;
  /** How long start-up keeps retrying a Neo4j that refuses connections (one still booting). */
  readonly startupWaitMs: number;
  /** Longest a request's transaction may run before Neo4j stops it. */
  readonly transactionTimeoutMs: number;
  /** Cypher statements one request may send. */
  readonly maxStatementsPerRequest: number;
  /** Sessions (pooled connections) one request may hold at once; its further batches queue. */
  readonly maxSessionsPerRequest: number;
  /**
   * Write transactions all requests of this process may run in Neo4j at once; further writes
   * queue in the process (their timeout not yet running), so a burst of writes cannot make Neo4j
   * plan, lock and wait for all of them at the same time.
   */
  readonly maxConcurrentWrites: number;
}

export const DEFAULT_NEO4J_POLICY: Neo4jPolicy = {
  connectTimeoutMs: 5000,
  retryTimeMs: 3000,
  startupWaitMs: 20_000,
  transactionTimeoutMs: 10_000,
  maxStatementsPerRequest: 100,
  maxSessionsPerRequest: 4,
  maxConcurrentWrites: 8,
};

const BULK_LOAD_RETRY_TIME_MS = 60_000;

/**
 * For bulk loads outside requests (npm run generate, restore and recompute, the bench's loads): batches of thousands of
 * rows run for seconds, and batches written at once may deadlock on a node they both tie to
 * (Neo4j aborts one; the driver runs it again a second later, then two, ...). Three seconds of
 * retries, right for failing a request fast, could then end a load of many minutes; a minute
 * does not. A longer NEO4J_RETRY_TIME_MS is kept.
 */
export function bulkLoadPolicy(configured: Neo4jPolicy): Neo4jPolicy {
  return { ...configured, retryTimeMs: Math.max(configured.retryTimeMs, BULK_LOAD_RETRY_TIME_MS) };
}

function neo4jPolicy(env: Env): Neo4jPolicy {
  const d = DEFAULT_NEO4J_POLICY;
  return {
    connectTimeoutMs: integer(env, "NEO4J_CONNECT_TIMEOUT_MS", d.connectTimeoutMs, 100, 600_000),
    retryTimeMs: integer(env, "NEO4J_RETRY_TIME_MS", d.retryTimeMs, 0, 600_000),
    startupWaitMs: integer(env, "NEO4J_STARTUP_WAIT_MS", d.startupWaitMs, 0, 3_600_000),
    transactionTimeoutMs: integer(env, "NEO4J_TRANSACTION_TIMEOUT_MS", d.transactionTimeoutMs, 100, 3_600_000),
    maxStatementsPerRequest: integer(env, "NEO4J_MAX_STATEMENTS_PER_REQUEST", d.maxStatementsPerRequest, 1, 100_000),
    maxSessionsPerRequest: integer(env, "NEO4J_MAX_SESSIONS_PER_REQUEST", d.maxSessionsPerRequest, 1, 1000),
    maxConcurrentWrites: integer(env, "NEO4J_MAX_CONCURRENT_WRITES", d.maxConcurrentWrites, 1, 1000),
  };
}

/** Reads and validates the whole configuration; throws a ConfigError naming the bad variable. */
export function loadConfig(env: Env = process.env, projectRoot = defaultProjectRoot()): Config {
  const runtime = oneOf(env, "NODE_ENV", ["development", "production", "test"] as const, "development");
  const neo4j = neo4jTarget(env, projectRoot);
  return {
    env: runtime,
    host: env.HOST || "127.0.0.1",
    port: integer(env, "PORT", 4000, 0, 65535),
    database: env.NEO4J_DATABASE || "neo4j",
    neo4j,
    neo4jPolicy: neo4jPolicy(env),
    ide: boolean(env, "SIMPUL_IDE", runtime !== "production"),
    // Off in production, unless the IDE is on there (GraphiQL needs introspection).
    introspection: boolean(env, "SIMPUL_INTROSPECTION", runtime !== "production" || boolean(env, "SIMPUL_IDE", false)),
    seedOnStart: boolean(env, "SIMPUL_SEED_ON_START", neo4j.kind === "embedded"),
    logLevel: oneOf(env, "LOG_LEVEL", LOG_LEVELS, "info"),
    corsOrigins: origins(env, "SIMPUL_CORS_ORIGINS"),
    readsRequireKey: boolean(env, "SIMPUL_READS_REQUIRE_KEY", false),
    http: httpPolicy(env),
    warmUp: {
      budgetMs: integer(env, "SIMPUL_WARM_UP_SECONDS", 60, 0, 3600) * 1000,
      admitWhileWarming: integer(env, "SIMPUL_ADMIT_WHILE_WARMING", 2, 1, 1000),
    },
  };
}

/** The repository root, whether running from src/ (ts-jest) or dist/src/ (compiled). */
export function defaultProjectRoot(): string {
  const here = __dirname;
  const marker = `${path.sep}dist${path.sep}`;
  const index = here.lastIndexOf(marker);
  return index >= 0 ? here.slice(0, index) : path.resolve(here, "..");
}
