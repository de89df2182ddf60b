import { CATALOGUES } from "./catalogues";
import { isMessage, type Lang, type Message, type Param, type Text } from "./message";

const LOCALE: Record<Lang, string> = { en: "en-US", id: "id-ID" };
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(LOCALE[lang], options)));
  return format;
}

/**
 * A number in the reader's locale (0.52 and 90.9% in English, 0,52 and 90,9% in Indonesian).
 * Specs: none (whole numbers grouped, others up to 2 decimals), fixed0 to fixed3 (that many
 * decimals), percent (a share 0 to 1 as a percentage with up to 1 decimal).
 */
export function formatNumber(value: number, lang: Lang, spec?: string): string {
  if (spec === "percent") return numberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(value);
  const fixed = spec?.match(/^fixed([0-3])$/);
  if (fixed) {
    const digits = Number(fixed[1]);
    return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  }
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/** A catalogue text, in `lang` or else English; the key itself when neither has it (a test keeps that from happening). */
export function template(key: string, lang: Lang): string {
  return CATALOGUES[lang].get(key) ?? CATALOGUES.en.get(key) ?? key;
}

function renderParam(value: Param | undefined, lang: Lang, spec: string | undefined): string {
  if (value === null || value === undefined) return template("common.noData", lang);
  if (typeof value === "number") return formatNumber(value, lang, spec);
  if (typeof value === "boolean") return template(value ? "common.yes" : "common.no", lang);
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return (value as readonly Param[]).map((v) => renderParam(v, lang, spec)).join(", ");
  return render(value as Message, lang);
}

/** A text in the reader's language: `{name}` or `{name:spec}` placeholders filled from the message's parameters. */
export function render(text: Text, lang: Lang): string {
  if (typeof text === "string") return text;
  const params = text.p ?? {};
  return template(text.$t, lang).replace(/\{(\w+)(?::(\w+))?\}/g, (_whole, name: string, spec: string | undefined) => renderParam(params[name], lang, spec));
}

/**
 * A copy of `value` with every message in it rendered (for answers outside GraphQL: exports and
 * files). Plain data is copied as is.
 */
export function localize(value: unknown, lang: Lang): unknown {
  if (isMessage(value)) return render(value, lang);
  if (Array.isArray(value)) return value.map((v) => localize(v, lang));
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = localize(v, lang);
    return copy;
  }
  return value;
}
