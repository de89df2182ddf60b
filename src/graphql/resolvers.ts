import fs from "node:fs";
import path from "node:path";
import type { buildSchema } from "type-graphql";

type Resolvers = Parameters<typeof buildSchema>[0]["resolvers"];

function resolverFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return resolverFiles(file);
    return /\.resolver\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [file] : [];
  });
}

/**
 * Every resolver class the schema is built from: each module's `*.resolver.ts` files, found by
 * name, so a new module registers itself by existing. type-graphql 2 takes classes, not globs.
 */
export async function findResolvers(dir: string = __dirname): Promise<Resolvers> {
  const modules = await Promise.all(resolverFiles(dir).sort().map((file) => import(file) as Promise<Record<string, unknown>>));
  const classes = modules.flatMap((exported) => Object.values(exported).filter((value) => typeof value === "function"));
  if (classes.length === 0) throw new Error(`No *.resolver files under ${dir}`);
  return classes as Resolvers;
}
