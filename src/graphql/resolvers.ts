import fs from "node:fs";
import path from "node:path";
import type { buildSchema } from "type-graphql";
import { Node } from "./common/node.interface";

type Resolvers = Parameters<typeof buildSchema>[0]["resolvers"];

function filesNamed(dir: string, pattern: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(file, pattern);
    return pattern.test(entry.name) && !entry.name.endsWith(".d.ts") ? [file] : [];
  });
}

async function exportedClasses(dir: string, pattern: RegExp): Promise<Array<abstract new (...args: never[]) => unknown>> {
  const modules = await Promise.all(
    filesNamed(dir, pattern)
      .sort()
      .map((file) => import(file) as Promise<Record<string, unknown>>),
  );
  return modules.flatMap((exported) => Object.values(exported).filter((value) => typeof value === "function")) as Array<
    abstract new (...args: never[]) => unknown
  >;
}

/**
 * Every resolver class the schema is built from: each module's `*.resolver.ts` files, found by
 * name, so a new module registers itself by existing. type-graphql 2 takes classes, not globs.
 */
export async function findResolvers(dir: string = __dirname): Promise<Resolvers> {
  const classes = await exportedClasses(dir, /\.resolver\.(ts|js)$/);
  if (classes.length === 0) throw new Error(`No *.resolver files under ${dir}`);
  return classes as unknown as Resolvers;
}

/**
 * Every node type in the `*.type.ts` files. They go into the schema even when no field returns
 * them by name, since `node(id:)` can return any of them through the Node interface.
 */
export async function findNodeTypes(dir: string = __dirname): Promise<Array<abstract new (...args: never[]) => unknown>> {
  const classes = await exportedClasses(dir, /\.type\.(ts|js)$/);
  return classes.filter((type) => type.prototype instanceof Node);
}
