import fs from "node:fs";
import path from "node:path";
import { defaultProjectRoot } from "./config";

/** Simpul's own version, from package.json. */
export const SIMPUL_VERSION: string = JSON.parse(fs.readFileSync(path.join(defaultProjectRoot(), "package.json"), "utf8")).version;
