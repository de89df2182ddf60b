import type { Database } from "../db/neo4j";
import type { Logger } from "../logger";
import { RequestData } from "./common/request-data";
import { tooManyStatements } from "./errors";

/** Everything a resolver may use; built fresh for every request. */
export interface Context {
  /** The per-request loaders of every module: `data.of(actorData).byId.load(id)`. */
  data: RequestData;
  logger: Logger;
  /** How many Cypher statements this request has sent (tests and logs read it). */
  queryCount: number;
}

export function createContext(db: Database, logger: Logger): Context {
  // The request's own view: counted, capped, with a share of the pool and a transaction timeout.
  const view = db.forRequest(() => {
    context.queryCount += 1;
  }, tooManyStatements);
  const context: Context = { data: new RequestData(view), logger, queryCount: 0 };
  return context;
}
