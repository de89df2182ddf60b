/**
 * The page's language, English or Indonesian: its own labels come from labels.ts, and every
 * request asks the API for its texts (reasons, criteria, sources, stage names) in the same
 * language (Accept-Language, src/explore/api.ts), so a switch loads them again.
 */
import { ENUMS, UI } from "./labels";

export type Lang = "en" | "id";

const LANG_STORAGE = "simpul.explore.lang";
let lang: Lang = readStoredLang();

function readStoredLang(): Lang {
  try {
    const stored = localStorage.getItem(LANG_STORAGE);
    if (stored === "en" || stored === "id") return stored;
  } catch {
    // no storage: fall through
  }
  return navigator.language?.toLowerCase().startsWith("id") ? "id" : "en";
}

export function currentLang(): Lang {
  return lang;
}

export function setLang(next: Lang): void {
  lang = next;
  try {
    localStorage.setItem(LANG_STORAGE, next);
  } catch {
    // the choice lasts for this page only
  }
}

/** A UI text, with {name} placeholders filled. */
export function t(key: string, values: Record<string, string | number> = {}): string {
  const entry = UI[key];
  let text = entry ? entry[lang === "en" ? 0 : 1] : key;
  for (const [name, value] of Object.entries(values)) text = text.replace(`{${name}}`, String(value));
  return text;
}

/** An enum value's label; unknown values show as sent. */
export function label(value: string | null | undefined): string {
  if (!value) return "–";
  const entry = ENUMS[value];
  return entry ? entry[lang === "en" ? 0 : 1] : value;
}
