import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { dataset } from "../../seed/data";
import { MEASURED_SENTRA, SURVEY_ROUND_ID } from "../../seed/research-tables";
import type { Database } from "../../src/db/neo4j";
import type { SeedDataset } from "../../src/domain/dataset";
import { localize, render } from "../../src/i18n/render";
import type { SurveyImportText } from "../../src/import/validate";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { seed } from "../../src/seeding";
import { analyseSentraBatch, recomputeAllSentraMetrics } from "../../src/services/sentra-analysis.service";
import { expectStoredAnalysesCurrent } from "../support/stored-analysis";
import { importSurvey } from "../../src/services/survey-import.service";
import { PROJECT_ROOT, startTestApi, type TestApi } from "../support/app";
import { freshGraph, graphFingerprint, resetDatabase } from "../support/database";

const FILES = path.join(PROJECT_ROOT, "seed", "import");
const read = (name: string) => fs.readFileSync(path.join(FILES, name), "utf8");
const csvOf = (key: string): SurveyImportText & { linkages: string } => ({
  format: "csv",
  firms: read(`${key}.firms.csv`),
  linkages: read(`${key}.linkages.csv`),
});
const jsonOf = (key: string): SurveyImportText => ({ format: "json", firms: read(`${key}.json`) });

/** The seed without what the survey files hold: the surveyed firms, their answers and scores, and their ties in their sentra. */
function withoutSurveyedFirms(full: SeedDataset): SeedDataset {
  const sentraOf = new Map([...full.indicatorScores, ...full.surveyResponses, ...full.problemSolvingScores].map((o) => [o.actorId, o.sentraId]));
  const inFile = (l: SeedDataset["linkages"][number]) => sentraOf.get(l.fromId) === l.sentraId || sentraOf.get(l.toId) === l.sentraId;
  return {
    ...full,
    actors: full.actors.filter((a) => !sentraOf.has(a.id)),
    participations: full.participations.filter((p) => sentraOf.get(p.actorId) !== p.sentraId),
    linkages: full.linkages.filter((l) => !inFile(l)),
    indicatorScores: [],
    problemSolvingScores: [],
    surveyResponses: [],
  };
}

/** Replaces one CSV line (1-based) of a text. */
function withLine(text: string, line: number, edit: (line: string) => string): string {
  const lines = text.split("\n");
  lines[line - 1] = edit(lines[line - 1]);
  return lines.join("\n");
}

describe("survey import", () => {
  let db: Database;
  let driver: Driver;
  let seeded: string[];
  const base = withoutSurveyedFirms(dataset);

  beforeAll(async () => {
    ({ db, driver } = await freshGraph(seed));
    seeded = await graphFingerprint(db);
    await resetDatabase(db);
    await writeDataset(db, base);
  });
  afterAll(() => driver.close());

  it("re-imports the exported measured sentra into the graph the seed makes", async () => {
    for (const [key, text] of [
      ["ceper", csvOf("ceper")],
      ["juwana", jsonOf("juwana")],
      ["tegal", csvOf("tegal")],
    ] as const) {
      const result = await importSurvey(db, SURVEY_ROUND_ID, text);
      expect(result.problems).toEqual([]);
      expect(result).toMatchObject({ written: true, sentraIds: expect.arrayContaining([MEASURED_SENTRA[key]]) });
      await expectStoredAnalysesCurrent(db, result.sentraIds);
    }
    // What refers to the firms from outside the files (forum members, people, other sentra) lands on a second write of the rest.
    await writeDataset(db, base);
    await recomputeAllSentraMetrics(db);
    // The imports recorded one Change per firm they created (the audit trail); the seed writes none.
    const changes = await db.write(async (tx) => {
      const result = await tx.run(
        `MATCH (c:Change {operation: 'IMPORT', via: 'import'}) WITH collect(c) AS cs FOREACH (c IN cs | DELETE c) RETURN size(cs) AS n`,
      );
      return result.records[0].get("n").toNumber() as number;
    });
    expect(changes).toBeGreaterThan(0);
    expect(await graphFingerprint(db)).toEqual(seeded);
  });

  it("changes nothing when the same files are imported again", async () => {
    const before = await graphFingerprint(db);
    for (const key of ["ceper", "juwana", "tegal"]) expect((await importSurvey(db, SURVEY_ROUND_ID, csvOf(key))).written).toBe(true);
    expect((await importSurvey(db, SURVEY_ROUND_ID, jsonOf("tegal"))).written).toBe(true);
    expect(await graphFingerprint(db)).toEqual(before);
    await expectStoredAnalysesCurrent(db, Object.values(MEASURED_SENTRA));
  });

  it("writes nothing from a file with one bad row, and reports it with line, column and reason", async () => {
    const before = await graphFingerprint(db);
    const text = csvOf("ceper");
    const firms = withLine(text.firms.replace(/CV Logam Jaya Batur/, "CV Logam Jaya Baru"), 5, (l) =>
      l.replace(",sentra-ceper-metal-casting,", ",sentra-nowhere,"),
    );
    const result = await importSurvey(db, SURVEY_ROUND_ID, { ...text, firms });
    expect(result.written).toBe(false);
    expect(localize(result.problems, "en")).toEqual([{ file: "firms", line: 5, column: "sentraId", reason: 'unknown sentra "sentra-nowhere"' }]);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("reports an unknown round, region and actor in one look-up", async () => {
    const text = csvOf("tegal");
    const firms = withLine(text.firms, 2, (l) => l.replace(",region-", ",region-atlantis-"));
    const linkages = withLine(text.linkages, 3, (l) => l.replace(/,ikm-tegal-20,/, ",ikm-ghost,"));
    const result = await importSurvey(db, "round-unknown", { ...text, firms, linkages }, { dryRun: true });
    expect(result.problems.map((p) => [p.file, p.line, p.column])).toEqual([
      ["firms", 0, "round"],
      ["firms", 2, "regionId"],
      ["linkages", 3, "toId"],
      // The file keeps the tie's id, which the graph already holds between other ends.
      ["linkages", 3, "id"],
    ]);
  });

  it("writes nothing on a dry run of a valid change", async () => {
    const before = await graphFingerprint(db);
    const text = csvOf("juwana");
    const result = await importSurvey(
      db,
      SURVEY_ROUND_ID,
      { ...text, firms: withLine(text.firms, 2, (l) => l.replace(/,(\d+),(\d{4}),/, ",99,$2,")) },
      { dryRun: true },
    );
    expect(result).toMatchObject({ problems: [], written: false, firms: 17 });
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("refuses, on a dry run, a horizontal tie to a firm of another sentra, and lets a supply tie reach a supplier outside the sentra", async () => {
    const before = await graphFingerprint(db);
    const text = csvOf("ceper");
    const line = text.linkages.trimEnd().split("\n").length + 1;
    const sentra = MEASURED_SENTRA.ceper;
    // ikm-tegal-03 is a firm of the Tegal sentra; sup-tegal-baja supplies Tegal and Purbalingga, not Ceper.
    const peer = `,HORIZONTAL_COOPERATION,ikm-ceper-01,ikm-tegal-03,${sentra},ACTIVE,INFORMATION,,\n`;
    const supply = `,UPSTREAM_SUPPLY,sup-tegal-baja,ikm-ceper-01,${sentra},ACTIVE,GOODS,,\n`;
    const bad = await importSurvey(db, SURVEY_ROUND_ID, { ...text, linkages: text.linkages + peer + supply }, { dryRun: true });
    expect(bad).toMatchObject({ written: false, linkages: 26 });
    expect(localize(bad.problems, "en")).toEqual([
      {
        file: "linkages",
        line,
        column: "toId",
        reason: `"ikm-tegal-03" is not a firm of sentra "${sentra}" (neither a firm row of this file in it nor an IKM taking part in it), and a HORIZONTAL_COOPERATION tie joins two firms of its sentra`,
      },
    ]);
    const good = await importSurvey(db, SURVEY_ROUND_ID, { ...text, linkages: text.linkages + supply }, { dryRun: true });
    expect(good).toMatchObject({ problems: [], written: false, linkages: 25 });
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("refuses a firm row whose participation or firm an admin archived, writing nothing, instead of hanging answers off it", async () => {
    const text = csvOf("ceper");
    const lineOf = (id: string) => text.firms.split("\n").findIndex((l) => l.startsWith(`${id},`)) + 1;
    const setArchived = (cypher: string, id: string) => db.write((tx) => tx.run(cypher, { id }));
    await setArchived("MATCH (:Actor {id: $id})-[p:PARTICIPATES_IN]->(:Sentra) SET p.archivedAt = datetime()", "ikm-ceper-03");
    await setArchived("MATCH (a:Actor {id: $id}) SET a.archivedAt = datetime()", "ikm-ceper-05");
    try {
      const before = await graphFingerprint(db);
      const result = await importSurvey(db, SURVEY_ROUND_ID, text);
      expect(result.written).toBe(false);
      const onFirms = result.problems.filter((p) => p.file === "firms").map((p) => [p.line, p.column]);
      expect(onFirms).toEqual([
        [lineOf("ikm-ceper-03"), "role"],
        [lineOf("ikm-ceper-05"), "id"],
      ]);
      // The archived firm's ties in the file are refused at their end too.
      expect(result.problems.filter((p) => p.file === "linkages").every((p) => render(p.reason, "en") === 'actor "ikm-ceper-05" is archived')).toBe(true);
      expect(await graphFingerprint(db)).toEqual(before);
    } finally {
      await setArchived("MATCH (:Actor {id: $id})-[p:PARTICIPATES_IN]->(:Sentra) REMOVE p.archivedAt", "ikm-ceper-03");
      await setArchived("MATCH (a:Actor {id: $id}) REMOVE a.archivedAt", "ikm-ceper-05");
    }
  });

  it("recomputes every sentra whose network holds an actor of the file: a firm of two sentra renamed, a tie moved from one sentra's network to another's", async () => {
    const ceper = MEASURED_SENTRA.ceper;
    const other = await db.read(
      async (tx) =>
        (
          await tx.run(`MATCH (s:Sentra) WHERE NOT s.id IN $measured RETURN s.id AS id ORDER BY id LIMIT 1`, { measured: Object.values(MEASURED_SENTRA) })
        ).records[0].get("id") as string,
    );
    // ikm-ceper-01 is also a core firm of another sentra, and a supplier's tie to it names no sentra: both sit in that sentra's network.
    await db.write((tx) =>
      tx.run(
        `MATCH (f:Actor {id: 'ikm-ceper-01'}), (s:Sentra {id: $other}), (p:Actor {id: 'sup-tegal-baja'})
         CREATE (f)-[:PARTICIPATES_IN {role: 'CORE', version: 1}]->(s)
         CREATE (p)-[:LINKED {id: 'link-moved-by-import', type: 'UPSTREAM_SUPPLY', intensity: 'ACTIVE', flows: ['GOODS'], version: 1}]->(f)`,
        { other },
      ),
    );
    await recomputeAllSentraMetrics(db);
    const text = csvOf("ceper");
    const firms = text.firms.replace("ikm-ceper-01,CV Logam Jaya Batur,", "ikm-ceper-01,CV Logam Jaya Batur Baru,");
    const linkages = text.linkages + `link-moved-by-import,UPSTREAM_SUPPLY,sup-tegal-baja,ikm-ceper-01,${ceper},ACTIVE,GOODS,,\n`;
    const result = await importSurvey(db, SURVEY_ROUND_ID, { ...text, firms, linkages });
    expect(result).toMatchObject({ problems: [], written: true });
    expect(result.sentraIds).not.toContain(other);
    // The other sentra lost the tie (it names Ceper now) and sees the new name: its stored analysis says so.
    const network = (await analyseSentraBatch(db, [other])).get(other)!.network;
    expect(network.ties.map((t) => t.id)).not.toContain("link-moved-by-import");
    expect(network.actors.find((a) => a.id === "ikm-ceper-01")?.name).toBe("CV Logam Jaya Batur Baru");
    await expectStoredAnalysesCurrent(db, [other, ceper]);

    await db.write((tx) =>
      tx.run(
        `MATCH (:Actor {id: 'ikm-ceper-01'})-[p:PARTICIPATES_IN]->(:Sentra {id: $other}) DELETE p
         WITH 1 AS done MATCH ()-[l:LINKED {id: 'link-moved-by-import'}]->() DELETE l`,
        { other },
      ),
    );
    expect((await importSurvey(db, SURVEY_ROUND_ID, text)).written).toBe(true);
    await recomputeAllSentraMetrics(db);
  });

  describe("as a command", () => {
    let dir: string;
    beforeAll(() => {
      // The compiled command, as `npm run import` runs it (others' unfinished files may fail the type check; it still emits).
      spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT, stdio: "ignore" });
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "simpul-import-"));
    }, 180_000);
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["dist/src/cli/import.js", ...args], { cwd: PROJECT_ROOT, env: process.env, encoding: "utf8" });

    it("imports a file with a progress bar on stderr and changes nothing the second time", async () => {
      const before = await graphFingerprint(db);
      const ok = run(path.join(FILES, "ceper.firms.csv"), "--linkages", path.join(FILES, "ceper.linkages.csv"), "--round", SURVEY_ROUND_ID);
      expect(ok.stderr).toMatch(/importing firms +\[#+\] +12\/12/);
      expect(ok.stdout).toMatch(/Imported 12 firms, 52 observations, 24 linkages/);
      expect(ok.status).toBe(0);
      expect(await graphFingerprint(db)).toEqual(before);
    });

    it("reports every bad row on a dry run, exits non-zero and writes nothing", async () => {
      const before = await graphFingerprint(db);
      const file = path.join(dir, "bad.firms.csv");
      let text = read("ceper.firms.csv");
      text = withLine(text, 3, (l) => l.replace(/,A,P,A,Y,3,/, ",A,P,A,Y,7,"));
      text = withLine(text, 6, (l) => l.replace(/,N,A,P,Y,/, ",N,A,P,Q,"));
      text = withLine(text, 9, (l) => l.replace("ikm-ceper-08", "ikm-ceper-01"));
      fs.writeFileSync(file, text);
      const bad = run(file, "--round", SURVEY_ROUND_ID, "--dry-run");
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain(`${file}:3 [product]: product must be a whole number from 1 to 5, got 7`);
      expect(bad.stderr).toContain(`${file}:6 [supporting]: unknown answer code "Q"`);
      expect(bad.stderr).toContain(`${file}:9 [id]: duplicate firm id "ikm-ceper-01" (first on line 2)`);
      expect(bad.stderr).toContain("3 problem(s); nothing was written.");
      expect(run(file, "--round", SURVEY_ROUND_ID).status).toBe(1);
      expect(await graphFingerprint(db)).toEqual(before);
    });
  });

  describe("as a mutation", () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi();
    });
    afterAll(() => api.stop());
    const MUTATION = `mutation ($round: ID!, $firms: String!, $linkages: String, $format: SurveyImportFormat, $dryRun: Boolean) {
      importSurvey(roundId: $round, firms: $firms, linkages: $linkages, format: $format, dryRun: $dryRun) {
        written firms observations linkages sentraIds problems { file line column reason }
      }
    }`;

    it("imports a small upload and answers problems as a typed list", async () => {
      const before = await graphFingerprint(db);
      const ok = await api.run<{ importSurvey: { written: boolean; firms: number; problems: unknown[] } }>(MUTATION, {
        round: SURVEY_ROUND_ID,
        firms: read("juwana.json"),
        format: "JSON",
      });
      expect(ok.errors).toBeUndefined();
      expect(ok.data?.importSurvey).toMatchObject({ written: true, firms: 17, problems: [] });
      expect(await graphFingerprint(db)).toEqual(before);

      const text = csvOf("ceper");
      const bad = await api.run<{ importSurvey: { written: boolean; problems: unknown[] } }>(MUTATION, {
        round: SURVEY_ROUND_ID,
        firms: text.firms,
        linkages: withLine(text.linkages, 2, (l) => l.replace("ikm-ceper-02,", "ikm-ceper-01,")),
      });
      expect(bad.data?.importSurvey).toEqual(
        expect.objectContaining({
          written: false,
          problems: [{ file: "LINKAGES", line: 2, column: "toId", reason: 'self-tie: "ikm-ceper-01" is linked to itself' }],
        }),
      );
      expect(await graphFingerprint(db)).toEqual(before);
    });

    it("refuses an upload over 256 KiB with BAD_USER_INPUT", async () => {
      const result = await api.run(MUTATION, { round: SURVEY_ROUND_ID, firms: "x".repeat(256 * 1024 + 1) });
      expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "firms" });
    });
  });
});
