import { localize, render } from "../../src/i18n/render";
import { parseCsv } from "../../src/import/parse-csv";
import { parseJson } from "../../src/import/parse-json";
import { headerProblems, toFirmRow, toLinkageRow } from "../../src/import/rows";

const HEADER = "id,name,sentraId,workers,sameType,upstream,downstream,supporting,product,technology,market,skills,trust,information";

describe("parsing CSV", () => {
  it("gives each row the line it starts on, and reports a row of the wrong length at its line", () => {
    const parsed = parseCsv("firms", `\uFEFF${HEADER}\nf1,"Firm\nOne",s,3,A,,,Y,3,3,3,3,3,3\n\nf2,Two,s\nf3,Three,s,5,N,N,N,N,1,2,3,4,5,1\n`);
    expect(parsed.columns[0]).toBe("id");
    expect(parsed.rows.map((r) => [r.line, r.cells.id])).toEqual([
      [2, "f1"],
      [6, "f3"],
    ]);
    expect(localize(parsed.problems, "en")).toEqual([{ file: "firms", line: 5, column: null, reason: expect.stringContaining("Invalid Record Length") }]);
  });

  it("reports unknown and missing columns on line 1", () => {
    expect(localize(headerProblems("linkages", ["type", "fromId", "sentraId", "colour"]), "en")).toEqual([
      { file: "linkages", line: 1, column: "toId", reason: "required column is missing" },
      { file: "linkages", line: 1, column: "colour", reason: "unknown column" },
    ]);
  });
});

describe("parsing JSON", () => {
  it("takes an array of firm rows or { firms, linkages }, numbering rows from 1", () => {
    expect(localize(parseJson('[{"id": "f1"}, 3]').firms?.problems, "en")).toEqual([{ file: "firms", line: 2, column: null, reason: expect.any(String) }]);
    const both = parseJson('{"firms": [{"id": "f1"}], "linkages": [{"type": "FINANCE"}], "extra": 1}');
    expect(both.linkages?.rows).toEqual([{ line: 1, cells: { type: "FINANCE" } }]);
    expect(localize(both.problems, "en")).toEqual([{ file: "firms", line: 0, column: "extra", reason: expect.stringContaining("unknown key") }]);
    expect(render(parseJson("{oops").problems[0].reason, "en")).toMatch(/not valid JSON/);
  });
});

describe("converting rows", () => {
  const cells = { id: "f1", name: "Firm", sentraId: "s", workers: "3", sameType: "a", upstream: "-", downstream: "", supporting: "Y" };
  const scores = { product: 3, technology: 3, market: 3, skills: 2, trust: 3, information: 3 };

  it("reads answers, scores, lists and defaults", () => {
    const { row, problems } = toFirmRow({ line: 2, cells: { ...cells, ...scores, mainProducts: "Pots; Pans;", latitude: "-7.5", longitude: 110.6 } });
    expect(problems).toEqual([]);
    expect(row).toMatchObject({
      role: "CORE",
      workers: 3,
      mainProducts: ["Pots", "Pans"],
      location: { latitude: -7.5, longitude: 110.6 },
      answers: { SAME_TYPE: "A", UPSTREAM: null, DOWNSTREAM: null, SUPPORTING: "Y" },
      jica: scores,
      problemSolving: null,
    });
  });

  it("reports each bad cell with its column and reason", () => {
    const { row, problems } = toFirmRow({
      line: 7,
      cells: {
        ...cells,
        ...scores,
        skills: "6",
        trust: "",
        supporting: "P",
        upstream: "X",
        role: "BOSS",
        kbli: "123",
        latitude: "-7",
        memberSince: "2009-02-30",
      },
    });
    expect(row).toBeNull();
    expect(problems.map((p) => [p.line, p.column, render(p.reason, "en")])).toEqual(
      expect.arrayContaining([
        [7, "skills", "skills must be a whole number from 1 to 5, got 6"],
        [7, "trust", "is required when any JICA score is given"],
        [7, "supporting", 'intensity "P" given for SUPPORTING: answer Y or N'],
        [7, "upstream", 'unknown answer code "X" (one of P, A, R, Y, N)'],
        [7, "role", expect.stringContaining("role must be one of CORE,")],
        [7, "kbli", 'kbli must be a five-digit KBLI 2020 code, got "123"'],
        [7, "longitude", "latitude and longitude go together"],
        [7, "memberSince", 'memberSince must be a date written YYYY-MM-DD that exists, got "2009-02-30"'],
      ]),
    );
    expect(problems).toHaveLength(8);
  });

  it("reads a linkage and reports unknown types and flows", () => {
    expect(toLinkageRow({ line: 2, cells: { type: "finance", fromId: "b", toId: "f", sentraId: "s", flows: ["MONEY"] } }).row).toMatchObject({
      type: "FINANCE",
      flows: ["MONEY"],
      id: null,
      intensity: null,
    });
    const bad = toLinkageRow({ line: 4, cells: { type: "GIFT", fromId: "b", toId: "", sentraId: "s", flows: "MONEY;LOVE", intensity: "HIGH" } });
    expect(bad.problems.map((p) => p.column)).toEqual(["type", "toId", "intensity", "flows"]);
  });
});
