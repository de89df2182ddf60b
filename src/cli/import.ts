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
import { exitOnError, withNeo4j } from "./with-neo4j";

const USAGE = `usage: npm run import -- FILE [--linkages FILE] --round ID [--dry-run]
       npm run import -- --export-seed DIR
FILE is CSV (one row a firm) or JSON (an array of firm rows, or { "firms": [...], "linkages": [...] }).
The format: seed/import/README.md.`;

interface Args {
  file?: string;
  linkages?: string;
  round?: string;
  dryRun: boolean;
  exportSeed?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dryRun: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[(i += 1)];
      if (next === undefined || next.startsWith("--")) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === "--round") args.round = value();
    else if (arg === "--linkages") args.linkages = value();
    else if (arg === "--dry-run") args.dryRun = true;
    else if (arg === "--export-seed") args.exportSeed = value();
    else if (arg === "--help" || arg === "-h") throw new Error(USAGE);
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else if (args.file === undefined) args.file = arg;
    else throw new Error(`one file at a time (got ${args.file} and ${arg})\n${USAGE}`);
  }
  return args;
}

const formatOf = (file: string): ImportFormat => (file.toLowerCase().endsWith(".json") ? "json" : "csv");

/** A text bar on stderr, redrawn in place on a terminal and printed once per batch otherwise. */
function progressBar(stream: NodeJS.WriteStream = process.stderr, width = 30): ImportProgress {
  return (step, done, total) => {
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const line = `importing ${step.padEnd(14)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(done).padStart(6)}/${total}`;
    if (stream.isTTY) stream.write(`\r${line}${done === total ? "\n" : ""}`);
    else stream.write(`${line}\n`);
  };
}

function describe(problem: ImportProblem, files: Record<ImportProblem["file"], string>): string {
  const where = problem.line > 0 ? `${files[problem.file]}:${problem.line}` : files[problem.file];
  return `${where}${problem.column ? ` [${problem.column}]` : ""}: ${render(problem.reason, languageOfEnvironment())}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.exportSeed) {
    const written = writeSurveyFiles(path.resolve(args.exportSeed), dataset, SURVEY_ROUND_ID, MEASURED_SENTRA);
    process.stdout.write(`Wrote ${written.map((f) => path.relative(process.cwd(), f)).join(", ")}\n`);
    return;
  }
  if (!args.file || !args.round) throw new Error(USAGE);
  const { file, linkages, round } = args;
  const text = {
    format: formatOf(file),
    firms: fs.readFileSync(file, "utf8"),
    ...(linkages ? { linkages: fs.readFileSync(linkages, "utf8"), linkagesFormat: formatOf(linkages) } : {}),
  };
  await withNeo4j(async (db, { uri }) => {
    const result = await importSurvey(db, round, text, {
      dryRun: args.dryRun,
      progress: progressBar(),
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
