import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Paths of the Maven-built embedded Neo4j launcher under neo4j-launcher/. */
export function launcherPaths(projectRoot: string) {
  const dir = path.join(projectRoot, "neo4j-launcher");
  return {
    dir,
    pom: path.join(dir, "pom.xml"),
    source: path.join(dir, "src", "main", "java", "simpul", "launcher", "Main.java"),
    classes: path.join(dir, "target", "classes"),
    mainClass: path.join(dir, "target", "classes", "simpul", "launcher", "Main.class"),
    lib: path.join(dir, "target", "lib"),
  };
}

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** Builds the launcher with Maven when it is missing or older than its pom or source. */
export function ensureLauncherBuilt(projectRoot: string, log: (message: string) => void): void {
  const paths = launcherPaths(projectRoot);
  const built = Math.min(mtime(paths.mainClass), mtime(paths.lib));
  if (built > 0 && built >= mtime(paths.pom) && built >= mtime(paths.source)) return;
  log("Building the embedded Neo4j launcher with Maven (first run downloads Neo4j from Maven Central)");
  execFileSync("mvn", ["-B", "-q", "-Dstyle.color=never", "-f", paths.pom, "package", "-DskipTests"], { stdio: "inherit" });
  // Maven leaves an old lib/ untouched; mark the build so the check above sees it as fresh.
  const now = new Date();
  fs.utimesSync(paths.lib, now, now);
}
