import { createHash } from "node:crypto";
import type { Logger } from "../../src/logger";
import { startTestApi, type TestApi } from "../support/app";

/** A logger that keeps what the server logged, to see that client mistakes are not logged as failures. */
function recordingLogger() {
  const lines: Array<{ level: string; message: string; fields?: Record<string, unknown> }> = [];
  const keep = (level: string) => (message: string, fields?: Record<string, unknown>) => lines.push({ level, message, fields });
  const logger: Logger = { debug: keep("debug"), info: keep("info"), warn: keep("warn"), error: keep("error") };
  return { logger, lines };
}

type Reply = { status: number; body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };

async function post(url: string, body: Record<string, unknown>): Promise<Reply> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Reply["body"] };
}

const QUERY = "{ __typename }";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("persisted-query requests (Apollo's automatic persisted queries)", () => {
  let api: TestApi;
  const log = recordingLogger();

  beforeAll(async () => {
    api = await startTestApi({}, log.logger);
  });
  afterAll(() => api.stop());
  beforeEach(() => {
    log.lines.length = 0;
  });

  it.each([
    ["a hash that does not match the query", { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: "00" } } }],
    ["an unsupported version", { query: QUERY, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(QUERY) } } }],
    ["no hash", { query: QUERY, extensions: { persistedQuery: { version: 1 } } }],
    ["a hash that is not a string", { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: 7 } } }],
    ["a persistedQuery that is not an object", { query: QUERY, extensions: { persistedQuery: "yes" } }],
  ])("refuses %s as the client's mistake: 400 BAD_REQUEST, no error logged", async (_what, body) => {
    const reply = await post(api.url, body);
    expect(reply.status).toBe(400);
    expect(reply.body.data).toBeUndefined();
    expect(reply.body.errors?.map((e) => e.extensions)).toEqual([{ code: "BAD_REQUEST" }]);
    expect(log.lines.filter((line) => line.level === "error" || line.level === "warn")).toEqual([]);
    expect(log.lines.filter((line) => line.fields?.error !== undefined)).toEqual([]);
  });

  it("answers an unknown hash without a query PERSISTED_QUERY_NOT_FOUND, no error logged", async () => {
    const reply = await post(api.url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256("{ nothing }") } } });
    expect(reply.body.errors?.map((e) => e.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    expect(log.lines.filter((line) => line.level === "error" || line.level === "warn")).toEqual([]);
  });

  it("still serves a correctly registered query, then the same query by its hash alone", async () => {
    const hash = sha256(QUERY);
    const registered = await post(api.url, { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(registered).toEqual({ status: 200, body: { data: { __typename: "Query" } } });
    const byHash = await post(api.url, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(byHash).toEqual({ status: 200, body: { data: { __typename: "Query" } } });
  });
});
