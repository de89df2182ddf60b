import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { defaultProjectRoot } from "../config";

/** The explorer's browser sources (TypeScript, HTML, CSS), bundled by esbuild, never compiled by tsc. */
export function exploreSourceDir(projectRoot: string): string {
  return path.join(projectRoot, "src", "explore");
}

/** Where the bundle goes and where `/explore` serves it from. */
export function exploreBundleDir(projectRoot: string): string {
  return path.join(projectRoot, "dist", "explore");
}

/** The files a built explorer has; the server serves exactly these. */
export const EXPLORE_FILES = ["index.html", "explore.js", "explore.css"] as const;

/**
 * Bundles the `/explore` page: its TypeScript entry with sigma and graphology into one script
 * (no CDN, so it works offline), beside its HTML and CSS. `npm run build` runs it after tsc;
 * the browser test runs it in its setup.
 */
export async function buildExplore(projectRoot = defaultProjectRoot(), outDir = exploreBundleDir(projectRoot)): Promise<string> {
  const source = exploreSourceDir(projectRoot);
  fs.mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [path.join(source, "main.ts")],
    outfile: path.join(outDir, "explore.js"),
    tsconfig: path.join(source, "tsconfig.json"),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["es2020", "chrome100", "firefox100", "safari15"],
    minify: true,
    legalComments: "eof",
    logLevel: "silent",
  });
  fs.copyFileSync(path.join(source, "index.html"), path.join(outDir, "index.html"));
  // One stylesheet: the base, then each view's part (styles/, in name order).
  const parts = fs
    .readdirSync(path.join(source, "styles"))
    .filter((file) => file.endsWith(".css"))
    .sort()
    .map((file) => fs.readFileSync(path.join(source, "styles", file), "utf8"));
  fs.writeFileSync(path.join(outDir, "explore.css"), [fs.readFileSync(path.join(source, "explore.css"), "utf8"), ...parts].join("\n"));
  return outDir;
}

if (require.main === module) {
  buildExplore().then(
    (dir) => process.stdout.write(`Explorer bundled into ${path.relative(process.cwd(), dir) || dir}\n`),
    (error: unknown) => {
      process.stderr.write(`Bundling the explorer failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
