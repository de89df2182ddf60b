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

// A transaction stopped while it waited for a lock (at its timeout, the lock client is stopped and
// Neo4j answers with this ClientError, which the driver does not retry), or the transient lock
// failures the driver retries until NEO4J_RETRY_TIME_MS runs out.
const LOCK_CODES = new Set([
  "Neo.ClientError.Transaction.LockClientStopped",
  "Neo.TransientError.Transaction.LockClientStopped",
  "Neo.TransientError.Transaction.DeadlockDetected",
  "Neo.TransientError.Transaction.LockAcquisitionTimeout",
]);

/**
 * True when the same transaction may well succeed if run again: it lost a lock wait or a
 * deadlock to other writes, or Neo4j called the failure transient and the driver's retries ran
 * out. A lost or busy server is not counted here (isDatabaseUnavailable).
 */
export function isRetryableConflict(error: unknown): boolean {
  if (error instanceof WriteTimedOut) return true;
  if (!(error instanceof Neo4jError) || isDatabaseUnavailable(error)) return false;
  return LOCK_CODES.has(error.code) || error.code.startsWith("Neo.TransientError.");
}

/**
 * A write transaction Neo4j stopped at its timeout. Writes are short (lock, check, write), so one
 * that outlives the timeout spent it waiting for other writes of the same records: running it
 * again is the remedy, unlike a read that asked for too much.
 */
export class WriteTimedOut extends Error {
  constructor(cause: unknown) {
    super("A write transaction was stopped at its timeout while other writes held what it needed", { cause });
    this.name = "WriteTimedOut";
  }
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
