import { localize, render } from "../../src/i18n/render";
import type { FirmRow } from "../../src/import/rows";
import { checkReferences, checkRows, derivedLinkageId, readSurvey, referencesOf, sortProblems } from "../../src/import/validate";

const FIRMS = `id,name,sentraId,sameType,upstream,downstream,supporting
f1,One,s,A,P,N,Y
f2,Two,s,N,,,N
f1,One again,s,,,,
f3,Three,s,P,N,A,
`;

const LINKAGES = `type,fromId,toId,sentraId,intensity
HORIZONTAL_COOPERATION,f1,f3,s,
HORIZONTAL_COOPERATION,f1,f1,s,
UPSTREAM_SUPPLY,sup,f3,s,
FINANCE,bank,f1,s,ACTIVE
HORIZONTAL_COOPERATION,f3,f2,s,
DOWNSTREAM_SALES,f1,buyer,s,
UPSTREAM_SUPPLY,sup,f1,s,ACTIVE
HORIZONTAL_COOPERATION,f1,f3,s,ACTIVE
FINANCE,bank,stranger,s,
FINANCE,bank2,f1,s,
`;

// The parts of KnownIds these tests leave empty: no node already on a written id, no observation, no tie elsewhere.
const NOTHING_ELSE_KNOWN = { roundArchived: false, nodes: new Map(), observations: new Map(), liveObservations: new Map(), tiesElsewhere: new Map() };

describe("validating a survey import", () => {
  const read = readSurvey({ format: "csv", firms: FIRMS, linkages: LINKAGES });
  const checked = checkRows(read.firms, read.linkages);

  it("reports every bad row at its line, column and reason", () => {
    expect(read.problems).toEqual([]);
    expect(checked.problems.map((p) => [p.file, p.line, p.column, render(p.reason, "en")])).toEqual([
      ["firms", 4, "id", 'duplicate firm id "f1" (first on line 2)'],
      ["linkages", 3, "toId", 'self-tie: "f1" is linked to itself'],
      ["linkages", 4, "toId", 'firm "f3" (line 5) did not answer yes to UPSTREAM (N), so it has no UPSTREAM_SUPPLY tie'],
      ["linkages", 5, "intensity", "intensity given for a FINANCE tie (SUPPORTING ties carry none)"],
      ["linkages", 6, "toId", 'firm "f2" (line 3) answered no to SAME_TYPE, so nobody names it as a peer'],
      ["linkages", 7, "fromId", 'firm "f1" (line 2) did not answer yes to DOWNSTREAM (N), so it has no DOWNSTREAM_SALES tie'],
      ["linkages", 8, "intensity", 'ACTIVE differs from firm "f1"\'s UPSTREAM answer PASSIVE (line 2)'],
      [
        "linkages",
        9,
        "id",
        `duplicate linkage id "${derivedLinkageId({ sentraId: "s", type: "HORIZONTAL_COOPERATION", fromId: "f1", toId: "f3" })}" (first on line 2)`,
      ],
      ["linkages", 10, null, 'neither "bank" nor "stranger" is a firm of this file in sentra "s"'],
    ]);
  });

  it("completes valid ties with a derived id and the firm's intensity", () => {
    expect(checked.linkages).toEqual([
      expect.objectContaining({ line: 2, id: "link-s-horizontal-cooperation-f1-f3", intensity: "ACTIVE" }),
      expect.objectContaining({ line: 11, id: "link-s-finance-bank2-f1", intensity: null }),
    ]);
  });

  it("checks ids against what the database knows", () => {
    const refs = referencesOf("r", read.firms, checked.linkages);
    expect(refs).toMatchObject({ roundId: "r", sentraIds: ["s"], actorIds: ["bank2", "f1", "f2", "f3"] });
    const firms: FirmRow[] = [{ ...read.firms[0], regionId: "nowhere" }, read.firms[1]];
    const problems = checkReferences("r", firms, checked.linkages, {
      round: false,
      sentra: new Set(),
      regions: new Set(),
      actors: new Map([["f2", "BANK"]]),
      linkages: new Map([["link-s-finance-bank2-f1", { fromId: "bank", toId: "f2" }]]),
      participations: new Map(),
      archived: new Set(),
      archivedParticipations: new Set(),
      ...NOTHING_ELSE_KNOWN,
    });
    expect(sortProblems(problems).map((p) => [p.file, p.line, p.column])).toEqual([
      ["firms", 0, "round"],
      ["firms", 2, "sentraId"],
      ["firms", 2, "regionId"],
      ["firms", 3, "sentraId"],
      ["firms", 3, "id"],
      ["linkages", 2, "sentraId"],
      // f3 is not among these firms and not in the database.
      ["linkages", 2, "toId"],
      ["linkages", 11, "sentraId"],
      ["linkages", 11, "fromId"],
      ["linkages", 11, "id"],
    ]);
  });

  it("refuses a horizontal tie whose other end is no firm of its sentra, and lets other ties reach outside it", () => {
    const firms = "id,name,sentraId,sameType,upstream,supporting\nf1,One,s,A,P,Y\nf4,Four,t,A,,\n";
    const linkages = [
      "type,fromId,toId,sentraId",
      "HORIZONTAL_COOPERATION,f1,peer,s",
      "HORIZONTAL_COOPERATION,f1,outsider,s",
      "HORIZONTAL_COOPERATION,f1,f4,s",
      "HORIZONTAL_COOPERATION,f1,trader,s",
      "HORIZONTAL_COOPERATION,elder,f1,s",
      "HORIZONTAL_COOPERATION,stranger,f1,s",
      "UPSTREAM_SUPPLY,supplier,f1,s",
      "FINANCE,bank,f1,s",
      "",
    ].join("\n");
    const file = readSurvey({ format: "csv", firms, linkages });
    const rows = checkRows(file.firms, file.linkages);
    expect([...file.problems, ...rows.problems]).toEqual([]);
    const problems = checkReferences("r", file.firms, rows.linkages, {
      round: true,
      sentra: new Set(["s", "t"]),
      regions: new Set(),
      actors: new Map([
        ["peer", "IKM"],
        ["outsider", "IKM"],
        ["trader", "TRADER"],
        ["elder", "IKM"],
        ["stranger", "IKM"],
        ["supplier", "RAW_MATERIAL_SUPPLIER"],
        ["bank", "BANK"],
      ]),
      linkages: new Map(),
      // The supplier and the bank take part in no sentra; the outsider in another one.
      participations: new Map([
        ["peer", new Set(["s"])],
        ["outsider", new Set(["t"])],
        ["trader", new Set(["s"])],
        ["elder", new Set(["t", "s"])],
      ]),
      archived: new Set(),
      archivedParticipations: new Set(),
      ...NOTHING_ELSE_KNOWN,
    });
    expect(sortProblems(problems).map((p) => [p.file, p.line, p.column, render(p.reason, "en")])).toEqual([
      [
        "linkages",
        3,
        "toId",
        '"outsider" is not a firm of sentra "s" (neither a firm row of this file in it nor an IKM taking part in it), and a HORIZONTAL_COOPERATION tie joins two firms of its sentra',
      ],
      // A firm of the file, but of another sentra.
      ["linkages", 4, "toId", expect.stringMatching(/^"f4" is not a firm of sentra "s" /)],
      // Taking part in the sentra, but as a trader, not a firm.
      ["linkages", 5, "toId", expect.stringMatching(/^"trader" is not a firm of sentra "s" /)],
      ["linkages", 7, "fromId", expect.stringMatching(/^"stranger" is not a firm of sentra "s" /)],
    ]);
  });

  it("refuses a file without its required columns", () => {
    expect(localize(readSurvey({ format: "csv", firms: "id,name\nf1,One\n" }).problems, "en")).toEqual([
      { file: "firms", line: 1, column: "sentraId", reason: "required column is missing" },
    ]);
  });

  it("refuses rows that would hang answers or ties off what an admin archived", () => {
    const firms = "id,name,sentraId,sameType,supporting\nf1,One,s,A,Y\nf2,Two,s,A,Y\nf3,Three,gone,A,\n";
    const linkages = ["type,fromId,toId,sentraId,id", "FINANCE,bank,f1,s,", "FINANCE,bank2,f2,s,tie-archived", ""].join("\n");
    const file = readSurvey({ format: "csv", firms, linkages });
    const rows = checkRows(file.firms, file.linkages);
    expect([...file.problems, ...rows.problems]).toEqual([]);
    const problems = checkReferences("r", file.firms, rows.linkages, {
      round: true,
      sentra: new Set(["s", "gone"]),
      regions: new Set(),
      actors: new Map([
        ["f1", "IKM"],
        ["f2", "IKM"],
        ["bank", "BANK"],
        ["bank2", "BANK"],
      ]),
      linkages: new Map([["tie-archived", { fromId: "bank2", toId: "f2" }]]),
      participations: new Map(),
      archived: new Set(["f1", "gone", "bank", "tie-archived"]),
      archivedParticipations: new Set([`f2 s ${file.firms[1].role}`]),
      ...NOTHING_ELSE_KNOWN,
    });
    expect(sortProblems(problems).map((p) => [p.file, p.line, p.column])).toEqual([
      ["firms", 2, "id"],
      ["firms", 3, "role"],
      ["firms", 4, "sentraId"],
      ["linkages", 2, "fromId"],
      ["linkages", 2, "toId"],
      ["linkages", 3, "id"],
    ]);
  });
});
