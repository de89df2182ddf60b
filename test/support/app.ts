import path from "node:path";
import { startSimpul, type Simpul } from "../../src/app";
import { loadConfig } from "../../src/config";
import { silentLogger, type Logger } from "../../src/logger";

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");

/** Starts the whole API on a free port against the test Neo4j. */
export function startTestApi(overrides: Record<string, string> = {}, logger: Logger = silentLogger): Promise<Simpul> {
  const config = loadConfig({ ...process.env, PORT: "0", SIMPUL_SEED_ON_START: "false", ...overrides }, PROJECT_ROOT);
  return startSimpul({ config, logger, projectRoot: PROJECT_ROOT });
}

/** POSTs a GraphQL request the way a browser client would (JSON, so CSRF prevention allows it). */
export async function postGraphql<T = unknown>(url: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
}
