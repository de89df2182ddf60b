import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { DrawableNetwork, DrawNode } from "../../src/domain/analytics/drawable";
import { csvCell, networkTables, neutraliseFormula, toCsv, toGexf, toGraphml, type ExportOptions, type NetworkTables } from "../../src/domain/exports";
import { escapeXmlAttribute, escapeXmlText, xmlSafe } from "../../src/domain/exports/xml";
import { contentDisposition, parseExportRequest, statusOfErrorCode } from "../../src/http/export";
import { msg } from "../../src/i18n/message";

const OPTIONS: ExportOptions = { linkageTypes: null, depth: 1, maxNodes: 150, lang: "en" };

function node(id: string, name: string, extra: Partial<DrawNode> = {}): DrawNode {
  return {
    id,
    name,
    kind: "IKM",
    roles: ["CORE"],
    stage: "CORE_PRODUCTION",
    stages: ["CORE_PRODUCTION"],
    depth: 0,
    isCore: true,
    isIsolate: false,
    isOutsideNetwork: false,
    untied: false,
    location: { latitude: -7.675, longitude: 110.684 },
    ...extra,
  };
}

// Names that break naive writers: markup, quotes, separators, newlines, formulas, non-ASCII.
const HOSTILE = {
  markup: `CV "Logam" <Jaya> & Sons's`,
  newline: "UD Maju\nBersama\r\nJaya",
  comma: "Koperasi, Ceper; Klaten",
  formula: '=HYPERLINK("http://evil","x")',
  plus: "+62 812 cor",
  minus: "-1+1",
  at: "@SUM(A1)",
  nonAscii: "Pengrajin Kuningan Juwana — Ibu Siti Ṣāliḥah ñ 日本",
  control: "Bad\u0001Byte\u0000Name",
};

const network: DrawableNetwork = {
  nodes: [
    node("ikm-1", HOSTILE.markup),
    node("ikm-2", HOSTILE.newline),
    node("ikm-3", HOSTILE.comma, { isIsolate: true, location: null }),
    node("ikm-4", HOSTILE.formula),
    node("bank-1", HOSTILE.plus, {
      kind: "BANK",
      roles: ["SUPPORTING_INSTITUTION"],
      stage: "FINANCE",
      stages: ["FINANCE"],
      depth: 1,
      isCore: false,
      isOutsideNetwork: true,
    }),
    node("sup-1", HOSTILE.minus, {
      kind: "RAW_MATERIAL_SUPPLIER",
      roles: [],
      stage: "RAW_MATERIAL_SUPPLY",
      stages: ["RAW_MATERIAL_SUPPLY", "EQUIPMENT_SUPPLY"],
      depth: 1,
      isCore: false,
    }),
    // A participant no drawn tie links to the core: no depth.
    node("ngo-1", "LSM Bina Usaha", {
      kind: "NGO",
      roles: ["SUPPORTING_INSTITUTION"],
      stage: "TECHNICAL_ASSISTANCE",
      stages: ["TECHNICAL_ASSISTANCE"],
      depth: null,
      isCore: false,
      isIsolate: true,
      isOutsideNetwork: true,
      untied: true,
      location: null,
    }),
    node("ikm-5", HOSTILE.at),
    node("ikm-6", HOSTILE.nonAscii),
    node("ikm-7", HOSTILE.control),
  ],
  edges: [
    { id: "t1", type: "HORIZONTAL_COOPERATION", intensity: "ACTIVE", fromId: "ikm-1", toId: "ikm-2" },
    { id: "t2", type: "UPSTREAM_SUPPLY", intensity: null, fromId: "sup-1", toId: "ikm-1" },
    // Two ties between the same pair: the exports keep both.
    { id: "t3", type: "FINANCE", intensity: "PASSIVE", fromId: "bank-1", toId: "ikm-1" },
    { id: "t4", type: "TECHNICAL_ASSISTANCE", intensity: "PROACTIVE", fromId: "bank-1", toId: "ikm-1" },
  ],
  totalNodes: 12,
  truncated: true,
  message: "Showing 9 of 12 nodes",
};

const tables = networkTables({ sentra: { id: "sentra-x", name: "Sentra <X> & Co" }, network, options: OPTIONS });
const empty: NetworkTables = networkTables({
  sentra: { id: "sentra-empty", name: "Kosong" },
  network: { nodes: [], edges: [], totalNodes: 0, truncated: false, message: null },
  options: { ...OPTIONS, linkageTypes: [] },
});

const expectedName = (id: string) => {
  const name = network.nodes.find((n) => n.id === id)!.name;
  return id === "ikm-7" ? "Bad\uFFFDByte\uFFFDName" : name;
};

describe("XML escaping", () => {
  it("escapes markup in text and attributes, keeps newlines and carriage returns through a parser", () => {
    expect(escapeXmlText(`a & b < c > d\r`)).toBe("a &amp; b &lt; c &gt; d&#13;");
    expect(escapeXmlAttribute(`"x" 'y'\n\t`)).toBe("&quot;x&quot; &apos;y&apos;&#10;&#9;");
  });

  it("replaces characters XML 1.0 cannot carry, keeps every other character", () => {
    expect(xmlSafe("a\u0000b\u0008c\u000Bd\uFFFEe\uD800f")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
    expect(xmlSafe(HOSTILE.nonAscii + "\t\n\r😀")).toBe(HOSTILE.nonAscii + "\t\n\r😀");
  });
});

describe("GraphML", () => {
  const xml = toGraphml(tables);
  const graph = parseGraphml(MultiDirectedGraph, xml);

  it("parses back with graphology-graphml to the same nodes, names and attributes", () => {
    expect(graph.nodes().sort()).toEqual(network.nodes.map((n) => n.id).sort());
    for (const n of network.nodes) {
      expect(graph.getNodeAttribute(n.id, "label")).toBe(expectedName(n.id));
      expect(graph.getNodeAttributes(n.id)).toMatchObject({
        kind: n.kind,
        stage: n.stage,
        ...(n.depth === null ? {} : { depth: n.depth }),
        isCore: n.isCore,
        isIsolate: n.isIsolate,
        isOutsideNetwork: n.isOutsideNetwork,
        untied: n.untied,
      });
    }
    expect(graph.getNodeAttributes("ngo-1")).not.toHaveProperty("depth");
    expect(graph.getNodeAttributes("bank-1")).toMatchObject({
      kindLabel: "Bank",
      roles: "SUPPORTING_INSTITUTION",
      rolesLabel: "Supporting institution",
      latitude: -7.675,
      longitude: 110.684,
    });
    expect(graph.getNodeAttributes("sup-1")).toMatchObject({ stages: "RAW_MATERIAL_SUPPLY|EQUIPMENT_SUPPLY" });
    expect(graph.getNodeAttributes("ikm-3")).not.toHaveProperty("latitude");
  });

  it("keeps every edge by its id, parallel ones included, with type and intensity", () => {
    expect(graph.type).toBe("directed");
    const edges = graph.mapEdges((key, a, source, target) => ({ key, source, target, type: a.linkageType, intensity: a.intensity ?? null }));
    expect(edges.sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      network.edges.map((e) => ({ key: e.id, source: e.fromId, target: e.toId, type: e.type, intensity: e.intensity })),
    );
  });

  it("records what was asked for at graph level", () => {
    expect(graph.getAttributes()).toMatchObject({
      id: "sentra-x",
      sentraId: "sentra-x",
      sentraName: "Sentra <X> & Co",
      linkageTypes: "ALL",
      depth: 1,
      maxNodes: 150,
      totalNodes: 12,
      truncated: true,
      lang: "en",
    });
  });

  it("is escaped: no raw markup from names", () => {
    expect(xml).toContain("CV &quot;Logam&quot; &lt;Jaya&gt; &amp; Sons&apos;s".replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
    expect(xml).not.toContain("<Jaya>");
  });

  it("writes an empty network as a valid, empty graph", () => {
    const parsed = parseGraphml(MultiDirectedGraph, toGraphml(empty));
    expect([parsed.order, parsed.size]).toEqual([0, 0]);
    expect(parsed.getAttributes()).toMatchObject({ sentraId: "sentra-empty", linkageTypes: "", truncated: false });
    expect(parsed.getAttributes()).not.toHaveProperty("message");
  });
});

describe("GEXF", () => {
  const xml = toGexf(tables);
  const graph = parseGexf(MultiDirectedGraph, xml, { respectInputGraphType: true });

  it("parses back with graphology-gexf to the same nodes, labels and attributes", () => {
    expect(xml).toContain('<gexf version="1.3"');
    expect(graph.nodes().sort()).toEqual(network.nodes.map((n) => n.id).sort());
    for (const n of network.nodes) {
      expect(graph.getNodeAttribute(n.id, "label")).toBe(expectedName(n.id));
      expect(graph.getNodeAttributes(n.id)).toMatchObject({
        kind: n.kind,
        stage: n.stage,
        ...(n.depth === null ? {} : { depth: n.depth }),
        isCore: n.isCore,
        isIsolate: n.isIsolate,
      });
    }
    expect(graph.getNodeAttributes("bank-1")).toMatchObject({ isOutsideNetwork: true, untied: false, latitude: -7.675, longitude: 110.684 });
    expect(graph.getNodeAttributes("ngo-1")).toMatchObject({ untied: true, isOutsideNetwork: true });
    expect(graph.getNodeAttributes("ngo-1")).not.toHaveProperty("depth");
  });

  it("keeps every edge by its id, parallel ones included, with type and intensity", () => {
    const edges = graph.mapEdges((key, a, source, target) => ({ key, source, target, type: a.linkageType, intensity: a.intensity ?? null }));
    expect(edges.sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      network.edges.map((e) => ({ key: e.id, source: e.fromId, target: e.toId, type: e.type, intensity: e.intensity })),
    );
  });

  it("writes an empty network as a valid, empty graph", () => {
    const parsed = parseGexf(MultiDirectedGraph, toGexf(empty), { respectInputGraphType: true });
    expect([parsed.order, parsed.size]).toEqual([0, 0]);
  });
});

describe("CSV", () => {
  const nodesCsv = toCsv(tables.nodeColumns, tables.nodes);
  const edgesCsv = toCsv(tables.edgeColumns, tables.edges);
  const nodes = parseCsv<Record<string, string>>(nodesCsv, { columns: true });
  const edges = parseCsv<Record<string, string>>(edgesCsv, { columns: true });

  it("is RFC 4180: CRLF line ends, quoted fields with doubled quotes, embedded newlines kept", () => {
    expect(
      nodesCsv.startsWith(
        "id,label,kind,kindLabel,roles,rolesLabel,stage,stageLabel,stages,depth,isCore,isIsolate,isOutsideNetwork,untied,latitude,longitude\r\n",
      ),
    ).toBe(true);
    expect(nodesCsv.endsWith("\r\n")).toBe(true);
    expect(nodesCsv).toContain(`"CV ""Logam"" <Jaya> & Sons's"`);
    expect(nodes.find((n) => n.id === "ikm-2")!.label).toBe(HOSTILE.newline);
    expect(nodes.find((n) => n.id === "ikm-3")!.label).toBe(HOSTILE.comma);
    expect(nodes.find((n) => n.id === "ikm-6")!.label).toBe(HOSTILE.nonAscii);
    expect(nodes.find((n) => n.id === "ikm-3")).toMatchObject({ latitude: "", longitude: "", isIsolate: "true" });
  });

  it("neutralises cells a spreadsheet would run as a formula with a leading apostrophe", () => {
    const label = (id: string) => nodes.find((n) => n.id === id)!.label;
    expect(label("ikm-4")).toBe(`'${HOSTILE.formula}`);
    expect(label("bank-1")).toBe(`'${HOSTILE.plus}`);
    expect(label("sup-1")).toBe(`'${HOSTILE.minus}`);
    expect(label("ikm-5")).toBe(`'${HOSTILE.at}`);
    expect(neutraliseFormula("\tx")).toBe("'\tx");
    expect(neutraliseFormula("\rx")).toBe("'\rx");
    expect(neutraliseFormula("Ceper = logam")).toBe("Ceper = logam");
    // Numbers are numbers: a southern latitude keeps its minus sign.
    expect(csvCell(-7.675)).toBe("-7.675");
    expect(nodes.find((n) => n.id === "ikm-1")!.latitude).toBe("-7.675");
  });

  it("lists every edge with source, target, type and intensity, an unmeasured intensity empty", () => {
    expect(edges.map((e) => [e.id, e.source, e.target, e.linkageType, e.intensity])).toEqual(
      network.edges.map((e) => [e.id, e.fromId, e.toId, e.type, e.intensity ?? ""]),
    );
    expect(edges.find((e) => e.id === "t1")).toMatchObject({ linkageTypeLabel: "Horizontal cooperation", intensityLabel: "Active" });
  });

  it("writes an empty network as a header row only", () => {
    expect(toCsv(empty.nodeColumns, empty.nodes)).toBe(empty.nodeColumns.map((c) => c.name).join(",") + "\r\n");
    expect(toCsv(empty.edgeColumns, empty.edges)).toBe("id,source,target,linkageType,linkageTypeLabel,intensity,intensityLabel\r\n");
  });
});

describe("the intensity filter", () => {
  it("keeps only the edges of the asked intensities, UNMEASURED for none recorded, and every node", () => {
    const only = (intensities: ExportOptions["intensities"]) =>
      networkTables({ sentra: { id: "s", name: "s" }, network, options: { ...OPTIONS, intensities } }).edges.map((e) => e.id);
    expect(only(null)).toEqual(["t1", "t2", "t3", "t4"]);
    expect(only(["ACTIVE", "PROACTIVE"])).toEqual(["t1", "t4"]);
    expect(only(["UNMEASURED"])).toEqual(["t2"]);
    expect(only([])).toEqual([]);
    const filtered = networkTables({ sentra: { id: "s", name: "s" }, network, options: { ...OPTIONS, intensities: ["PASSIVE"] } });
    expect(filtered.nodes).toHaveLength(network.nodes.length);
    expect(parseGraphml(MultiDirectedGraph, toGraphml(filtered)).getAttribute("intensities")).toBe("PASSIVE");
  });
});

describe("labels", () => {
  it("labels the codes in Indonesian with lang=id", () => {
    const id = networkTables({ sentra: { id: "s", name: "s" }, network, options: { ...OPTIONS, lang: "id" } });
    expect(id.nodes.find((n) => n.id === "bank-1")).toMatchObject({
      kind: "BANK",
      kindLabel: "Bank",
      rolesLabel: "Institusi pendukung",
      stageLabel: "Pembiayaan",
    });
    expect(id.nodes.find((n) => n.id === "sup-1")).toMatchObject({ stageLabel: "Pemasok bahan baku" });
    expect(id.edges.find((e) => e.id === "t1")).toMatchObject({
      linkageType: "HORIZONTAL_COOPERATION",
      linkageTypeLabel: "Kerjasama dengan industri sejenis",
      intensityLabel: "Aktif",
    });
  });

  it("writes the network's message in the export's language, from a message or as GraphQL already wrote it", () => {
    const cut = msg("network.truncated", { shown: 9, total: 12, maxNodes: 9, cut: 3, depth: 1 });
    const of = (lang: "en" | "id", message: DrawableNetwork["message"]) =>
      networkTables({ sentra: { id: "s", name: "s" }, network: { ...network, message }, options: { ...OPTIONS, lang } }).message;
    expect(of("id", cut)).toBe(
      "Menampilkan 9 dari 12 simpul: batas 9 simpul memotong 3 simpul mulai kedalaman 1. Naikkan maxNodes, kurangi depth, atau gambar lebih sedikit jenis keterkaitan agar semuanya tampak.",
    );
    expect(of("en", cut)).toMatch(/^Showing 9 of 12 nodes: the limit of 9 cut 3 nodes from depth 1 on\./);
    expect(of("id", "Menampilkan 9 dari 12 simpul")).toBe("Menampilkan 9 dari 12 simpul");
  });
});

describe("the export route's request", () => {
  const url = (path: string) => new URL(path, "http://localhost");

  it("reads the id, format and the arguments of Sentra.network, with its defaults", () => {
    expect(parseExportRequest(url("/export/sentra/sentra-ceper-metal-casting.nodes.csv"))).toEqual({
      sentraId: "sentra-ceper-metal-casting",
      format: "nodes.csv",
      options: { linkageTypes: null, depth: 1, maxNodes: 150, intensities: null, lang: "en" },
    });
    expect(
      parseExportRequest(
        url("/export/sentra/a.b.gexf?linkageTypes=FINANCE,UPSTREAM_SUPPLY&linkageTypes=FINANCE&depth=2&maxNodes=30&intensities=ACTIVE,UNMEASURED&lang=id"),
      ),
    ).toEqual({
      sentraId: "a.b",
      format: "gexf",
      options: { linkageTypes: ["FINANCE", "UPSTREAM_SUPPLY"], depth: 2, maxNodes: 30, intensities: ["ACTIVE", "UNMEASURED"], lang: "id" },
    });
    expect(parseExportRequest(url("/export/sentra/x%20y.edges.csv?linkageTypes=")).options.linkageTypes).toEqual([]);
    // The language: lang, else the Accept-Language header's, else English.
    expect(parseExportRequest(url("/export/sentra/x.graphml"), "id-ID,id;q=0.9,en;q=0.8").options.lang).toBe("id");
    expect(parseExportRequest(url("/export/sentra/x.graphml?lang=en"), "id-ID").options.lang).toBe("en");
    expect(parseExportRequest(url("/export/sentra/x.graphml"), "fr-FR").options.lang).toBe("en");
    expect(parseExportRequest(url("/export/sentra/x%20y.edges.csv")).sentraId).toBe("x y");
  });

  it.each([
    ["/export/sentra/x.graphml?linkageTypes=FINANCE,BRIBES", 400, "linkageTypes"],
    ["/export/sentra/x.graphml?depth=two", 400, "depth"],
    ["/export/sentra/x.graphml?depth=-1", 400, "depth"],
    ["/export/sentra/x.graphml?maxNodes=1e3", 400, "maxNodes"],
    ["/export/sentra/x.graphml?lang=fr", 400, "lang"],
    ["/export/sentra/x.graphml?depth=1&depth=2", 400, "depth"],
    ["/export/sentra/x.graphml?intensities=STRONG", 400, "intensities"],
    ["/export/sentra/x.graphml?weight=2", 400, "weight"],
    ["/export/sentra/x.graphml?maxnodes=5", 400, "maxnodes"],
    ["/export/sentra/%E0%A4%A.graphml", 400, "id"],
    ["/export/sentra/x.pdf", 404, undefined],
    ["/export/sentra/.graphml", 404, undefined],
    ["/export/sentra/a/b.graphml", 404, undefined],
  ])("refuses %s with %i naming %s", (path, status, argument) => {
    expect(() => parseExportRequest(url(path))).toThrow(expect.objectContaining({ status, argument }));
  });

  it("maps GraphQL error codes to HTTP statuses, anything unknown to 500", () => {
    expect(
      [
        "BAD_USER_INPUT",
        "QUERY_TOO_LARGE",
        "TOO_MANY_STATEMENTS",
        "UNAUTHENTICATED",
        "FORBIDDEN",
        "DATABASE_UNAVAILABLE",
        "DATABASE_TIMEOUT",
        "TRANSIENT",
        "INTERNAL_SERVER_ERROR",
        undefined,
      ].map(statusOfErrorCode),
    ).toEqual([400, 400, 400, 401, 403, 503, 504, 503, 500, 500]);
  });

  it("names the attachment safely", () => {
    expect(contentDisposition("sentra-ceper-metal-casting.graphml")).toBe(
      `attachment; filename="sentra-ceper-metal-casting.graphml"; filename*=UTF-8''sentra-ceper-metal-casting.graphml`,
    );
    expect(contentDisposition('a "b"\r\n.gexf')).toBe(`attachment; filename="a__b___.gexf"; filename*=UTF-8''a%20%22b%22%0D%0A.gexf`);
  });
});
