import { spawnSync } from "node:child_process";
import { PROJECT_ROOT } from "../support/app";

/**
 * Every command and bench reads its command line the same way: `--help` prints a usage naming its
 * options and exits 0 (touching no database), a bad command line says why and exits 2.
 */
const COMMANDS: [script: string, options: string[]][] = [
  ["dist/src/cli/import.js", ["--round", "--linkages", "--dry-run", "--export-seed"]],
  ["dist/src/cli/generate.js", ["--scale", "--seed", "--batch-size", "--concurrency"]],
  ["dist/src/cli/first-load.js", ["--scale", "--seed", "--csv-dir", "--keep-csv", "--threads", "--finish"]],
  ["dist/src/cli/keys.js", ["create", "--name", "--role", "list", "revoke"]],
  ["dist/src/cli/seed.js", ["npm run seed"]],
  ["dist/src/cli/migrate.js", ["npm run migrate"]],
  ["dist/src/cli/recompute.js", ["npm run recompute"]],
  ["dist/src/cli/emit-schema.js", ["npm run emit-schema"]],
  ["dist/src/cli/export.js", ["npm run export -- DIR"]],
  ["dist/src/cli/restore.js", ["npm run restore -- DIR"]],
  ["dist/bench/run.js", ["--scale", "--data-dir", "--rows", "--requests", "--max-seconds", "--targets", "--import-only", "--out"]],
  ["dist/bench/partner-suggestions.js", ["--runs", "--sentra", "--profile", "--plans", "--dump"]],
  ["dist/bench/sentra-analyses.js", ["--runs", "--sentra", "--profile", "--plans"]],
];

// No Neo4j address: a command that got past its command line would have to start one, and time out.
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: "bolt://127.0.0.1:9" },
    encoding: "utf8",
    timeout: 60_000,
  });

describe("the command lines", () => {
  beforeAll(() => {
    // The compiled commands, as `npm run ...` runs them.
    spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT, stdio: "ignore" });
  }, 180_000);

  it.each(COMMANDS)("%s --help prints its usage and exits 0", (script, options) => {
    for (const help of ["--help", "-h"]) {
      const answer = run(script, help);
      expect(answer.status).toBe(0);
      expect(answer.stdout).toMatch(/^usage:/i);
      for (const option of options) expect(answer.stdout).toContain(option);
      expect(answer.stderr).toBe("");
    }
  });

  it.each(COMMANDS)("%s refuses an unknown option with exit 2, the reason and the usage", (script) => {
    const answer = run(script, "--no-such-option");
    expect(answer.status).toBe(2);
    expect(answer.stderr).toContain("Unknown option '--no-such-option'");
    expect(answer.stderr).toMatch(/^usage:/im);
    expect(answer.stdout).toBe("");
  });

  it.each([
    ["dist/src/cli/generate.js", ["--scale", "huge"], '--scale must be one of small, medium, full, got "huge"'],
    ["dist/src/cli/generate.js", ["--scale", "small", "--batch-size", "0"], '--batch-size must be a whole number from 1, got "0"'],
    ["dist/src/cli/generate.js", ["--scale"], "argument missing"],
    ["dist/src/cli/import.js", ["a.csv"], "--round names the survey round"],
    ["dist/src/cli/import.js", ["a.csv", "b.csv", "--round", "r"], "one file at a time"],
    ["dist/bench/run.js", ["--rows", "many"], '--rows must be a whole number from 0, got "many"'],
    ["dist/src/cli/seed.js", ["extra"], "Unexpected argument 'extra'"],
  ])("%s %j is refused: %s", (script, args, reason) => {
    const answer = run(script, ...args);
    expect(answer.status).toBe(2);
    expect(answer.stderr).toContain(reason);
  });
});
