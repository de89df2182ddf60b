import { writeDataset } from "../../src/repositories/dataset.writer";
import { fixture } from "../support/fixture";
import { apiOnGraph } from "../support/graph-api";

/**
 * Fifty concurrent creations of the same thing (one stable id, the same values) make exactly one
 * node with exactly one of each of its relationships, and every request answers it: the sentra,
 * forum, agreement and monitoring-record mutations (the others are in mutations*.test.ts).
 */
describe("fifty concurrent creations", () => {
  const app = apiOnGraph((d) => writeDataset(d, fixture));

  const { count } = app.checks;

  /** Sends the same creation fifty times at once; every answer is the one node, at version 1. */
  async function race(mutation: string, field: string, input: Record<string, unknown>) {
    const results = await Promise.all(Array.from({ length: 50 }, () => app.api.run<Record<string, { id: string; version: number }>>(mutation, { input })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(new Set(results.map((r) => JSON.stringify(r.data![field])))).toEqual(new Set([JSON.stringify({ id: input.id, version: 1 })]));
  }

  /** How many relationships of `type` leave the node with this id, and to which ids. */
  async function ties(id: string, type: string): Promise<string[]> {
    return app.db.read(async (tx) =>
      (await tx.run(`MATCH (n:Node {id: $id})-[r]->(m) WHERE type(r) = $type RETURN m.id AS to ORDER BY to`, { id, type })).records.map(
        (r) => r.get("to") as string,
      ),
    );
  }

  it("of a sentra make one sentra, in its region once", async () => {
    const input = {
      id: "race-sentra",
      name: "Sentra Gerabah",
      product: "pottery",
      sector: "ceramics",
      description: "Potters",
      unggulan: false,
      regionId: "t-district",
    };
    await race(`mutation($input: CreateSentraInput!) { createSentra(input: $input) { id version } }`, "createSentra", input);
    expect(await count(`MATCH (n:Node {id: 'race-sentra'}) RETURN count(n) AS n`)).toBe(1);
    expect(await count(`MATCH (n:Sentra {name: 'Sentra Gerabah'}) RETURN count(n) AS n`)).toBe(1);
    expect(await ties("race-sentra", "LOCATED_IN")).toEqual(["t-district"]);
  });

  it("of a forum make one forum, serving its sentra once", async () => {
    const input = { id: "race-forum", kind: "FPK", name: "FPK Batur", sentraId: "t-casting", founded: "2010-03-01" };
    await race(`mutation($input: CreateForumInput!) { createForum(input: $input) { id version } }`, "createForum", input);
    expect(await count(`MATCH (n:Node {id: 'race-forum'}) RETURN count(n) AS n`)).toBe(1);
    expect(await count(`MATCH (n:Forum {name: 'FPK Batur'}) RETURN count(n) AS n`)).toBe(1);
    expect(await ties("race-forum", "SERVES")).toEqual(["t-casting"]);
  });

  it("of an agreement make one agreement, contracted by its forum and provided by its actor once", async () => {
    const input = {
      id: "race-agreement",
      forumId: "t-fkak",
      providerId: "t-trader",
      providerRole: "LPT",
      scope: "casting quality",
      feeBasis: "per visit",
      startDate: "2012-01-01",
    };
    await race(`mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id version } }`, "createAgreement", input);
    expect(await count(`MATCH (n:Node {id: 'race-agreement'}) RETURN count(n) AS n`)).toBe(1);
    expect(await count(`MATCH (n:Agreement {scope: 'casting quality'}) RETURN count(n) AS n`)).toBe(1);
    expect(await ties("race-agreement", "CONTRACTED_BY")).toEqual(["t-fkak"]);
    expect(await ties("race-agreement", "PROVIDED_BY")).toEqual(["t-trader"]);
  });

  it("of a monitoring record make one record, monitoring its sentra and visited by its actor once", async () => {
    const input = { id: "race-monitoring", sentraId: "t-casting", date: "2014-02-03", findings: "new kiln", visitorId: "t-bank" };
    await race(`mutation($input: CreateMonitoringRecordInput!) { createMonitoringRecord(input: $input) { id version } }`, "createMonitoringRecord", input);
    expect(await count(`MATCH (n:Node {id: 'race-monitoring'}) RETURN count(n) AS n`)).toBe(1);
    expect(await count(`MATCH (n:MonitoringRecord {findings: 'new kiln'}) RETURN count(n) AS n`)).toBe(1);
    expect(await ties("race-monitoring", "MONITORS")).toEqual(["t-casting"]);
    expect(await ties("race-monitoring", "VISITED_BY")).toEqual(["t-bank"]);
  });
});
