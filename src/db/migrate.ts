import fs from "node:fs";
import path from "node:path";
import type { Database } from "./neo4j";

/** The statements of a .cypher file: split at semicolons that end a line, `//` comments dropped. */
export function parseCypherFile(text: string): string[] {
  const withoutComments = text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n");
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Applies every schema/*.cypher file in name order. Each statement uses IF NOT EXISTS or, for a
 * derived property, writes only what is missing, so running this on every start-up is safe and cheap.
 */
export async function migrate(db: Database, schemaDir: string): Promise<number> {
  const files = fs
    .readdirSync(schemaDir)
    .filter((name) => name.endsWith(".cypher"))
    .sort();
  let applied = 0;
  for (const file of files) {
    for (const statement of parseCypherFile(fs.readFileSync(path.join(schemaDir, file), "utf8"))) {
      await db.schema(statement);
      applied += 1;
    }
  }
  await db.schema("CALL db.awaitIndexes(300)");
  return applied;
}
