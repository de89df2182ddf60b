import type { Driver } from "neo4j-driver";
import { printSchema } from "graphql";
import type { ApolloServer } from "@apollo/server";
import type { Database } from "../../src/db/neo4j";
import { createApollo } from "../../src/graphql/apollo";
import type { Context } from "../../src/graphql/context";
import { silentLogger } from "../../src/logger";
import { generateDataset, SCALES } from "../../src/generate/synthetic";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { seed } from "../../src/seeding";
import { recomputeAllSentraMetrics } from "../../src/services/sentra-analysis.service";
import { checkAgreement } from "../../bench/peer/bench";
import { PEER_ROWS } from "../../bench/peer/requests";
import { peerContext, peerSchema, servePeer, startPeerApollo } from "../../bench/peer/server";
import { graphqlClient } from "../../bench/load";
import { pickTargets, type Targets } from "../../bench/targets";
import { recordingDriver, type TracedStatement } from "../../bench/trace";
import { freshGraph } from "../support/database";

// The research seed and the generated small network, with an archived participation and tie:
// pages cut in the middle, regions several levels deep, and history both sides must leave out.
describe("the bench's peer (@neo4j/graphql) answers as Simpul does", () => {
  let db: Database;
  let driver: Driver;
  let simpul: ApolloServer<Context>;
  let peer: ApolloServer<object>;
  let targets: Targets;

  beforeAll(async () => {
    ({ db, driver } = await freshGraph(async (db) => {
      await seed(db);
      await writeDataset(db, generateDataset(SCALES.small));
      await db.write((tx) =>
        tx.run(`MATCH (:Actor)-[p:PARTICIPATES_IN]->(s:Sentra {id: 'sentra-tegal-metal-engineering'}) WITH p LIMIT 1 SET p.archivedAt = datetime()
                WITH 1 AS one MATCH (:Actor)-[l:LINKED {sentraId: 'sentra-tegal-metal-engineering'}]->(:Actor) WITH l LIMIT 1 SET l.archivedAt = datetime()`),
      );
      await recomputeAllSentraMetrics(db);
    }));
    simpul = await createApollo(silentLogger, [], true);
    await simpul.start();
    peer = await startPeerApollo(driver);
    const picked = await pickTargets(db, 16);
    targets = { ...picked, sentraIds: [...picked.sentraIds, "sentra-tegal-metal-engineering", "sentra-ceper-metal-casting"] };
  }, 300_000);
  afterAll(async () => {
    await peer.stop();
    await simpul.stop();
    await driver.close();
  });

  it("maps Simpul's graph read-only: queries, no mutations", async () => {
    const sdl = printSchema(await peerSchema(driver));
    expect(sdl).toContain("type Query");
    expect(sdl).not.toContain("type Mutation");
    expect(sdl).toContain("membersConnection");
  });

  it("returns the same members, linkages, counts, pages and densities on every variant", async () => {
    const checks = await checkAgreement(simpul, peer, db, targets);
    expect(checks.map((c) => c.row.name)).toEqual(PEER_ROWS.filter((r) => r.variants).map((r) => r.name));
    for (const check of checks) {
      expect(check.variants.length).toBeGreaterThan(1);
      expect({ row: check.row.name, differences: check.differences.flat() }).toEqual({ row: check.row.name, differences: [] });
    }
  }, 300_000);

  it("tells a difference when there is one", () => {
    const [row] = PEER_ROWS;
    const peerData = { sentras: [{ membersConnection: { totalCount: -1, edges: [] } }] };
    const simpulData = { sentra: { members: { totalCount: 3, edges: [] } } };
    expect(row.agree!(simpulData, peerData)).toEqual(["sentra members: Simpul 3, peer -1"]);
  });

  it("sends one statement a request, through the recording driver, and serves over HTTP", async () => {
    const sink: TracedStatement[] = [];
    const [row] = PEER_ROWS;
    const variant = row.variants!(targets)[0];
    const response = await peer.executeOperation(variant, { contextValue: peerContext(db.name, recordingDriver(driver, sink)) });
    expect(response.body.kind === "single" && response.body.singleResult.errors).toBeFalsy();
    expect(sink).toHaveLength(1);
    const server = await servePeer(peer, db.name);
    const client = graphqlClient(server.url, [variant], 1);
    try {
      await client.send(0);
    } finally {
      client.close();
      await server.close();
    }
  });
});
