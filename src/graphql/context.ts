import type { Database } from "../db/neo4j";
import type { Logger } from "../logger";
import { createLoaders, type Loaders } from "./loaders";

/** Everything a resolver may use; built fresh for every request. */
export interface Context {
  db: Database;
  loaders: Loaders;
  logger: Logger;
  /** How many Cypher statements this request has sent (tests and logs read it). */
  queryCount: number;
}

export function createContext(db: Database, logger: Logger): Context {
  const counted = db.observed(() => {
    context.queryCount += 1;
  });
  const context: Context = { db: counted, loaders: createLoaders(counted), logger, queryCount: 0 };
  return context;
}
