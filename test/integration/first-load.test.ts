import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Neo4jTarget } from "../../src/config";
import { connectNeo4j } from "../../src/db/connect";
import { Database } from "../../src/db/neo4j";
import { generateDataset, SCALES } from "../../src/generate/synthetic";
import { silentLogger } from "../../src/logger";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { firstLoadEmbedded, FirstLoadRefused, type FirstLoadReport } from "../../src/services/first-load.service";
import { recomputeAllSentraMetrics } from "../../src/services/sentra-analysis.service";
import { PROJECT_ROOT } from "../support/app";
import { freshGraph, graphFingerprint } from "../support/database";
import { withUncommonRecords } from "../support/uncommon-records";

/*
 * The `small` synthetic scale loaded both ways: online through the dataset writer into the test
 * Neo4j (as `npm run generate` loads it), and through Neo4j's offline importer into a throwaway
 * embedded Neo4j of its own (as `npm run first-load` does). The two graphs must be the same, every
 * node and relationship with every property and its type; and a second first load into the now
 * full database is refused.
 */

const dataset = withUncommonRecords(generateDataset(SCALES.small, 7));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "simpul-first-load-test-"));
const target: Extract<Neo4jTarget, { kind: "embedded" }> = { kind: "embedded", dataDir, port: 0, heapMiB: 1024, pageCacheMiB: 128 };
const firstLoad = () =>
  firstLoadEmbedded(() => dataset, { projectRoot: PROJECT_ROOT, target, database: "neo4j", csvDir: path.join(dataDir, "csv"), logger: silentLogger });

async function fingerprintOfEmbedded(): Promise<string[]> {
  const connection = await connectNeo4j(target, PROJECT_ROOT, silentLogger);
  try {
    return await graphFingerprint(new Database(connection.driver, "neo4j"));
  } finally {
    await connection.close();
  }
}

/**
 * A node's labels are a set; labels() lists them in the order of their token ids, which the
 * importer hands out in an order of its own (the API reads them as a set: typenameOf).
 */
const withSortedLabels = (fingerprint: string[]) =>
  fingerprint
    .map((line) => {
      const entry = JSON.parse(line) as { labels?: string[] };
      return entry.labels ? JSON.stringify({ ...entry, labels: [...entry.labels].sort() }) : line;
    })
    .sort();

describe("a first load through Neo4j's offline importer", () => {
  let online: string[];
  let report: FirstLoadReport;

  beforeAll(async () => {
    const { db, driver } = await freshGraph(async (fresh) => {
      await writeDataset(fresh, dataset, () => {}, { batchSize: 1000, transactions: "per-batch" });
      await recomputeAllSentraMetrics(fresh, 16);
    });
    online = await graphFingerprint(db);
    await driver.close();
    report = await firstLoad();
  }, 900_000);

  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("reports what the importer wrote, the stored analyses among it, and removes its CSV", () => {
    expect(report.importer.nodes).toBe(report.graph.nodes);
    expect(report.importer.relationships).toBe(report.graph.relationships);
    expect(report.sentra).toBe(dataset.sentra.length - 1);
    expect(report.recomputed).toBe(0);
    expect(report.skipped).toEqual({
      "sentra without their region": 1,
      "participations of an unknown actor or sentra": 2,
      "linkages of an unknown actor": 1,
      "forum members not in the dataset": 1,
      "agreements without their forum or provider": 1,
      "observations without their round, firm or sentra": 1,
    });
    expect(fs.existsSync(path.join(dataDir, "csv"))).toBe(false);
  });

  it("refuses a second first load into the database, now not empty", async () => {
    const refusal: unknown = await firstLoad().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(FirstLoadRefused);
    expect((refusal as Error).message).toMatch(/already holds \d+ nodes and \d+ relationships: a first load fills an empty database only/);
  }, 300_000);

  // After the refusal: so this also shows that the refused load left the graph as it was.
  it("stores the same graph as the online load, every property with its type", async () => {
    const loaded = withSortedLabels(await fingerprintOfEmbedded());
    const expected = withSortedLabels(online);
    expect(loaded.length).toBe(expected.length);
    expect(loaded.filter((line) => !expected.includes(line)).slice(0, 5)).toEqual([]);
    expect(loaded).toEqual(expected);
  }, 300_000);
});
