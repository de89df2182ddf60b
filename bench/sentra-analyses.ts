/*
 * Times the sentra analyses (verdict, value-chain completeness, density) of issue 10 on one
 * database, warm, one request at a time, and PROFILEs the analysis statements, for the biggest
 * sentra (most core members) and a typical one (the median). Not part of `npm run bench`: a
 * focused measurement for docs/performance.md ("Sentra analyses").
 *
 *   npx tsc -p tsconfig.build.json && SIMPUL_DATA_DIR=/tmp/copy-of-medium NEO4J_EMBEDDED_PORT=0 \
 *     node dist/bench/sentra-analyses.js [--runs 20] [--profile] [--sentra id,id]
 *
 * Start it on a copy of a generated database: Neo4j writes to its data folder.
 */
import "reflect-metadata";
import os from "node:os";
import { startSimpul } from "../src/app";
import { readCommandLine, wholeNumber } from "../src/cli/command-line";
import { loadConfig } from "../src/config";
import { silentLogger } from "../src/logger";
import { createDriver } from "../src/db/neo4j";
import { formatPlan, percentile } from "./stats";
import { profileStatement, traceRequest } from "./trace";

const QUERIES: Record<string, string> = {
  "value-chain completeness": `query ($id: ID!) { sentraAnalysis(id: $id) { valueChain { completeness missingStages weakStages } } }`,
  density: `query ($id: ID!) { sentraAnalysis(id: $id) { cooperation { horizontal {
      metrics { density weightedDensity tiedShare components { count largestShare } } coverage { coreMembers noData } } } } }`,
  verdict: `query ($id: ID!) { sentraAnalysis(id: $id) { verdict { stage dynamic reasons criteria { id measured passed } } } }`,
  "brokers (whole network)": `query ($id: ID!) { sentraAnalysis(id: $id) { cooperation { wholeNetwork { metrics { brokers { id betweenness } } } } } }`,
  // Never stored: a threshold given computes the analysis now (the three rows above read the stored one).
  "verdict, threshold given": `query ($id: ID!) { sentraAnalysis(id: $id, thresholds: { clusterMinFirms: 20 }) { verdict { stage dynamic reasons criteria { id measured passed } } } }`,
};

const USAGE = `usage: node dist/bench/sentra-analyses.js [--runs N] [--sentra ID,ID] [--profile] [--plans]
Times the sentra analyses on the database of SIMPUL_DATA_DIR (start it on a copy).
--runs N timed requests per analysis (default 20); --sentra the sentra to time (default the biggest and the median);
--profile PROFILEs the analysis statements (--plans prints the plans).`;

const OPTIONS = {
  runs: { type: "string" },
  sentra: { type: "string" },
  profile: { type: "boolean" },
  plans: { type: "boolean" },
} as const;

/** The command line, read once: --help and bad options end the process before Neo4j starts. */
const args = readCommandLine({ usage: USAGE, options: OPTIONS, allowPositionals: false }, ({ values }) => ({
  ...values,
  runs: values.runs === undefined ? 20 : wholeNumber("runs", values.runs, 1),
  sentra: values.sentra?.split(","),
}));

async function main() {
  const { runs } = args;
  // Run from the repository root (its schema/ and neo4j-launcher/).
  const projectRoot = process.cwd();
  const config = loadConfig({ ...process.env, PORT: "0", SIMPUL_SEED_ON_START: "false", LOG_LEVEL: "error" }, projectRoot);
  const simpul = await startSimpul({ config, logger: silentLogger, projectRoot });
  try {
    const sizes = await simpul.db.read(async (tx) =>
      (
        await tx.run(
          `MATCH (s:Sentra) WHERE s.archivedAt IS NULL
           RETURN s.id AS id, COUNT { (a:Actor)-[p:PARTICIPATES_IN {role: 'CORE'}]->(s) WHERE p.archivedAt IS NULL } AS core,
                  COUNT { (a:Actor)-[p:PARTICIPATES_IN]->(s) WHERE p.archivedAt IS NULL } AS participants
           ORDER BY core DESC, id`,
        )
      ).records.map((r) => ({ id: r.get("id") as string, core: Number(r.get("core")), participants: Number(r.get("participants")) })),
    );
    const chosen = args.sentra ?? [sizes[0].id, sizes[Math.floor(sizes.length / 2)].id];
    const post = async (query: string, id: string) => {
      const response = await fetch(simpul.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables: { id } }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}; ${runs} runs each, after 3 warm-up runs`,
    );
    for (const id of chosen) {
      const size = sizes.find((s) => s.id === id);
      console.log(`\n${id}: ${size?.core} core members, ${size?.participants} participants`);
      for (const [name, query] of Object.entries(QUERIES)) {
        for (let i = 0; i < 3; i += 1) await post(query, id).catch((error: unknown) => console.log(`  warm-up: ${String(error).slice(0, 100)}`));
        const times: number[] = [];
        for (let i = 0; i < runs; i += 1) {
          const start = performance.now();
          await post(query, id);
          times.push(performance.now() - start);
        }
        times.sort((a, b) => a - b);
        console.log(`  ${name.padEnd(26)} p50 ${percentile(times, 0.5).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 0.95).toFixed(1).padStart(7)} ms`);
      }
    }
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
    if (args.profile) {
      // The statements one verdict request sends, each PROFILEd with its own parameters.
      const driver = createDriver({ uri: simpul.neo4jUri, user: "neo4j", password: "embedded" });
      try {
        for (const id of chosen) {
          const trace = await traceRequest(simpul.apollo, driver, config.database, { query: QUERIES.verdict, variables: { id } });
          console.log(`\n${id}: ${trace.queryCount} statements, ${trace.waves.length} waves`);
          for (const statement of trace.statements) {
            const profiled = await profileStatement(driver, config.database, statement.cypher, statement.params);
            const timed = await profileStatement(driver, config.database, statement.cypher, statement.params);
            const first = statement.cypher.trim().split("\n").slice(0, 2).join(" ").slice(0, 80);
            console.log(
              `\n  ${first}\n  db hits ${profiled.dbHits} (again ${timed.dbHits}), rows ${profiled.rows}, ${(statement.endMs - statement.startMs).toFixed(1)} ms in the request`,
            );
            if (args.plans) for (const line of formatPlan(profiled.plan, 140)) console.log(`    ${line}`);
          }
        }
      } finally {
        await driver.close();
      }
    }
  } finally {
    await simpul.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
