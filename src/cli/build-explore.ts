import fs from "node:fs";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import type { Feature, MultiPolygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
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

/** The module name the map (src/explore/map.ts) imports Indonesia's outline by; this build supplies it. */
export const OUTLINE_MODULE = "simpul:indonesia-outline";

// Twice the signed area of a ring in degrees (its sign is its winding).
function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum;
}

/**
 * Indonesia's outline from Natural Earth (world-atlas countries-50m, country 360), as one GeoJSON
 * feature for the map of the explorer. Coordinates are cut to 0.001° (about 100 m, under a pixel at
 * province scale), which shrinks the data to about 60 KB. A ring that rounding would collapse or turn
 * inside out is left out: d3-geo reads a ring's winding as which side is land, so a flipped islet
 * would paint the whole globe.
 */
export function indonesiaOutline(): Feature<MultiPolygon, { name: string }> {
  const world = JSON.parse(fs.readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology<{ countries: GeometryCollection }>;
  const indonesia = world.objects.countries.geometries.find((geometry) => geometry.id === "360");
  if (!indonesia) throw new Error("world-atlas countries-50m.json has no country 360 (Indonesia)");
  const found = feature(world, indonesia);
  const geometry = "geometry" in found ? found.geometry : null;
  const polygons: Position[][][] = geometry?.type === "MultiPolygon" ? geometry.coordinates : geometry?.type === "Polygon" ? [geometry.coordinates] : [];
  if (polygons.length === 0) throw new Error("world-atlas country 360 (Indonesia) has no polygons");
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const rounded = polygons
    .map((polygon) =>
      polygon.flatMap((ring) => {
        const kept: Position[] = [];
        for (const [x, y] of ring) {
          const last = kept[kept.length - 1];
          const point = [round(x), round(y)];
          if (!last || last[0] !== point[0] || last[1] !== point[1]) kept.push(point);
        }
        return kept.length >= 4 && Math.sign(ringArea(kept)) === Math.sign(ringArea(ring)) ? [kept] : [];
      }),
    )
    .filter((polygon) => polygon.length > 0);
  return { type: "Feature", properties: { name: "Indonesia" }, geometry: { type: "MultiPolygon", coordinates: rounded } };
}

/** Supplies OUTLINE_MODULE to the bundle as JSON data: the outline travels inside explore.js, with no request of its own. */
const outlinePlugin: Plugin = {
  name: "indonesia-outline",
  setup(builder) {
    builder.onResolve({ filter: /^simpul:indonesia-outline$/ }, (args) => ({ path: args.path, namespace: "indonesia-outline" }));
    builder.onLoad({ filter: /.*/, namespace: "indonesia-outline" }, () => ({ contents: JSON.stringify(indonesiaOutline()), loader: "json" }));
  },
};

/**
 * Bundles the `/explore` page: its TypeScript entry with sigma, graphology, d3-geo and Indonesia's
 * outline into one script (no CDN, no tile server, so it works offline), beside its HTML and CSS. `npm run build` runs it after tsc;
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
    plugins: [outlinePlugin],
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
