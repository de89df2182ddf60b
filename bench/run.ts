import "reflect-metadata";
import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import { startSimpul, type Simpul } from "../src/app";
import { loadConfig, defaultProjectRoot } from "../src/config";
import { createContext } from "../src/graphql/context";
import { createLogger, silentLogger } from "../src/logger";
import { HOSTILE_REQUESTS, measureHostile } from "./hostile-requests";

/**
 * `npm run bench`: latency of typical read requests over the research seed, on a throwaway
 * embedded Neo4j (or NEO4J_URI). Prints median and 95th percentile per request, and the Cypher
 * statements each request sends; then the worst case of each hostile request over HTTP, with a
 * /health probe sent while it is in flight.
 */
const REQUESTS: Record<string, string> = {
  "regency walk (sentra, members, linkages, partners)": `{
    regions(level: REGENCY, first: 20) {
      edges { node { name sentra(first: 10) { edges { node { name
        members(first: 50) { edges { role node { name
          linkages(first: 20) { edges { node { type intensity partner { name } } } } } } } } } } } }
    }
  }`,
  "actor search by name": `{ actors(filter: { nameContains: "jaya" }) { totalCount edges { node { id name kind } } } }`,
  "node neighbours": `{ node(id: "sentra-tegal-metal-engineering") { neighbours(first: 100) { totalCount edges { relationship node { id } } } } }`,
  "sentra analysis (Tegal: value chain, cooperation, survey tables, verdict)": `{
    sentraAnalysis(id: "sentra-tegal-metal-engineering") {
      valueChain { completeness missingStages stages { stage status coreMembersReached } }
      cooperation { horizontal { metrics { density weightedDensity components { count largestShare } brokers { id betweenness } } coverage { noData } } }
      survey { cooperation { question answered yes no passive active proactive } indicatorDisplaySum }
      verdict { stage dynamic reasons criteria { id measured threshold passed } sevenSteps { nextStep { id } } }
    }
  }`,
  "every sentra analysed in one request (verdict only)": `{ sentraList(first: 100) { edges { node { name analysis { verdict { stage } } } } } }`,
  "ranking by stored completeness": `{ sentraRanking(metric: completeness, first: 20) { totalCount edges { value stage node { name } } } }`,
  "finance partners for Tegal's firms": `{ sentra(id: "sentra-tegal-metal-engineering") { partners(need: FINANCE) { lacking(first: 50) { totalCount edges { node { memberId suggestions { candidateId score } } } } } } }`,
  "communities of Kabupaten Tegal (Louvain)": `{ regionCommunities(regionId: "region-tegal") { modularity communities(first: 20) { edges { node { size undesignated } } } } }`,
  "drawable network of Ceper": `{ sentra(id: "sentra-ceper-metal-casting") { network(depth: 2) { totalNodes nodes { id kind stage } edges { fromId toId type intensity } } } }`,
};
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 50);
const HOSTILE_ITERATIONS = Math.max(3, Math.ceil(ITERATIONS / 10));

async function main() {
  const root = defaultProjectRoot();
  // The app's own start-up (connect, migrate, seed when empty), on a free port nobody calls:
  // the requests below go straight to Apollo, so HTTP does not enter the timings.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", SIMPUL_SEED_ON_START: "true" };
  let dataDir: string | undefined;
  if (!env.NEO4J_URI) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "simpul-bench-"));
    Object.assign(env, { SIMPUL_DATA_DIR: dataDir, NEO4J_EMBEDDED_PORT: "0" });
  }
  try {
    const simpul = await startSimpul({ config: loadConfig(env, root), logger: createLogger("warn"), projectRoot: root });
    try {
      for (const [name, query] of Object.entries(REQUESTS)) await measure(name, query, simpul);
      for (const [name, query] of Object.entries(HOSTILE_REQUESTS)) await measureHostile(name, query(), simpul, HOSTILE_ITERATIONS);
    } finally {
      await simpul.stop();
    }
  } finally {
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measure(name: string, query: string, simpul: Simpul): Promise<void> {
  const timings: number[] = [];
  let queries = 0;
  for (let i = 0; i < ITERATIONS + 5; i += 1) {
    const contextValue = createContext(simpul.db, silentLogger);
    const started = process.hrtime.bigint();
    const response = await simpul.apollo.executeOperation({ query }, { contextValue });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (response.body.kind === "single" && response.body.singleResult.errors) throw new Error(JSON.stringify(response.body.singleResult.errors));
    if (i >= 5) timings.push(elapsed); // the first runs warm up the JVM and the plan cache
    queries = contextValue.queryCount;
  }
  timings.sort((a, b) => a - b);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))].toFixed(1);
  process.stdout.write(`${name}: median ${at(0.5)} ms, p95 ${at(0.95)} ms, ${queries} Cypher statements per request (${ITERATIONS} runs)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
