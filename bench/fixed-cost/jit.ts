import "../production-mode";
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ApolloServer } from "@apollo/server";
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { isCompiledQuery } from "graphql-jit";
import { readCommandLine, wholeNumber, type ParsedCommandLine } from "../../src/cli/command-line";
import { defaultProjectRoot, DEFAULT_NEO4J_POLICY } from "../../src/config";
import { migrate } from "../../src/db/migrate";
import { createDriver, Database } from "../../src/db/neo4j";
import { startEmbeddedNeo4j } from "../../src/embedded/embedded-neo4j";
import { createApollo } from "../../src/graphql/apollo";
import { createContext, type Context } from "../../src/graphql/context";
import { buildSimpulSchema } from "../../src/graphql/schema";
import { silentLogger } from "../../src/logger";
import { seed } from "../../src/seeding";
import { graphqlClient, runLoadsInterleaved, type LoadOptions } from "../load";
import { describeMachine, gitCommit } from "../processes";
import { HOT_REQUESTS } from "../requests";
import type { LatencySummary } from "../stats";
import { pickTargets } from "../targets";
import type { GraphqlRequest } from "../trace";
import { startChildServer, type ChildServer } from "./child-server";
import { cpuCounted, processCpuMs } from "./cpu";
import { compareErrorAnswers } from "./jit-errors";
import { compiledQueries, createJitApollo } from "./jit-executor";

const USAGE = `usage: npm run build && node dist/bench/fixed-cost/jit.js [--data-dir DIR] [--requests N] [--max-seconds N] [--targets N] [--skip-http] [--out FILE]
What graphql-jit (a compiled executor) would save on the analysis reads and the stored headline, Apollo Server kept:
in process, graphql-js's execute against jit's compiled query and Apollo against Apollo with jit as its executor
(a one-schema gateway); then end to end over HTTP, Simpul's request handler in two processes that differ only in the
executor. Answers are compared before anything is timed.
--data-dir DIR an embedded Neo4j folder holding a graph (default: a throwaway one with the research seed);
--requests N timed requests per row and leg at concurrency 1, 4 times as many at 16 (default 400);
--max-seconds N the longest one measurement runs (default 10); --targets N sentra to vary over (default 16);
--skip-http only the in-process legs; --out FILE also write the figures as JSON.`;

const OPTIONS = {
  "data-dir": { type: "string" },
  requests: { type: "string" },
  "max-seconds": { type: "string" },
  targets: { type: "string" },
  "skip-http": { type: "boolean" },
  out: { type: "string" },
} as const;

interface Options {
  dataDir?: string;
  requests: number;
  maxSeconds: number;
  targets: number;
  http: boolean;
  out?: string;
}

function interpret({ values }: ParsedCommandLine<typeof OPTIONS, false>): Options {
  const count = (name: "requests" | "max-seconds" | "targets", min: number, unset: number) => {
    const text = values[name];
    return text === undefined ? unset : wholeNumber(name, text, min);
  };
  return {
    dataDir: values["data-dir"] === undefined ? undefined : path.resolve(values["data-dir"]),
    requests: count("requests", 1, 400),
    maxSeconds: count("max-seconds", 1, 10),
    targets: count("targets", 2, 16),
    http: !(values["skip-http"] ?? false),
    out: values.out === undefined ? undefined : path.resolve(values.out),
  };
}

/** The rows issue 22 asks about: the stored analyses and the stored headline; { __typename } for the fixed part alone. */
const ROWS = ["value-chain completeness", "density", "verdict", "stored headline (completeness, density, stage)", "{ __typename }"];

type InProcessLeg = "execute" | "jit" | "apollo" | "apolloJit";

interface RowResult {
  name: string;
  /** graphql-jit's compileQuery of the row's document, once (ms). */
  compileMs: number;
  inProcess: Record<InProcessLeg, LatencySummary>;
  /** CPU time of the bench's process per request, by leg (concurrency 1: nothing else runs). */
  inProcessCpuMs: Record<InProcessLeg, number>;
  http?: Record<string, { graphqlJs: LatencySummary; jit: LatencySummary; cpuMs: { graphqlJs: number; jit: number } }>;
}

const started = performance.now();
const log = (line: string) => process.stderr.write(`[jit ${((performance.now() - started) / 1000).toFixed(0)} s] ${line}\n`);

async function main(): Promise<void> {
  const options = readCommandLine({ usage: USAGE, options: OPTIONS, allowPositionals: false }, interpret);
  const root = defaultProjectRoot();
  const home = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "simpul-jit-"));
  const neo4j = await startEmbeddedNeo4j({ projectRoot: root, dataDir: home, port: 0, heapMiB: 1024, pageCacheMiB: 256, log });
  const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "embedded" }, DEFAULT_NEO4J_POLICY);
  const db = new Database(driver, "neo4j", DEFAULT_NEO4J_POLICY);
  const servers: ChildServer[] = [];
  try {
    await migrate(db, path.join(root, "schema"));
    const empty = await db.read(async (tx) => (await tx.run("MATCH (s:Sentra) RETURN s LIMIT 1")).records.length === 0);
    if (empty) {
      log("an empty database: loading the research seed");
      await seed(db);
    }
    const targets = await pickTargets(db, options.targets);
    const schema = await buildSimpulSchema();
    const apollo = await createApollo(silentLogger, [], true);
    const apolloJit = createJitApollo(schema, silentLogger);
    await Promise.all([apollo.start(), apolloJit.start()]);
    const compiled = compiledQueries(schema);

    const differences = await compareErrorAnswers(schema, db);
    const rows: RowResult[] = [];
    const loadAt = (concurrency: number, requests: number): LoadOptions => ({
      concurrency,
      requests,
      warmup: 20 * concurrency,
      maxMs: options.maxSeconds * 1000,
    });
    for (const request of HOT_REQUESTS.filter((r) => ROWS.includes(r.name))) {
      const variants = request.variants(targets);
      const document = parse(variants[0].query);
      const invalid = validate(schema, document);
      if (invalid.length > 0) throw new Error(`${request.name}: ${invalid.map((e) => e.message).join("; ")}`);
      const compileStarted = performance.now();
      compiled(document);
      const compileMs = performance.now() - compileStarted;
      const answers = inProcessAnswers(variants, document, { apollo, apolloJit, compiled, schema, db });
      await sameAnswers(request.name, variants.length, answers);
      log(`${request.name}: answers identical; timing in process`);
      const [execute, jit, apolloLeg, apolloJitLeg] = [answers.execute, answers.jit, answers.apollo, answers.apolloJit].map(cpuCounted);
      const load = loadAt(1, options.requests);
      const inProcess = await runLoadsInterleaved({ execute: execute.run, jit: jit.run, apollo: apolloLeg.run, apolloJit: apolloJitLeg.run }, load);
      const perCall = ({ counted }: ReturnType<typeof cpuCounted>) => counted.ms / counted.calls;
      const cpuMs = { execute: perCall(execute), jit: perCall(jit), apollo: perCall(apolloLeg), apolloJit: perCall(apolloJitLeg) };
      rows.push({ name: request.name, compileMs, inProcess, inProcessCpuMs: cpuMs });
    }

    if (options.http) {
      const env = { NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: "embedded" };
      const graphqlJs = await startChildServer(path.join(__dirname, "jit-server.js"), env);
      servers.push(graphqlJs);
      const jit = await startChildServer(path.join(__dirname, "jit-server.js"), { ...env, FIXED_COST_EXECUTOR: "jit" });
      servers.push(jit);
      for (const row of rows) {
        const variants = HOT_REQUESTS.find((r) => r.name === row.name)!.variants(targets);
        row.http = {};
        for (const concurrency of [1, 16]) {
          const clients = [graphqlClient(graphqlJs.url, variants, concurrency), graphqlClient(jit.url, variants, concurrency)];
          try {
            const load = loadAt(concurrency, options.requests * (concurrency === 1 ? 1 : 4));
            const cpuBefore = [processCpuMs(graphqlJs.pid), processCpuMs(jit.pid)];
            const measured = await runLoadsInterleaved({ graphqlJs: clients[0].send, jit: clients[1].send }, load);
            // Each server serves only its own leg: its CPU time over the requests it answered (warm-up included).
            const cpuMs = {
              graphqlJs: (processCpuMs(graphqlJs.pid) - cpuBefore[0]) / (measured.graphqlJs.count + load.warmup),
              jit: (processCpuMs(jit.pid) - cpuBefore[1]) / (measured.jit.count + load.warmup),
            };
            row.http[`c${concurrency}`] = { ...measured, cpuMs };
          } finally {
            for (const client of clients) client.close();
          }
          log(`${row.name} over HTTP at c${concurrency}: done`);
        }
      }
    }
    await Promise.all([apollo.stop(), apolloJit.stop()]);

    const report = { commit: gitCommit(root), date: new Date().toISOString(), machine: describeMachine(), loadAverage: os.loadavg()[0], rows, differences };
    process.stdout.write(`${renderJitReport(report).join("\n")}\n`);
    if (options.out) {
      fs.writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
      process.stdout.write(`\nwritten to ${path.relative(process.cwd(), options.out)}\n`);
    }
  } finally {
    for (const server of servers) await server.stop();
    await driver.close();
    await neo4j.stop();
    if (!options.dataDir) fs.rmSync(home, { recursive: true, force: true });
  }
}

interface Executors {
  apollo: ApolloServer<Context>;
  apolloJit: ApolloServer<Context>;
  compiled: ReturnType<typeof compiledQueries>;
  schema: GraphQLSchema;
  db: Database;
}

type Answer = (i: number) => Promise<unknown>;

/**
 * Four ways to answer variant i in process, each with a fresh request context (its own
 * DataLoaders): graphql-js's execute and jit's compiled query on a document parsed and validated
 * once (execution alone), and Apollo with either executor (parsing, validation, plugins and
 * error formatting included, as a request pays them).
 */
function inProcessAnswers(variants: GraphqlRequest[], document: DocumentNode, { apollo, apolloJit, compiled, schema, db }: Executors) {
  const context = () => createContext(db, silentLogger);
  const query = compiled(document);
  if (!isCompiledQuery(query)) throw new Error(`graphql-jit cannot compile: ${JSON.stringify(query.errors)}`);
  const throwErrors = (result: { errors?: readonly unknown[] }) => {
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    return result;
  };
  const apolloLeg = (server: ApolloServer<Context>) => async (i: number) => {
    const response = await server.executeOperation(variants[i % variants.length], { contextValue: context() });
    if (response.body.kind !== "single") throw new Error("unexpected incremental answer");
    return throwErrors(response.body.singleResult);
  };
  const answers: Record<InProcessLeg, Answer> = {
    execute: async (i) => throwErrors(await execute({ schema, document, variableValues: variants[i % variants.length].variables, contextValue: context() })),
    jit: async (i) => throwErrors(await query.query(undefined, context(), variants[i % variants.length].variables ?? {})),
    apollo: apolloLeg(apollo),
    apolloJit: apolloLeg(apolloJit),
  };
  return answers;
}

/** Refuses to time legs that do not give the same answer, variant by variant. */
async function sameAnswers(name: string, variants: number, answers: Record<string, Answer>): Promise<void> {
  for (let i = 0; i < variants; i++) {
    const texts: (readonly [string, string])[] = [];
    for (const [leg, answer] of Object.entries(answers)) texts.push([leg, JSON.stringify(await answer(i))]);
    const [first, ...rest] = texts;
    const apart = rest.find(([, text]) => text !== first[1]);
    if (apart) throw new Error(`${name}, variant ${i}: ${first[0]} answered ${first[1].slice(0, 500)}\n${apart[0]} answered ${apart[1].slice(0, 500)}`);
  }
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "–" : v < 10 ? v.toFixed(3) : v.toFixed(1));
const saved = (before: number | undefined, after: number | undefined) =>
  before === undefined || after === undefined ? "–" : `${(((before - after) / before) * 100).toFixed(0)}%`;

function renderJitReport(report: { commit: string; date: string; loadAverage: number; rows: RowResult[]; differences: string[] }): string[] {
  const lines = [
    `## graphql-jit against graphql-js, commit ${report.commit}, ${report.date} (load average ${report.loadAverage.toFixed(1)} at the end)`,
    "",
    "In process, concurrency 1: p50 ms / CPU ms of the process per request; saved: of the p50, of the CPU.",
    "",
    "| row | jit compile ms (once) | execute | jit | saved | Apollo | Apollo + jit | saved |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const { name, compileMs, inProcess: p, inProcessCpuMs: cpu } of report.rows) {
    const pair = (leg: InProcessLeg) => `${ms(p[leg].p50)} / ${ms(cpu[leg])}`;
    const savings = (before: InProcessLeg, after: InProcessLeg) => `${saved(p[before].p50, p[after].p50)}, ${saved(cpu[before], cpu[after])}`;
    lines.push(
      `| ${name} | ${ms(compileMs)} | ${pair("execute")} | ${pair("jit")} | ${savings("execute", "jit")} | ${pair("apollo")} | ${pair("apolloJit")} | ${savings("apollo", "apolloJit")} |`,
    );
  }
  if (report.rows.some((r) => r.http)) {
    lines.push(
      "",
      "Over HTTP, Simpul's request handler in two processes differing only in the executor (server CPU per request at concurrency 16):",
      "",
      "| row | c1 p50 ms graphql-js | c1 p50 ms jit | saved | server CPU ms graphql-js | server CPU ms jit | saved | c16 req/s graphql-js | c16 req/s jit | gained |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    );
    for (const { name, http } of report.rows) {
      if (!http) continue;
      const [c1, c16] = [http.c1, http.c16];
      const gained = c16 ? `${((c16.jit.throughput / c16.graphqlJs.throughput - 1) * 100).toFixed(0)}%` : "–";
      lines.push(
        `| ${name} | ${ms(c1?.graphqlJs.p50)} | ${ms(c1?.jit.p50)} | ${saved(c1?.graphqlJs.p50, c1?.jit.p50)} | ${ms(c16?.cpuMs.graphqlJs)} | ${ms(c16?.cpuMs.jit)} | ${saved(c16?.cpuMs.graphqlJs, c16?.cpuMs.jit)} | ${c16?.graphqlJs.throughput.toFixed(0) ?? "–"} | ${c16?.jit.throughput.toFixed(0) ?? "–"} | ${gained} |`,
      );
    }
  }
  lines.push("", report.differences.length === 0 ? "Error answers: the same with either executor." : "Error answers that differ with jit:");
  for (const difference of report.differences) lines.push(`- ${difference}`);
  return lines;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
