import type { ApolloServer } from "@apollo/server";
import type { Driver } from "neo4j-driver";
import { DEFAULT_NEO4J_POLICY } from "../../src/config";
import { Database } from "../../src/db/neo4j";
import { createApollo } from "../../src/graphql/apollo";
import { createContext, type Context } from "../../src/graphql/context";
import { silentLogger } from "../../src/logger";
import { seed } from "../../src/seeding";
import { recordingDriver, type TracedStatement } from "../../bench/trace";
import { freshGraph } from "../support/database";

const TEGAL = "sentra-tegal-metal-engineering";

// A whole actor row is `a {.*, ...}`; a slim one names its few properties.
const WHOLE_ROW = /\b[a-z]+ \{\.\*/;

describe("lists read what the request selects: slim rows, the sort keys of the page ends", () => {
  let db: Database;
  let driver: Driver;
  let apollo: ApolloServer<Context>;

  beforeAll(async () => {
    ({ db, driver } = await freshGraph(seed));
    apollo = await createApollo(silentLogger, [], true);
    await apollo.start();
  }, 120_000);
  afterAll(async () => {
    await apollo.stop();
    await driver.close();
  });

  /** The answer of one request in process, with every statement it sent. */
  async function ask(query: string, variables: Record<string, unknown> = { id: TEGAL }) {
    const statements: TracedStatement[] = [];
    const contextValue = createContext(new Database(recordingDriver(driver, statements), db.name, DEFAULT_NEO4J_POLICY), silentLogger);
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    expect(response.body.singleResult.errors).toBeUndefined();
    return { data: response.body.singleResult.data as { sentra: Sentra }, statements: statements.map((s) => s.cypher) };
  }

  type Tie = { id: string; type: string; intensity: string | null; direction: string; partner: Record<string, unknown> };
  type Member = { role: string; node: Record<string, unknown> & { linkages: { totalCount: number; edges: Array<{ node: Tie }> } } };
  type Sentra = { members: { totalCount: number; edges: Member[] } };

  const membersWith = (
    member: string,
    tie: string,
    partner: string,
  ) => `query ($id: ID!) { sentra(id: $id) { members(first: 50) { totalCount edges { role node { id name kind ${member}
      linkages(first: 20) { totalCount edges { node { id type intensity direction ${tie} partner { id name kind ${partner} } } } } } } } } }`;

  it("reads slim members and ties when names are all a request shows, and answers as whole rows do", async () => {
    const slim = await ask(membersWith("", "", ""));
    const whole = await ask(membersWith("description workers", "flows since", "description mainProducts"));

    expect(slim.statements.some((s) => s.includes("PARTICIPATES_IN"))).toBe(true);
    expect(slim.statements.filter((s) => WHOLE_ROW.test(s) && /PARTICIPATES_IN|LINKED/.test(s))).toEqual([]);
    expect(whole.statements.filter((s) => WHOLE_ROW.test(s) && /PARTICIPATES_IN|LINKED/.test(s))).toHaveLength(2);

    // The whole answer, cut down to the slim selection, is the slim answer.
    const cut = whole.data.sentra.members.edges.map(({ role, node }) => ({
      role,
      node: {
        id: node.id,
        name: node.name,
        kind: node.kind,
        linkages: {
          totalCount: node.linkages.totalCount,
          edges: node.linkages.edges.map(({ node: t }) => ({
            node: {
              id: t.id,
              type: t.type,
              intensity: t.intensity,
              direction: t.direction,
              partner: { id: t.partner.id, name: t.partner.name, kind: t.partner.kind },
            },
          })),
        },
      },
    }));
    expect(slim.data.sentra.members.totalCount).toBe(whole.data.sentra.members.totalCount);
    expect(slim.data.sentra.members.edges).toEqual(cut);
    expect(cut.length).toBeGreaterThan(20);
    expect(cut.reduce((n, m) => n + m.node.linkages.edges.length, 0)).toBeGreaterThan(20);
  });

  it("reads the sort keys of the page's ends only, unless edges select their cursors, and pages on alike", async () => {
    type Paged = { sentra: { members: { pageInfo: { startCursor: string; endCursor: string }; edges: Array<{ cursor?: string; node: { id: string } }> } } };
    const page = (cursor: string, after: string | null) =>
      ask(
        `query ($id: ID!, $after: String) { sentra(id: $id) { members(first: 7, after: $after) { pageInfo { startCursor endCursor } edges { ${cursor} node { id } } } } }`,
        { id: TEGAL, after },
      ) as Promise<{ data: unknown; statements: string[] }>;
    const ends = await page("", null);
    const every = await page("cursor", null);
    expect(ends.statements.some((s) => s.includes("range(0, size(page) - 1)"))).toBe(true);
    expect(every.statements.some((s) => s.includes("range(0, size(page) - 1)"))).toBe(false);

    const endsPage = (ends.data as Paged).sentra.members;
    const everyPage = (every.data as Paged).sentra.members;
    expect(endsPage.pageInfo).toEqual(everyPage.pageInfo);
    expect(endsPage.edges.map((e) => e.node.id)).toEqual(everyPage.edges.map((e) => e.node.id));
    expect(everyPage.edges[0].cursor).toBe(everyPage.pageInfo.startCursor);
    expect(everyPage.edges[6].cursor).toBe(everyPage.pageInfo.endCursor);

    const nextFromEnds = (await page("", endsPage.pageInfo.endCursor)).data as Paged;
    const nextFromEvery = (await page("cursor", everyPage.edges[6].cursor!)).data as Paged;
    expect(nextFromEnds.sentra.members.edges.map((e) => e.node.id)).toEqual(nextFromEvery.sentra.members.edges.map((e) => e.node.id));
    expect(nextFromEnds.sentra.members.pageInfo).toEqual(nextFromEvery.sentra.members.pageInfo);
    expect(nextFromEnds.sentra.members.edges).toHaveLength(7);
  });

  it("never serves a slim member where the same request later asks the whole actor", async () => {
    // The members are slim (names and linkages only); each tie's `from` is the whole actor by id,
    // and for an outgoing tie that actor is the member itself.
    const query = `query ($id: ID!) { sentra(id: $id) { members(first: 50) { edges { node { id name linkages(first: 20) { edges { node { direction from { id description workers kbli } } } } } } } } }`;
    const { data, statements } = await ask(query);
    expect(statements.filter((s) => WHOLE_ROW.test(s) && s.includes("PARTICIPATES_IN"))).toEqual([]);

    type Whole = { id: string; description: string | null; workers: number | null; kbli: string | null };
    const froms = new Map<string, Whole>();
    for (const member of data.sentra.members.edges as unknown as Array<{
      node: { id: string; linkages: { edges: Array<{ node: { direction: string; from: Whole } }> } };
    }>)
      for (const { node: tie } of member.node.linkages.edges) if (tie.direction === "OUTGOING") froms.set(tie.from.id, tie.from);
    expect(froms.size).toBeGreaterThan(5);

    const stored = await db.read(async (tx) =>
      (
        await tx.run(`UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, a.description AS description, a.workers AS workers, a.kbli AS kbli`, {
          ids: [...froms.keys()],
        })
      ).records.map((r) => ({
        id: r.get("id") as string,
        description: r.get("description") as string | null,
        workers: r.get("workers") as unknown,
        kbli: r.get("kbli") as string | null,
      })),
    );
    expect(stored.some((a) => a.description !== null || a.kbli !== null)).toBe(true);
    for (const actor of stored) {
      const served = froms.get(actor.id)!;
      expect({ id: served.id, description: served.description, kbli: served.kbli }).toEqual({ id: actor.id, description: actor.description, kbli: actor.kbli });
      expect(served.workers).toBe(actor.workers === null ? null : Number(actor.workers));
    }
  });
});
