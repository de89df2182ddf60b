import type { Text } from "../i18n/message";
import { inEnglish, withReaderText } from "./reader-text";

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
    /** What is wrong, for the reader (in their language); `message` holds it in English. */
    readonly text: Text,
    /** Extra facts for the client, e.g. the id of the linkage a new one would duplicate. */
    readonly details: Record<string, string | number> = {},
  ) {
    super(inEnglish(text));
    this.name = "WriteRejected";
    withReaderText(this, text);
  }
}

/** The value of `field` breaks a rule (range, format, vocabulary, self-linkage ...). */
export const invalid = (field: string, text: Text) => new WriteRejected("BAD_USER_INPUT", field, text);

/** The write contradicts what is stored: a stale expectedVersion, a duplicate, an id taken by something else. */
export const conflict = (field: string, text: Text, details: Record<string, string | number> = {}) => new WriteRejected("CONFLICT", field, text, details);

/** The thing to change (or one it refers to) does not exist, or is archived. */
export const notFound = (field: string, text: Text) => new WriteRejected("NOT_FOUND", field, text);
