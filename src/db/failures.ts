import { Neo4jError } from "neo4j-driver";

// The driver's own codes for a server it cannot reach or lost mid-way.
const UNREACHABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);
// Neo4j stops a transaction that outlives the timeout the driver sent with it.
const TIMEOUT_CODES = new Set(["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "Neo.ClientError.Transaction.TransactionTimedOut"]);

/**
 * True when Neo4j cannot be reached now but may be soon: a lost or booting server, or every
 * pooled connection busy past the acquisition timeout (the driver gives that one no code).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return UNREACHABLE_CODES.has(error.code) || error.message.startsWith("Connection acquisition timed out");
}

/** True when Neo4j stopped a transaction for running longer than its timeout. */
export function isTransactionTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && TIMEOUT_CODES.has(error.code);
}

/**
 * The innermost reason the driver gives, such as "connect ECONNREFUSED 127.0.0.1:7687", for a
 * log or start-up line; its outer messages are long and generic.
 */
export function innermostReason(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  const message = current instanceof Error ? current.message : String(current);
  const causedBy = message.lastIndexOf("Caused by: ");
  return causedBy >= 0 ? message.slice(causedBy + "Caused by: ".length).trim() : message;
}
