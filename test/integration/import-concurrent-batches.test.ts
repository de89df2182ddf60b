import type { Driver } from "neo4j-driver";
import type { Database } from "../../src/db/neo4j";
import { emptyDataset, type ActorSeed, type SeedDataset } from "../../src/domain/dataset";
import { generateDataset } from "../../src/generate/synthetic";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { freshGraph, graphFingerprint, resetDatabase } from "../support/database";
import { fixture } from "../support/fixture";
import { HeldWrites, nextTurn } from "../support/held-writes";

/*
 * "per-batch" writes several batches of a statement at once, each its own transaction
 * (WriteOptions.concurrency, src/repositories/batch-scheduler.ts). The graph must be the one a
 * sequential load leaves: rows repeating a key in different batches end as the last one says,
 * and a failing batch stops the load with its error.
 */

// Every collection of a generated network, and the fixture's beside it (other ids).
const TINY = { provinces: 2, regencies: 4, sentra: 6, firms: 150, others: 30, linkages: 400, surveyShare: 0.2 };

function union(a: SeedDataset, b: SeedDataset): SeedDataset {
  const merged = emptyDataset();
  for (const key of Object.keys(merged) as Array<keyof SeedDataset>) Object.assign(merged, { [key]: [...a[key], ...b[key]] });
  return merged;
}

/**
 * `items` with the first `count` written a second time, changed, each `gap` rows after its first
 * (two batches of 7 later): close enough that, four batches at once, the two would run together
 * without the key rule.
 */
function repeatedSoon<T>(items: readonly T[], count: number, change: (item: T, i: number) => T, gap = 14): T[] {
  const out: T[] = [];
  items.forEach((item, at) => {
    out.push(item);
    const first = at - gap;
    if (first >= 0 && first < count) out.push(change(items[first], first));
  });
  return out;
}

/** Some actors, participations and linkages written a second time, changed, a few batches later. */
function withRepeats(d: SeedDataset): SeedDataset {
  const regionIds = d.regions.map((r) => r.id);
  return {
    ...d,
    actors: repeatedSoon(d.actors, 25, (a, i) => ({ ...a, name: `${a.name} (renamed)`, workers: i, regionId: regionIds[i % regionIds.length] })),
    participations: repeatedSoon(d.participations, 25, (p, i) => ({ ...p, since: i % 2 ? undefined : "2020-02-02" })),
    linkages: repeatedSoon(d.linkages, 25, (l) => ({ ...l, intensity: "PROACTIVE" as const, description: "seen again" })),
  };
}

async function actorNames(db: Database, ids: string[]): Promise<Record<string, unknown>> {
  return db.read(async (tx) => {
    const r = await tx.run(
      `MATCH (a:Actor) WHERE a.id IN $ids
       RETURN a.id AS id, a.name AS name, [(a)-[:LOCATED_IN]->(r) | r.id] AS regions, [(a)-[p:PARTICIPATES_IN]->() | toString(p.since)] AS since`,
      { ids },
    );
    return Object.fromEntries(
      r.records.map((record) => [record.get("id"), { name: record.get("name"), regions: record.get("regions"), since: record.get("since") }]),
    );
  });
}

describe("batches of a statement written at once", () => {
  let db: Database;
  let driver: Driver;
  beforeAll(async () => {
    ({ db, driver } = await freshGraph());
  });
  afterAll(() => driver.close());
  beforeEach(() => resetDatabase(db));

  it("small batches, four at once, make the graph one sequential transaction makes", async () => {
    const dataset = withRepeats(union(generateDataset(TINY, 5), fixture));
    await writeDataset(db, dataset);
    const sequential = await graphFingerprint(db);
    await resetDatabase(db);

    const progress = new Map<string, number[]>();
    await writeDataset(
      db,
      dataset,
      (collection, done, total) => {
        const seen = progress.get(collection) ?? [];
        // Monotone within a statement; a collection of two statements (regions, forums) starts again.
        progress.set(collection, done < (seen.at(-1) ?? 0) ? [done] : [...seen, done]);
        if (done > total) throw new Error(`${collection}: ${done} of ${total}`);
      },
      { batchSize: 7, transactions: "per-batch", concurrency: 4 },
    );
    expect(await graphFingerprint(db)).toEqual(sequential);
    expect(progress.get("actors")).toEqual(
      Array.from({ length: Math.ceil(dataset.actors.length / 7) }, (_, i) => Math.min(7 * (i + 1), dataset.actors.length)),
    );
  }, 120_000);

  it("rows repeating an id or a tie in different batches end as the last row says", async () => {
    const [actor] = fixture.actors;
    const filler = (i: number): ActorSeed => ({ id: `t-filler-${i}`, name: `Filler ${i}`, kind: "IKM", regionId: "t-village" });
    const tie = { actorId: actor.id, sentraId: "t-casting", role: "CORE" as const };
    await writeDataset(
      db,
      {
        ...emptyDataset(),
        regions: fixture.regions,
        sentra: fixture.sentra,
        actors: [filler(1), { ...actor, name: "First Name" }, filler(2), { ...actor, name: "Second Name", regionId: "t-other-regency" }, filler(3), filler(4)],
        participations: [
          { ...tie, since: "2001-01-01" },
          { ...tie, sentraId: "t-brass" },
          { ...tie, since: "2002-02-02" },
          { ...tie, role: "BUYER" },
        ],
      },
      () => {},
      { batchSize: 1, transactions: "per-batch", concurrency: 4 },
    );
    expect(await actorNames(db, [actor.id])).toEqual({
      [actor.id]: { name: "Second Name", regions: ["t-other-regency"], since: expect.arrayContaining(["2002-02-02"]) },
    });
    expect(
      await db.read(async (tx) =>
        Number((await tx.run("MATCH (:Actor {id: $id})-[p:PARTICIPATES_IN]->() RETURN count(p) AS n", { id: actor.id })).records[0].get("n")),
      ),
    ).toBe(3);
  });

  it("a repeated id at the end of one batch and the start of the next: the later row wins", async () => {
    // Without waiting, the second batch would create the id first, and the first batch, failing
    // on the constraint, would write its older row again over it through MERGE.
    const fillers = (from: number) =>
      Array.from({ length: 49 }, (_, i): ActorSeed => ({ id: `t-filler-${from + i}`, name: "Filler", kind: "IKM", regionId: "t-village" }));
    const [actor] = fixture.actors;
    for (const round of [1, 2, 3]) {
      await resetDatabase(db);
      await writeDataset(
        db,
        {
          ...emptyDataset(),
          regions: fixture.regions,
          actors: [...fillers(0), { ...actor, name: "Earlier" }, { ...actor, name: "Later" }, ...fillers(100)],
        },
        () => {},
        { batchSize: 50, transactions: "per-batch", concurrency: 2 },
      );
      expect({ round, name: (await actorNames(db, [actor.id]))[actor.id] }).toMatchObject({ round, name: { name: "Later" } });
    }
  });

  it("a failing batch rejects the load with its error once the running batches end, starts no further batch or statement, and leaves no rejection unhandled", async () => {
    // A map is no property value: Neo4j refuses such an actor's batch, not as a transient error.
    const bad = (id: string) => ({ id, name: "Bad", kind: "IKM", regionId: "t-village", extra: { nested: true } }) as unknown as ActorSeed;
    const after = Array.from({ length: 12 }, (_, i): ActorSeed => (i === 1 ? bad("t-after-1") : { id: `t-after-${i}`, name: "After", kind: "IKM" }));
    const actors = [...fixture.actors, bad("t-bad"), ...after];
    // The batches from the bad one on are held back (run in Neo4j, their outcome not yet returned).
    const heldIds = new Set(["t-bad", ...after.map((a) => a.id)]);
    const held = new HeldWrites(db, (ids) => ids.some((id) => heldIds.has(id)));
    const events: string[] = [];
    const load = writeDataset(held, { ...fixture, actors }, () => {}, { batchSize: 1, transactions: "per-batch", concurrency: 4 }).then(
      () => events.push("load resolved"),
      (error: unknown) => {
        events.push("load rejected");
        return error;
      },
    );

    // Four at once: the bad batch and the three after it run, and no other starts while they do.
    const running = await held.untilHeld(4);
    expect(running.map((write) => write.ids[0]).sort()).toEqual(["t-after-0", "t-after-1", "t-after-2", "t-bad"]);
    expect(held.heldNaming("t-bad").error).toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError\./) });
    expect(held.heldNaming("t-after-1").error).toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError\./) });

    // The bad batch's failure comes back first, while three still run; then the others one by one,
    // among them a second failure, which arrives after the load has stopped taking batches. After
    // each, every reaction it causes has run (and Node has reported any rejection left unhandled:
    // Jest fails the running test on one).
    for (const id of ["t-bad", "t-after-0", "t-after-1", "t-after-2"]) {
      held.heldNaming(id).release();
      events.push(`${id} returned`);
      await nextTurn();
    }
    // The load waited for every running batch, then failed with the first failure.
    expect(events).toEqual(["t-bad returned", "t-after-0 returned", "t-after-1 returned", "t-after-2 returned", "load rejected"]);
    expect(await load).toBe(held.heldNaming("t-bad").error);
    // After the bad batch, only the three beside it began: no batch after the failure, no later statement.
    const fromBad = held.begun.slice(held.begun.findIndex((ids) => ids.includes("t-bad")));
    expect(fromBad.map((ids) => ids[0]).sort()).toEqual(["t-after-0", "t-after-1", "t-after-2", "t-bad"]);
    const written = await db.read(async (tx) => {
      const r = await tx.run(
        "RETURN COUNT { (:Actor) } AS actors, COUNT { ()-[:PARTICIPATES_IN]->() } AS participations, COUNT { (a:Actor) WHERE a.id IN ['t-bad', 't-after-1'] } AS bad",
      );
      return Object.fromEntries(Object.entries(r.records[0].toObject()).map(([k, v]) => [k, Number(v)]));
    });
    // Every actor before the bad one and the two good ones that ran beside it; not the bad ones.
    expect(written).toEqual({ actors: fixture.actors.length + 2, participations: 0, bad: 0 });
  });
});
