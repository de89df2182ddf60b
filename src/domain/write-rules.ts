import { msg } from "../i18n/message";
import { invalid } from "./write-rejection";

/*
 * The rules a written value must follow, pure and synchronous: the write repositories run them
 * before their transaction sends anything, and check references to stored things inside it.
 */

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Ids are short and plain: letters, digits and . _ : - (at most 128 characters). */
export function checkId(field: string, id: string): string {
  if (!ID_PATTERN.test(id)) throw invalid(field, msg("errors.idFormat", { field }));
  return id;
}

// C0 and C1 control characters, and UTF-16 halves without their pair: they print as nothing or as
// garbage, and Neo4j stores them as they are. Line breaks and tabs are allowed in longer texts.
const CONTROL = /(?![\t\n\r])\p{Cc}/u;
const LINE_CONTROL = /\p{Cc}/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A text that must say something, at most `max` characters; returned trimmed and in Unicode NFC
 * (so "é" typed two ways is one name). A text up to 200 characters (a name) is one line; a longer
 * one (a description) may hold line breaks and tabs. Other control characters are refused.
 */
export function checkText(field: string, value: string, max = 500, multiline = max > 200): string {
  const trimmed = value.normalize("NFC").trim();
  if (trimmed.length === 0) throw invalid(field, msg("errors.textEmpty", { field }));
  if (trimmed.length > max) throw invalid(field, msg("errors.textTooLong", { field, max, length: trimmed.length }));
  const control = (multiline ? CONTROL : LINE_CONTROL).exec(trimmed) ?? LONE_SURROGATE.exec(trimmed);
  if (control) {
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    throw invalid(field, msg("errors.textControl", { field, code, position: control.index + 1 }));
  }
  return trimmed;
}

/** One value of a closed vocabulary. */
export function checkOneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw invalid(field, msg("errors.oneOf", { field, allowed: [...allowed] }));
  return value as T;
}

/** An integer in [min, max]. */
export function checkIntRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw invalid(field, msg("errors.intRange", { field, min, max, value: String(value) }));
  return value;
}

/** A year from `min` to this year (UTC); years are written as they are, never grouped (2024, not 2,024). */
export function checkYear(field: string, value: number, min: number, now: Date = new Date()): number {
  const max = now.getUTCFullYear();
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalid(field, msg("errors.intRange", { field, min: String(min), max: String(max), value: String(value) }));
  }
  return value;
}

/** Today's date in UTC, YYYY-MM-DD. */
export const today = (now: Date = new Date()) => now.toISOString().slice(0, 10);

/**
 * A calendar date written YYYY-MM-DD that exists (no 2023-02-30), from 1900 on and, unless
 * `future` is allowed, not after today (UTC).
 */
export function checkIsoDate(field: string, value: string, { future = false }: { future?: boolean } = {}, now: Date = new Date()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const parsed = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !parsed || parsed.toISOString().slice(0, 10) !== value) throw invalid(field, msg("errors.dateFormat", { field, value: JSON.stringify(value) }));
  if (value < "1900-01-01") throw invalid(field, msg("errors.dateTooEarly", { field, value }));
  if (!future && value > today(now)) throw invalid(field, msg("errors.dateInFuture", { field, value }));
  return value;
}
