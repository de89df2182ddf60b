import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { checkOperation } from "./check";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "./defaults";

/**
 * Refuses, once Apollo has parsed and validated a request and before anything executes, an
 * operation over any of the limits (checkOperation). Tokens are capped earlier, by the parser:
 * wire `parseOptionsFor(limits)` as Apollo's `parseOptions`.
 */
export function queryLimitsPlugin<T extends BaseContext>(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation) checkOperation({ schema, document, operation, variables: request.variables ?? {}, limits });
        },
      };
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
