import { emptyDataset, type SeedDataset } from "../../src/domain/dataset";
import { importerDurationMs } from "../../src/embedded/offline-import";
import { importerArguments } from "../../src/import/importer-command";
import { METRIC_COLUMNS, metricCells, storedAnalysisTable, type AnalysisTableFound } from "../../src/import/analysis-csv";
import { QUOTE, quote, importerFiles as buildTables, type Cell, type ImporterSummary, type ImporterTable } from "../../src/import/importer-csv";
import type { StoredMetrics } from "../../src/repositories/sentra-metrics.repository";

/** A small dataset: one province and regency, a sentra, two firms, a tie. */
function dataset(): SeedDataset {
  const d = emptyDataset();
  d.regions.push({ id: "p", name: "Jawa Tengah", level: "PROVINCE" }, { id: "r", name: "Tegal", level: "REGENCY", parentId: "p" });
  d.sentra.push({ id: "s", name: 'Sentra "Logam"', product: "Logam", sector: "metal", regionId: "r", description: "two\nlines", unggulan: true });
  d.actors.push(
    { id: "a", name: "CV Maju", kind: "IKM", regionId: "r", workers: 12.5, mainProducts: ["pipa", "baut"], location: { latitude: -6.9, longitude: 109.1 } },
    { id: "b", name: "UD Baru", kind: "IKM", mainProducts: [] },
  );
  d.linkages.push({ id: "l", type: "UPSTREAM_SUPPLY", fromId: "a", toId: "b", flows: ["GOODS", "MONEY"], since: "2020-01-02" });
  return d;
}

type Built = ImporterSummary & { tables: ImporterTable[] };

/** Every table the dataset makes, kept. */
function importerFiles(d: SeedDataset): Built {
  const tables: ImporterTable[] = [];
  return { ...buildTables(d, (t) => tables.push(t)), tables };
}

/** A CSV line written with `"` as the quote, as the importer's files have it (QUOTE). */
const csv = (line: string) => line.replace(/"((?:[^"]|"")*)"/g, (_, inner: string) => QUOTE + inner.replaceAll('""', '"') + QUOTE);

const table = (files: Built, name: string) => {
  const found = files.tables.find((t) => t.file === name)!;
  return [found.header, ...found.lines()];
};

describe("the importer's CSV of a dataset", () => {
  it('types each column as the online load stores it, quoting text with U+001E (a quote character in it doubled, a " left as it is)', () => {
    const files = importerFiles(dataset());
    expect(table(files, "sentra")).toEqual([
      "id:ID,description:string,name:string,product:string,sector:string,unggulan:boolean",
      csv('"s","two\nlines","Sentra ""Logam""","Logam","metal",true'),
    ]);
    expect(table(files, "actors")).toEqual([
      "id:ID,kind:string,location:point,mainProducts:string[],name:string,nameLower:string,workers:double",
      csv('"a","IKM","{latitude:-6.9,longitude:109.1}","pipa\u001Fbaut","CV Maju","cv maju",12.5'),
      csv('"b","IKM",,,"UD Baru","ud baru",'),
    ]);
    expect(table(files, "linkages")).toEqual([
      ":START_ID,:END_ID,flows:string[],id:string,since:date,type:string",
      csv('"a","b","GOODS\u001FMONEY","l",2020-01-02,"UPSTREAM_SUPPLY"'),
    ]);
    expect(table(files, "region-part-of")).toEqual([":START_ID,:END_ID", csv('"r","p"')]);
    expect(quote(`a${QUOTE}b "c"`)).toBe(`${QUOTE}a${QUOTE}${QUOTE}b "c"${QUOTE}`);
    expect(files.tables.find((t) => t.file === "actors")!.labels).toEqual(["Actor", "Node"]);
  });

  it("writes stored analyses in an id space of their own, each sentra's metrics on its row, and leaves an empty servedBy for later", () => {
    const texts = { concentration: '{"a":"b"}', valueChain: "{}", valueChainStages: "[]", cooperation: "{}", surveyRounds: "[]", verdict: "{}" };
    const rows: StoredMetrics[] = [
      {
        sentraId: "s",
        metrics: { stage: "SENTRA", completeness: 0.25, dynamic: false, indicatorDisplaySum: null },
        analysis: { version: 4, texts, servedBy: ["FINANCE|a"] },
      },
      { sentraId: "t", metrics: { stage: "EMBRYO" }, analysis: { version: 4, texts, servedBy: [] } },
    ];
    const seen: string[] = [];
    const found: AnalysisTableFound = { emptyLists: [] };
    const analyses = storedAnalysisTable(
      () => rows,
      (row) => seen.push(row.sentraId),
      found,
    );
    expect(seen).toEqual([]); // nothing is computed before the table is written
    expect([analyses.header, ...analyses.lines()]).toEqual([
      "id:ID(SentraAnalysis),concentration:string,valueChain:string,valueChainStages:string,cooperation:string,surveyRounds:string,verdict:string,servedBy:string[],version:long",
      csv('"s","{""a"":""b""}","{}","[]","{}","[]","{}","FINANCE|a",4'),
      csv('"t","{""a"":""b""}","{}","[]","{}","[]","{}",,4'),
    ]);
    expect(seen).toEqual(["s", "t"]);
    expect(analyses.labels).toEqual(["SentraAnalysis"]);
    expect(found.emptyLists).toEqual([{ id: "t", property: "servedBy", label: "SentraAnalysis" }]);

    // The sentra table's metric columns are declared, and filled when its lines are written.
    const metrics = new Map<string, Record<string, Cell>>();
    const tables: ImporterTable[] = [];
    buildTables(dataset(), (t) => tables.push(t), { columns: METRIC_COLUMNS, of: (id) => metrics.get(id) ?? {} });
    metrics.set("s", metricCells(rows[0].metrics));
    const sentra = tables.find((t) => t.file === "sentra")!;
    const header = sentra.header.split(",");
    expect(header).toEqual(["id:ID", ...[...header.slice(1)].sort((a, b) => a.localeCompare(b))]);
    expect(header).toEqual(
      expect.arrayContaining(["metric_completeness:double", "metric_dynamic:boolean", "metric_stage:string", "metric_indicatorDisplaySum:double"]),
    );
    const cells = [...sentra.lines()][0].replace(csv('"two\nlines"'), "DESCRIPTION").split(",");
    const cellOf = (column: string) => cells[header.indexOf(column)];
    expect([
      cellOf("metric_completeness:double"),
      cellOf("metric_dynamic:boolean"),
      cellOf("metric_stage:string"),
      cellOf("metric_indicatorDisplaySum:double"),
    ]).toEqual(["0.25", "false", csv('"SENTRA"'), ""]);
    expect(cellOf("metric_coreMembers:double")).toBe("");
    expect(() => metricCells({ stage: 3 })).toThrow("The metric stage is not a string: 3");
  });

  it("leaves empty lists to be set after the import, and notices text over several lines", () => {
    const files = importerFiles(dataset());
    expect(files.emptyLists).toEqual([{ id: "b", property: "mainProducts" }]);
    expect(files.multiline).toBe(true);
    expect([files.nodes, files.relationships]).toEqual([5, 4]);

    // A linkage's empty flows, found again by its id; its line leaves the field empty.
    const d = dataset();
    d.linkages.push({ id: "m", type: "PROMOTION", fromId: "b", toId: "a", flows: [] });
    const withEmptyFlows = importerFiles(d);
    expect(withEmptyFlows.emptyLists).toEqual([
      { id: "b", property: "mainProducts" },
      { id: "m", property: "flows", label: "LINKED" },
    ]);
    expect(table(withEmptyFlows, "linkages")[2]).toBe(csv('"b","a",,"m",,"PROMOTION"'));
  });

  it("skips, and counts, what refers to a record the dataset lacks, as the online load's MATCH does", () => {
    const d = dataset();
    d.sentra.push({ id: "s2", name: "x", product: "x", sector: "x", regionId: "nowhere", description: "", unggulan: false });
    d.participations.push({ actorId: "a", sentraId: "s2", role: "CORE" }, { actorId: "a", sentraId: "s", role: "CORE" });
    const files = importerFiles(d);
    expect(files.skipped).toEqual({ "sentra without their region": 1, "participations of an unknown actor or sentra": 1 });
    expect(table(files, "participations")).toEqual([":START_ID,:END_ID,role:string", csv('"a","s","CORE"')]);
  });

  it("refuses a node id given twice, which the importer cannot merge", () => {
    const d = dataset();
    d.people.push({ id: "a", name: "Budi" });
    expect(() => importerFiles(d)).toThrow("The id a is given twice (people)");
  });

  it("gives the importer each non-empty file with its labels or type", () => {
    const args = importerArguments(
      [
        { path: "/x/actors.csv", kind: "nodes", labels: ["Actor", "Node"], rows: 2 },
        { path: "/x/people.csv", kind: "nodes", labels: ["Person", "Node"], rows: 0 },
        { path: "/x/linkages.csv", kind: "relationships", labels: ["LINKED"], rows: 1 },
      ],
      { database: "neo4j", overwrite: false, multiline: false, reportFile: "/x/import.report" },
    );
    expect(args.slice(0, 4)).toEqual(["database", "import", "full", "neo4j"]);
    expect(args).toContain("--nodes=Actor:Node=/x/actors.csv");
    expect(args).toContain("--relationships=LINKED=/x/linkages.csv");
    expect(args.join(" ")).not.toContain("people");
  });

  it("reads the importer's durations", () => {
    expect(importerDurationMs("2s 14ms")).toBe(2014);
    expect(importerDurationMs("1m 3s 5ms")).toBe(63_005);
  });
});
