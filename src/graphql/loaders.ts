import type { Database } from "../db/neo4j";

/** The per-request DataLoaders. Never share one across requests: its cache is that request's view. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Loaders {}

export function createLoaders(_db: Database): Loaders {
  return {};
}
