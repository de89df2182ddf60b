import type { Driver } from "neo4j-driver";
import type { Database } from "../../src/db/neo4j";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { startTestApi, type TestApi } from "../support/app";
import { freshGraph } from "../support/database";
import { fixture } from "../support/fixture";

/*
 * Cursors are the sort key values of the last item seen, not offsets: a write elsewhere in the
 * list between two page requests neither repeats nor skips an item of the next page.
 */
describe("keyset cursors while others write", () => {
  let db: Database;
  let driver: Driver;
  let api: TestApi;

  const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString("base64url");

  beforeEach(async () => {
    ({ db, driver } = await freshGraph((db) => writeDataset(db, fixture)));
    api = await startTestApi();
  });
  afterEach(async () => {
    await api.stop();
    await driver.close();
  });

  const ACTORS = `query($after: String) {
    actors(first: 2, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } }
  }`;

  async function actorsPage(after: string | null) {
    const { data, errors } = await api.run<any>(ACTORS, { after });
    expect(errors).toBeUndefined();
    return { ...data.actors, ids: data.actors.edges.map((e: any) => e.node.id) as string[] };
  }

  it("pages through actors while an actor is added before the page and another archived before it", async () => {
    const first = await actorsPage(null);
    expect(first.ids).toEqual(["t-bank", "t-ikm-b"]);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.pageInfo.endCursor).toBe(first.edges[1].cursor);

    // An actor that sorts before everything seen so far: with offsets, t-ikm-b would come again.
    await db.write((tx) => tx.run(`CREATE (:Actor:Node {id: 't-aaa', name: 'AAA Logam', nameLower: 'aaa logam', kind: 'IKM'})`));
    const second = await actorsPage(first.pageInfo.endCursor);
    expect(second.ids).toEqual(["t-trader", "t-ikm-c"]);
    expect(second.totalCount).toBe(6);
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    // An actor before the cursor leaves the list: with offsets, t-ikm-a would be skipped.
    await db.write((tx) => tx.run(`MATCH (a:Actor {id: 't-bank'}) SET a.archivedAt = datetime()`));
    const third = await actorsPage(second.pageInfo.endCursor);
    expect(third.ids).toEqual(["t-ikm-a"]);
    expect(third.totalCount).toBe(5);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    // Every actor of the list as it was at the start, each once.
    expect([...first.ids, ...second.ids, ...third.ids].sort()).toEqual(fixture.actors.map((a) => a.id).sort());
  });

  it("continues after an item that has since been archived", async () => {
    const first = await actorsPage(null);
    await db.write((tx) => tx.run(`MATCH (a:Actor {id: 't-ikm-b'}) SET a.archivedAt = datetime()`));
    const second = await actorsPage(first.pageInfo.endCursor);
    expect(second.ids).toEqual(["t-trader", "t-ikm-c"]);
  });

  it("pages a sentra's members while a member joins before the page", async () => {
    const MEMBERS = `query($after: String) {
      sentra(id: "t-casting") { members(first: 2, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { role node { id } } } }
    }`;
    const members = async (after: string | null) => {
      const { data, errors } = await api.run<any>(MEMBERS, { after });
      expect(errors).toBeUndefined();
      const page = data.sentra.members;
      return { ...page, ids: page.edges.map((e: any) => e.node.id) as string[] };
    };

    const first = await members(null);
    expect(first.edges.map((e: any) => e.role)).toEqual(["CORE", "CORE"]);
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);

    // A new core member sorts before both members already seen.
    await db.write((tx) =>
      tx.run(`MATCH (s:Sentra {id: 't-casting'})
              CREATE (:Actor:Node {id: 't-aaa', name: 'AAA Logam', nameLower: 'aaa logam', kind: 'IKM'})-[:PARTICIPATES_IN {role: 'CORE'}]->(s)`),
    );
    const second = await members(first.pageInfo.endCursor);
    expect(second.ids).toEqual(["t-trader", "t-bank"]);
    expect(second.totalCount).toBe(5);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(new Set([...first.ids, ...second.ids]).size).toBe(4);
  });

  it("pages a ranking by a stored metric, nulls last, with the same cursors", async () => {
    const RANKING = `query($after: String) { sentraRanking(metric: coreMembers, first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    await db.write((tx) => tx.run(`MATCH (s:Sentra {id: 't-casting'}) SET s.metric_coreMembers = 2`));
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const { data, errors }: { data?: any; errors?: unknown } = await api.run<any>(RANKING, { after });
      expect(errors).toBeUndefined();
      seen.push(...data.sentraRanking.edges.map((e: any) => e.node.id));
      if (!data.sentraRanking.pageInfo.hasNextPage) break;
      after = data.sentraRanking.pageInfo.endCursor;
    }
    expect(seen[0]).toBe("t-casting");
    expect(seen.sort()).toEqual(fixture.sentra.map((s) => s.id).sort());
  });

  it.each([
    ["not base64url JSON", "bm9wZQ"],
    ["an offset cursor of the old kind", Buffer.from("offset:3").toString("base64url")],
    ["too few sort keys", cursor(["CV Cor Mandiri"])],
    ["a sort key of the wrong type", cursor([0, false, 7, "t-ikm-b"])],
    ["a sentra list's cursor", cursor([false, "Sentra Cor Logam Batur", "t-casting"])],
    ["a null sort key", cursor([0, null, "x", "t-ikm-b"])],
  ])("refuses %s as after, naming the field", async (_what, after) => {
    const { errors, queryCount } = await api.run(`query($after: String) { actors(after: $after) { totalCount } }`, { after });
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "after" });
    expect(queryCount).toBe(0);
  });

  it("refuses a forged cursor for a per-key list", async () => {
    const { errors } = await api.run(`{ sentra(id: "t-casting") { members(after: "${cursor(["CORE"])}") { totalCount } } }`);
    expect(errors![0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "after" });
  });
});
