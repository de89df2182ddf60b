import fs from "node:fs";
import path from "node:path";

/**
 * What a newcomer reads: README and every guide in docs/. Their examples are tested wherever they
 * moved, so an example that stops working fails a test whichever file holds it.
 */
export function documentationFiles(root: string): string[] {
  const guides = fs
    .readdirSync(path.join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join("docs", name));
  return ["README.md", ...guides];
}

export interface FencedBlock {
  /** The file, relative to the project's folder. */
  file: string;
  /** The block's text, without its fences. */
  text: string;
}

/** Every fenced block of the given languages (```graphql, ```sh, ...) in README and docs/, in reading order. */
export function fencedBlocks(root: string, languages: string[]): FencedBlock[] {
  const fence = new RegExp("```(?:" + languages.join("|") + ")\\n([\\s\\S]*?)```", "g");
  return documentationFiles(root).flatMap((file) => [...fs.readFileSync(path.join(root, file), "utf8").matchAll(fence)].map((m) => ({ file, text: m[1] })));
}
