import { msg, type Text } from "../../i18n/message";

/*
 * Why a threshold override was refused, in the reader's language. The checks in thresholds.ts
 * state their reason in English; each known reason maps to a catalogue message here (its numbers
 * and threshold names as parameters), and a reason not listed stays as it is. A check may also
 * pass a message itself.
 */
const FIXED: Record<string, string> = {
  "is not a known threshold": "errors.thresholdUnknown",
  "must be a finite number": "errors.thresholdNotFinite",
  "must not be negative": "errors.thresholdNegative",
  "must be a whole number": "errors.thresholdNotWhole",
  "must be above 0 km": "errors.thresholdZeroKm",
  "must be from 1 (passive) to 3 (proactive)": "errors.thresholdIntensity",
  "must be from 1 to 5": "errors.thresholdScore",
};

const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpMatchArray) => Text]> = [
  [/^must be at most (\S+) \(a share\)$/, (m) => msg("errors.thresholdAtMostShare", { max: Number(m[1]) })],
  [/^must be at most (\S+)$/, (m) => msg("errors.thresholdAtMost", { max: Number(m[1]) })],
  [
    /^must not exceed (\w+) \((\S+)\): a lower rung cannot need more than a higher one$/,
    (m) => msg("errors.thresholdAboveHigherRung", { other: m[1], otherValue: Number(m[2]) }),
  ],
  [
    /^must be at least (\w+) \((\S+)\): a higher rung cannot need less than a lower one$/,
    (m) => msg("errors.thresholdBelowLowerRung", { other: m[1], otherValue: Number(m[2]) }),
  ],
];

/** The reader's text of a threshold check's reason. */
export function thresholdReasonText(reason: Text): Text {
  if (typeof reason !== "string") return reason;
  const fixed = FIXED[reason];
  if (fixed) return msg(fixed);
  for (const [pattern, toText] of PATTERNS) {
    const match = reason.match(pattern);
    if (match) return toText(match);
  }
  return reason;
}
