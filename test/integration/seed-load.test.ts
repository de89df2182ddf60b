import type { Driver } from "neo4j-driver";
import type { Database } from "../../src/db/neo4j";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { fixture } from "../support/fixture";
import { freshGraph, graphFingerprint } from "../support/database";

describe("writing a dataset", () => {
  let db: Database;
  let driver: Driver;
  beforeAll(async () => {
    ({ db, driver } = await freshGraph());
  });
  afterAll(() => driver.close());

  it("writes every record and reports progress per collection", async () => {
    const seen = new Map<string, [number, number]>();
    await writeDataset(db, fixture, (collection, done, total) => seen.set(collection, [done, total]));
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
    const before = await graphFingerprint(db);
    await writeDataset(db, fixture);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("stores dates as dates and coordinates as points", async () => {
    const row = await db.read(async (tx) => {
      const r = await tx.run(
        `MATCH (a:Actor {id: 't-ikm-a'})-[p:PARTICIPATES_IN]->() RETURN a.location AS location, p.since AS since, a.nameLower AS nameLower`,
      );
      return r.records[0];
    });
    expect(row.get("location").srid.toNumber()).toBe(4326);
    expect(row.get("since").toString()).toBe("1990-01-01");
    expect(row.get("nameLower")).toBe("ud logam jaya");
  });

  it("leaves the database as it was when a batch fails", async () => {
    const before = await graphFingerprint(db);
    const broken = { ...fixture, linkages: [...fixture.linkages, { ...fixture.linkages[0], id: "t-l-coop", fromId: "t-ikm-b", toId: "t-ikm-a" }] };
    await expect(writeDataset(db, { ...broken, actors: [...fixture.actors, { id: "t-new", name: "New", kind: "IKM" as const }] })).rejects.toMatchObject({
      code: "Neo.ClientError.Schema.ConstraintValidationFailed",
    });
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
