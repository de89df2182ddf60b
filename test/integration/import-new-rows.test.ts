import type { Driver } from "neo4j-driver";
import type { Database } from "../../src/db/neo4j";
import { emptyDataset, type SeedDataset } from "../../src/domain/dataset";
import { datasetSize, generateDataset, SCALES } from "../../src/generate/synthetic";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { freshGraph, graphFingerprint, resetDatabase } from "../support/database";
import { fixture } from "../support/fixture";

/*
 * The dataset writer CREATEs actors whose id no node holds yet and MERGEs the rest, and writes a
 * participation by looking among the actor's ties to the sentra (src/repositories/new-nodes.ts,
 * upserts.ts). The graph must be the one MERGE row by row leaves: with loads racing on the same
 * ids, with rows repeating an id in one batch, and with stored actors beside new ones.
 */

const BATCHES = { batchSize: 300, transactions: "per-batch" } as const;

async function count(db: Database, cypher: string): Promise<number> {
  return db.read(async (tx) => Number((await tx.run(cypher)).records[0].get(0)));
}

describe("new rows CREATEd beside stored rows MERGEd", () => {
  let db: Database;
  let driver: Driver;
  beforeAll(async () => {
    ({ db, driver } = await freshGraph());
  });
  afterAll(() => driver.close());
  beforeEach(() => resetDatabase(db));

  it("three loads of one network at once make the graph one load makes, with no tie twice", async () => {
    const generated = generateDataset(SCALES.small, 11);
    const network: SeedDataset = { ...emptyDataset(), ...pick(generated, "regions", "sentra", "actors", "participations", "linkages") };
    await Promise.all([1, 2, 3].map(() => writeDataset(db, network, () => {}, BATCHES)));

    const expected = datasetSize(network);
    expect(await count(db, "MATCH (n) RETURN count(n)")).toBe(expected.nodes);
    expect(await count(db, "MATCH ()-[r]->() RETURN count(r)")).toBe(expected.relationships);
    expect(await count(db, "MATCH (a)-[p:PARTICIPATES_IN]->(s) WITH a, s, p.role AS role, count(*) AS n WHERE n > 1 RETURN count(*)")).toBe(0);

    const loaded = await graphFingerprint(db);
    await writeDataset(db, network, () => {}, BATCHES);
    expect(await graphFingerprint(db)).toEqual(loaded);
  }, 300_000);

  it("two whole-dataset transactions at once: the one that meets the other's ids runs again through MERGE", async () => {
    await writeDataset(db, fixture);
    const once = await graphFingerprint(db);
    await resetDatabase(db);
    await Promise.all([writeDataset(db, fixture), writeDataset(db, fixture)]);
    expect(await graphFingerprint(db)).toEqual(once);
  });

  it("rows repeating an actor or a participation in one batch end as the last row says", async () => {
    const [actor] = fixture.actors;
    const tie = { actorId: actor.id, sentraId: "t-casting", role: "CORE" as const };
    await writeDataset(db, {
      ...emptyDataset(),
      regions: fixture.regions,
      sentra: fixture.sentra,
      actors: [
        { ...actor, name: "First Name" },
        { ...actor, name: "Second Name", workers: 3, regionId: "t-other-regency" },
      ],
      participations: [{ ...tie, since: "2001-01-01" }, { ...tie }],
    });
    const row = await db.read(async (tx) => {
      const r = await tx.run(
        `MATCH (a:Actor {id: $id})
         RETURN a.name AS name, a.workers AS workers, [(a)-[:LOCATED_IN]->(r) | r.id] AS regions,
                [(a)-[p:PARTICIPATES_IN]->() | [p.role, p.since]] AS ties, COUNT { (:Actor) } AS actors`,
        { id: actor.id },
      );
      return r.records[0].toObject();
    });
    expect({ ...row, workers: Number(row.workers), actors: Number(row.actors) }).toEqual({
      name: "Second Name",
      workers: 3,
      regions: ["t-other-regency"],
      ties: [["CORE", null]],
      actors: 1,
    });
  });

  it("a batch of stored and new actors keeps the stored ones' version and archive and creates the new ones", async () => {
    await writeDataset(db, fixture);
    await db.write((tx) => tx.run("MATCH (a:Actor {id: 't-ikm-b'}) SET a.version = 3, a.archivedAt = datetime('2026-01-02T00:00:00Z')"));
    const newcomer = { id: "t-ikm-new", name: "UD Baru", kind: "IKM" as const, regionId: "t-village", location: { latitude: -7.71, longitude: 110.61 } };
    await writeDataset(db, { ...fixture, actors: [...fixture.actors.map((a) => ({ ...a, name: `${a.name} (renamed)` })), newcomer] });
    const rows = await db.read(async (tx) => {
      const r = await tx.run(
        `MATCH (a:Actor) WHERE a.id IN ['t-ikm-b', 't-ikm-new']
         RETURN a.id AS id, a.name AS name, a.version AS version, a.archivedAt IS NOT NULL AS archived,
                a.location IS NOT NULL AS located, [(a)-[:LOCATED_IN]->(r) | r.id] AS regions ORDER BY id`,
      );
      return r.records.map((record) => ({ ...record.toObject(), version: record.get("version") === null ? null : Number(record.get("version")) }));
    });
    expect(rows).toEqual([
      { id: "t-ikm-b", name: "CV Cor Mandiri (renamed)", version: 3, archived: true, located: false, regions: ["t-village"] },
      { id: "t-ikm-new", name: "UD Baru", version: null, archived: false, located: true, regions: ["t-village"] },
    ]);
  });
});

function pick<K extends keyof SeedDataset>(dataset: SeedDataset, ...keys: K[]): Pick<SeedDataset, K> {
  return Object.fromEntries(keys.map((key) => [key, dataset[key]])) as Pick<SeedDataset, K>;
}
