import { AsyncLocalStorage } from "node:async_hooks";
import { LANGUAGES, type Lang } from "./message";

/**
 * The language of the request being answered. It is set once per HTTP request (Accept-Language)
 * and may be changed by a field's `lang` argument; the `Text` scalar and the error formatter read
 * it when they write the answer, which graphql-js does in the same asynchronous context.
 */
export interface LanguageHolder {
  lang: Lang;
  /** Set when a field's `lang` argument chose the language, so that a second, different one is refused. */
  chosenByArgument: boolean;
}

const storage = new AsyncLocalStorage<LanguageHolder>();

export function withLanguage<T>(lang: Lang, run: () => T): T {
  return storage.run({ lang, chosenByArgument: false }, run);
}

/** The language of the current request; English outside one. */
export function currentLanguage(): Lang {
  return storage.getStore()?.lang ?? "en";
}

export function languageHolder(): LanguageHolder | undefined {
  return storage.getStore();
}

/**
 * The language an Accept-Language header prefers among English and Indonesian (by q-value, then
 * order); English when it names neither. "id", "id-ID" and "in" (the old code) are Indonesian.
 */
export function languageFromHeader(header: string | readonly string[] | undefined): Lang {
  const value = Array.isArray(header) ? header.join(",") : (header as string | undefined);
  if (!value) return "en";
  const ranked = value
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      // "id_ID" (a POSIX locale name, which some clients send) is read as "id-ID"; a q outside 0 to 1 is invalid and ignored.
      return { primary: tag.split(/[-_]/)[0].trim(), weight: Number.isFinite(weight) && weight <= 1 ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { primary } of ranked) {
    if (primary === "in") return "id";
    if ((LANGUAGES as readonly string[]).includes(primary)) return primary as Lang;
  }
  return "en";
}
