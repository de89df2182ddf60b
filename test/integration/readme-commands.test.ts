import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { dataset } from "../../seed/data";
import { MEASURED_SENTRA, SURVEY_ROUND_ID } from "../../seed/research-tables";
import { HEADLINE_METRICS, headlineOf } from "../../src/domain/analytics/headline";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { analyseSentraBatch, recomputeAllSentraMetrics } from "../../src/services/sentra-analysis.service";
import { PROJECT_ROOT } from "../support/app";
import { graphFingerprint, resetDatabase } from "../support/database";
import { fencedBlocks } from "../support/documentation";
import { apiOnGraph } from "../support/graph-api";

/**
 * The shell commands README and docs/ show for the survey import (docs/keeping-current.md), API
 * keys (docs/security.md) and backups (docs/backup.md), run exactly as written (`npm run ...`,
 * which builds and then runs the compiled command) against the test Neo4j (NEO4J_URI), each
 * checked by what it does: a dry run reports the rows and writes nothing, the import writes them,
 * a created key works against the API until it is revoked, an export restores to the same graph.
 * A command is any line of a ```sh or ```bash block that starts with `npm run import`,
 * `npm run keys`, `npm run export` or `npm run restore`; a new one fails the first test until
 * this file checks it too.
 */
const COMMAND = /^npm run (import|keys|export|restore) -- .*$/gm;
const commands = fencedBlocks(PROJECT_ROOT, ["sh", "bash"]).flatMap((block) => [...block.text.matchAll(COMMAND)].map((m) => m[0]));

/** The one documented command that matches; the documentation shows it and the test runs it. */
function command(pattern: RegExp): string {
  const found = commands.filter((c) => pattern.test(c));
  if (found.length !== 1) throw new Error(`expected one documented command matching ${pattern}, found ${JSON.stringify(found)}`);
  return found[0];
}

const IMPORT_DRY_RUN = /^npm run import -- .*--dry-run$/;
const IMPORT = /^npm run import -- (?!.*--dry-run)/;
const KEYS_CREATE = /^npm run keys -- create /;
const KEYS_LIST = /^npm run keys -- list$/;
const KEYS_REVOKE = /^npm run keys -- revoke <id>$/;
const EXPORT = /^npm run export -- \S+$/;
const RESTORE = /^npm run restore -- \S+ +# .*$/;
const CHECKED = [IMPORT_DRY_RUN, IMPORT, KEYS_CREATE, KEYS_LIST, KEYS_REVOKE, EXPORT, RESTORE];

/** Runs a documented line in a shell from the project's folder, with the test run's Neo4j settings, as a newcomer would type it. */
function sh(line: string): { status: number | null; stdout: string; stderr: string } {
  const { NODE_ENV: _jest, ...env } = process.env;
  const run = spawnSync("sh", ["-c", line], { cwd: PROJECT_ROOT, env, encoding: "utf8", timeout: 600_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The ids in the first column of a CSV file of the documented command (ids hold no commas). */
function idsIn(file: string): string[] {
  const [, ...rows] = fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8").trimEnd().split("\n");
  return rows.map((row) => row.slice(0, row.indexOf(",")));
}

const CEPER = MEASURED_SENTRA.ceper;

describe("the shell commands of README and docs/", () => {
  // The seed without the Ceper firms of the survey file: their records, answers and ties (which need the firms) drop out with them.
  const firmIds = idsIn("seed/import/ceper.firms.csv");
  const linkageIds = idsIn("seed/import/ceper.linkages.csv");
  const app = apiOnGraph(
    async (d) => {
      await writeDataset(d, { ...dataset, actors: dataset.actors.filter((a) => !firmIds.includes(a.id)) });
      await recomputeAllSentraMetrics(d);
    },
    { timeoutMs: 300_000 },
  );

  async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
    return app.db.read(async (tx) => (await tx.run(cypher, params)).records[0].get("n").toNumber());
  }

  /** What the import writes for Ceper: its firms, their live CORE participations, their observations in the round, the file's ties. */
  async function ceperCounts() {
    return {
      firms: await count(`MATCH (a:Actor) WHERE a.id IN $firmIds RETURN count(a) AS n`, { firmIds }),
      members: await count(
        `MATCH (a:Actor)-[p:PARTICIPATES_IN {role: 'CORE'}]->(:Sentra {id: $sentra}) WHERE a.id IN $firmIds AND p.archivedAt IS NULL RETURN count(p) AS n`,
        { firmIds, sentra: CEPER },
      ),
      observations: await count(
        `MATCH (o:Observation)-[:IN_SENTRA]->(:Sentra {id: $sentra}) WHERE EXISTS { (o)-[:IN_ROUND]->(:SurveyRound {id: $round}) } RETURN count(o) AS n`,
        { sentra: CEPER, round: SURVEY_ROUND_ID },
      ),
      linkages: await count(`MATCH ()-[l:LINKED]->() WHERE l.id IN $linkageIds RETURN count(l) AS n`, { linkageIds }),
    };
  }

  it("finds each import, keys and backup command this file checks, and no other", () => {
    expect(commands.filter((c) => !CHECKED.some((pattern) => pattern.test(c)))).toEqual([]);
    for (const pattern of CHECKED) expect(command(pattern)).toMatch(pattern);
  });

  describe("importing a survey", () => {
    it("reports the file's rows on a dry run and writes nothing", async () => {
      const before = await graphFingerprint(app.db);
      expect(await ceperCounts()).toEqual({ firms: 0, members: 0, observations: 0, linkages: 0 });
      const run = sh(command(IMPORT_DRY_RUN));
      expect(run.stderr).not.toMatch(/problem/);
      expect(run.stdout).toContain(`Dry run: 12 firms, 52 observations, 24 linkages are valid for round ${SURVEY_ROUND_ID}; nothing was written.`);
      expect(run.status).toBe(0);
      expect(await graphFingerprint(app.db)).toEqual(before);
    }, 600_000);

    it("writes the firms, their participations, answers and scores and their ties, and recomputes the sentra", async () => {
      const stale = await app.db.read(async (tx) =>
        (await tx.run(`MATCH (s:Sentra {id: $id}) RETURN s.metric_horizontalDensity AS d`, { id: CEPER })).records[0].get("d"),
      );
      const run = sh(command(IMPORT));
      expect(run.stdout).toMatch(new RegExp(`Imported 12 firms, 52 observations, 24 linkages into round ${SURVEY_ROUND_ID} on .*; recomputed ${CEPER}\\.`));
      expect(run.stderr).toMatch(/importing firms +\[#+\] +12\/12/);
      expect(run.status).toBe(0);
      expect(await ceperCounts()).toEqual({ firms: 12, members: 12, observations: 52, linkages: 24 });
      // The stored headline is the fresh analysis of the imported network, and it changed.
      const { data } = await app.api.run<{ sentra: { headline: Record<string, unknown> } }>(
        `{ sentra(id: "${CEPER}") { headline { stage dynamic ${HEADLINE_METRICS.join(" ")} } } }`,
      );
      expect(data!.sentra.headline).toEqual({ ...headlineOf((await analyseSentraBatch(app.db, [CEPER])).get(CEPER)!) });
      expect(data!.sentra.headline.horizontalDensity).not.toEqual(stale);
    }, 600_000);
  });

  describe("securing a deployment with API keys", () => {
    const WHO = "{ caller { keyId name role } }";
    const WRITE = `mutation { createSurveyRound(input: { id: "readme-key-round", name: "Key check", date: "2020-01-01", source: "README test" }) { id } }`;
    let created: { id: string; key: string };

    async function post(query: string, key: string) {
      const response = await fetch(app.api.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: any }> } };
    }

    it("creates an editor's key, printed once, that the API takes for reads and writes", async () => {
      const run = sh(command(KEYS_CREATE));
      expect(run.status).toBe(0);
      const id = /Created API key (\S+) \(EDITOR\) for "Dinas Perindustrian Klaten"/.exec(run.stdout)?.[1];
      const key = /^(simpul_\S+)$/m.exec(run.stdout)?.[1];
      expect({ id, key }).toEqual({ id: expect.any(String), key: expect.stringContaining(`simpul_${id}_`) });
      created = { id: id!, key: key! };

      expect((await post(WHO, created.key)).body).toEqual({ data: { caller: { keyId: created.id, name: "Dinas Perindustrian Klaten", role: "EDITOR" } } });
      const write = await post(WRITE, created.key);
      expect(write.body).toEqual({ data: { createSurveyRound: { id: "readme-key-round" } } });
    }, 600_000);

    it("lists it, active, without its secret", () => {
      const run = sh(command(KEYS_LIST));
      expect(run.status).toBe(0);
      const line = run.stdout.split("\n").find((l) => l.startsWith(`${created.id} `));
      expect(line).toMatch(/^\S+ +EDITOR +active +created \S+ +Dinas Perindustrian Klaten$/);
      expect(run.stdout).not.toContain(created.key);
    }, 600_000);

    it("revokes it (the documented <id> is the id create printed), after which the API refuses it and writes nothing", async () => {
      const run = sh(command(KEYS_REVOKE).replace("<id>", created.id));
      expect(run.stdout).toMatch(new RegExp(`^Revoked API key ${created.id} \\(EDITOR, "Dinas Perindustrian Klaten"\\) as of \\S+$`, "m"));
      expect(run.status).toBe(0);
      const before = await graphFingerprint(app.db);
      for (const query of [WHO, WRITE.replace("readme-key-round", "readme-key-round-2")]) {
        const refused = await post(query, created.key);
        expect(refused.status).toBe(401);
        expect(refused.body.errors).toEqual([{ message: "The API key has been revoked.", extensions: { code: "UNAUTHENTICATED" } }]);
      }
      expect(await graphFingerprint(app.db)).toEqual(before);
    }, 600_000);
  });

  describe("backing up", () => {
    const relative = command(EXPORT).split(" ").pop()!;
    const dir = path.join(PROJECT_ROOT, relative);
    // A backup someone made by hand at the documented path is left alone (and the export refuses it);
    // what the test makes, the folder above included, it removes.
    const made = path.join(PROJECT_ROOT, relative.split("/")[0]);
    let existed = true;
    let madeExisted = true;
    beforeAll(() => {
      existed = fs.existsSync(dir);
      madeExisted = fs.existsSync(made);
    });
    afterAll(() => {
      if (!existed) fs.rmSync(madeExisted ? dir : made, { recursive: true, force: true });
    });

    it("exports the graph and restores it into the emptied database as it was", async () => {
      expect(existed).toBe(false);
      const before = await graphFingerprint(app.db);
      const exported = sh(command(EXPORT));
      expect(exported.stdout).toMatch(/^Exported \d+ nodes and \d+ relationships from /m);
      expect(exported.status).toBe(0);
      expect(fs.existsSync(path.join(dir, "manifest.json"))).toBe(true);

      // Restore writes only into an empty database, and says so otherwise.
      const refused = sh(command(RESTORE));
      expect(refused.stderr).toContain("Refusing to restore");
      expect(refused.status).not.toBe(0);
      expect(await graphFingerprint(app.db)).toEqual(before);

      await resetDatabase(app.db);
      const restored = sh(command(RESTORE));
      expect(restored.stdout).toMatch(/^Restored \d+ nodes and \d+ relationships from /m);
      expect(restored.status).toBe(0);
      // As it was, the stored analyses too: left out of the backup as derived data, then computed
      // again from the restored graph by the command's last step (docs/backup.md).
      expect(restored.stdout).toMatch(/^Recomputed the stored analyses of \d+ sentra in /m);
      expect(await graphFingerprint(app.db)).toEqual(before);
    }, 900_000);
  });
});
