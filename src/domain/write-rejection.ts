/**
 * Why a write was refused, raised by the write repositories (which sit below GraphQL) and shown
 * to the client by src/graphql/errors.ts with its code and the input field at fault. Throwing it
 * inside a write transaction rolls the transaction back, so a refused write changes nothing.
 */
export type RejectionCode = "BAD_USER_INPUT" | "CONFLICT" | "NOT_FOUND";

export class WriteRejected extends Error {
  constructor(
    readonly code: RejectionCode,
    /** The input field at fault, e.g. "toId" or "expectedVersion". */
    readonly field: string,
    message: string,
    /** Extra facts for the client, e.g. the id of the linkage a new one would duplicate. */
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = "WriteRejected";
  }
}

/** The value of `field` breaks a rule (range, format, vocabulary, self-linkage ...). */
export const invalid = (field: string, message: string) => new WriteRejected("BAD_USER_INPUT", field, message);

/** The write contradicts what is stored: a stale expectedVersion, a duplicate, an id taken by something else. */
export const conflict = (field: string, message: string, details: Record<string, string | number> = {}) =>
  new WriteRejected("CONFLICT", field, message, details);

/** The thing to change (or one it refers to) does not exist, or is archived. */
export const notFound = (field: string, message: string) => new WriteRejected("NOT_FOUND", field, message);
