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
  const context: Context = { db, loaders: undefined as unknown as Loaders, logger, queryCount: 0 };
  context.db = db.observed(() => {
    context.queryCount += 1;
  });
  context.loaders = createLoaders(context.db);
  return context;
}
