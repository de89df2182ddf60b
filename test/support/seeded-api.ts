import { silentLogger } from "../../src/logger";
import { seedIfEmpty } from "../../src/seeding";
import { apiOnGraph, type ApiOnGraph, type ApiOnGraphOptions } from "./graph-api";

/** apiOnGraph on the research seed: read `api` (and `db`) inside tests and hooks only. */
export function seededApi(options: ApiOnGraphOptions = {}): ApiOnGraph {
  return apiOnGraph((db) => seedIfEmpty(db, silentLogger), options);
}
