import type { Simpul } from "../../src/app";
import { postGraphql, startTestApi } from "../support/app";
import packageJson from "../../package.json";

describe("the API served over HTTP against the real Neo4j", () => {
  let api: Simpul;
  const base = () => api.url.replace(/\/graphql$/, "");

  beforeAll(async () => {
    api = await startTestApi({ SIMPUL_IDE: "true", SIMPUL_CORS_ORIGINS: "https://peta.example.org" });
  });
  afterAll(() => api.stop());

  it("answers serverInfo from Neo4j itself", async () => {
    const { status, body } = await postGraphql<{ serverInfo: { version: string; neo4j: { version: string; edition: string; database: string } } }>(
      api.url,
      "{ serverInfo { version neo4j { version edition database } } }",
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.serverInfo.version).toBe(packageJson.version);
    expect(body.data!.serverInfo.neo4j.version).toMatch(/^5\.26\./);
    expect(body.data!.serverInfo.neo4j.edition).toBe("community");
    expect(body.data!.serverInfo.neo4j.database).toBe("neo4j");
  });

  it("reports liveness and readiness", async () => {
    const health = await fetch(`${base()}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${base()}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("rejects a query that does not fit the schema with a coded error", async () => {
    const { status, body } = await postGraphql(api.url, "{ noSuchField }");
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors![0].message).toContain("noSuchField");
  });

  it("answers 400 to a request that could fan out past the size limit", async () => {
    const hop = (inner: string) => `neighbours(first: 100) { edges { node { id ${inner} } } }`;
    const { status, body } = await postGraphql(api.url, `{ node(id: "x") { ${hop(hop(hop(hop(""))))} } }`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toMatchObject({ code: "QUERY_TOO_LARGE", limit: 1_000_000 });
  });

  it("blocks a simple GET that could be a cross-site request (CSRF prevention)", async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent("{ serverInfo { version } }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("CSRF");
  });

  it("serves GraphiQL from bundled files, with no address outside this server", async () => {
    const page = await fetch(api.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("GraphiQL");
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ["/ide/graphiql.js", "/ide/graphiql.css", "/ide/react.js", "/ide/react-dom.js"]) {
      const response = await fetch(`${base()}${asset}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it("lets a listed browser origin call it across sites, and no other", async () => {
    const preflight = await fetch(api.url, {
      method: "OPTIONS",
      headers: { origin: "https://peta.example.org", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://peta.example.org");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("content-type");

    const post = (origin: string) =>
      fetch(api.url, {
        method: "POST",
        headers: { origin, "content-type": "application/json" },
        body: JSON.stringify({ query: "{ serverInfo { version } }" }),
      });
    const allowed = await post("https://peta.example.org");
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://peta.example.org");
    const other = await post("https://elsewhere.example.com");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("tells caches not to keep its answers, refusals included", async () => {
    for (const query of ["{ __typename }", "{ noSuchField }"]) {
      const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("refuses a body that is not JSON with a 400", async () => {
    const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(response.status).toBe(400);
  });
});

describe("the IDE switch", () => {
  it("serves no GraphiQL page when SIMPUL_IDE is false", async () => {
    const api = await startTestApi({ SIMPUL_IDE: "false" });
    try {
      const asset = await fetch(`${api.url.replace(/\/graphql$/, "")}/ide/graphiql.js`);
      expect(asset.status).toBe(404);
      const page = await fetch(api.url, { headers: { accept: "text/html" } });
      expect(await page.text()).not.toContain("GraphiQL");
    } finally {
      await api.stop();
    }
  });
});
