import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/embedded/embedded-neo4j";

/**
 * Starts a throwaway embedded Neo4j on a free port, unless NEO4J_URI already names a server
 * to test against. Test files then reach it exactly as the API does: through NEO4J_URI.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "simpul-test-neo4j-"));
  const neo4j = await startEmbeddedNeo4j({
    projectRoot: path.resolve(__dirname, "..", ".."),
    dataDir,
    port: 0,
    heapMiB: 1024,
    pageCacheMiB: 128,
    log: (message) => process.stderr.write(`\n${message}\n`),
  });
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USER = "neo4j";
  process.env.NEO4J_PASSWORD = "throwaway";
  (globalThis as { __SIMPUL_TEST_NEO4J__?: { neo4j: EmbeddedNeo4j; dataDir: string } }).__SIMPUL_TEST_NEO4J__ = { neo4j, dataDir };
}
