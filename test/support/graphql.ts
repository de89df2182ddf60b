import { ApolloServer } from "@apollo/server";
import type { Database } from "../../src/db/neo4j";
import { createContext, type Context } from "../../src/graphql/context";
import { createErrorFormatter } from "../../src/graphql/errors";
import { buildSimpulSchema } from "../../src/graphql/schema";
import { silentLogger } from "../../src/logger";

export interface Executed<T> {
  data?: T;
  errors?: Array<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
  /** Cypher statements the request sent. */
  queryCount: number;
}

/** An Apollo server over the real schema, executing operations in-process with a fresh context each. */
export async function createExecutor(db: Database) {
  const apollo = new ApolloServer<Context>({ schema: await buildSimpulSchema(), formatError: createErrorFormatter(silentLogger) });
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
