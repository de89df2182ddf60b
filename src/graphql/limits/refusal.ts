import type { GraphQLError } from "graphql";
import type { Text } from "../../i18n/message";
import { clientError, ErrorCode } from "../errors";
import type { LimitName } from "./defaults";

/** Counts stop growing here, so a fan-out of 2^1000 stays a finite number that prints as digits. */
export const COUNT_CEILING = Number.MAX_SAFE_INTEGER;

/** Adds counts without passing the ceiling. */
export function addCounts(a: number, b: number): number {
  return Math.min(a + b, COUNT_CEILING);
}

/** Multiplies counts without passing the ceiling. */
export function multiplyCounts(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : Math.min(a * b, COUNT_CEILING);
}

/**
 * A request refused for exceeding one limit: HTTP 400, `extensions.code` QUERY_TOO_LARGE,
 * `limitName` naming the limit, `limit` its value and `value` what the request came to.
 */
export function limitExceeded(limitName: LimitName, value: number, limit: number, message: Text, extra: Record<string, unknown> = {}): GraphQLError {
  return clientError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_LARGE, limitName, limit, value, ...extra, http: { status: 400 } },
  });
}
