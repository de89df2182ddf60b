import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from "@apollo/server";
import type { GraphQLSchema, OperationDefinitionNode } from "graphql";
import { checkDocument, checkEstimate, type DocumentMeasures, type OperationMeasures } from "./check";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "./defaults";

/**
 * Refuses, once Apollo has parsed and validated a request and before anything executes, an
 * operation over any of the limits (checkOperation). Tokens are capped earlier, by the parser:
 * wire `parseOptionsFor(limits)` as Apollo's `parseOptions`.
 */
export function queryLimitsPlugin<T extends BaseContext>(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin<T> {
  // Apollo's document store gives every request with the same text the same parsed document, so
  // what does not depend on the variables is measured once per operation node and reused; an
  // operation without variables has its estimate kept too. Refused operations are not kept.
  const measured = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; document: DocumentMeasures; withoutVariables?: OperationMeasures }>();
  const listener = {
    async didResolveOperation({ schema, document, operation, request }: GraphQLRequestContextDidResolveOperation<T>) {
      if (!operation) return;
      let known = measured.get(operation);
      if (known?.schema !== schema) {
        known = { schema, document: checkDocument({ document, operation, limits }) };
        if (!operation.variableDefinitions?.length) known.withoutVariables = checkEstimate({ schema, operation, limits }, known.document);
        measured.set(operation, known);
      }
      if (!known.withoutVariables) checkEstimate({ schema, operation, variables: request.variables ?? {}, limits }, known.document);
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

/**
 * graphql-js's parser stops at `maxTokens` (lexing is linear, so an oversized document costs
 * only its reading); Apollo answers GRAPHQL_PARSE_FAILED with HTTP 400.
 */
export function parseOptionsFor(limits: QueryLimits = DEFAULT_QUERY_LIMITS) {
  return { maxTokens: limits.maxTokens };
}
