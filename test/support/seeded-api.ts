import type { Driver } from "neo4j-driver";
import { silentLogger } from "../../src/logger";
import { seedIfEmpty } from "../../src/seeding";
import { startTestApi, type TestApi } from "./app";
import { freshGraph } from "./database";

/**
 * For the describe block that calls it: a fresh graph holding the research seed and Simpul started
 * on it before the tests, both stopped after them. Read `api` inside tests and hooks only.
 */
export function seededApi(): { readonly api: TestApi } {
  const handle = {} as { api: TestApi; driver?: Driver };
  beforeAll(async () => {
    ({ driver: handle.driver } = await freshGraph((db) => seedIfEmpty(db, silentLogger)));
    handle.api = await startTestApi();
  });
  afterAll(async () => {
    await handle.api?.stop();
    await handle.driver?.close();
  });
  return handle;
}
