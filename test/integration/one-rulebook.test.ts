import { writeDataset } from "../../src/repositories/dataset.writer";
import { apiOnGraph } from "../support/graph-api";
import { fixture } from "../support/fixture";

/*
 * Issue 20, finding 2: one table of good and bad values, each run through both write paths (the
 * mutations, as an EDITOR, and the survey import's dry run), which must reach the same verdict,
 * the one the table expects, and blame the same field.
 */

type Verdict = "accepted" | "refused";

/** A firm as both paths take it: the actor's fields and its participation's start. */
interface Firm {
  id: string;
  name: string;
  kbli?: string;
  workers?: number;
  yearFounded?: number;
  latitude?: number;
  longitude?: number;
  mainProducts?: string[];
  description?: string;
  memberSince?: string;
}

/** The value under test, the expected verdict and, for a refusal, the import column at fault. */
interface FirmCase {
  label: string;
  change: Partial<Firm>;
  verdict: Verdict;
  column?: keyof Firm;
}

const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
const items = (n: number) => Array.from({ length: n }, (_, i) => `product ${i + 1}`);

const FIRM_CASES: FirmCase[] = [
  { label: "a good firm (baseline)", change: {}, verdict: "accepted" },
  { label: "an id with é and #", change: { id: "firm/é#1" }, verdict: "refused", column: "id" },
  { label: "an id of 129 characters", change: { id: "f".repeat(129) }, verdict: "refused", column: "id" },
  { label: "an id of 128 characters", change: { id: "g".repeat(128) }, verdict: "accepted" },
  { label: "a name of 5,000 characters", change: { name: "n".repeat(5_000) }, verdict: "refused", column: "name" },
  { label: "a name of 100,000 characters", change: { name: "n".repeat(100_000) }, verdict: "refused", column: "name" },
  { label: "a name of 200 characters", change: { name: "n".repeat(200) }, verdict: "accepted" },
  { label: "a name with a NUL", change: { name: "a\u0000b" }, verdict: "refused", column: "name" },
  { label: "a name with a tab (names are one line)", change: { name: "Pak\tBudi" }, verdict: "refused", column: "name" },
  { label: "a description with a line break", change: { description: "Foundry.\nCasts manhole covers." }, verdict: "accepted" },
  { label: "a description with a control character", change: { description: "Foundry\u0007" }, verdict: "refused", column: "description" },
  { label: "memberSince 1850-01-01", change: { memberSince: "1850-01-01" }, verdict: "refused", column: "memberSince" },
  { label: "memberSince 1900-01-01", change: { memberSince: "1900-01-01" }, verdict: "accepted" },
  { label: "memberSince tomorrow", change: { memberSince: tomorrow }, verdict: "refused", column: "memberSince" },
  { label: "memberSince 2023-02-30", change: { memberSince: "2023-02-30" }, verdict: "refused", column: "memberSince" },
  { label: "0 workers", change: { workers: 0 }, verdict: "refused", column: "workers" },
  { label: "1 worker", change: { workers: 1 }, verdict: "accepted" },
  { label: "founded 1799", change: { yearFounded: 1799 }, verdict: "refused", column: "yearFounded" },
  { label: "founded 1800", change: { yearFounded: 1800 }, verdict: "accepted" },
  { label: "KBLI of four digits", change: { kbli: "2431" }, verdict: "refused", column: "kbli" },
  { label: "KBLI of five digits", change: { kbli: "24310" }, verdict: "accepted" },
  { label: "latitude 91", change: { latitude: 91, longitude: 110.6 }, verdict: "refused", column: "latitude" },
  { label: "longitude 181", change: { latitude: -7.7, longitude: 181 }, verdict: "refused", column: "longitude" },
  { label: "a point", change: { latitude: -7.7, longitude: 110.6 }, verdict: "accepted" },
  { label: "51 main products", change: { mainProducts: items(51) }, verdict: "refused", column: "mainProducts" },
  { label: "50 main products", change: { mainProducts: items(50) }, verdict: "accepted" },
  { label: "a main product of 201 characters", change: { mainProducts: ["pipes", "p".repeat(201)] }, verdict: "refused", column: "mainProducts" },
];

/** A tie of a firm as both paths take it (the mutation's ends exist; the import's firm is a row of its file). */
interface Tie {
  flows: string[];
  since?: string;
  description?: string;
}
interface TieCase {
  label: string;
  change: Partial<Tie>;
  verdict: Verdict;
  column?: keyof Tie;
}

const TIE_CASES: TieCase[] = [
  { label: "a good tie (baseline)", change: {}, verdict: "accepted" },
  { label: "flows with a repeat", change: { flows: ["GOODS", "MONEY", "GOODS"] }, verdict: "refused", column: "flows" },
  { label: "since 1850-01-01", change: { since: "1850-01-01" }, verdict: "refused", column: "since" },
  { label: "a description with a control character", change: { description: "supplies scrap\u0001" }, verdict: "refused", column: "description" },
];

const FIRM_HEADER = [
  "id",
  "name",
  "kbli",
  "workers",
  "yearFounded",
  "latitude",
  "longitude",
  "mainProducts",
  "description",
  "sentraId",
  "role",
  "memberSince",
  "upstream",
] as const;
const TIE_HEADER = ["type", "fromId", "toId", "sentraId", "flows", "since", "description"] as const;

// RFC 4180: a cell holding a comma, quote or line break is quoted, its quotes doubled.
const csvCell = (value: unknown): string => {
  const text = value === undefined ? "" : Array.isArray(value) ? value.join(";") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csv = (header: readonly string[], row: Record<string, unknown>) => `${header.join(",")}\n${header.map((c) => csvCell(row[c])).join(",")}\n`;

describe("the same table of good and bad values through the mutations and the survey import", () => {
  const graph = apiOnGraph((db) => writeDataset(db, fixture));

  const dryRun = async (firms: string, linkages?: string) => {
    const result = await graph.api.run<any>(
      `mutation($firms: String!, $linkages: String) {
        importSurvey(roundId: "t-round", firms: $firms, linkages: $linkages, fileName: "rulebook.csv", dryRun: true) { written problems { file line column reason } }
      }`,
      { firms, linkages },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.importSurvey.written).toBe(false);
    return result.data.importSurvey.problems as Array<{ file: string; line: number; column: string | null; reason: string }>;
  };

  /** Runs a mutation as an EDITOR: accepted, or refused as bad input naming a field (any other error fails the test). */
  const asEditor = async (mutation: string, input: Record<string, unknown>): Promise<{ verdict: Verdict; field?: string }> => {
    const { errors } = await graph.api.run<any>(mutation, { input }, { as: "EDITOR" });
    if (errors === undefined) return { verdict: "accepted" };
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions?.code).toBe("BAD_USER_INPUT");
    return { verdict: "refused", field: errors[0].extensions?.field as string };
  };

  // The mutations name a part of a value (location.latitude, mainProducts[1]) and the participation's start "since".
  const columnOfField = (field: string | undefined) =>
    ({ "location.latitude": "latitude", "location.longitude": "longitude", since: "memberSince" })[field ?? ""] ?? field?.replace(/\[\d+\]$/, "");

  it.each(FIRM_CASES.map((c, i) => ({ ...c, index: i })))("a firm with $label is $verdict by both paths", async ({ change, verdict, column, index }) => {
    const firm: Firm = { id: `rulebook-firm-${index}`, name: "UD Rulebook", ...change };

    // The dry run first: the mutation below may create the firm.
    const problems = await dryRun(csv(FIRM_HEADER, { ...firm, sentraId: "t-casting", role: "CORE" }));
    const imported: Verdict = problems.length === 0 ? "accepted" : "refused";

    const { memberSince, latitude, longitude, ...actor } = firm;
    const location = latitude === undefined ? undefined : { latitude, longitude };
    let mutated = await asEditor(`mutation($input: CreateActorInput!) { createActor(input: $input) { id } }`, { ...actor, kind: "IKM", location });
    if (mutated.verdict === "accepted") {
      mutated = await asEditor(`mutation($input: CreateParticipationInput!) { createParticipation(input: $input) { version } }`, {
        actorId: firm.id,
        sentraId: "t-casting",
        role: "CORE",
        since: memberSince,
      });
    }

    expect({ imported, mutated: mutated.verdict }).toEqual({ imported: verdict, mutated: verdict });
    if (verdict === "refused") {
      expect([...new Set(problems.map((p) => p.column))]).toEqual([column]);
      expect(problems.every((p) => p.file === "FIRMS" && p.line === 2)).toBe(true);
      expect(columnOfField(mutated.field)).toBe(column);
    }
  });

  it.each(TIE_CASES.map((c, i) => ({ ...c, index: i })))("a tie with $label is $verdict by both paths", async ({ change, verdict, column, index }) => {
    const tie: Tie = { flows: ["GOODS", "MONEY"], since: "2005-03-01", description: "supplies scrap", ...change };

    // In the file the supplied firm is a row of its own that answers yes to the upstream question.
    const firmId = `rulebook-tie-firm-${index}`;
    const problems = await dryRun(
      csv(FIRM_HEADER, { id: firmId, name: "UD Rulebook", sentraId: "t-casting", upstream: "Y" }),
      csv(TIE_HEADER, { ...tie, type: "UPSTREAM_SUPPLY", fromId: "t-trader", toId: firmId, sentraId: "t-casting" }),
    );
    const imported: Verdict = problems.length === 0 ? "accepted" : "refused";

    const mutated = await asEditor(`mutation($input: CreateLinkageInput!) { createLinkage(input: $input) { id } }`, {
      ...tie,
      type: "UPSTREAM_SUPPLY",
      fromId: "t-trader",
      toId: "t-ikm-b",
      sentraId: "t-casting",
    });

    expect({ imported, mutated: mutated.verdict }).toEqual({ imported: verdict, mutated: verdict });
    if (verdict === "refused") {
      expect(problems.map((p) => [p.file, p.line, p.column])).toEqual([["LINKAGES", 2, column]]);
      expect(mutated.field).toBe(column);
    }
  });
});
