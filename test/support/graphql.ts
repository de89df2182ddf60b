import type { Database } from "../../src/db/neo4j";
import { createApollo } from "../../src/graphql/apollo";
import { createContext } from "../../src/graphql/context";
import { silentLogger } from "../../src/logger";

export interface Executed<T> {
  data?: T;
  errors?: Array<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
  /** Cypher statements the request sent. */
  queryCount: number;
}

/** Simpul's Apollo server, executing operations in-process with a fresh context each. */
export async function createExecutor(db: Database) {
  const apollo = await createApollo(silentLogger);
  await apollo.start();
  return {
    async run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<Executed<T>> {
      const contextValue = createContext(db, silentLogger);
      const response = await apollo.executeOperation<T>({ query, variables }, { contextValue });
      if (response.body.kind !== "single") throw new Error("expected a single result");
      const { data, errors } = response.body.singleResult;
      return { data: (data ?? undefined) as T | undefined, errors: errors as Executed<T>["errors"], queryCount: contextValue.queryCount };
    },
    stop: () => apollo.stop(),
  };
}
