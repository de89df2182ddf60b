import type { Driver } from "neo4j-driver";
import type { Database } from "../../src/db/neo4j";
import type { Logger } from "../../src/logger";
import { startTestApi, type TestApi } from "./app";
import { freshGraph } from "./database";
import { mutationChecks } from "./mutation-checks";

export interface ApiOnGraphOptions {
  /** Settings over the test environment, as for startTestApi. */
  overrides?: Record<string, string>;
  /** Where Simpul logs; silent unless a test reads the log. */
  logger?: Logger;
  /** For the setup hook, when filling the graph takes longer than Jest's testTimeout. */
  timeoutMs?: number;
}

/** What a describe block's tests run against; `api`, `db` and `driver` exist from its beforeAll on. */
export interface ApiOnGraph {
  readonly api: TestApi;
  /** The test's own connection to the graph, beside Simpul's. */
  readonly db: Database;
  readonly driver: Driver;
  /** The shared mutation assertions, run against this API and graph. */
  readonly checks: ReturnType<typeof mutationChecks>;
}

/**
 * For the describe block (or file) that calls it: before its tests, a fresh graph filled by `fill`
 * and Simpul started on it; after them, both stopped. Read `api`, `db` and `driver` inside tests
 * and hooks only. Jest runs hooks in the order they are declared, so a beforeAll declared after
 * this call finds the API started, and an afterAll declared after it finds both stopped.
 */
export function apiOnGraph(fill?: (db: Database) => Promise<unknown>, options: ApiOnGraphOptions = {}): ApiOnGraph {
  let graph: { db: Database; driver: Driver } | undefined;
  let api: TestApi | undefined;
  beforeAll(async () => {
    graph = await freshGraph(fill);
    api = await startTestApi(options.overrides, options.logger);
  }, options.timeoutMs);
  afterAll(async () => {
    await api?.stop();
    await graph?.driver.close();
  });

  const handle: ApiOnGraph = {
    get api() {
      return setUp(api, "api");
    },
    get db() {
      return setUp(graph, "db").db;
    },
    get driver() {
      return setUp(graph, "driver").driver;
    },
    checks: mutationChecks(
      () => handle.api,
      () => handle.db,
    ),
  };
  return handle;
}

// Read at describe time (destructured, say), a handle's value would silently be undefined.
function setUp<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`apiOnGraph: ${name} is read before its beforeAll ran; read it inside a test or hook`);
  return value;
}
