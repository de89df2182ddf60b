import { ApolloServerErrorCode, unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLErrorOptions, type GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { isDatabaseUnavailable, isRetryableConflict, isTransactionTimeout } from "../db/failures";
import { inEnglish, readerTextOf, withReaderText } from "../domain/reader-text";
import { WriteRejected } from "../domain/write-rejection";
import { currentLanguage } from "../i18n/language";
import { msg, type Lang, type Text } from "../i18n/message";
import { render } from "../i18n/render";
import { CursorMismatch } from "../repositories/paging";
import type { Logger } from "../logger";
import { BurstLog } from "../log-bursts";

/** Codes a client may branch on; anything else it sees is INTERNAL_SERVER_ERROR. */
export const ErrorCode = {
  BAD_USER_INPUT: ApolloServerErrorCode.BAD_USER_INPUT,
  /** Neo4j cannot be reached now (lost, restarting, or all connections busy): retry shortly. */
  DATABASE_UNAVAILABLE: "DATABASE_UNAVAILABLE",
  /** A database transaction of this request ran past NEO4J_TRANSACTION_TIMEOUT_MS: ask for less. */
  DATABASE_TIMEOUT: "DATABASE_TIMEOUT",
  /**
   * A write waited too long for other writes of the same records (a lock wait stopped at the
   * transaction timeout, a deadlock): nothing was written; send the same request again.
   */
  TRANSIENT: "TRANSIENT",
  QUERY_TOO_LARGE: "QUERY_TOO_LARGE",
  /** The request needed more Cypher statements than NEO4J_MAX_STATEMENTS_PER_REQUEST: ask for less. */
  TOO_MANY_STATEMENTS: "TOO_MANY_STATEMENTS",
  /** No API key where one is needed, or a key that is malformed, unknown or revoked. */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** A valid API key whose role is below what the field needs (VIEWER < EDITOR < ADMIN). */
  FORBIDDEN: "FORBIDDEN",
  /** A write met a different state than the client expected: a stale expectedVersion, a duplicate, an id in use. */
  CONFLICT: "CONFLICT",
  /** A write named something that does not exist (or is archived). */
  NOT_FOUND: "NOT_FOUND",
  INTERNAL_SERVER_ERROR: ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
} as const;

/**
 * A GraphQLError a client reads in its language: `message` is the English rendering (logs stay
 * English); the formatter below writes `text` in the request's language.
 */
export function clientError(text: Text, options: GraphQLErrorOptions): GraphQLError {
  return withReaderText(new GraphQLError(inEnglish(text), options), text);
}

/** A client error about one input field: the message names the rule and the bad value. */
export function badInput(field: string, message: Text): GraphQLError {
  return clientError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

/** Thrown by a request's database view when the request has sent all the statements it may. */
export function tooManyStatements(limit: number): GraphQLError {
  return clientError(msg("errors.tooManyStatements", { limit }), {
    // Apollo turns `http` into the response status (400: the request itself is too big).
    extensions: { code: ErrorCode.TOO_MANY_STATEMENTS, limit, http: { status: 400 } },
  });
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
  ErrorCode.TOO_MANY_STATEMENTS,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
  ErrorCode.NOT_FOUND,
]);

// A resolver-time DATABASE_UNAVAILABLE is answered 200 (its error in the body, as any field error);
// one met while the context is built answers the same, so clients see one status for one code.
const DATABASE_UNAVAILABLE_STATUS = 200;

/** A write that broke a uniqueness constraint: another write stored the same id first. */
function isConstraintViolation(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === "Neo.ClientError.Schema.ConstraintValidationFailed";
}

/** A lost database or a run of timeouts is logged once in full, then counted once per this window. */
const BURST_WINDOW_MS = 10_000;

/**
 * Apollo's formatError hook: client errors pass through with their code; a lost database
 * becomes DATABASE_UNAVAILABLE, a write that lost a lock wait or a deadlock TRANSIENT, a stopped
 * read DATABASE_TIMEOUT; everything else is logged in full and masked.
 */
export function createErrorFormatter(logger: Logger) {
  const unavailable = new BurstLog(BURST_WINDOW_MS);
  const timeouts = new BurstLog(BURST_WINDOW_MS);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // The formatter runs inside the request's language context (src/http/server.ts).
    const lang = currentLanguage();
    const say = (text: Text) => render(text, lang);
    const code = formatted.extensions?.code;
    if (typeof code === "string" && CLIENT_CODES.has(code)) return inReadersLanguage(withoutStacktrace(formatted), error, lang);

    const original = originalOf(error);
    if (original instanceof WriteRejected) {
      return { message: say(original.text), path: formatted.path, extensions: { code: original.code, field: original.field, ...original.details } };
    }
    if (original instanceof CursorMismatch) {
      return { message: say(original.text), path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT, field: "after" } };
    }
    if (isConstraintViolation(original)) {
      logger.warn("A write broke a uniqueness constraint", { error: original, path: formatted.path });
      return { message: say(msg("errors.sameIdFirst")), path: formatted.path, extensions: { code: ErrorCode.CONFLICT, field: "id" } };
    }
    if (isDatabaseUnavailable(original)) {
      unavailable.record(
        () => logger.error("Neo4j unavailable", { error: original, path: formatted.path }),
        (count, windowMs) => logger.error("Neo4j unavailable: more requests failed", { requests: count, seconds: windowMs / 1000 }),
      );
      return { message: say(msg("errors.databaseUnavailable")), path: formatted.path, extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } };
    }
    if (isRetryableConflict(original)) {
      logger.warn("A write waited too long for other writes (lock wait or deadlock); the client is told to retry", { error: original, path: formatted.path });
      return { message: say(msg("errors.transient")), path: formatted.path, extensions: { code: ErrorCode.TRANSIENT } };
    }
    if (isTransactionTimeout(original)) {
      timeouts.record(
        () => logger.warn("Neo4j stopped a transaction at its timeout", { path: formatted.path }),
        (count, windowMs) => logger.warn("Neo4j stopped more transactions at their timeout", { requests: count, seconds: windowMs / 1000 }),
      );
      return { message: say(msg("errors.databaseTimeout")), path: formatted.path, extensions: { code: ErrorCode.DATABASE_TIMEOUT } };
    }
    if (original instanceof GraphQLError && typeof original.extensions.code === "string" && CLIENT_CODES.has(original.extensions.code)) {
      return inReadersLanguage(withoutStacktrace(formatted), error, lang);
    }
    if (isRefusedRequest(original)) {
      // The client's mistake (e.g. a persisted-query hash that does not match): one line, no stack.
      logger.debug("Refused a malformed GraphQL request", { reason: original.message });
      return { message: formatted.message, extensions: { code: ApolloServerErrorCode.BAD_REQUEST } };
    }
    logger.error("Internal error while resolving a request", { error: original, path: formatted.path });
    return { message: say(msg("errors.internal")), path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/**
 * What failed: the error a resolver threw, or the one the context function threw (Apollo wraps the
 * latter as "Context creation failed: ..." with it as originalError, and no path).
 */
function originalOf(error: unknown): unknown {
  const unwrapped = unwrapResolverError(error);
  if (unwrapped instanceof GraphQLError && unwrapped.originalError && !(unwrapped.originalError instanceof GraphQLError)) return unwrapped.originalError;
  return unwrapped;
}

/**
 * Apollo refuses some requests before executing them with a 4xx status but no code (a persisted
 * query's hash that does not match, an unsupported persisted-query version); Simpul's own errors
 * always carry a code.
 */
function isRefusedRequest(error: unknown): error is GraphQLError {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined || error.path !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/**
 * What the request's context function throws: a database that cannot be reached while the API key
 * is looked up becomes DATABASE_UNAVAILABLE with the status a resolver-time one answers, instead of
 * Apollo's 500; anything else is thrown as it came.
 */
export function contextFailure(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  return clientError(msg("errors.databaseUnavailable"), {
    originalError: error as Error,
    extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, http: { status: DATABASE_UNAVAILABLE_STATUS } },
  });
}

/** A client error's message in the reader's language, when the error carries a text (graphql-js's own errors stay English). */
function inReadersLanguage(formatted: GraphQLFormattedError, error: unknown, lang: Lang): GraphQLFormattedError {
  const text = readerTextOf(error);
  return text === undefined ? formatted : { ...formatted, message: render(text, lang) };
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions?.stacktrace) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
