import { msg, type Text } from "../../i18n/message";
import { invalid, WriteRejected } from "../write-rejection";

/*
 * A rule table says, for each field of one kind of record, what a written value must be: the
 * mutations check their input against it (the first broken rule refuses the write), and the survey
 * import checks every cell against the same table (each broken rule a problem with line and
 * column). One table per entity, so what one path accepts the other accepts too.
 */

/** Checks one given (non-null) value and returns it as stored, or throws WriteRejected naming `field`. */
export type Check<T> = (field: string, value: never) => T;

export interface FieldRule<T = unknown> {
  check: Check<T>;
  /** A creation must give it, and an update cannot clear it (null). */
  required: boolean;
}

export type RuleTable = Record<string, FieldRule>;

/** A field every record of the kind has. */
export const required = <T>(check: Check<T>): FieldRule<T> => ({ check, required: true });
/** A field a record may lack; null clears it. */
export const optional = <T>(check: Check<T>): FieldRule<T> => ({ check, required: false });

type Checked<R extends RuleTable> = { [K in keyof R]?: R[K] extends FieldRule<infer T> ? T | null : never };

/**
 * Whether the input is a whole record (a creation: required fields must be there) or a patch
 * (an update: only the given fields are checked; a required one cannot be cleared).
 */
export type Completeness = "whole" | "patch";

function checkOne(rule: FieldRule, field: string, value: unknown, completeness: Completeness): unknown {
  if (value === undefined && completeness === "whole" && rule.required) throw invalid(field, msg("errors.required", { field }));
  if (value === undefined) return undefined;
  if (value === null) {
    if (rule.required) throw invalid(field, msg(completeness === "whole" ? "errors.required" : "errors.cannotBeCleared", { field }));
    return null;
  }
  return rule.check(field, value as never);
}

/** The fields of `input` the table knows, checked (undefined: not given); the first broken rule throws. */
export function checkFields<R extends RuleTable>(table: R, input: Record<string, unknown>, completeness: Completeness): Checked<R> {
  const out: Record<string, unknown> = {};
  for (const [field, rule] of Object.entries(table)) {
    const value = checkOne(rule, field, input[field], completeness);
    if (value !== undefined) out[field] = value;
  }
  return out as Checked<R>;
}

/**
 * The same check collecting every broken rule instead of stopping at the first: `fail` gets the
 * field at fault (e.g. "location.latitude") and the reason; the fields that passed are returned.
 */
export function collectFields<R extends RuleTable>(
  table: R,
  input: Record<string, unknown>,
  completeness: Completeness,
  fail: (field: string, reason: Text) => void,
): Checked<R> {
  const out: Record<string, unknown> = {};
  for (const [field, rule] of Object.entries(table)) {
    try {
      const value = checkOne(rule, field, input[field], completeness);
      if (value !== undefined) out[field] = value;
    } catch (error) {
      if (!(error instanceof WriteRejected)) throw error;
      fail(error.field, error.text);
    }
  }
  return out as Checked<R>;
}
