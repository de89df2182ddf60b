import type { Database } from "../db/neo4j";
import type { Logger } from "../logger";
import { RequestData } from "./common/request-data";

/** Everything a resolver may use; built fresh for every request. */
export interface Context {
  /** The per-request loaders of every module: `data.of(actorData).byId.load(id)`. */
  data: RequestData;
  logger: Logger;
  /** How many Cypher statements this request has sent (tests and logs read it). */
  queryCount: number;
}

export function createContext(db: Database, logger: Logger): Context {
  const counted = db.observed(() => {
    context.queryCount += 1;
  });
  const context: Context = { data: new RequestData(counted), logger, queryCount: 0 };
  return context;
}
