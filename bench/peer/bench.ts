import type { ApolloServer } from "@apollo/server";
import type { Driver } from "neo4j-driver";
import { DEFAULT_NEO4J_POLICY } from "../../src/config";
import { Database } from "../../src/db/neo4j";
import { createContext, type Context } from "../../src/graphql/context";
import { silentLogger } from "../../src/logger";
import { graphqlClient } from "../load";
import type { RequestResult } from "../report";
import { HOT_REQUESTS } from "../requests";
import type { LatencySummary } from "../stats";
import type { Targets } from "../targets";
import { profileStatement, recordingDriver, type GraphqlRequest, type TracedStatement } from "../trace";
import { peerRatios, type PeerReport, type PeerRowResult, type PeerSide } from "./report";
import { PEER_ROWS, type PeerRow } from "./requests";
import { peerContext, startPeerApollo } from "./server";
import { startPeerWorker, type PeerWorker } from "./worker";

/** Runs a request through an Apollo in process and returns its data; a GraphQL error throws. */
async function dataOf<T extends object>(apollo: ApolloServer<T>, request: GraphqlRequest, contextValue: T): Promise<unknown> {
  const response = await apollo.executeOperation(request, { contextValue });
  if (response.body.kind !== "single") throw new Error("unexpected incremental response");
  const { data, errors } = response.body.singleResult;
  if (errors) throw new Error(`request failed: ${JSON.stringify(errors).slice(0, 500)}`);
  return data;
}

export interface PeerCheck {
  row: PeerRow;
  variants: GraphqlRequest[];
  /** Differences per variant (empty: the two answers agree). */
  differences: string[][];
}

/**
 * Both sides' answers to every variant of every shared row, compared (PeerRow.agree): the
 * comparison is only honest where both return the same data.
 */
export async function checkAgreement(
  simpulApollo: ApolloServer<Context>,
  peerApollo: ApolloServer<object>,
  db: Database,
  targets: Targets,
): Promise<PeerCheck[]> {
  const checks: PeerCheck[] = [];
  for (const row of PEER_ROWS) {
    if (!row.variants) continue;
    const simpulVariants = simpulRequest(row.name).variants(targets);
    const variants = row.variants(targets);
    if (variants.length !== simpulVariants.length) throw new Error(`${row.name}: ${variants.length} peer variants for ${simpulVariants.length} of Simpul's`);
    const differences: string[][] = [];
    for (let i = 0; i < variants.length; i++) {
      const ours = await dataOf(simpulApollo, simpulVariants[i], createContext(db, silentLogger));
      const theirs = await dataOf(peerApollo, variants[i], peerContext(db.name));
      differences.push(row.agree ? row.agree(ours, theirs) : []);
    }
    checks.push({ row, variants, differences });
  }
  return checks;
}

function simpulRequest(name: string) {
  const request = HOT_REQUESTS.find((r) => r.name === name);
  if (!request) throw new Error(`no Simpul request named "${name}" in bench/requests.ts`);
  return request;
}

type PeerPlan = NonNullable<NonNullable<PeerRowResult["peer"]>["plan"]>;

/** Statements the peer sends for each variant (one, as the library compiles a request), and their PROFILE db hits. */
async function tracePeer(peerApollo: ApolloServer<object>, driver: Driver, database: string, variants: GraphqlRequest[]) {
  const statements: number[] = [];
  const hits: number[] = [];
  let worst: { plan?: PeerPlan } = {};
  for (const variant of variants) {
    const sink: TracedStatement[] = [];
    await dataOf(peerApollo, variant, peerContext(database)); // warm the plan cache
    await dataOf(peerApollo, variant, peerContext(database, recordingDriver(driver, sink)));
    statements.push(sink.length);
    let total = 0;
    for (const statement of sink) {
      const profiled = await profileStatement(driver, database, statement.cypher, statement.params);
      total += profiled.dbHits;
      if (profiled.dbHits > (worst.plan?.dbHits ?? -1)) worst = { plan: { cypher: profiled.cypher, dbHits: profiled.dbHits, tree: profiled.plan } };
    }
    hits.push(total);
  }
  hits.sort((a, b) => a - b);
  return {
    statements: { min: Math.min(...statements), max: Math.max(...statements) },
    dbHits: { median: hits[Math.floor((hits.length - 1) / 2)], max: hits[hits.length - 1] },
    plan: worst.plan,
  };
}

export interface PeerBench {
  /** A client for the peer's variants of Simpul's request `name`, or undefined when the peer does not share it. */
  client(name: string, concurrency: number): { send(i: number): Promise<void>; close(): void } | undefined;
  /** Files the peer's latencies measured beside Simpul's (runLoadsInterleaved). */
  record(name: string, concurrency: number, summary: LatencySummary): void;
  /** The shared rows with Simpul's side taken from its measured requests, and the ratios. */
  finish(simpul: readonly RequestResult[]): PeerReport;
  stop(): Promise<void>;
}

export interface PeerBenchOptions {
  simpulApollo: ApolloServer<Context>;
  driver: Driver;
  database: string;
  uri: string;
  targets: Targets;
  log(line: string): void;
}

/**
 * The peer for `npm run bench`: checks that both sides answer alike (and refuses to go on when
 * they do not), traces and PROFILEs the peer's statements in process, then serves it over HTTP
 * from a worker thread for the load legs that run beside Simpul's.
 */
export async function startPeerBench(options: PeerBenchOptions): Promise<PeerBench> {
  const { driver, database, targets, log } = options;
  const peerApollo = (await startPeerApollo(driver)) as unknown as ApolloServer<object>;
  const db = new Database(driver, database, DEFAULT_NEO4J_POLICY);
  const rows = new Map<string, PeerRowResult>();
  const variantsOf = new Map<string, GraphqlRequest[]>();
  let worker: PeerWorker | undefined;
  try {
    const checks = await checkAgreement(options.simpulApollo, peerApollo, db, targets);
    const disagreements = checks.flatMap((c) => c.differences.flatMap((d, i) => d.map((text) => `${c.row.name}, variant ${i}: ${text}`)));
    if (disagreements.length > 0) throw new Error(`Simpul and the peer answer differently:\n${disagreements.slice(0, 20).join("\n")}`);
    for (const row of PEER_ROWS) {
      const check = checks.find((c) => c.row === row);
      const empty: PeerSide = { statements: { min: 0, max: 0 }, dbHits: { median: 0, max: 0 } };
      const result: PeerRowResult = { name: row.name, how: row.how, variants: simpulRequest(row.name).variants(targets).length, simpul: empty };
      if (check) {
        result.agreed = check.differences.filter((d) => d.length === 0).length;
        result.peer = await tracePeer(peerApollo, driver, database, check.variants);
        variantsOf.set(row.name, check.variants);
        log(
          `peer, ${row.name}: agrees on ${result.agreed} of ${result.variants}, ${result.peer.statements.max} statement(s), ${result.peer.dbHits.median} db hits (median)`,
        );
      } else log(`peer, ${row.name}: ${row.how}`);
      rows.set(row.name, result);
    }
    worker = await startPeerWorker({
      uri: options.uri,
      user: process.env.NEO4J_USER || "neo4j",
      // The embedded Neo4j runs without authentication; the driver still sends a token (as bench/processes.ts).
      password: process.env.NEO4J_PASSWORD || "embedded",
      database,
    });
    log(`peer served at ${worker.url}`);
  } finally {
    await peerApollo.stop();
  }
  const served = worker;
  return {
    client(name, concurrency) {
      const variants = variantsOf.get(name);
      return variants && graphqlClient(served.url, variants, concurrency);
    },
    record(name, concurrency, summary) {
      const peer = rows.get(name)?.peer;
      if (peer) peer[`c${concurrency}` as "c1" | "c16"] = summary;
    },
    finish(simpul) {
      for (const row of rows.values()) {
        const measured = simpul.find((r) => r.name === row.name);
        if (!measured) continue;
        row.simpul = { statements: measured.statements, dbHits: measured.dbHits, c1: measured.api.c1, c16: measured.api.c16 };
        if (row.peer) row.ratio = peerRatios(row.simpul, row.peer);
      }
      return {
        setup:
          "@neo4j/graphql 7.6.3 with bench/peer/type-defs.ts on the same database and driver settings, served by Apollo Server over node:http (keep-alive) from a worker thread of the bench process; Simpul's API in its own process. Both legs take turns with Simpul's (runLoadsInterleaved). Ratios are Simpul over the peer: above 1.0, Simpul is slower.",
        rows: [...rows.values()],
      };
    },
    stop: () => served.stop(),
  };
}
