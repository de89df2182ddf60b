import type { Role } from "../auth/roles";
import type { Database } from "../db/neo4j";
import type { Logger } from "../logger";
import { RequestData } from "./common/request-data";
import { tooManyStatements } from "./errors";

/** Who sent a request: the API key it presented (by id and name, never the key) and that key's role. */
export interface Caller {
  keyId: string;
  name: string;
  role: Role;
}

/** Everything a resolver may use; built fresh for every request. */
export interface Context {
  /** The per-request loaders of every module: `data.of(actorData).byId.load(id)`. */
  data: RequestData;
  logger: Logger;
  /** How many Cypher statements this request has sent (tests and logs read it). */
  queryCount: number;
  /** The caller's API key, or null for a request without one (src/graphql/auth). */
  caller: Caller | null;
}

export function createContext(db: Database, logger: Logger, caller: Caller | null = null): Context {
  // The request's own view: counted, capped, with a share of the pool and a transaction timeout.
  const view = db.forRequest(() => {
    context.queryCount += 1;
  }, tooManyStatements);
  const context: Context = { data: new RequestData(view), logger, queryCount: 0, caller };
  return context;
}
