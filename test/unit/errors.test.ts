import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { WriteTimedOut } from "../../src/db/failures";
import { badInput, createErrorFormatter, tooManyStatements } from "../../src/graphql/errors";
import type { Logger } from "../../src/logger";

function recordingLogger() {
  const entries: Array<{ message: string; fields?: Record<string, unknown> }> = [];
  const push = (message: string, fields?: Record<string, unknown>) => entries.push({ message, fields });
  const logger: Logger = { debug: push, info: push, warn: push, error: push };
  return { logger, entries };
}

// What Apollo hands formatError: the formatted error and the error a resolver threw, wrapped.
function resolverFailure(original: Error) {
  const wrapped = new GraphQLError(original.message, { path: ["serverInfo"], originalError: original });
  return { formatted: wrapped.toJSON(), wrapped };
}

/** What Neo4j answers a transaction stopped at its configured timeout. */
const transactionTimedOut = () =>
  new Neo4jError("The transaction has not completed within the timeout", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "", "");

describe("createErrorFormatter", () => {
  it("masks an internal error for the client and logs it in full", () => {
    const { logger, entries } = recordingLogger();
    const { formatted, wrapped } = resolverFailure(new TypeError("cannot read properties of undefined (secret detail)"));
    const shown = createErrorFormatter(logger)(formatted, wrapped);
    expect(shown).toEqual({ message: "Internal server error", path: ["serverInfo"], extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(JSON.stringify(shown)).not.toContain("secret detail");
    expect(entries).toHaveLength(1);
    expect((entries[0].fields!.error as Error).message).toContain("secret detail");
  });

  it("passes a bad-input error through with its code and field", () => {
    const { logger, entries } = recordingLogger();
    const error = badInput("first", "first must be from 1 to 100, got 500");
    const shown = createErrorFormatter(logger)(error.toJSON(), error);
    expect(shown).toEqual({ message: "first must be from 1 to 100, got 500", extensions: { code: "BAD_USER_INPUT", field: "first" } });
    expect(entries).toHaveLength(0);
  });

  it("turns a lost database into DATABASE_UNAVAILABLE without the driver's text", () => {
    const { logger } = recordingLogger();
    const { formatted, wrapped } = resolverFailure(new Neo4jError("Could not perform discovery at bolt://10.0.0.9", "ServiceUnavailable", "", ""));
    const shown = createErrorFormatter(logger)(formatted, wrapped);
    expect(shown.extensions).toEqual({ code: "DATABASE_UNAVAILABLE" });
    expect(shown.message).not.toContain("10.0.0.9");
  });

  it("turns an exhausted connection pool into DATABASE_UNAVAILABLE, not an internal error", () => {
    const { logger } = recordingLogger();
    const { formatted, wrapped } = resolverFailure(
      new Neo4jError("Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 50", "N/A", "", ""),
    );
    expect(createErrorFormatter(logger)(formatted, wrapped).extensions).toEqual({ code: "DATABASE_UNAVAILABLE" });
  });

  it("turns a transaction stopped at its timeout into DATABASE_TIMEOUT", () => {
    const { logger } = recordingLogger();
    const timedOut = transactionTimedOut();
    const { formatted, wrapped } = resolverFailure(timedOut);
    const shown = createErrorFormatter(logger)(formatted, wrapped);
    expect(shown.extensions).toEqual({ code: "DATABASE_TIMEOUT" });
    expect(shown.message).toContain("took too long");
  });

  it.each([
    // What Neo4j 5.26 answers a transaction stopped at its timeout while it waited for a lock.
    ["Neo.ClientError.Transaction.LockClientStopped", "The transaction has been terminated. ... ForsetiClient[transactionId=335, clientId=41]"],
    ["Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[transactionId=7] can't acquire ExclusiveLock{owner=ForsetiClient[transactionId=8]}"],
    ["Neo.TransientError.Transaction.LockAcquisitionTimeout", "Unable to acquire lock within configured timeout"],
  ])("turns %s into TRANSIENT, telling the client to send the write again", (code, message) => {
    const { logger } = recordingLogger();
    const { formatted, wrapped } = resolverFailure(new Neo4jError(message, code, "", ""));
    const shown = createErrorFormatter(logger)(formatted, wrapped);
    expect(shown.extensions).toEqual({ code: "TRANSIENT" });
    expect(shown.message).toContain("retry it");
    expect(shown.message).not.toContain("Forseti");
  });

  it("turns a write stopped at its timeout into TRANSIENT, a read stopped at its timeout stays DATABASE_TIMEOUT", () => {
    const { logger } = recordingLogger();
    const timedOut = transactionTimedOut();
    const write = resolverFailure(new WriteTimedOut(timedOut));
    expect(createErrorFormatter(logger)(write.formatted, write.wrapped).extensions).toEqual({ code: "TRANSIENT" });
    const read = resolverFailure(timedOut);
    expect(createErrorFormatter(logger)(read.formatted, read.wrapped).extensions).toEqual({ code: "DATABASE_TIMEOUT" });
  });

  it("passes TOO_MANY_STATEMENTS through with its limit", () => {
    const { logger, entries } = recordingLogger();
    const { formatted, wrapped } = resolverFailure(tooManyStatements(100));
    const shown = createErrorFormatter(logger)(formatted, wrapped);
    expect(shown.extensions).toMatchObject({ code: "TOO_MANY_STATEMENTS", limit: 100 });
    expect(shown.message).toContain("more than 100 database statements");
    expect(entries).toHaveLength(0);
  });
});
