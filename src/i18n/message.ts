/**
 * A text the API writes, kept as a catalogue key and its parameters until the reader's language
 * is known: analyses are computed (and stored) once and read in English or Indonesian.
 */
export const LANGUAGES = ["en", "id"] as const;
export type Lang = (typeof LANGUAGES)[number];

/** A value a message fills in: rendered per language (numbers in the reader's locale, nested messages in the same language). */
export type Param = string | number | boolean | null | Message | readonly Param[];

export interface Message {
  /** The catalogue key, "<file>.<name>" (src/i18n/catalogue/<lang>/<file>.json). */
  readonly $t: string;
  readonly p?: Readonly<Record<string, Param>>;
}

/** A text the API writes: a message, or a string that needs no translation (a name, an id). */
export type Text = Message | string;

export function msg(key: string, params?: Record<string, Param>): Message {
  return params === undefined ? { $t: key } : { $t: key, p: params };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === "object" && value !== null && typeof (value as { $t?: unknown }).$t === "string";
}
