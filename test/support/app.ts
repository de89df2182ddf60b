import path from "node:path";
import { startSimpul, type Simpul } from "../../src/app";
import { loadConfig } from "../../src/config";
import type { Role } from "../../src/auth/roles";
import { createContext, type Caller } from "../../src/graphql/context";
import { silentLogger, type Logger } from "../../src/logger";

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");

export interface Executed<T> {
  data?: T;
  errors?: Array<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
  /** Cypher statements the request sent. */
  queryCount: number;
}

export interface RunOptions {
  /**
   * Who runs it. In-process runs skip HTTP and so the API key headers: they act as a trusted ADMIN
   * unless a test names a role, or null for a caller without a key. Access control itself is
   * tested over HTTP (test/integration/roles.test.ts).
   */
  as?: Role | null;
}

export interface TestApi extends Simpul {
  /** Executes an operation in-process, with a fresh request context, and counts its Cypher statements. */
  run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RunOptions): Promise<Executed<T>>;
}

function inProcessCaller(role: Role | null): Caller | null {
  return role === null ? null : { keyId: "in-process", name: "in-process test", role };
}

/** The one way tests start Simpul: the whole app on a free port, against the test Neo4j (NEO4J_URI). */
export async function startTestApi(overrides: Record<string, string> = {}, logger: Logger = silentLogger): Promise<TestApi> {
  // No warm-up unless a test asks for one: tests read the graph they just wrote, and count statements.
  const config = loadConfig({ ...process.env, PORT: "0", SIMPUL_SEED_ON_START: "false", SIMPUL_WARM_UP_SECONDS: "0", ...overrides }, PROJECT_ROOT);
  const simpul = await startSimpul({ config, logger, projectRoot: PROJECT_ROOT });
  return Object.assign(simpul, {
    async run<T>(query: string, variables?: Record<string, unknown>, options: RunOptions = {}): Promise<Executed<T>> {
      const contextValue = createContext(simpul.db, logger, inProcessCaller(options.as === undefined ? "ADMIN" : options.as));
      const response = await simpul.apollo.executeOperation<T>({ query, variables }, { contextValue });
      if (response.body.kind !== "single") throw new Error("expected a single result");
      const { data, errors } = response.body.singleResult;
      return { data: (data ?? undefined) as T | undefined, errors: errors as Executed<T>["errors"], queryCount: contextValue.queryCount };
    },
  });
}

/** POSTs a GraphQL request the way a browser client would (JSON, so CSRF prevention allows it). */
export async function postGraphql<T = unknown>(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
}
