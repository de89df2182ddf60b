import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateDataset, SCALES } from "../../src/generate/synthetic";
import type * as FirstLoad from "../../src/services/first-load.service";
import { PROJECT_ROOT } from "../support/app";
import { buildServer } from "../support/server-process";
import { withUncommonRecords } from "../support/uncommon-records";

/*
 * The compiled build writes the stored analyses of a first load in worker threads, alongside the
 * other tables (src/services/dataset-analyses.ts); the tests' own transpiled sources have no
 * worker script and analyse in their thread, which test/integration/first-load.test.ts holds
 * equal to the online load. Here the compiled build writes the same dataset's CSV with no worker,
 * one and two: every table must hold the same rows, and the same empty lists must be left to set.
 */

const dataset = withUncommonRecords(generateDataset(SCALES.small, 7));
const root = fs.mkdtempSync(path.join(os.tmpdir(), "simpul-first-load-threads-"));

/** Each table's header and rows (a set: the workers' files share one table), and the empty lists. */
const compiledService = async () => (await import(path.join(PROJECT_ROOT, "dist/src/services/first-load.service.js"))) as typeof FirstLoad;

async function written(threads: number): Promise<{ tables: Record<string, string[]>; emptyLists: string[]; sentra: number; threads: number }> {
  const compiled = await compiledService();
  const dir = path.join(root, `threads-${threads}`);
  const prepared = await compiled.prepareImporterFiles(dataset, dir, { threads });
  const tables: Record<string, string[]> = {};
  for (const table of prepared.tables) {
    const name = path.basename(table.path, ".csv").replace(/-\d+$/, "");
    const [header, ...rows] = fs
      .readFileSync(table.path, "utf8")
      .split("\n")
      .filter((line) => line.length > 0);
    tables[name] = [...(tables[name] ?? [header]), ...rows];
  }
  for (const name of Object.keys(tables)) tables[name] = [tables[name][0], ...tables[name].slice(1).sort()];
  const emptyLists = compiled
    .readFinishPlan(dir)
    .emptyLists.map((list) => JSON.stringify(list))
    .sort();
  return { tables, emptyLists, sentra: prepared.sentra, threads: prepared.analysisThreads };
}

describe("a first load's CSV written by the compiled build", () => {
  beforeAll(() => buildServer(), 300_000);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("is the same whether the analyses are written in this thread or in one or two workers", async () => {
    const inThread = await written(0);
    expect(inThread.threads).toBe(0);
    expect(inThread.sentra).toBe(dataset.sentra.length - 1);
    expect(inThread.tables["sentra-analyses"]).toHaveLength(inThread.sentra + 1);
    for (const threads of [1, 2]) {
      const inWorkers = await written(threads);
      expect(inWorkers.threads).toBe(threads);
      expect(Object.keys(inWorkers.tables).sort()).toEqual(Object.keys(inThread.tables).sort());
      for (const name of Object.keys(inThread.tables)) expect([name, inWorkers.tables[name]]).toEqual([name, inThread.tables[name]]);
      expect(inWorkers.emptyLists).toEqual(inThread.emptyLists);
    }
  }, 300_000);

  it("fails, with the worker's error, when a worker cannot write its file, and a load afterwards runs as usual", async () => {
    const compiled = await compiledService();
    const dir = path.join(root, "unwritable");
    // The second worker's file is a folder: it fails as it starts, while the first goes on.
    fs.mkdirSync(path.join(dir, "sentra-analyses-2.csv"), { recursive: true });
    const failure: unknown = await compiled.prepareImporterFiles(dataset, dir, { threads: 2 }).catch((error: unknown) => error);
    // The worker's own error (of the worker's realm, so not an instance of this one's Error).
    expect(failure).toMatchObject({ code: "EISDIR", message: expect.stringContaining("sentra-analyses-2.csv") });
    fs.rmSync(dir, { recursive: true });
    // Its workers were stopped: the next load into the same folder writes every analysis.
    expect((await compiled.prepareImporterFiles(dataset, dir, { threads: 2 })).sentra).toBe(dataset.sentra.length - 1);
  }, 300_000);
});
