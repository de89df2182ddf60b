import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { ensureLauncherBuilt, launcherPaths } from "./launcher-build";
import { JVM_FLAGS } from "./embedded-neo4j";

export interface ImporterRun {
  /** What the importer says it imported ("Imported: N nodes ..."). */
  nodes: number;
  relationships: number;
  properties: number;
  /** The importer's own time ("IMPORT DONE in ..."), else the JVM's wall time. */
  importMs: number;
  /** The JVM from start to exit. */
  wallMs: number;
}

/** "1m 2s 345ms" (the importer's way of writing a duration) in milliseconds. */
export function importerDurationMs(text: string): number | null {
  const parts = [...text.matchAll(/(\d+)\s*(h|ms|m|s)\b/g)];
  if (parts.length === 0) return null;
  const unit = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as const;
  return parts.reduce((ms, [, n, u]) => ms + Number(n) * unit[u as keyof typeof unit], 0);
}

/**
 * Runs `neo4j-admin <args>` in a JVM on the launcher's classpath (the embedded Neo4j's own jars,
 * among them neo4j-import-tool), with the embedded data folder as NEO4J_HOME: a database imported
 * there is the one the embedded Neo4j serves when it starts next. Neo4j must not be running on
 * that folder. Each line the importer prints goes to `log`; fails when it exits non-zero.
 */
export async function runNeo4jAdmin(
  options: { projectRoot: string; home: string; heapMiB: number; log: (line: string) => void },
  args: readonly string[],
): Promise<ImporterRun> {
  ensureLauncherBuilt(options.projectRoot, options.log);
  const paths = launcherPaths(options.projectRoot);
  const started = Date.now();
  const child = spawn(
    "java",
    [`-Xmx${options.heapMiB}m`, ...JVM_FLAGS, "-cp", `${paths.classes}${path.delimiter}${path.join(paths.lib, "*")}`, "org.neo4j.cli.AdminTool", ...args],
    { env: { ...process.env, NEO4J_HOME: options.home }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const tail: string[] = [];
  const found = { nodes: 0, relationships: 0, properties: 0, importMs: null as number | null };
  const read = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    const done = /IMPORT DONE in (.*)\./.exec(line);
    if (done) found.importMs = importerDurationMs(done[1]);
    const counted = /^\s*(\d+) (nodes|relationships|properties)\s*$/.exec(line);
    if (counted) found[counted[2] as "nodes" | "relationships" | "properties"] = Number(counted[1]);
    // The importer draws its progress as rows of dots; only its phase lines say something.
    if (!/^[-.\s]*\d+%/.test(line) && line.trim() !== "") options.log(line);
  };
  readline.createInterface({ input: child.stdout }).on("line", read);
  readline.createInterface({ input: child.stderr }).on("line", read);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(`neo4j-admin ${args.slice(0, 3).join(" ")} failed (exit ${code}):\n${tail.join("\n")}`);
  const wallMs = Date.now() - started;
  return { nodes: found.nodes, relationships: found.relationships, properties: found.properties, importMs: found.importMs ?? wallMs, wallMs };
}
