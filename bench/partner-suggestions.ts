/*
 * Times partner suggestions (issue 10: p95 at most 100 ms) on one database, warm, one request at a
 * time, through HTTP and in process (with each statement's time), PROFILEs the statements, and can
 * dump every suggestion of every lacking firm for several needs, to compare two builds. Not part of
 * `npm run bench`: a focused measurement for docs/performance.md ("Partner suggestions").
 *
 *   npx tsc -p tsconfig.build.json && SIMPUL_DATA_DIR=/tmp/copy-of-medium NEO4J_EMBEDDED_PORT=0 \
 *     node dist/bench/partner-suggestions.js [--runs 20] [--sentra id,id] [--profile] [--plans] [--dump file.json]
 *
 * Start it on a copy of a generated database: Neo4j writes to its data folder.
 */
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import os from "node:os";
import { startSimpul } from "../src/app";
import { readCommandLine, wholeNumber } from "../src/cli/command-line";
import { loadConfig } from "../src/config";
import { silentLogger } from "../src/logger";
import { createDriver } from "../src/db/neo4j";
import { formatPlan, percentile } from "./stats";
import { profileStatement, traceRequest } from "./trace";

/** The bench's request (bench/requests.ts, "partner suggestions (FINANCE)"). */
const BENCH_QUERY = `query ($id: ID!) { sentra(id: $id) { partners(need: FINANCE, suggestionsPerMember: 3) { coreMembers
  lacking(first: 20) { totalCount edges { node { memberId suggestions { candidateId score distanceKm } } } } } } }`;

/** Everything a suggestion says, a page of lacking firms at a time. */
const DUMP_QUERY = `query ($id: ID!, $need: PartnerNeed!, $after: String) { sentra(id: $id) { partners(need: $need, suggestionsPerMember: 20) {
  need linkageTypes coreMembers lacking(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { memberId suggestions { candidateId score distanceKm distanceTo reasons { code value text } } } } } } } }`;

const DUMP_NEEDS = ["FINANCE", "TECHNICAL_ASSISTANCE", "BUYERS", "SUPPLIERS"];

const USAGE = `usage: node dist/bench/partner-suggestions.js [--runs N] [--sentra ID,ID] [--profile] [--plans] [--dump FILE]
Times partner suggestions (HTTP and in process) on the database of SIMPUL_DATA_DIR (start it on a copy).
--runs N timed requests per sentra (default 20); --sentra the sentra to time (default the biggest and the median);
--profile PROFILEs each statement (--plans prints the plans); --dump FILE writes every suggestion of every lacking firm.`;

const OPTIONS = {
  runs: { type: "string" },
  sentra: { type: "string" },
  profile: { type: "boolean" },
  plans: { type: "boolean" },
  dump: { type: "string" },
} as const;

/** The command line, read once: --help and bad options end the process before Neo4j starts. */
const args = readCommandLine({ usage: USAGE, options: OPTIONS, allowPositionals: false }, ({ values }) => ({
  ...values,
  runs: values.runs === undefined ? 20 : wholeNumber("runs", values.runs, 1),
  sentra: values.sentra?.split(","),
}));

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

async function main() {
  const { runs } = args;
  const projectRoot = process.cwd();
  const config = loadConfig({ ...process.env, PORT: "0", SIMPUL_SEED_ON_START: "false", LOG_LEVEL: "error" }, projectRoot);
  const simpul = await startSimpul({ config, logger: silentLogger, projectRoot });
  const driver = createDriver({ uri: simpul.neo4jUri, user: "neo4j", password: "embedded" });
  try {
    const sizes = await simpul.db.read(async (tx) =>
      (
        await tx.run(
          `MATCH (s:Sentra) WHERE s.archivedAt IS NULL
           RETURN s.id AS id, COUNT { (a:Actor)-[p:PARTICIPATES_IN {role: 'CORE'}]->(s) WHERE p.archivedAt IS NULL } AS core
           ORDER BY core DESC, id`,
        )
      ).records.map((r) => ({ id: r.get("id") as string, core: Number(r.get("core")) })),
    );
    const chosen = args.sentra ?? [sizes[0].id, sizes[Math.floor(sizes.length / 2)].id];
    const post = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(simpul.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };

    const dumpFile = args.dump;
    if (dumpFile) {
      const dump: Record<string, unknown> = {};
      for (const id of chosen) {
        for (const need of DUMP_NEEDS) {
          const pages: unknown[] = [];
          let after: string | null = null;
          for (;;) {
            const data = (await post(DUMP_QUERY, { id, need, after })) as {
              sentra: { partners: { lacking: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] } } };
            };
            const { pageInfo, ...rest } = data.sentra.partners.lacking;
            pages.push({ ...data.sentra.partners, lacking: rest });
            if (!pageInfo.hasNextPage) break;
            after = pageInfo.endCursor;
          }
          dump[`${id} ${need}`] = pages;
        }
      }
      writeFileSync(dumpFile, JSON.stringify(dump, null, 1));
      console.log(`wrote ${dumpFile}`);
    }

    console.log(`load average ${load()}; ${runs} runs each, after 3 warm-up runs`);
    for (const id of chosen) {
      console.log(`\n${id}: ${sizes.find((s) => s.id === id)?.core} core members`);
      for (let i = 0; i < 3; i += 1) await post(BENCH_QUERY, { id });
      const http: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now();
        await post(BENCH_QUERY, { id });
        http.push(performance.now() - start);
      }
      // In process: Apollo and the resolvers without HTTP, each statement's time beside.
      const inProcess: number[] = [];
      const perStatement: number[][] = [];
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now();
        const trace = await traceRequest(simpul.apollo, driver, config.database, { query: BENCH_QUERY, variables: { id } });
        inProcess.push(performance.now() - start);
        trace.statements.forEach((s, j) => (perStatement[j] ??= []).push(s.endMs - s.startMs));
      }
      for (const list of [http, inProcess, ...perStatement]) list.sort((a, b) => a - b);
      const show = (times: number[]) => `p50 ${percentile(times, 0.5).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 0.95).toFixed(1).padStart(7)} ms`;
      console.log(`  HTTP        ${show(http)}`);
      console.log(`  in process  ${show(inProcess)}`);
      perStatement.forEach((times, j) => console.log(`    statement ${j + 1}  ${show(times)}`));
    }
    console.log(`\nload average ${load()}`);

    if (args.profile) {
      for (const id of chosen) {
        const trace = await traceRequest(simpul.apollo, driver, config.database, { query: BENCH_QUERY, variables: { id } });
        console.log(`\n${id}: ${trace.queryCount} statements`);
        for (const statement of trace.statements) {
          const profiled = await profileStatement(driver, config.database, statement.cypher, statement.params);
          const first = statement.cypher.trim().split("\n").slice(0, 2).join(" ").slice(0, 100);
          console.log(`\n  ${first}\n  db hits ${profiled.dbHits}, rows ${profiled.rows}`);
          if (args.plans) for (const line of formatPlan(profiled.plan, 160)) console.log(`    ${line}`);
        }
      }
    }
  } finally {
    await driver.close();
    await simpul.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
