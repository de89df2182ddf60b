import fs from "node:fs";
import type { EmbeddedNeo4j } from "../../src/embedded/embedded-neo4j";

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __SIMPUL_TEST_NEO4J__?: { neo4j: EmbeddedNeo4j; dataDir: string } }).__SIMPUL_TEST_NEO4J__;
  if (!started) return;
  await started.neo4j.stop();
  fs.rmSync(started.dataDir, { recursive: true, force: true });
}
