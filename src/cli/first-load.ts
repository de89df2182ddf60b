import "reflect-metadata";
import path from "node:path";
import { bulkLoadPolicy, defaultProjectRoot, loadConfig } from "../config";
import { DEFAULT_SEED, generateDataset, SCALE_NAMES, SCALES, type ScaleName } from "../generate/synthetic";
import { importerArguments, shellLine } from "../import/importer-command";
import { createLogger } from "../logger";
import { countSentra } from "../repositories/first-load.repository";
import { countGraph } from "../repositories/system.repository";
import {
  finishFirstLoad,
  firstLoadEmbedded,
  prepareImporterFiles,
  readFinishPlan,
  refuseNonEmpty,
  REPORT_FILE,
  type FinishTimes,
} from "../services/first-load.service";
import { oneOf, readCommandLine, refuse, wholeNumber, type ParsedCommandLine } from "./command-line";
import { progressBar } from "./progress-bar";
import { exitOnError, withNeo4j } from "./with-neo4j";

const USAGE = `usage: npm run first-load -- --scale small|medium|full [--seed N] [--csv-dir DIR] [--keep-csv] [--threads N]
       npm run first-load -- --finish --csv-dir DIR
Loads a synthetic Indonesia-sized network (as npm run generate makes it) into an EMPTY database
through Neo4j's offline importer (neo4j-admin database import full), which writes the store without
transactions: the same graph as npm run generate, many times faster (every sentra's analysis is
computed from the dataset while the CSV is written, and imported with it). Refuses a database that
holds any node (the importer would replace it); to add to a graph, use npm run generate or import.
Embedded Neo4j (no NEO4J_URI): writes the importer's CSV with the stored analyses (--csv-dir,
default a folder in SIMPUL_DATA_DIR, removed after unless --keep-csv), imports it before Neo4j
starts, then starts Neo4j, applies schema/*.cypher, and waits until every index is online; prints
the time of each phase and the importer's nodes/s.
--threads N: worker threads that analyse the sentra while the other tables are written (default:
one a core, at most 4; 0 analyses them in the main thread after the other tables).
With NEO4J_URI: writes the CSV (default ./first-load-csv) and prints the neo4j-admin command to run
on that server, then --finish (run here afterwards, with the same --csv-dir) does the rest.
Scales: ${SCALE_NAMES.map((name) => `${name} (${SCALES[name].sentra} sentra, ${SCALES[name].firms} firms, ${SCALES[name].linkages} linkages)`).join(", ")}.`;

type Args = { kind: "load"; scale: ScaleName; seed: number; csvDir?: string; keepCsv: boolean; threads?: number } | { kind: "finish"; csvDir: string };

const OPTIONS = {
  scale: { type: "string" },
  seed: { type: "string" },
  "csv-dir": { type: "string" },
  "keep-csv": { type: "boolean" },
  threads: { type: "string" },
  finish: { type: "boolean" },
} as const;

function interpret({ values }: ParsedCommandLine<typeof OPTIONS, false>): Args {
  const csvDir = values["csv-dir"] === undefined ? undefined : path.resolve(values["csv-dir"]);
  if (values.finish) {
    if (values.scale !== undefined || values.seed !== undefined || values.threads !== undefined)
      refuse("--finish takes only --csv-dir: the graph is already imported");
    if (csvDir === undefined) refuse("--finish needs --csv-dir, the folder the first load wrote");
    return { kind: "finish", csvDir };
  }
  if (values.scale === undefined) refuse(`--scale is required: one of ${SCALE_NAMES.join(", ")}`);
  return {
    kind: "load",
    scale: oneOf("scale", values.scale, SCALE_NAMES),
    seed: values.seed === undefined ? DEFAULT_SEED : wholeNumber("seed", values.seed, 0),
    csvDir,
    keepCsv: values["keep-csv"] === true,
    threads: values.threads === undefined ? undefined : wholeNumber("threads", values.threads, 0),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perSecond = (count: number, ms: number) => Math.round(count / Math.max(ms / 1000, 0.001)).toLocaleString("en-US");
const say = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Says each phase as it starts, with a bar over the analyses written into the CSV and over a
 * recompute (each timed from its start).
 */
function phaseBar(total: number) {
  let started = 0;
  let phaseNow = "";
  const bar = progressBar({ label: "first load", phaseWidth: 21 });
  return {
    progress: (phase: string, done?: number) => {
      if (phase !== "analyse" && phase !== "recompute") return say(`finishing: ${phase}`);
      if (phase !== phaseNow) [phaseNow, started] = [phase, Date.now()];
      bar.update(phase === "analyse" ? "analyses into the CSV" : "stored sentra metrics", done ?? 0, total, seconds(Date.now() - started));
    },
    finish: () => bar.finish(),
  };
}

function finishLines(times: FinishTimes): string[] {
  return [
    `  migrate     ${seconds(times.migrateMs)} (schema/*.cypher: constraints, indexes populated, product keys)`,
    `  empty lists ${seconds(times.emptyListsMs)}`,
    ...(times.recomputed > 0
      ? [`  recompute   ${seconds(times.recomputeMs)} (stored metrics and analyses of ${times.recomputed} sentra: the CSV held another format's)`]
      : []),
    `  indexes     ${seconds(times.indexesMs)} (every index online)`,
  ];
}

async function load(args: Extract<Args, { kind: "load" }>): Promise<void> {
  const config = loadConfig();
  const projectRoot = defaultProjectRoot();
  const generate = () => {
    const generatedAt = Date.now();
    const dataset = generateDataset(SCALES[args.scale], args.seed);
    say(
      `generated scale ${args.scale} (seed ${args.seed}) in ${seconds(Date.now() - generatedAt)}: ${dataset.sentra.length} sentra, ${dataset.actors.length} actors`,
    );
    return dataset;
  };

  if (config.neo4j.kind === "remote") {
    const csvDir = args.csvDir ?? path.resolve("first-load-csv");
    let uri = "";
    await withNeo4j(async (db, where) => {
      uri = where.uri;
      refuseNonEmpty(`The database at ${where.uri}`, await countGraph(db));
    });
    const dataset = generate();
    const bar = phaseBar(dataset.sentra.length);
    const prepared = await prepareImporterFiles(dataset, csvDir, { threads: args.threads, analysed: (done) => bar.progress("analyse", done) });
    bar.finish();
    const command = shellLine(
      "neo4j-admin",
      importerArguments(prepared.tables, {
        database: config.database,
        overwrite: true,
        multiline: prepared.files.multiline,
        reportFile: path.join(csvDir, REPORT_FILE),
      }),
    );
    process.stdout.write(
      [
        `Wrote the importer's CSV of scale ${args.scale} (seed ${args.seed}) to ${csvDir} in ${seconds(prepared.writeMs)}: ${prepared.files.nodes} nodes, ${prepared.files.relationships} relationships.`,
        `${uri} is empty. On that server, with the folder at the same path there (or the paths below changed):`,
        `  1. stop Neo4j (neo4j stop; the importer writes the store offline)`,
        `  2. ${command}`,
        `  3. start Neo4j (neo4j start)`,
        `Then here: npm run first-load -- --finish --csv-dir ${shellLine("", [csvDir]).trim()}`,
        "",
      ].join("\n"),
    );
    return;
  }

  const target = config.neo4j;
  const bar = phaseBar(SCALES[args.scale].sentra);
  const report = await firstLoadEmbedded(generate, {
    projectRoot,
    target,
    database: config.database,
    csvDir: args.csvDir ?? path.join(target.dataDir, "first-load-csv"),
    keepCsv: args.keepCsv,
    threads: args.threads,
    logger: createLogger(config.logLevel),
    policy: bulkLoadPolicy(config.neo4jPolicy),
    log: (line) => say(`importer: ${line}`),
    progress: bar.progress,
  });
  bar.finish();
  // As npm run generate times its load: from the dataset in memory to a graph ready to serve.
  const loadMs = report.csvMs + report.importer.wallMs + report.startMs + report.migrateMs + report.emptyListsMs + report.recomputeMs + report.indexesMs;
  const skipped = Object.entries(report.skipped).map(([what, n]) => `${n} ${what}`);
  process.stdout.write(
    [
      `First load of scale ${args.scale} (seed ${args.seed}) into ${target.dataDir} (database ${config.database}): ` +
        `${report.graph.nodes} nodes, ${report.graph.relationships} relationships, ready to serve in ${seconds(loadMs)} after generating the dataset ` +
        `(${perSecond(report.graph.nodes, loadMs)} nodes/s end to end; ${seconds(report.totalMs)} with the generation and the emptiness check)`,
      `  generate    ${seconds(report.datasetMs)}`,
      `  csv         ${seconds(report.csvMs)}, with the analyses of ${report.sentra} sentra (${seconds(report.analysesMs)} of analysing time, ` +
        (report.analysisThreads > 0 ? `in ${report.analysisThreads} worker thread(s) alongside the other tables)` : "in this thread after the other tables)"),
      `  importer    ${seconds(report.importer.importMs)}: ${report.importer.nodes} nodes, ${report.importer.relationships} relationships, ` +
        `${report.importer.properties} properties, ${perSecond(report.importer.nodes, report.importer.importMs)} nodes/s ` +
        `(its JVM ${seconds(report.importer.wallMs)})`,
      `  start       ${seconds(report.startMs)} (Neo4j on the imported store)`,
      ...finishLines(report),
      ...(skipped.length > 0 ? [`  skipped, as the online load would: ${skipped.join(", ")}`] : []),
      "",
    ].join("\n"),
  );
}

async function finish(args: Extract<Args, { kind: "finish" }>): Promise<void> {
  const plan = readFinishPlan(args.csvDir);
  await withNeo4j(async (db, { uri, projectRoot }) => {
    const bar = phaseBar(await countSentra(db));
    const started = Date.now();
    const times = await finishFirstLoad(db, path.join(projectRoot, "schema"), plan, bar.progress);
    bar.finish();
    const graph = await countGraph(db);
    process.stdout.write(
      [
        `Finished the first load in ${uri}: ${graph.nodes} nodes, ${graph.relationships} relationships, ready to serve in ${seconds(Date.now() - started)}`,
        ...finishLines(times),
        "",
      ].join("\n"),
    );
  }, bulkLoadPolicy);
}

function main(): Promise<void> {
  const args = readCommandLine({ usage: USAGE, options: OPTIONS, allowPositionals: false }, interpret);
  return args.kind === "finish" ? finish(args) : load(args);
}

main().catch(exitOnError);
