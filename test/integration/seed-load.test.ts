import type { Driver } from "neo4j-driver";
import path from "node:path";
import { migrate } from "../../src/db/migrate";
import type { Database } from "../../src/db/neo4j";
import { loadDataset } from "../../seed/load";
import { fixture } from "../support/fixture";
import { openTestDatabase, resetDatabase } from "../support/database";
import { PROJECT_ROOT } from "../support/app";

// Every node and relationship with all its properties, in a stable order: equal fingerprints mean an unchanged graph.
async function fingerprint(db: Database): Promise<string[]> {
  return db.read(async (tx) => {
    const nodes = await tx.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p");
    const rels = await tx.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, properties(r) AS p, b.id AS b");
    return [...nodes.records, ...rels.records].map((r) => JSON.stringify(r.toObject(), (_k, v) => (typeof v === "bigint" ? String(v) : v))).sort();
  });
}

describe("loading a dataset", () => {
  let db: Database;
  let driver: Driver;
  beforeAll(async () => {
    ({ db, driver } = openTestDatabase());
    await resetDatabase(db);
    await migrate(db, path.join(PROJECT_ROOT, "schema"));
  });
  afterAll(() => driver.close());

  it("writes every record and reports progress per collection", async () => {
    const seen = new Map<string, [number, number]>();
    await loadDataset(db, fixture, (collection, done, total) => seen.set(collection, [done, total]));
    expect(seen.get("actors")).toEqual([5, 5]);
    expect(seen.get("linkages")).toEqual([4, 4]);
    const counts = await db.read(async (tx) => {
      const r = await tx.run(`
        RETURN COUNT { (:Actor) } AS actors, COUNT { (:Sentra) } AS sentra, COUNT { ()-[:LINKED]->() } AS linkages,
               COUNT { ()-[:PARTICIPATES_IN]->() } AS participations, COUNT { (:Observation) } AS observations,
               COUNT { ()-[:MEMBER_OF]->(:Forum) } AS forumMembers, COUNT { (:Node) } AS nodes`);
      return r.records[0].toObject();
    });
    expect(Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)]))).toEqual({
      actors: 5,
      sentra: 2,
      linkages: 4,
      participations: 6,
      observations: 4,
      forumMembers: 2,
      nodes: 5 + 2 + 5 + 1 + 1 + 1 + 1 + 1 + 4 + 1 + 1,
    });
  });

  it("changes nothing when run again", async () => {
    const before = await fingerprint(db);
    await loadDataset(db, fixture);
    expect(await fingerprint(db)).toEqual(before);
  });

  it("stores dates as dates and coordinates as points", async () => {
    const row = await db.read(async (tx) => {
      const r = await tx.run(`MATCH (a:Actor {id: 't-ikm-a'})-[p:PARTICIPATES_IN]->() RETURN a.location AS location, p.since AS since, a.nameLower AS nameLower`);
      return r.records[0];
    });
    expect(row.get("location").srid.toNumber()).toBe(4326);
    expect(row.get("since").toString()).toBe("1990-01-01");
    expect(row.get("nameLower")).toBe("ud logam jaya");
  });

  it("leaves the database as it was when a batch fails", async () => {
    const before = await fingerprint(db);
    const broken = { ...fixture, linkages: [...fixture.linkages, { ...fixture.linkages[0], id: "t-l-coop", fromId: "t-ikm-b", toId: "t-ikm-a" }] };
    await expect(loadDataset(db, { ...broken, actors: [...fixture.actors, { id: "t-new", name: "New", kind: "IKM" as const }] })).rejects.toMatchObject({
      code: "Neo.ClientError.Schema.ConstraintValidationFailed",
    });
    expect(await fingerprint(db)).toEqual(before);
  });
});
