import type { Text } from "../i18n/message";
import { render } from "../i18n/render";

/*
 * Errors a reader may see keep two texts: their own `message`, in English, for logs and stack
 * traces; and the reader's text, a message the GraphQL error formatter writes in the request's
 * language. A WeakMap holds the second so that any error (a GraphQLError, a WriteRejected) can
 * carry one without a subclass, and it is never serialized by accident.
 */
const readerTexts = new WeakMap<object, Text>();

/** `error`, remembered as showing `text` to a reader. */
export function withReaderText<E extends object>(error: E, text: Text): E {
  readerTexts.set(error, text);
  return error;
}

/** The English rendering of a text: what an error's own `message` holds. */
export const inEnglish = (text: Text): string => render(text, "en");

/**
 * The reader's text of an error, or of an error it wraps: graphql-js wraps what a resolver throws
 * (`originalError`), Apollo may wrap once more.
 */
export function readerTextOf(error: unknown): Text | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth++) {
    const text = readerTexts.get(current);
    if (text !== undefined) return text;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}
