import "reflect-metadata";
import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import { loadConfig, defaultProjectRoot } from "../src/config";
import { connectNeo4j } from "../src/db/connect";
import { migrate } from "../src/db/migrate";
import { Database } from "../src/db/neo4j";
import { createApollo } from "../src/graphql/apollo";
import { createContext } from "../src/graphql/context";
import { createLogger, silentLogger } from "../src/logger";
import { seedIfEmpty } from "../src/seeding";

/**
 * `npm run bench`: latency of typical read requests over the research seed, on a throwaway
 * embedded Neo4j (or NEO4J_URI). Prints median and 95th percentile per request, and the Cypher
 * statements each request sends.
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
};
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 50);

async function main() {
  const root = defaultProjectRoot();
  const env = { ...process.env };
  let dataDir: string | undefined;
  if (!env.NEO4J_URI) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "simpul-bench-"));
    Object.assign(env, { SIMPUL_DATA_DIR: dataDir, NEO4J_EMBEDDED_PORT: "0" });
  }
  const config = loadConfig(env, root);
  const connection = await connectNeo4j(config.neo4j, root, createLogger("warn"));
  try {
    const db = new Database(connection.driver, config.database);
    await migrate(db, path.join(root, "schema"));
    await seedIfEmpty(db, silentLogger);
    const apollo = await createApollo(silentLogger);
    await apollo.start();
    for (const [name, query] of Object.entries(REQUESTS)) {
      const timings: number[] = [];
      let queries = 0;
      for (let i = 0; i < ITERATIONS + 5; i += 1) {
        const contextValue = createContext(db, silentLogger);
        const started = process.hrtime.bigint();
        const response = await apollo.executeOperation({ query }, { contextValue });
        const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
        if (response.body.kind === "single" && response.body.singleResult.errors) throw new Error(JSON.stringify(response.body.singleResult.errors));
        if (i >= 5) timings.push(elapsed); // the first runs warm up the JVM and the plan cache
        queries = contextValue.queryCount;
      }
      timings.sort((a, b) => a - b);
      const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))].toFixed(1);
      process.stdout.write(`${name}: median ${at(0.5)} ms, p95 ${at(0.95)} ms, ${queries} Cypher statements per request (${ITERATIONS} runs)\n`);
    }
    await apollo.stop();
  } finally {
    await connection.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
