import "./production-mode";
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { oneOf, readCommandLine, wholeNumber, type ParsedCommandLine } from "../src/cli/command-line";
import { bulkLoadPolicy, defaultProjectRoot, loadConfig } from "../src/config";
import { migrate } from "../src/db/migrate";
import { createDriver, Database } from "../src/db/neo4j";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../src/embedded/embedded-neo4j";
import { createApollo } from "../src/graphql/apollo";
import { createContext } from "../src/graphql/context";
import { silentLogger } from "../src/logger";
import { generateDataset, SCALES as GENERATED_SCALES } from "../src/generate/synthetic";
import { writeDataset } from "../src/repositories/dataset.writer";
import { seed } from "../src/seeding";
import { recomputeAllSentraMetrics } from "../src/services/sentra-analysis.service";
import { measureFixedCost } from "./fixed-cost/typename";
import { startPeerBench } from "./peer/bench";
import { HOSTILE_REQUESTS, measureHostile } from "./hostile-requests";
import { BATCHED, compareRowByRow, countGraph, sliceDataset, timeLoad } from "./import-bench";
import { graphqlClient, runLoadsInterleaved } from "./load";
import { describeMachine, gitCommit, peakRssMiB, startApiProcess } from "./processes";
import { printReport, type BenchReport, type RequestResult } from "./report";
import { measureFirstMinute } from "./first-minute";
import { HOT_REQUESTS } from "./requests";
import { measureSeedRequest, SEED_REQUESTS } from "./seed-requests";
import { pickTargets } from "./targets";
import { profileStatement, replay, traceRequest, type Trace } from "./trace";

/**
 * `npm run bench -- --scale seed|small|medium|full [--data-dir DIR] [--rows N] [--requests N] [--max-seconds N] [--import-only] [--out FILE]`
 *
 * Import throughput (batched against one transaction per row), then the hot requests of issue 10
 * over HTTP against the API running as its own process, the same Cypher through the bare driver,
 * statements per request and PROFILE database hits, and the peak RSS of the API and of Neo4j.
 * Prints a table and writes bench/results/<scale>-<commit>.json. Never part of `npm test`.
 */
const SCALES = ["seed", "small", "medium", "full"] as const;
type Scale = (typeof SCALES)[number];

interface Options {
  scale: Scale;
  dataDir?: string;
  /** Rows of the batched-against-per-row comparison; 0 skips it. */
  rows: number;
  /** Timed requests per request kind at concurrency 1 (16 runs 16 times as many). */
  requests: number;
  /** Longest a single measurement (one request kind, one concurrency, API or bare) may run. */
  maxSeconds: number;
  out?: string;
  /** Sentra (and provinces, and name fragments) to vary the requests over. */
  targets: number;
  /** Only the import comparison (it runs on its own throwaway Neo4j). */
  importOnly: boolean;
  /** Seconds of load after each of two cold starts (with and without the warm-up); 0 skips them. */
  firstMinuteSeconds: number;
  /** Only the hot requests whose name holds one of these (none given: all of them). */
  only: string[];
  /** Only the two cold starts (on the graph as it is, or as --scale loads it). */
  firstMinuteOnly: boolean;
}

const USAGE = `usage: npm run bench -- [--scale ${SCALES.join("|")}] [--data-dir DIR] [--rows N] [--requests N] [--max-seconds N] [--targets N] [--import-only] [--first-minute N] [--first-minute-only] [--only TEXT]... [--out FILE]
Import throughput, then the hot requests over HTTP and through the bare driver, PROFILE db hits and peak memory.
--scale (default seed) picks the data; --data-dir DIR a database loaded by npm run generate; --rows N the rows of the
batched-against-per-row import comparison (0 skips it); --requests N timed requests per kind; --max-seconds N the longest
one measurement runs; --targets N sentra to vary the requests over; --import-only only the import comparison;
--first-minute N seconds of 16 clients after each of two cold starts of the API with its embedded Neo4j, with and
without the warm-up (default 20, 60 for medium and full; 0 skips; needs an embedded Neo4j); --first-minute-only
skips the import comparison and the request legs; --only TEXT (repeatable) times only the hot requests whose name holds TEXT
(with the peer's rows among them); --out FILE where the JSON report goes (default bench/results/<scale>-<commit>.json).`;

const OPTIONS = {
  scale: { type: "string" },
  "data-dir": { type: "string" },
  rows: { type: "string" },
  requests: { type: "string" },
  "max-seconds": { type: "string" },
  targets: { type: "string" },
  out: { type: "string" },
  "import-only": { type: "boolean" },
  "first-minute": { type: "string" },
  "first-minute-only": { type: "boolean" },
  only: { type: "string", multiple: true },
} as const;

function interpret({ values }: ParsedCommandLine<typeof OPTIONS, false>): Options {
  const count = (name: keyof typeof OPTIONS, floor: number, unset: number) => {
    const text = values[name];
    return typeof text === "string" ? Math.max(floor, wholeNumber(name, text, 0)) : unset;
  };
  const options: Options = {
    scale: values.scale === undefined ? "seed" : oneOf("scale", values.scale, SCALES),
    dataDir: values["data-dir"] === undefined ? undefined : path.resolve(values["data-dir"]),
    rows: count("rows", 0, -1),
    requests: count("requests", 1, -1),
    maxSeconds: count("max-seconds", 1, -1),
    targets: count("targets", 2, 16),
    out: values.out === undefined ? undefined : path.resolve(values.out),
    importOnly: values["import-only"] ?? false,
    firstMinuteSeconds: count("first-minute", 0, -1),
    firstMinuteOnly: values["first-minute-only"] ?? false,
    only: values.only ?? [],
  };
  const big = options.scale === "medium" || options.scale === "full";
  if (options.rows < 0) options.rows = DEFAULT_ROWS[options.scale];
  // CI-sized for seed and small: fewer requests, shorter measurements.
  if (options.requests < 0) options.requests = big ? 100 : 50;
  if (options.maxSeconds < 0) options.maxSeconds = big ? 15 : 5;
  // The first minute after a cold start, twice (with and without the warm-up): shorter where CI time matters.
  if (options.firstMinuteSeconds < 0) options.firstMinuteSeconds = big ? 60 : 20;
  return options;
}

/** Rows of the batched-against-per-row comparison: 100,000 as issue 10 asks, fewer where CI time matters. */
const DEFAULT_ROWS: Record<Scale, number> = { seed: 5_000, small: 5_000, medium: 100_000, full: 100_000 };

const started = performance.now();
// Heap and page cache of the embedded Neo4j, as src/config.ts reads them (also with NEO4J_URI set).
function integerEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  return raw ? Number(raw) : fallback;
}

const log = (line: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${line}\n`);

interface Neo4jHandle {
  driver: Driver;
  db: Database;
  uri: string;
  pid?: number;
  /** The embedded Neo4j's folder (undefined for a remote one). */
  dataDir?: string;
  /** Stops it; a throwaway folder is removed unless `keepData` (then call `removeData` after). */
  close(keepData?: boolean): Promise<void>;
  removeData(): void;
}

/**
 * The Neo4j to measure: NEO4J_URI when set (unless `scratch`), else an embedded one on `dataDir`,
 * or on a throwaway folder removed afterwards. A scratch database is always a throwaway embedded
 * one: the import comparison empties it. The driver retries as for bulk loads (the loads here run
 * outside requests).
 */
async function openNeo4j(root: string, dataDir: string | undefined, heapMiB: number, pageCacheMiB: number, scratch = false): Promise<Neo4jHandle> {
  const config = loadConfig(process.env, root);
  if (config.neo4j.kind === "remote" && !scratch && dataDir === undefined) {
    const driver = createDriver(config.neo4j, bulkLoadPolicy(config.neo4jPolicy));
    const pid = process.env.BENCH_NEO4J_PID ? Number(process.env.BENCH_NEO4J_PID) : undefined;
    return { driver, db: new Database(driver, config.database), uri: config.neo4j.uri, pid, close: () => driver.close(), removeData() {} };
  }
  const throwaway = scratch || dataDir === undefined;
  const home = !scratch && dataDir ? dataDir : fs.mkdtempSync(path.join(os.tmpdir(), "simpul-bench-"));
  const embedded: EmbeddedNeo4j = await startEmbeddedNeo4j({ projectRoot: root, dataDir: home, port: 0, heapMiB, pageCacheMiB, log });
  const driver = createDriver({ uri: embedded.uri, user: "neo4j", password: "embedded" }, bulkLoadPolicy(config.neo4jPolicy));
  return {
    driver,
    db: new Database(driver, config.database),
    uri: embedded.uri,
    pid: embedded.pid,
    dataDir: home,
    async close(keepData = false) {
      await driver.close();
      await embedded.stop();
      if (throwaway && !keepData) fs.rmSync(home, { recursive: true, force: true });
    },
    removeData() {
      if (throwaway) fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Fills an empty database for the scale; the load of a generated scale is timed as the import. */
async function loadScale(scale: Scale, db: Database, report: BenchReport): Promise<void> {
  const hasSentra = await db.read(async (tx) => (await tx.run("MATCH (s:Sentra) RETURN s LIMIT 1")).records.length > 0);
  if (hasSentra) {
    log("the database already holds a graph: measuring it as it is");
    return;
  }
  if (scale === "seed") {
    report.import.load = await timeLoad(db, "research seed (one transaction), with its metrics", () => seed(db));
    return;
  }
  if (scale === "full") {
    // Generating 550,000 actors in this process needs a larger Node heap than the bench runs with.
    throw new Error(
      "an empty database for --scale full: load it first (SIMPUL_DATA_DIR=DIR NEO4J_EMBEDDED_HEAP_MB=4096 NEO4J_EMBEDDED_PAGECACHE_MB=3072 npm run generate -- --scale full), then pass --data-dir DIR",
    );
  }
  log(`generating scale ${scale}`);
  const dataset = generateDataset(GENERATED_SCALES[scale]);
  log(`loading it through the batched import path`);
  report.import.load = await timeLoad(db, `npm run generate -- --scale ${scale} (batched, 5,000 a transaction, ${BATCHED.concurrency} at once)`, () =>
    writeDataset(db, dataset, () => {}, BATCHED),
  );
  const started = performance.now();
  await recomputeAllSentraMetrics(db);
  report.import.recomputeSeconds = (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const options = readCommandLine({ usage: USAGE, options: OPTIONS, allowPositionals: false }, interpret);
  const root = defaultProjectRoot();
  const config = loadConfig(process.env, root);
  const heapMiB = integerEnv("NEO4J_EMBEDDED_HEAP_MB", 1024);
  const pageCacheMiB = integerEnv("NEO4J_EMBEDDED_PAGECACHE_MB", 256);
  const report: BenchReport = {
    scale: options.scale,
    commit: gitCommit(root),
    date: new Date().toISOString(),
    machine: describeMachine(),
    neo4j:
      config.neo4j.kind === "remote" && options.dataDir === undefined ? { kind: "remote", uri: config.neo4j.uri } : { kind: "embedded", heapMiB, pageCacheMiB },
    graph: { nodes: 0, relationships: 0 },
    import: {},
    requests: [],
    rss: {},
    notes: [],
    loadAverage: { start: os.loadavg()[0] },
  };

  // 1. Import: the same generated rows batched and one transaction per row, on a throwaway Neo4j.
  if (options.rows > 0 && !options.firstMinuteOnly) {
    const scratch = await openNeo4j(root, undefined, 1024, 512, true);
    try {
      await migrate(scratch.db, path.join(root, "schema"));
      const slice = sliceDataset(generateDataset(GENERATED_SCALES.medium), options.rows);
      log(`import: ${options.rows} generated rows batched, then one transaction per row`);
      report.import.rowByRow = await compareRowByRow(scratch.db, slice, (done, total) => {
        if (done % 10_000 === 0) log(`  one transaction per row: ${done} of ${total}`);
      });
    } finally {
      await scratch.close();
    }
  }

  const main = options.importOnly ? undefined : await openNeo4j(root, options.dataDir, heapMiB, pageCacheMiB);
  if (main)
    try {
      await migrate(main.db, path.join(root, "schema"));
      await loadScale(options.scale, main.db, report);
      report.graph = await countGraph(main.db);
      log(`graph: ${report.graph.nodes} nodes, ${report.graph.relationships} relationships`);
      if (options.firstMinuteOnly) report.targets = await pickTargets(main.db, options.targets);
      else await measureRequests(options, root, main, report);
    } finally {
      await main.close(true);
    }
  // A cold start of the API with its own Neo4j on the same folder, with and without the warm-up.
  if (main?.dataDir && report.targets && options.firstMinuteSeconds > 0)
    try {
      const { clients, seconds } = { clients: 16, seconds: options.firstMinuteSeconds };
      report.firstMinute = await measureFirstMinute({
        projectRoot: root,
        dataDir: main.dataDir,
        targets: report.targets,
        seconds,
        clients,
        heapMiB,
        pageCacheMiB,
        log,
      });
    } finally {
      main.removeData();
    }
  else main?.removeData();

  report.loadAverage!.end = os.loadavg()[0];
  printReport(report);
  const out = options.out ?? path.join(root, "bench", "results", `${options.scale}-${report.commit}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nwritten to ${path.relative(process.cwd(), out)}\n`);
}

async function measureRequests(options: Options, root: string, neo4j: Neo4jHandle, report: BenchReport): Promise<void> {
  const targets = await pickTargets(neo4j.db, options.targets);
  report.targets = targets;
  log(`targets: ${targets.sentraIds.length} sentra, ${targets.provinceIds.length} provinces, ${targets.nameFragments.length} name fragments`);

  // Traces in process, through the app's own Apollo: statements per request, and the very
  // statements (with their parameters) that the bare driver replays and PROFILE explains.
  const apollo = await createApollo(silentLogger, [], true);
  await apollo.start();
  const traces = new Map<string, Trace[]>();
  const hotRequests = HOT_REQUESTS.filter((request) => options.only.length === 0 || options.only.some((text) => request.name.includes(text)));
  if (hotRequests.length === 0) throw new Error(`--only ${options.only.join(", ")}: no hot request's name holds it`);
  for (const request of hotRequests) {
    const variants = request.variants(targets);
    const list: Trace[] = [];
    for (const variant of variants) {
      await traceRequest(apollo, neo4j.driver, neo4j.db.name, variant); // warm the plan cache
      list.push(await traceRequest(apollo, neo4j.driver, neo4j.db.name, variant));
    }
    traces.set(request.name, list);
    const result: RequestResult = {
      name: request.name,
      variants: variants.length,
      statements: { min: Math.min(...list.map((t) => t.queryCount)), max: Math.max(...list.map((t) => t.queryCount)) },
      dbHits: { median: 0, max: 0 },
      api: {},
      inProcess: {},
      bare: {},
    };
    // PROFILE every statement of every variant: database hits per request (median and worst),
    // and the plan of the costliest statement of the worst variant.
    const perVariant: number[] = [];
    let worst: { hits: number; plan?: RequestResult["plan"] } = { hits: -1 };
    for (const trace of list) {
      let hits = 0;
      let heaviest: Awaited<ReturnType<typeof profileStatement>> | undefined;
      for (const statement of trace.statements) {
        const profiled = await profileStatement(neo4j.driver, neo4j.db.name, statement.cypher, statement.params);
        hits += profiled.dbHits;
        if (!heaviest || profiled.dbHits > heaviest.dbHits) heaviest = profiled;
      }
      perVariant.push(hits);
      if (hits > worst.hits) worst = { hits, plan: heaviest && { cypher: heaviest.cypher, dbHits: heaviest.dbHits, tree: heaviest.plan } };
    }
    perVariant.sort((a, b) => a - b);
    result.dbHits = { median: perVariant[Math.floor((perVariant.length - 1) / 2)], max: perVariant[perVariant.length - 1] };
    result.plan = worst.plan;
    report.requests.push(result);
    log(`${request.name}: ${result.statements.max} statements, ${result.dbHits.median} db hits (median)`);
  }

  // The peer (@neo4j/graphql) on the same graph: its legs run beside the API's (issue 22).
  const peer = await startPeerBench({ simpulApollo: apollo, driver: neo4j.driver, database: neo4j.db.name, uri: neo4j.uri, targets, log });
  const api = await startApiProcess(root, neo4j.uri);
  log(`API process ${api.pid} at ${api.url}`);
  try {
    for (const request of hotRequests) {
      const result = report.requests.find((r) => r.name === request.name)!;
      const variants = request.variants(targets);
      const list = traces.get(request.name)!;
      const bare = list.every((t) => t.statements.length === 0) ? undefined : list;
      // The same requests in process, without HTTP (the app's Apollo and resolvers on the bench's
      // driver), at concurrency 1: splits the API's overhead into HTTP and the process on one
      // side, GraphQL, resolvers and the analyses computed in Node on the other.
      const inProcess = async (i: number) => {
        const response = await apollo.executeOperation(variants[i % variants.length], { contextValue: createContext(neo4j.db, silentLogger) });
        if (response.body.kind === "single" && response.body.singleResult.errors) throw new Error(JSON.stringify(response.body.singleResult.errors));
      };
      const concurrencies = request.name === "{ __typename }" ? [1, 5, 16] : [1, 16];
      for (const concurrency of concurrencies) {
        // { __typename } answers in a fraction of a millisecond: 200 times --requests make a run of
        // seconds, not a fraction of one that a single pause of another process would decide.
        const many = request.name === "{ __typename }" ? 200 : concurrency;
        const loadOptions = { concurrency, requests: options.requests * many, warmup: Math.min(50, 5 * concurrency), maxMs: options.maxSeconds * 1000 };
        const client = graphqlClient(api.url, variants, concurrency);
        const peerClient = peer.client(request.name, concurrency);
        try {
          // The legs take turns (runLoadsInterleaved), so the machine's changing load weighs on each alike.
          const legs: Record<string, (i: number) => Promise<void>> = { api: client.send };
          if (concurrency === 1) legs.inProcess = inProcess;
          if (bare) legs.bare = (i) => replay(neo4j.driver, neo4j.db.name, bare[i % bare.length]);
          if (peerClient) legs.peer = peerClient.send;
          const measured = await runLoadsInterleaved(legs, loadOptions);
          if (measured.peer) peer.record(request.name, concurrency, measured.peer);
          result.api[`c${concurrency}`] = measured.api;
          if (measured.inProcess) result.inProcess[`c${concurrency}`] = measured.inProcess;
          if (measured.bare) result.bare[`c${concurrency}`] = measured.bare;
        } finally {
          client.close();
          peerClient?.close();
        }
        const a = result.api[`c${concurrency}`];
        log(`  ${request.name} c${concurrency}: API p50 ${a.p50.toFixed(1)} ms, p95 ${a.p95.toFixed(1)} ms, ${a.throughput.toFixed(0)}/s`);
      }
    }

    report.peer = peer.finish(report.requests);

    // The fixed cost of a request: { __typename } against a bare node:http server and Apollo standalone (issue 22).
    const fixedCost = { concurrency: 5, requests: options.requests * 200, warmup: 50, maxMs: options.maxSeconds * 1000 };
    report.fixedCost = await measureFixedCost(api.url, fixedCost);
    log(
      `{ __typename } c5: Simpul ${report.fixedCost.simpulOverBare.toFixed(2)} of bare node:http, ${report.fixedCost.simpulOverStandalone.toFixed(2)} of Apollo standalone`,
    );

    if (options.scale === "seed") {
      report.seedRequests = [];
      for (const [name, query] of Object.entries(SEED_REQUESTS)) report.seedRequests.push(await measureSeedRequest(name, query, apollo, neo4j.db, 50));
      report.hostile = [];
      for (const [name, query] of Object.entries(HOSTILE_REQUESTS)) report.hostile.push(await measureHostile(name, query(), api.url, 5));
    }
    report.rss.apiMiB = peakRssMiB(api.pid);
    if (neo4j.pid !== undefined) report.rss.neo4jMiB = peakRssMiB(neo4j.pid);
  } finally {
    await api.stop();
    await peer.stop();
    await apollo.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
