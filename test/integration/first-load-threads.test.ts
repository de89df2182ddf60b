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
async function written(threads: number): Promise<{ tables: Record<string, string[]>; emptyLists: string[]; sentra: number; threads: number }> {
  const compiled = (await import(path.join(PROJECT_ROOT, "dist/src/services/first-load.service.js"))) as typeof FirstLoad;
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
});
