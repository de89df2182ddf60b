import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { SURVEY_ROUND_ID, MEASURED_SENTRA } from "../../seed/research-tables";
import { dataset } from "../../seed/data";
import { writeSurveyFiles } from "../import/export-survey";
import { render } from "../i18n/render";
import { languageOfEnvironment } from "../import/environment-language";
import type { ImportProblem } from "../import/rows";
import type { ImportFormat } from "../import/validate";
import type { ImportProgress } from "../repositories/import/survey-import.writer";
import { importSurvey } from "../services/survey-import.service";
import { readCommandLine, refuse, type ParsedCommandLine } from "./command-line";
import { progressBar } from "./progress-bar";
import { exitOnError, withNeo4j } from "./with-neo4j";

const USAGE = `usage: npm run import -- FILE [--linkages FILE] --round ID [--dry-run]
       npm run import -- --export-seed DIR
FILE is CSV (one row a firm) or JSON (an array of firm rows, or { "firms": [...], "linkages": [...] }).
The format: seed/import/README.md.`;

const OPTIONS = {
  linkages: { type: "string" },
  round: { type: "string" },
  "dry-run": { type: "boolean" },
  "export-seed": { type: "string" },
} as const;

type Args = { kind: "export-seed"; dir: string } | { kind: "import"; file: string; linkages?: string; round: string; dryRun: boolean };

function interpret({ values, positionals }: ParsedCommandLine<typeof OPTIONS, true>): Args {
  if (values["export-seed"] !== undefined) return { kind: "export-seed", dir: values["export-seed"] };
  if (positionals.length > 1) refuse(`one file at a time (got ${positionals.join(" and ")})`);
  const [file] = positionals;
  if (file === undefined) refuse("name the FILE to import");
  if (values.round === undefined) refuse("--round names the survey round the file belongs to");
  return { kind: "import", file, linkages: values.linkages, round: values.round, dryRun: values["dry-run"] ?? false };
}

/** The shared bar, a line a tenth of each step in a log. */
function importProgress(): ImportProgress {
  const bar = progressBar({ label: "importing" });
  return (step, done, total) => bar.update(step, done, total);
}

const formatOf = (file: string): ImportFormat => (file.toLowerCase().endsWith(".json") ? "json" : "csv");

function describe(problem: ImportProblem, files: Record<ImportProblem["file"], string>): string {
  const where = problem.line > 0 ? `${files[problem.file]}:${problem.line}` : files[problem.file];
  return `${where}${problem.column ? ` [${problem.column}]` : ""}: ${render(problem.reason, languageOfEnvironment())}`;
}

async function main(): Promise<void> {
  const args = readCommandLine({ usage: USAGE, options: OPTIONS, allowPositionals: true }, interpret);
  if (args.kind === "export-seed") {
    const written = writeSurveyFiles(path.resolve(args.dir), dataset, SURVEY_ROUND_ID, MEASURED_SENTRA);
    process.stdout.write(`Wrote ${written.map((f) => path.relative(process.cwd(), f)).join(", ")}\n`);
    return;
  }
  const { file, linkages, round } = args;
  const text = {
    format: formatOf(file),
    firms: fs.readFileSync(file, "utf8"),
    ...(linkages ? { linkages: fs.readFileSync(linkages, "utf8"), linkagesFormat: formatOf(linkages) } : {}),
  };
  await withNeo4j(async (db, { uri }) => {
    const result = await importSurvey(db, round, text, {
      dryRun: args.dryRun,
      progress: importProgress(),
      by: { keyId: null, name: "cli", via: `import:${path.basename(file)}` },
    });
    const files = { firms: file, linkages: linkages ?? file };
    for (const problem of result.problems) process.stderr.write(`${describe(problem, files)}\n`);
    const counts = `${result.firms} firms, ${result.observations} observations, ${result.linkages} linkages`;
    if (result.problems.length > 0) {
      process.stderr.write(`${result.problems.length} problem(s); nothing was written.\n`);
      process.exitCode = 1;
    } else if (args.dryRun) {
      process.stdout.write(`Dry run: ${counts} are valid for round ${round}; nothing was written.\n`);
    } else {
      process.stdout.write(`Imported ${counts} into round ${round} on ${uri}; recomputed ${result.sentraIds.join(", ")}.\n`);
    }
  });
}

main().catch(exitOnError);
