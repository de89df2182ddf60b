/**
 * The limits every GraphQL request must fit, checked before any Cypher runs. The limits table
 * of docs/configuration.md and the tests read them from here.
 */
export interface QueryLimits {
  /** Lexical tokens in the document; graphql-js stops parsing past this (GRAPHQL_PARSE_FAILED). */
  readonly maxTokens: number;
  /** Directives (`@include`, `@skip`, ...) anywhere in the document. */
  readonly maxDirectives: number;
  /** Fields at the top of the operation, aliases and fragments included. */
  readonly maxRootFields: number;
  /** Fields in the operation, each alias counted, each fragment counted every place it is spread. */
  readonly maxFields: number;
  /** Fields nested inside one another, the leaf included (`{ serverInfo { version } }` is 2). */
  readonly maxDepth: number;
  /** Objects the operation could return when every page is full (nested pages multiply). */
  readonly maxEstimatedObjects: number;
}

/** Which limit a refusal names, in `extensions.limitName`. */
export type LimitName = Exclude<keyof QueryLimits, "maxTokens">;

export const DEFAULT_QUERY_LIMITS: QueryLimits = Object.freeze({
  maxTokens: 10_000,
  maxDirectives: 50,
  maxRootFields: 30,
  maxFields: 500,
  maxDepth: 15,
  maxEstimatedObjects: 1_000_000,
});
