import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import type { Database } from "../../src/db/neo4j";
import { silentLogger } from "../../src/logger";
import { seedIfEmpty } from "../../src/seeding";
import { dataset } from "../../seed/data";
import { render } from "../../src/i18n/render";
import { BackupError, exportGraph, restoreGraph } from "../../src/services/backup.service";
import { freshGraph, graphFingerprint, resetDatabase } from "../support/database";
import { expectStoredAnalysesCurrent } from "../support/stored-analysis";

const ROOT = path.resolve(__dirname, "..", "..");
const SCHEMA = path.join(ROOT, "schema");

/**
 * Values JSON cannot carry on its own, on a Simpul node, a node without the Node label (as an
 * API key may be) and the relationships between them: what a round trip must keep exactly.
 */
async function addAwkwardValues(db: Database): Promise<void> {
  await db.write(async (tx) => {
    await tx.run(
      `MATCH (actor:Actor) WITH actor ORDER BY actor.id LIMIT 1
       CREATE (p:Node:Programme {
         id: "backup-types", big: $big, smallest: $smallest, integral: 2.0, ratio: 0.1, nan: 0.0 / 0.0,
         location: point({latitude: -7.5755, longitude: 110.8243}), high: point({latitude: -7.1, longitude: 110.4, height: 120.5}),
         flat: point({x: 1.5, y: -2.0}), startDate: date("2019-07-01"), ancient: date("-0044-03-15"),
         created: datetime("2024-03-01T09:30:00.123456789+07:00[Asia/Jakarta]"), stamped: datetime("2024-03-01T02:30:00Z"),
         opens: localtime("08:00"), meets: time("14:15:00-03:30"), local: localdatetime("2024-12-31T23:59:59.999999999"),
         term: duration("P1Y2M3DT4H5M6.000000007S"), scores: [1, 2, 3], weights: [0.5, 1.0], names: ["satu", "dua"],
         bigs: [$big, 1], empty: "", blob: $blob })
       CREATE (p)-[:RUN_BY {since: date("2020-01-01"), share: 0.25, amountRp: $big}]->(actor)
       CREATE (k:ApiKey {id: "key-1", hash: "x", roles: ["ADMIN"]})-[:ISSUED_FOR {at: datetime("2024-01-01T00:00:00Z")}]->(p)
       CREATE (p)-[:HOLDS]->(k)
       CREATE (:ApiKey {id: 7})`,
      { big: neo4j.int("9007199254740993"), smallest: neo4j.int("-9223372036854775808"), blob: new Int8Array([1, -2, 3]) },
    );
  });
}

/** The permission bits of a file or folder (0o600, 0o700). */
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

/** A backup's folder and files can be read by their owner only: they hold personal data and API key hashes. */
function expectOwnerOnly(dir: string) {
  expect(modeOf(dir)).toBe(0o700);
  for (const file of fs.readdirSync(dir)) expect([file, modeOf(path.join(dir, file))]).toEqual([file, 0o600]);
}

/**
 * A copy of the backup `from` whose manifest names its nodes file by `name` (its checksum still
 * right, so only the confinement can stop restore), after `prepare` has changed the copy.
 */
function backupNamingNodesFile(from: string, to: string, name: string, prepare: (dir: string) => void = () => {}): string {
  fs.cpSync(from, to, { recursive: true });
  prepare(to);
  const manifestPath = path.join(to, "manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
  manifest.files.nodes.name = name;
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return to;
}

const withoutStoredAnalyses = (fingerprint: string[]) => fingerprint.filter((line) => !line.includes('"SentraAnalysis"'));

describe("export and restore", () => {
  let db: Database;
  let driver: Driver;
  let original: string[];
  const temporary = fs.mkdtempSync(path.join(os.tmpdir(), "simpul-backup-test-"));

  beforeAll(async () => {
    ({ db, driver } = await freshGraph(async (fresh) => {
      await seedIfEmpty(fresh, silentLogger);
      await addAwkwardValues(fresh);
    }));
    // The stored analyses are derived and stay out of a backup (src/repositories/backup.repository.ts).
    expect((await graphFingerprint(db)).some((line) => line.includes('"SentraAnalysis"'))).toBe(true);
    original = withoutStoredAnalyses(await graphFingerprint(db));
  }, 180_000);
  afterAll(async () => {
    await driver.close();
    fs.rmSync(temporary, { recursive: true, force: true });
  });

  it("round-trips the seeded graph with points, dates, big integers and unlabelled-by-Node nodes, in small batches", async () => {
    const dir = path.join(temporary, "library");
    const progress: string[] = [];
    const manifest = await exportGraph(db, dir, { batchSize: 7, progress: (phase, done, total) => progress.push(`${phase} ${done}/${total}`) });
    expect(manifest.nodes).toBe(original.filter((line) => line.includes('"labels"')).length);
    expect(manifest.nodes + manifest.relationships).toBe(original.length);
    expect(manifest.labels).toEqual(expect.arrayContaining(["ApiKey", "Node", "Actor", "Sentra"]));
    expect(progress.at(-2)).toBe(`nodes ${manifest.nodes}/${manifest.nodes}`);
    expect(progress.at(-1)).toBe(`relationships ${manifest.relationships}/${manifest.relationships}`);
    const nodes = fs.readFileSync(path.join(dir, "nodes.jsonl"), "utf8");
    expect(nodes).toContain('"big":{"$int":"9007199254740993"}');
    expect(nodes).toContain('"location":{"$point":{"srid":4326,"x":110.8243,"y":-7.5755}}');
    expect(nodes).toContain('"created":{"$datetime":"2024-03-01T09:30:00.123456789+07:00[Asia/Jakarta]"}');
    expect(nodes).not.toContain("SentraAnalysis");
    expectOwnerOnly(dir);

    await resetDatabase(db);
    const restored = await restoreGraph(db, dir, SCHEMA, { batchSize: 5 });
    expect(restored).toEqual({ nodes: manifest.nodes, relationships: manifest.relationships });
    expect(await graphFingerprint(db)).toEqual(original);
  });

  it("refuses to restore into a database that has nodes, and changes nothing", async () => {
    await expect(restoreGraph(db, path.join(temporary, "library"), SCHEMA)).rejects.toThrow(/Refusing to restore: the database \w+ already holds \d+ nodes/);
    expect(await graphFingerprint(db)).toEqual(original);
  });

  it("refuses a directory that is not empty, a backup without a manifest and a damaged one", async () => {
    await expect(exportGraph(db, path.join(temporary, "library"))).rejects.toThrow(/is not empty/);
    const unfinished = path.join(temporary, "unfinished");
    fs.mkdirSync(unfinished);
    fs.writeFileSync(path.join(unfinished, "nodes.jsonl"), "");
    await expect(restoreGraph(db, unfinished, SCHEMA)).rejects.toThrow(BackupError);
    const damaged = path.join(temporary, "damaged");
    fs.cpSync(path.join(temporary, "library"), damaged, { recursive: true });
    fs.appendFileSync(path.join(damaged, "nodes.jsonl"), '{"labels":["Node"],"properties":{"id":"intruder"}}\n');
    await expect(restoreGraph(db, damaged, SCHEMA)).rejects.toThrow(/does not match its checksum/);
  });

  it("refuses a manifest naming a file outside the backup folder (.. segment, absolute path, link leading out), in both languages, and restores nothing", async () => {
    const library = path.join(temporary, "library");
    const escapes = [
      backupNamingNodesFile(library, path.join(temporary, "escape-dots"), "../library/nodes.jsonl", (dir) => fs.rmSync(path.join(dir, "nodes.jsonl"))),
      backupNamingNodesFile(library, path.join(temporary, "escape-absolute"), path.join(library, "nodes.jsonl")),
      backupNamingNodesFile(library, path.join(temporary, "escape-link"), "nodes.jsonl", (dir) => {
        fs.rmSync(path.join(dir, "nodes.jsonl"));
        fs.symlinkSync(path.join("..", "library", "nodes.jsonl"), path.join(dir, "nodes.jsonl"));
      }),
    ];
    await resetDatabase(db);
    for (const dir of escapes) {
      const refusal = await restoreGraph(db, dir, SCHEMA).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(BackupError);
      const { text } = refusal as BackupError;
      expect(render(text, "en")).toMatch(/outside the backup folder .*nothing was restored/);
      expect(render(text, "id")).toMatch(/di luar folder cadangan .*tidak ada yang dipulihkan/);
      expect(await graphFingerprint(db)).toEqual([]);
    }
    // A link that stays inside the folder is followed.
    const inside = path.join(temporary, "link-inside");
    fs.cpSync(library, inside, { recursive: true });
    fs.renameSync(path.join(inside, "nodes.jsonl"), path.join(inside, "nodes.data"));
    fs.symlinkSync("nodes.data", path.join(inside, "nodes.jsonl"));
    await restoreGraph(db, inside, SCHEMA);
    expect(await graphFingerprint(db)).toEqual(original);
  });

  it("restores a backup written before sentra stored their productKey, deriving it", async () => {
    const dir = path.join(temporary, "older");
    expect(original.filter((line) => line.includes('"productKey"')).length).toBe(dataset.sentra.length);
    await db.write((tx) => tx.run(`MATCH (s:Sentra) REMOVE s.productKey`));
    await exportGraph(db, dir);
    expect(fs.readFileSync(path.join(dir, "nodes.jsonl"), "utf8")).not.toContain("productKey");
    await resetDatabase(db);
    await restoreGraph(db, dir, SCHEMA);
    expect(await graphFingerprint(db)).toEqual(original);
  });

  it("runs as commands: export, restore, and a refused second restore", async () => {
    execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
    const dir = path.join(temporary, "cli");
    const run = (command: string) => spawnSync(process.execPath, [`dist/src/cli/${command}.js`, dir], { cwd: ROOT, env: process.env, encoding: "utf8" });

    const exported = run("export");
    expect(exported.stderr).toMatch(/exported nodes +\d+\/\d+/);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/^Exported \d+ nodes and \d+ relationships from .* to /);
    // The graph is the restored copy by now, so its property order may differ: compare what the manifests count.
    const summary = (backup: string) => {
      const { nodes, relationships, labels, relationshipTypes } = JSON.parse(fs.readFileSync(path.join(temporary, backup, "manifest.json"), "utf8"));
      return { nodes, relationships, labels, relationshipTypes };
    };
    expect(summary("cli")).toEqual(summary("library"));
    expectOwnerOnly(dir);

    await resetDatabase(db);
    const escaping = backupNamingNodesFile(dir, path.join(temporary, "cli-escape"), "../cli/nodes.jsonl");
    const refused = spawnSync(process.execPath, ["dist/src/cli/restore.js", escaping], {
      cwd: ROOT,
      env: { ...process.env, LANG: "id_ID.UTF-8", LC_ALL: "" },
      encoding: "utf8",
    });
    expect(refused.stderr).toMatch(/di luar folder cadangan/);
    expect(refused.status).toBe(1);
    expect(await graphFingerprint(db)).toEqual([]);
    const restored = run("restore");
    expect(restored.stderr).toMatch(/restored relationships +\d+\/\d+/);
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/^Restored \d+ nodes and \d+ relationships from /);
    // The command stores the analyses the backup left out, as computed from the restored graph.
    expect(restored.stdout).toMatch(/Recomputed the stored analyses of \d+ sentra in /);
    expect(withoutStoredAnalyses(await graphFingerprint(db))).toEqual(original);
    await expectStoredAnalysesCurrent(
      db,
      dataset.sentra.map((s) => s.id),
    );

    const again = run("restore");
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/Refusing to restore/);
    expect(withoutStoredAnalyses(await graphFingerprint(db))).toEqual(original);
  }, 180_000);
});
