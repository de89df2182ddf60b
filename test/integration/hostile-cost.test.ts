import { DEFAULT_QUERY_LIMITS } from "../../src/graphql/limits";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { postGraphql } from "../support/app";
import { graphFingerprint } from "../support/database";
import { fixture } from "../support/fixture";
import { apiOnGraph } from "../support/graph-api";

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ");

/** The fan-out: each fragment spreads the next twice, so a naive walk doubles per level. */
const fanOut = (levels: number, on: string, body: string) =>
  Array.from({ length: levels }, (_, i) => `fragment F${i} on ${on} { ${body} ...F${i + 1} ...F${i + 1} }`).join(" ") +
  ` fragment F${levels} on ${on} { ${body} }`;

// Regions nest in regions, three fields a level (children, edges, node).
const nestedRegions = (levels: number) =>
  `{ regions(first: 1) { edges { node { ${"children(first: 1) { edges { node { ".repeat(levels)}id${" } } }".repeat(levels)} } } } }`;

const neighbourHops = (inner: string) => `neighbours(first: $f) { edges { node { id ${inner} } } }`;
const withDefaultPage = `query Q($f: Int! = 100) { node(id: "t-ikm-a") { ${neighbourHops(neighbourHops(neighbourHops("")))} } }`;

/** Each shape, what it must earn, and which limit the refusal names (none for the parser's token cap). */
const HOSTILE: Array<[string, string, string, string | undefined]> = [
  ["27 fragments each spreading the next twice", `{ ...F0 } ${fanOut(27, "Query", "__typename")}`, "QUERY_TOO_LARGE", "maxRootFields"],
  ["the same fan-out below the root", `{ serverInfo { ...F0 } } ${fanOut(27, "ServerInfo", "version")}`, "QUERY_TOO_LARGE", "maxFields"],
  [
    "20,000 root aliases of a connection (over the token cap)",
    `{ ${aliases(20_000, "actors(first: 100) { totalCount }")} }`,
    "GRAPHQL_PARSE_FAILED",
    undefined,
  ],
  ["900 root aliases of a connection (under the token cap)", `{ ${aliases(900, "actors(first: 100) { totalCount }")} }`, "QUERY_TOO_LARGE", "maxRootFields"],
  [
    "300 aliased connections under one sentra",
    `{ sentra(id: "t-casting") { ${aliases(300, "members(first: 100) { totalCount }")} } }`,
    "QUERY_TOO_LARGE",
    "maxFields",
  ],
  ["fields nested 19 deep", nestedRegions(5), "QUERY_TOO_LARGE", "maxDepth"],
  ["60 directives", `{ serverInfo { ${aliases(60, "version @include(if: true)")} } }`, "QUERY_TOO_LARGE", "maxDirectives"],
  ["three hops of 100 neighbours through a variable's default", withDefaultPage, "QUERY_TOO_LARGE", "maxEstimatedObjects"],
];

describe("query limits against the real server", () => {
  const app = apiOnGraph((db) => writeDataset(db, fixture), { overrides: { NODE_ENV: "production" } });
  let before: string[];
  const base = () => app.api.url.replace(/\/graphql$/, "");

  beforeAll(async () => {
    before = await graphFingerprint(app.db);
  });

  it.each(HOSTILE)("refuses %s over HTTP with 400 and a stable code, before any Cypher", async (_name, query, code, limitName) => {
    const { status, body } = await postGraphql(app.api.url, query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    expect(error.extensions!.code).toBe(code);
    if (limitName) {
      const limit = DEFAULT_QUERY_LIMITS[limitName as keyof typeof DEFAULT_QUERY_LIMITS];
      expect(error.extensions).toMatchObject({ limitName, limit });
      expect(error.extensions!.value).toBeGreaterThan(limit);
      // Numbers in messages follow the reader's locale: grouped in English (1,000,000).
      const english = (n: number) => n.toLocaleString("en-US");
      expect(error.message).toContain(`more than the limit of ${english(limit)}`);
      expect(error.message).toContain(english(error.extensions!.value as number));
    } else {
      expect(error.message).toContain(`more that ${DEFAULT_QUERY_LIMITS.maxTokens} tokens`);
    }

    const inProcess = await app.api.run(query);
    expect(inProcess.errors![0].extensions!.code).toBe(code);
    expect(inProcess.queryCount).toBe(0);
  });

  it("answers the variable-default query once the variable asks for small pages", async () => {
    const { status, body } = await postGraphql(app.api.url, withDefaultPage, { f: 5 });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect((body.data as any).node.neighbours.edges.length).toBeGreaterThan(0);
  });

  it("answers light requests sent while hostile ones are refused", async () => {
    const hostile = HOSTILE.map(([, query]) => postGraphql(app.api.url, query));
    const light = postGraphql<{ serverInfo: { version: string } }>(app.api.url, "{ serverInfo { version } }");
    const health = fetch(`${base()}/health`);
    const [refused, answered, healthy] = await Promise.all([Promise.all(hostile), light, health]);
    expect(refused.map((r) => r.status)).toEqual(HOSTILE.map(() => 400));
    expect(answered.status).toBe(200);
    expect(answered.body.data!.serverInfo.version).toEqual(expect.any(String));
    expect(healthy.status).toBe(200);
  });

  it("leaves the graph as it was", async () => {
    expect(await graphFingerprint(app.db)).toEqual(before);
  });
});
