import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { generateApiKey } from "../../src/auth/api-key";
import { createApiKey } from "../../src/repositories/api-key.repository";
import { postGraphql, startTestApi, type TestApi } from "../support/app";
import { seededApi } from "../support/seeded-api";

const CEPER = "sentra-ceper-metal-casting";

interface Args {
  linkageTypes?: string[];
  depth?: number;
  maxNodes?: number;
}

interface GqlNode {
  id: string;
  name: string;
  kind: string;
  roles: string[];
  stage: string;
  depth: number | null;
  isCore: boolean;
  isIsolate: boolean;
  isOutsideNetwork: boolean;
  untied: boolean;
  location: { latitude: number; longitude: number } | null;
}
interface GqlEdge {
  id: string;
  type: string;
  intensity: string | null;
  fromId: string;
  toId: string;
}
interface GqlNetwork {
  totalNodes: number;
  truncated: boolean;
  nodes: GqlNode[];
  edges: GqlEdge[];
}

/** What a comparison looks at: each node's id and facts, each edge's id, ends, type and intensity; sorted. */
interface Sets {
  nodes: Array<[string, string, string, string, string, number | null, boolean, boolean, boolean, boolean, number | null, number | null]>;
  edges: Array<[string, string, string, string, string | null]>;
}

const sorted = <T extends unknown[]>(rows: T[]) => rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));

function gqlSets(network: GqlNetwork): Sets {
  return {
    nodes: sorted(
      network.nodes.map((n) => [
        n.id,
        n.name,
        n.kind,
        n.roles.join("|"),
        n.stage,
        n.depth,
        n.isCore,
        n.isIsolate,
        n.isOutsideNetwork,
        n.untied,
        n.location?.latitude ?? null,
        n.location?.longitude ?? null,
      ]),
    ),
    edges: sorted(network.edges.map((e) => [e.id, e.fromId, e.toId, e.type, e.intensity])),
  };
}

function graphSets(graph: MultiDirectedGraph): Sets {
  return {
    nodes: sorted(
      graph.mapNodes((id, a) => [
        id,
        a.label,
        a.kind,
        a.roles ?? "",
        a.stage,
        a.depth ?? null,
        a.isCore,
        a.isIsolate,
        a.isOutsideNetwork,
        a.untied,
        a.latitude ?? null,
        a.longitude ?? null,
      ]),
    ) as Sets["nodes"],
    edges: sorted(graph.mapEdges((id, a, source, target) => [id, source, target, a.linkageType, a.intensity ?? null])) as Sets["edges"],
  };
}

function csvSets(nodesCsv: string, edgesCsv: string): Sets {
  const nodes = parseCsv<Record<string, string>>(nodesCsv, { columns: true });
  const edges = parseCsv<Record<string, string>>(edgesCsv, { columns: true });
  const num = (v: string) => (v === "" ? null : Number(v));
  // A name a spreadsheet would run as a formula starts with an apostrophe in CSV (src/domain/exports/csv.ts).
  const name = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
  return {
    nodes: sorted(
      nodes.map((n) => [
        n.id,
        name(n.label),
        n.kind,
        n.roles,
        n.stage,
        num(n.depth),
        n.isCore === "true",
        n.isIsolate === "true",
        n.isOutsideNetwork === "true",
        n.untied === "true",
        num(n.latitude),
        num(n.longitude),
      ]),
    ),
    edges: sorted(edges.map((e) => [e.id, e.source, e.target, e.linkageType, e.intensity === "" ? null : e.intensity])),
  };
}

const NETWORK_QUERY = `query($id: ID!, $linkageTypes: [LinkageType!], $depth: Int!, $maxNodes: Int!) {
  sentra(id: $id) { network(linkageTypes: $linkageTypes, depth: $depth, maxNodes: $maxNodes) {
    totalNodes truncated
    nodes { id name kind roles stage depth isCore isIsolate isOutsideNetwork untied location { latitude longitude } }
    edges { id type intensity fromId toId } } } }`;

function exportUrl(api: TestApi, id: string, format: string, args: Args & { lang?: string } = {}): string {
  const params = new URLSearchParams();
  if (args.linkageTypes) params.set("linkageTypes", args.linkageTypes.join(","));
  if (args.depth !== undefined) params.set("depth", String(args.depth));
  if (args.maxNodes !== undefined) params.set("maxNodes", String(args.maxNodes));
  if (args.lang) params.set("lang", args.lang);
  const query = params.toString();
  return `${new URL(api.url).origin}/export/sentra/${encodeURIComponent(id)}.${format}${query ? `?${query}` : ""}`;
}

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

// Seeding (and an archive, which recomputes stored metrics) takes seconds alone, minutes on a machine busy with other test runs.
const SEED_TIMEOUT_MS = 300_000;

const seeded = seededApi({ timeoutMs: SEED_TIMEOUT_MS });

async function graphqlNetwork(args: Args, headers: Record<string, string> = {}): Promise<GqlNetwork> {
  const reply = await postGraphql<{ sentra: { network: GqlNetwork } }>(
    seeded.api.url,
    NETWORK_QUERY,
    { id: CEPER, depth: 1, maxNodes: 150, linkageTypes: null, ...args },
    headers,
  );
  expect(reply.body.errors).toBeUndefined();
  return reply.body.data!.sentra.network;
}

async function exportedSets(args: Args, headers: Record<string, string> = {}) {
  const [graphml, gexf, nodesCsv, edgesCsv] = await Promise.all(
    ["graphml", "gexf", "nodes.csv", "edges.csv"].map((f) => get(exportUrl(seeded.api, CEPER, f, args), headers)),
  );
  for (const reply of [graphml, gexf, nodesCsv, edgesCsv]) expect(reply.status).toBe(200);
  return {
    graphml: graphSets(parseGraphml(MultiDirectedGraph, graphml.text)),
    gexf: graphSets(parseGexf(MultiDirectedGraph, gexf.text, { respectInputGraphType: true })),
    csv: csvSets(nodesCsv.text, edgesCsv.text),
  };
}

describe("GET /export/sentra/<id>.<format> against the seeded graph", () => {
  it.each<[string, Args]>([
    ["the defaults (depth 1, 150 nodes, every linkage type)", {}],
    ["two linkage types at depth 2", { linkageTypes: ["HORIZONTAL_COOPERATION", "UPSTREAM_SUPPLY"], depth: 2 }],
    ["core members only", { depth: 0 }],
    ["a cap that cuts the network", { maxNodes: 5, depth: 2 }],
    ["no linkage type at all", { linkageTypes: [] }],
  ])("exports exactly the nodes and edges Sentra.network answers, in every format: %s", async (_what, args) => {
    const expected = gqlSets(await graphqlNetwork(args));
    expect(expected.nodes.length).toBeGreaterThan(0);
    const exported = await exportedSets(args);
    expect(exported.graphml).toEqual(expected);
    expect(exported.gexf).toEqual(expected);
    expect(exported.csv).toEqual(expected);
  });

  it("applies the filters: only the asked linkage types, fewer nodes at a smaller depth, the cap", async () => {
    const all = await exportedSets({});
    const horizontal = await exportedSets({ linkageTypes: ["HORIZONTAL_COOPERATION"] });
    expect(new Set(all.csv.edges.map((e) => e[3])).size).toBeGreaterThan(1);
    expect(new Set(horizontal.csv.edges.map((e) => e[3]))).toEqual(new Set(["HORIZONTAL_COOPERATION"]));
    expect(horizontal.csv.edges.length).toBeGreaterThan(0);
    const core = await exportedSets({ depth: 0 });
    // Depth 0: the core members, and the participants no tie links to them (untied, no depth).
    expect(core.csv.nodes.every((n) => n[6] !== n[9])).toBe(true);
    expect(core.csv.nodes.filter((n) => n[9]).every((n) => n[5] === null)).toBe(true);
    expect(core.csv.nodes.length).toBeLessThan(all.csv.nodes.length);
    expect((await exportedSets({ maxNodes: 3 })).graphml.nodes).toHaveLength(3);
  });

  it("answers with the format's type, an attachment name, and says when the cap cut the network", async () => {
    const expectations: Array<[string, string]> = [
      ["graphml", "application/xml; charset=utf-8"],
      ["gexf", "application/gexf+xml; charset=utf-8"],
      ["nodes.csv", "text/csv; charset=utf-8"],
      ["edges.csv", "text/csv; charset=utf-8"],
    ];
    for (const [format, type] of expectations) {
      const reply = await get(exportUrl(seeded.api, CEPER, format, { maxNodes: 4 }));
      expect(reply.headers.get("content-type")).toBe(type);
      expect(reply.headers.get("content-disposition")).toBe(`attachment; filename="${CEPER}.${format}"; filename*=UTF-8''${CEPER}.${format}`);
      expect(reply.headers.get("x-simpul-truncated")).toBe("true");
      expect(Number(reply.headers.get("x-simpul-total-nodes"))).toBeGreaterThan(4);
    }
    const graph = parseGraphml(MultiDirectedGraph, (await get(exportUrl(seeded.api, CEPER, "graphml", { maxNodes: 4 }))).text);
    expect(graph.getAttributes()).toMatchObject({ sentraId: CEPER, maxNodes: 4, depth: 1, truncated: true, linkageTypes: "ALL" });
  });

  it("filters edges by intensity (UNMEASURED: none recorded) and keeps Sentra.network's nodes", async () => {
    const expected = gqlSets(await graphqlNetwork({ depth: 2 }));
    const intensities = ["ACTIVE", "UNMEASURED"];
    const kept = expected.edges.filter((e) => intensities.includes(e[4] ?? "UNMEASURED"));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(expected.edges.length);
    const params = "depth=2&intensities=ACTIVE,UNMEASURED";
    const origin = `${new URL(seeded.api.url).origin}/export/sentra/${CEPER}`;
    const [graphml, gexf, nodesCsv, edgesCsv] = await Promise.all(["graphml", "gexf", "nodes.csv", "edges.csv"].map((f) => get(`${origin}.${f}?${params}`)));
    for (const sets of [
      graphSets(parseGraphml(MultiDirectedGraph, graphml.text)),
      graphSets(parseGexf(MultiDirectedGraph, gexf.text, { respectInputGraphType: true })),
      csvSets(nodesCsv.text, edgesCsv.text),
    ]) {
      expect(sets).toEqual({ nodes: expected.nodes, edges: kept });
    }
  });

  it("labels in Indonesian with lang=id and in English by default", async () => {
    const en = parseCsv<Record<string, string>>((await get(exportUrl(seeded.api, CEPER, "nodes.csv", { depth: 0 }))).text, { columns: true });
    const id = parseCsv<Record<string, string>>((await get(exportUrl(seeded.api, CEPER, "nodes.csv", { depth: 0, lang: "id" }))).text, { columns: true });
    expect(en[0]).toMatchObject({ rolesLabel: expect.stringContaining("Core industry"), stageLabel: "Core production" });
    expect(id[0]).toMatchObject({ rolesLabel: expect.stringContaining("Industri inti"), stageLabel: "Produksi inti" });
  });

  it("writes labels and the cap's message in the Accept-Language's language when lang is not given, lang first", async () => {
    const indonesian = await fetch(exportUrl(seeded.api, CEPER, "graphml", { maxNodes: 4 }), { headers: { "accept-language": "id-ID,id;q=0.9" } });
    expect(indonesian.status).toBe(200);
    expect(indonesian.headers.get("content-language")).toBe("id");
    const graph = parseGraphml(MultiDirectedGraph, await indonesian.text());
    expect(graph.getAttributes()).toMatchObject({ lang: "id", truncated: true });
    expect(graph.getAttribute("message")).toMatch(/^Menampilkan 4 dari \d+ simpul: batas 4 simpul memotong/);
    const english = await fetch(exportUrl(seeded.api, CEPER, "graphml", { maxNodes: 4, lang: "en" }), { headers: { "accept-language": "id" } });
    expect(english.headers.get("content-language")).toBe("en");
    expect(parseGraphml(MultiDirectedGraph, await english.text()).getAttribute("message")).toMatch(/^Showing 4 of \d+ nodes/);
  });

  it("answers 404 with a small JSON body for an unknown sentra or format", async () => {
    for (const url of [
      exportUrl(seeded.api, "sentra-nowhere", "graphml"),
      exportUrl(seeded.api, "actor-x", "gexf"),
      `${new URL(seeded.api.url).origin}/export/sentra/${CEPER}.pdf`,
    ]) {
      const reply = await get(url);
      expect(reply.status).toBe(404);
      expect(reply.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(JSON.parse(reply.text).errors[0].extensions.code).toBe("NOT_FOUND");
    }
  });

  it.each<[string, string, string]>([
    ["a linkage type not in the enum", "linkageTypes=FINANCE,BRIBERY", "linkageTypes"],
    ["a depth beyond Sentra.network's range", "depth=9", "depth"],
    ["a depth that is no number", "depth=deep", "depth"],
    ["maxNodes beyond the range", "maxNodes=5000", "maxNodes"],
    ["maxNodes of 0", "maxNodes=0", "maxNodes"],
    ["an unknown language", "lang=jv", "lang"],
    ["an intensity that is not one", "intensities=ACTIVE,STRONG", "intensities"],
    ["an unknown parameter", "weight=2", "weight"],
  ])("answers 400 naming the argument for %s", async (_what, query, argument) => {
    const reply = await get(`${new URL(seeded.api.url).origin}/export/sentra/${CEPER}.graphml?${query}`);
    expect(reply.status).toBe(400);
    const body = JSON.parse(reply.text);
    expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: argument });
    expect(body.errors[0].message).toContain(argument);
  });

  it("answers only GET and HEAD (405 with Allow otherwise); HEAD sends no body", async () => {
    const url = exportUrl(seeded.api, CEPER, "graphml");
    const post = await fetch(url, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    const head = await fetch(url, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it(
    "leaves archived ties and actors out, as Sentra.network does",
    async () => {
      const before = (await exportedSets({})).csv;
      const [edge, from] = before.edges[0];
      const partner = before.nodes.find((n) => n[6] === false)![0];
      const versions = await seeded.api.run<any>(
        `{ e: actor(id: "${from}") { linkages(first: 100) { edges { node { id version } } } } a: actor(id: "${partner}") { version } }`,
      );
      expect(versions.errors).toBeUndefined();
      const edgeVersion = versions.data!.e.linkages.edges.find((l: any) => l.node.id === edge).node.version;
      const archived = await seeded.api.run(
        `mutation { l: archiveLinkage(id: "${edge}", expectedVersion: ${edgeVersion}) { id } a: archiveActor(id: "${partner}", expectedVersion: ${versions.data!.a.version}) { id } }`,
      );
      expect(archived.errors).toBeUndefined();
      const after = await exportedSets({});
      for (const sets of [after.graphml, after.gexf, after.csv]) {
        expect(sets.edges.map((e) => e[0])).not.toContain(edge);
        expect(sets.nodes.map((n) => n[0])).not.toContain(partner);
        expect(sets).toEqual(gqlSets(await graphqlNetwork({})));
      }
    },
    SEED_TIMEOUT_MS,
  );
});

describe("exports when reads require an API key", () => {
  let guarded: TestApi;
  let viewerKey: string;
  beforeAll(async () => {
    const fresh = generateApiKey();
    await createApiKey(seeded.db, { id: fresh.id, name: "export viewer", role: "VIEWER", hash: fresh.hash });
    viewerKey = fresh.key;
    guarded = await startTestApi({ SIMPUL_READS_REQUIRE_KEY: "true" });
  });
  afterAll(() => guarded.stop());

  it("refuses a request without a key or with a bad one: 401, UNAUTHENTICATED, WWW-Authenticate, no data", async () => {
    for (const headers of <Array<Record<string, string>>>[{}, { authorization: `Bearer ${generateApiKey().key}` }, { "x-api-key": "letmein" }]) {
      const reply = await get(exportUrl(guarded, CEPER, "nodes.csv"), headers);
      expect(reply.status).toBe(401);
      expect(reply.headers.get("www-authenticate")).toBe('Bearer realm="simpul"');
      expect(JSON.parse(reply.text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
      expect(reply.text).not.toContain("ceper");
    }
  });

  it("serves a viewer's key, by Authorization: Bearer or by x-api-key", async () => {
    for (const headers of <Array<Record<string, string>>>[{ authorization: `Bearer ${viewerKey}` }, { "x-api-key": viewerKey }]) {
      const reply = await get(exportUrl(guarded, CEPER, "graphml"), headers);
      expect(reply.status).toBe(200);
      expect(parseGraphml(MultiDirectedGraph, reply.text).order).toBeGreaterThan(0);
    }
  });
});

describe("exports under the per-request Neo4j limits", () => {
  let capped: TestApi;
  beforeAll(async () => {
    capped = await startTestApi({ NEO4J_MAX_STATEMENTS_PER_REQUEST: "1" });
  });
  afterAll(() => capped.stop());

  it("refuses an export that needs more statements than a request may send: 400 TOO_MANY_STATEMENTS, as /graphql", async () => {
    const reply = await get(exportUrl(capped, CEPER, "graphml"));
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text).errors[0].extensions).toMatchObject({ code: "TOO_MANY_STATEMENTS", limit: 1 });
  });
});
