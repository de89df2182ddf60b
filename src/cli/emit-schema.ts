import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { defaultProjectRoot } from "../config";
import { buildSimpulSchema } from "../graphql/schema";
import { renderSdl } from "../graphql/sdl";
import { readCommandLine } from "./command-line";

readCommandLine(
  { usage: "usage: npm run emit-schema\nWrites schema/schema.graphql from the code-first GraphQL schema.", options: {}, allowPositionals: false },
  () => undefined,
);

/** `npm run emit-schema`: writes schema/schema.graphql from the code-first schema. */
async function emitSchema(): Promise<void> {
  const file = path.join(defaultProjectRoot(), "schema", "schema.graphql");
  fs.writeFileSync(file, renderSdl(await buildSimpulSchema()));
  process.stdout.write(`Wrote ${file}\n`);
}

emitSchema().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
