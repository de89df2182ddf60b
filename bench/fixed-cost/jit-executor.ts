import { ApolloServer, type ApolloServerOptionsWithGateway, type ApolloServerPlugin } from "@apollo/server";
import { printSchema, type DocumentNode, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { Context } from "../../src/graphql/context";
import { simpulApolloOptions } from "../../src/graphql/apollo";
import type { Logger } from "../../src/logger";

/**
 * graphql-jit's compiled queries, one per document and operation name: Apollo's document store
 * hands every request with the same text the same DocumentNode, so the node itself is the key
 * (a WeakMap, dropped with the document when Apollo's store evicts it).
 */
export function compiledQueries(schema: GraphQLSchema) {
  const cache = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();
  return (document: DocumentNode, operationName?: string | null) => {
    let byName = cache.get(document);
    if (!byName) cache.set(document, (byName = new Map()));
    const key = operationName ?? "";
    const known = byName.get(key);
    if (known) return known;
    const compiled = compileQuery(schema, document, operationName ?? undefined);
    // A document jit cannot compile (an unknown operation name) answers its errors, and is not kept.
    if (isCompiledQuery(compiled)) byName.set(key, compiled);
    return compiled;
  };
}

/**
 * Apollo Server 5 takes no executor for a plain server; its gateway interface is the one way to
 * swap graphql-js's `execute` while keeping Apollo's parsing, validation, plugins and error
 * formatting. A "gateway" of one schema whose executor runs graphql-jit's compiled queries.
 */
type Gateway = ApolloServerOptionsWithGateway<Context>["gateway"];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;

export function jitGateway(schema: GraphQLSchema): Gateway {
  const compiled = compiledQueries(schema);
  const executor: GatewayExecutor = async ({ document, operationName, context, request }) => {
    const query = compiled(document, operationName);
    return isCompiledQuery(query) ? query.query(undefined, context, request.variables ?? {}) : query;
  };
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * Simpul's Apollo (src/graphql/apollo.ts, the same options and plugins) with graphql-jit as its
 * executor. A copy for the measurement only: adopting it would mean an option in createApollo.
 */
export function createJitApollo(
  schema: GraphQLSchema,
  logger: Logger,
  plugins: ApolloServerPlugin<Context>[] = [],
  exposeSchema = true,
): ApolloServer<Context> {
  return new ApolloServer<Context>({ gateway: jitGateway(schema), ...simpulApolloOptions(logger, plugins, exposeSchema) });
}
