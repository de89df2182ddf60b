import { ApolloServerErrorCode, unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import type { Logger } from "../logger";

/** Codes a client may branch on; anything else it sees is INTERNAL_SERVER_ERROR. */
export const ErrorCode = {
  BAD_USER_INPUT: ApolloServerErrorCode.BAD_USER_INPUT,
  DATABASE_UNAVAILABLE: "DATABASE_UNAVAILABLE",
  QUERY_TOO_LARGE: "QUERY_TOO_LARGE",
  INTERNAL_SERVER_ERROR: ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
} as const;

/** A client error about one input field: the message names the rule and the bad value. */
export function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

// Codes that Apollo or graphql-js set for problems in the request itself.
const CLIENT_CODES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ErrorCode.QUERY_TOO_LARGE,
]);

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/**
 * Apollo's formatError hook: client errors pass through with their code; a lost database
 * becomes DATABASE_UNAVAILABLE; everything else is logged in full and masked.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && CLIENT_CODES.has(code)) return withoutStacktrace(formatted);

    const original = unwrapResolverError(error);
    if (original instanceof Neo4jError && UNAVAILABLE_CODES.has(original.code)) {
      logger.error("Neo4j unavailable", { error: original, path: formatted.path });
      return { message: "The database is unavailable; try again shortly.", path: formatted.path, extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } };
    }
    if (original instanceof GraphQLError && typeof original.extensions.code === "string" && CLIENT_CODES.has(original.extensions.code)) {
      return withoutStacktrace(formatted);
    }
    logger.error("Internal error while resolving a request", { error: original, path: formatted.path });
    return { message: "Internal server error", path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions?.stacktrace) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
