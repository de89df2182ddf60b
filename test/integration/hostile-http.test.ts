import http from "node:http";
import { serverAudits } from "graphql-http";
import { loadConfig } from "../../src/config";
import type { Logger } from "../../src/logger";
import { MAX_BODY_BYTES } from "../../src/http/request-body";
import { postGraphql, startTestApi, PROJECT_ROOT, type TestApi } from "../support/app";
import { agentRequest, rawExchange } from "../support/raw-http";

/** A logger that keeps what the server logged, to see that client mistakes are not logged as failures. */
function recordingLogger() {
  const lines: Array<{ level: string; message: string; fields?: Record<string, unknown> }> = [];
  const keep = (level: string) => (message: string, fields?: Record<string, unknown>) => lines.push({ level, message, fields });
  const logger: Logger = { debug: keep("debug"), info: keep("info"), warn: keep("warn"), error: keep("error") };
  return { logger, lines };
}

const post = (url: string, contentType: string, body: string) => fetch(url, { method: "POST", headers: { "content-type": contentType }, body });
const codeOf = async (response: Response) => ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code;

describe("the HTTP layer under hostile requests, as run in production", () => {
  let api: TestApi;
  const log = recordingLogger();
  const base = () => api.url.replace(/\/graphql$/, "");

  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: "production" }, log.logger);
  });
  afterAll(() => api.stop());

  // Whatever a test sent, the server still answers an ordinary client.
  afterEach(async () => {
    const { status, body } = await postGraphql(api.url, "{ __typename }");
    expect({ status, body }).toEqual({ status: 200, body: { data: { __typename: "Query" } } });
  });

  it.each([
    ["with a Content-Length", (body: Buffer) => ({ headers: { "content-length": body.length }, chunks: [body] })],
    ["sent in chunks", (body: Buffer) => ({ headers: {}, chunks: Array.from({ length: 32 }, (_, i) => body.subarray(i * 65_536, (i + 1) * 65_536)) })],
  ])("answers a body over 1 MiB %s with 413 and closes, so a keep-alive client's next request works", async (_how, shape) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const oversized = Buffer.from(JSON.stringify({ query: `{ __typename }`, pad: "x".repeat(2 * MAX_BODY_BYTES) })).subarray(0, 2 * MAX_BODY_BYTES);
      const { headers, chunks } = shape(oversized);
      const refused = await agentRequest(agent, api.url, "POST", { "content-type": "application/json", ...headers }, chunks);
      expect(refused.status).toBe(413);
      expect(refused.headers.connection).toBe("close");
      expect(JSON.parse(refused.text).errors[0].extensions.code).toBe("BAD_REQUEST");

      const next = await agentRequest(agent, api.url, "POST", { "content-type": "application/json" }, [Buffer.from('{"query":"{ __typename }"}')]);
      expect(next.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it.each(["GET //[x", "GET http://[::1", "GET http://a:b@/graphql"])(
    "answers the request line %s with 400, logged as one line without a stack",
    async (line) => {
      log.lines.length = 0;
      // The bad request first, then a good one pipelined on the same connection.
      const answer = await rawExchange(api.url, `${line} HTTP/1.1\r\nHost: x\r\n\r\nGET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(answer.match(/HTTP\/1\.1 \d{3}/g)).toEqual(["HTTP/1.1 400", "HTTP/1.1 200"]);
      expect(answer).toContain('"code":"BAD_REQUEST"');
      expect(log.lines).toHaveLength(1);
      expect(log.lines[0].level).toBe("debug");
      expect(JSON.stringify(log.lines)).not.toMatch(/stack|\s+at /);
    },
  );

  it("hides field suggestions and refuses introspection", async () => {
    const misspelt = await postGraphql(api.url, "{ sentras { id } }");
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.errors![0].extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(misspelt.body.errors![0].message).not.toContain("Did you mean");
    const introspection = await postGraphql(api.url, "{ __schema { types { name } } }");
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors![0].extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it.each([
    ["lists", `{ sentra(id: ${"[".repeat(10_000)}) { id } }`],
    ["objects", `{ sentra(id: ${"{a:".repeat(10_000)}) { id } }`],
    ["selections", `{ ${"a {".repeat(10_000)} }`],
  ])("answers 10,000 nested %s with a clean parse failure", async (_kind, query) => {
    const { status, body } = await postGraphql(api.url, query);
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(body.errors![0].message).not.toMatch(/call stack/i);
  });

  it("does not count brackets inside a string as nesting", async () => {
    const { status, body } = await postGraphql(api.url, `{ sentra(id: "${"[{".repeat(10_000)}") { id } }`);
    expect({ status, body }).toEqual({ status: 200, body: { data: { sentra: null } } });
  });

  it("shows a browser opening / or /graphql a short page: where the API is, and that the IDE is off", async () => {
    for (const path of ["/", "/graphql"]) {
      const page = await fetch(`${base()}${path}`, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const html = await page.text();
      expect(html).toContain("<code>/graphql</code>");
      expect(html).toContain("IDE is off");
    }
  });

  it("matches the Content-Type exactly: application/json with parameters, not look-alikes", async () => {
    const query = JSON.stringify({ query: "{ __typename }" });
    expect((await post(api.url, "application/json; charset=utf-8", query)).status).toBe(200);
    expect((await post(api.url, "Application/JSON", query)).status).toBe(200);
    for (const lookalike of ["application/jsonx", "application/json-patch+json", "text/plain"]) {
      const response = await post(api.url, lookalike, query);
      expect(response.status).toBe(415);
      expect(await codeOf(response)).toBe("BAD_REQUEST");
    }
  });

  it.each([
    ["PUT", "/graphql", "GET, POST, OPTIONS"],
    ["DELETE", "/graphql", "GET, POST, OPTIONS"],
    ["POST", "/health", "GET, HEAD"],
    ["POST", "/ready", "GET, HEAD"],
    ["PUT", "/", "GET, HEAD"],
  ])("answers %s %s with 405 and Allow: %s", async (method, path, allow) => {
    const response = await fetch(`${base()}${path}`, { method, headers: { "content-type": "application/json" }, body: "{}" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe(allow);
    expect(await codeOf(response)).toBe("BAD_REQUEST");
  });
});

describe("who may read the schema", () => {
  it("is off in production, on elsewhere, and on in production when SIMPUL_INTROSPECTION or SIMPUL_IDE says so", () => {
    const introspection = (env: Record<string, string>) => loadConfig(env, PROJECT_ROOT).introspection;
    expect(introspection({ NODE_ENV: "production" })).toBe(false);
    expect(introspection({ NODE_ENV: "test" })).toBe(true);
    expect(introspection({ NODE_ENV: "production", SIMPUL_INTROSPECTION: "true" })).toBe(true);
    expect(introspection({ NODE_ENV: "production", SIMPUL_IDE: "true" })).toBe(true);
    expect(introspection({ NODE_ENV: "development", SIMPUL_INTROSPECTION: "false" })).toBe(false);
  });

  describe("in production with SIMPUL_INTROSPECTION=true", () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({ NODE_ENV: "production", SIMPUL_INTROSPECTION: "true" });
    });
    afterAll(() => api.stop());

    it("answers introspection and suggestions", async () => {
      const introspection = await postGraphql<{ __schema: { queryType: { name: string } } }>(api.url, "{ __schema { queryType { name } } }");
      expect(introspection.body.data!.__schema.queryType.name).toBe("Query");
      const misspelt = await postGraphql(api.url, "{ sentras { id } }");
      expect(misspelt.body.errors![0].message).toContain("Did you mean");
    });

    // The audit's own queries ask for __type, so it runs where introspection is on.
    it("passes every MUST of the GraphQL-over-HTTP audit; the SHOULDs it warns about are Apollo's 400 for request errors", async () => {
      const results = await Promise.all(
        serverAudits({ url: api.url }).map(async (audit) => {
          const result = await audit.fn();
          return { name: result.name, status: result.status, reason: result.status === "ok" ? undefined : result.reason };
        }),
      );
      expect(results.filter((r) => r.name.startsWith("MUST") && r.status !== "ok")).toEqual([]);
      // Apollo answers 400 to parse, validation and coercion errors, and clients rely on it; a client
      // accepting application/graphql-response+json gets the 4xx that the spec asks for there.
      expect(results.filter((r) => r.status === "warn").map((r) => r.name)).toEqual([
        "SHOULD use 200 status code on document parsing failure when accepting application/json",
        "SHOULD use 200 status code on document validation failure when accepting application/json",
        "SHOULD use a status code of 200 on variable coercion failure when accepting application/json",
      ]);
    });
  });
});
