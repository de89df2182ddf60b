import { parse, type OperationDefinitionNode } from "graphql";
import neo4j, { type Driver, type Session, type SessionConfig } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { createDriver, Database } from "../../src/db/neo4j";
import { PROJECT_ROOT } from "../support/app";
import { fencedBlocks } from "../support/documentation";
import { seededApi } from "../support/seeded-api";

/*
 * On a cluster or Aura, `neo4j://` routes a READ transaction to a secondary and a WRITE one to the
 * leader; a read sent as a write would load the leader, a write sent as a read would fail. A
 * cluster cannot start here, but the routing decision is the access mode the driver is given, and
 * Neo4j enforces it on a single server too: a transaction in READ access mode that writes fails
 * ("Writing in read access mode not allowed"). So: every Query field of the API runs over the
 * seed, every session the real driver opens is recorded with its access mode and the transaction
 * functions used in it, and every one must be a READ session running executeRead. The queries
 * answering without errors proves Neo4j found no write in them.
 */

const QUERIES: Record<string, string> = {
  actor: `{ actor(id: "ikm-ceper-01") { name region { name } participations { totalCount edges { role node { name } } }
    linkages { totalCount edges { node { type partner { name } } } } representatives { edges { node { name } } }
    forums { edges { node { name members { edges { role node { __typename } } } agreements { edges { node { providerRole } } } sentra { name } } } }
    agreements { edges { node { id } } } programmes { edges { node { name runBy { name } partners { totalCount } sentra { totalCount } } } }
    surveyResponses { edges { node { question cooperates } } } indicatorScores { edges { node { trust } } } problemSolvingScores { edges { node { marketing } } }
    neighbours(first: 5) { totalCount edges { relationship node { __typename } } } } }`,
  actors: `{ actors(filter: { kinds: [IKM], sentraId: "sentra-tegal-metal-engineering" }, first: 5) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } }
    near: actors(filter: { near: { latitude: -7.675, longitude: 110.684, radiusKm: 3 } }) { totalCount edges { node { name } } }
    search: actors(filter: { nameContains: "logam", regionId: "region-klaten" }) { edges { node { id } } } }`,
  apiKeys: `{ apiKeys { id name role } }`,
  caller: `{ caller { name role } }`,
  changes: `{ changes(first: 5) { totalCount edges { node { id operation } } } }`,
  compareSentra: `{ compareSentra(ids: ["sentra-ceper-metal-casting", "sentra-juwana-brass-craft"]) { analyses { sentra { name } valueChain { completeness } verdict { stage } } missingIds } }`,
  node: `{ node(id: "sentra-ceper-metal-casting") { __typename id neighbours(first: 50) { totalCount edges { relationship direction node { __typename id } } } } }`,
  providerGaps: `{ providerGaps(providerId: "bank-bri-ceper", radiusKm: 50) { needs sentra(first: 3) { edges { node { sentraName } } } members(first: 3) { totalCount edges { node { memberName } } } } }`,
  region: `{ region(id: "region-klaten") { name parent { name } children { totalCount edges { node { name } } } sentra { totalCount edges { node { name } } } } }`,
  regionCommunities: `{ regionCommunities(regionId: "region-tegal") { modularity communities(first: 3) { totalCount edges { node { size } } } } }`,
  regions: `{ regions(level: REGENCY, first: 5) { totalCount edges { node { name sentra(first: 2) { edges { node { name } } } } } } }`,
  sentra: `{ sentra(id: "sentra-tegal-metal-engineering") { name region { name } headline { completeness }
    members(first: 5) { totalCount edges { role node { name } } } forums { edges { node { name } } } monitoringRecords { edges { node { date } } }
    programmes { edges { node { name } } } statistics { edges { node { year } } } linkages(first: 5) { totalCount edges { node { type } } }
    surveyResponses(first: 5) { totalCount edges { node { question } } } indicatorScores(first: 5) { edges { node { trust } } } problemSolvingScores(first: 5) { edges { node { production } } }
    analysis { verdict { stage } valueChain { completeness } } network(depth: 1) { totalNodes edges { type } }
    partners(need: FINANCE) { coreMembers lacking(first: 2) { totalCount edges { node { member { name } suggestions { candidate { name } } } } } } } }`,
  sentraAnalysis: `{ sentraAnalysis(id: "sentra-juwana-brass-craft") { verdict { stage criteria { id passed } } cooperation { horizontal { metrics { density } } } survey { indicatorDisplaySum } } }`,
  sentraList: `{ sentraList(first: 100) { totalCount edges { node { name analysis { verdict { stage } } } } } }`,
  sentraRanking: `{ sentraRanking(metric: completeness, first: 5) { totalCount edges { value stage node { name } } }
    province: sentraRanking(metric: coreMembers, regionId: "region-jawa-tengah", first: 3) { edges { value } } }`,
  serverInfo: `{ serverInfo { version } }`,
  surveyRounds: `{ surveyRounds { totalCount edges { node { name } } } }`,
};

// Fields answered from the process itself (the caller's key, the version), with no statement.
const ANSWERED_WITHOUT_DATABASE = ["caller", "serverInfo"];

// The example queries of README and docs/ too (their mutations are not reads).
const DOCUMENTED_QUERIES = fencedBlocks(PROJECT_ROOT, ["graphql"])
  .map((block) => block.text)
  .filter((document) => (parse(document).definitions[0] as OperationDefinitionNode).operation === "query");

interface Opened {
  mode: string | undefined;
  /** Whether the session shares the driver's bookmark manager (causal consistency across sessions). */
  bookmarks: boolean;
  calls: string[];
}

/** Records every session the real driver opens: its access mode, and the transaction functions run in it. */
function recordSessions(driver: Driver): { opened: Opened[]; restore(): void } {
  const opened: Opened[] = [];
  const original = driver.session.bind(driver);
  driver.session = (config?: SessionConfig): Session => {
    const session = original(config);
    const record: Opened = { mode: config?.defaultAccessMode, bookmarks: config?.bookmarkManager === driver.executeQueryBookmarkManager, calls: [] };
    opened.push(record);
    for (const method of ["executeRead", "executeWrite", "run", "beginTransaction"] as const) {
      const real = (session[method] as (...args: unknown[]) => unknown).bind(session);
      (session as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        record.calls.push(method);
        return real(...args);
      };
    }
    return session;
  };
  return { opened, restore: () => void (driver.session = original) };
}

describe("every read path runs in a READ transaction", () => {
  const seeded = seededApi({ timeoutMs: 300_000 });

  it("covers every Query field of the schema", async () => {
    const { data } = await seeded.api.run<{ __schema: { queryType: { fields: Array<{ name: string }> } } }>(`{ __schema { queryType { fields { name } } } }`);
    const fields = data!.__schema.queryType.fields.map((f) => f.name).sort();
    expect(Object.keys(QUERIES).sort()).toEqual(fields);
    expect(DOCUMENTED_QUERIES.length).toBeGreaterThanOrEqual(12);
  });

  it("Neo4j refuses a write in a READ transaction, even on one server", async () => {
    await expect(seeded.api.db.read((tx) => tx.run(`CREATE (:Node {id: 'written-in-a-read'})`))).rejects.toThrow(/read access mode/i);
    const left = await seeded.api.db.read(async (tx) => (await tx.run(`MATCH (n:Node {id: 'written-in-a-read'}) RETURN count(n) AS n`)).records[0].get("n"));
    expect(Number(left)).toBe(0);
  });

  it("a write's bookmark is shared with every later session, so a read follows the writes before it", async () => {
    const bookmarks = seeded.api.db.driver.executeQueryBookmarkManager;
    const before = [...(await bookmarks.getBookmarks())];
    const recorder = recordSessions(seeded.api.db.driver);
    try {
      await seeded.api.db.write((tx) => tx.run(`MERGE (n:Node {id: 'bookmark-probe'}) SET n.at = timestamp()`));
      const after = [...(await bookmarks.getBookmarks())];
      expect(after.length).toBeGreaterThan(0);
      expect(after).not.toEqual(before);
      const seen = await seeded.api.db.read(async (tx) => (await tx.run(`MATCH (n:Node {id: 'bookmark-probe'}) RETURN count(n) AS n`)).records[0].get("n"));
      expect(Number(seen)).toBe(1);
    } finally {
      recorder.restore();
      await seeded.api.db.write((tx) => tx.run(`MATCH (n:Node {id: 'bookmark-probe'}) DELETE n`));
    }
    expect(recorder.opened.map((s) => [s.mode, s.bookmarks, s.calls])).toEqual([
      [neo4j.session.WRITE, true, ["executeWrite"]],
      [neo4j.session.READ, true, ["executeRead"]],
    ]);
  });

  it("a neo4j:// routing driver reads and writes through the same gateway (one server routes as a cluster of one)", async () => {
    const config = loadConfig();
    if (config.neo4j.kind !== "remote") throw new Error("Integration tests expect NEO4J_URI from the global setup");
    const routing = createDriver({ ...config.neo4j, uri: config.neo4j.uri.replace(/^bolt:/, "neo4j:") });
    try {
      const db = new Database(routing, config.database);
      const sentra = await db.read(async (tx) => (await tx.run(`MATCH (s:Sentra) RETURN count(s) AS n`)).records[0].get("n"));
      expect(Number(sentra)).toBeGreaterThan(0);
      await expect(db.read((tx) => tx.run(`CREATE (:Node {id: 'routed-write-in-a-read'})`))).rejects.toThrow(/read access mode/i);
      await db.write((tx) => tx.run(`MERGE (n:Node {id: 'routed-write'}) DELETE n`));
    } finally {
      await routing.close();
    }
  });

  it.each([...Object.entries(QUERIES), ...DOCUMENTED_QUERIES.map((q, i) => [`documented example ${i + 1}`, q] as const)])(
    "%s: answers through READ sessions only",
    async (_name, query) => {
      const recorder = recordSessions(seeded.api.db.driver);
      try {
        const { data, errors } = await seeded.api.run(query);
        expect(errors).toBeUndefined();
        expect(data).toBeDefined();
      } finally {
        recorder.restore();
      }
      if (!ANSWERED_WITHOUT_DATABASE.includes(_name)) expect(recorder.opened.length).toBeGreaterThan(0);
      const notRead = recorder.opened.filter((s) => s.mode !== neo4j.session.READ || !s.bookmarks || s.calls.some((call) => call !== "executeRead"));
      expect(notRead).toEqual([]);
    },
  );
});
