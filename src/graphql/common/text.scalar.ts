import { GraphQLScalarType, Kind } from "graphql";
import { registerEnumType } from "type-graphql";
import { currentLanguage, languageHolder } from "../../i18n/language";
import { isMessage, msg, type Lang } from "../../i18n/message";
import { render } from "../../i18n/render";
import { badInput } from "../errors";

/**
 * Every text Simpul writes for a reader (reasons, criteria, sources, partner reasons, ...): a
 * string in the request's language, English or Indonesian (Accept-Language, or a field's `lang`).
 */
export const TextScalar = new GraphQLScalarType({
  name: "Text",
  description:
    "A text Simpul writes for a reader, in the request's language: English (en) or Indonesian (id), chosen by a field's `lang` argument or the Accept-Language header; English by default. Numbers in it follow the language (0.52 and 90.9% in English, 0,52 and 90,9% in Indonesian).",
  serialize(value: unknown): string {
    if (typeof value === "string") return value;
    if (isMessage(value)) return render(value, currentLanguage());
    throw new TypeError(`Text cannot represent ${typeof value}`);
  },
  parseValue(value: unknown): string {
    if (typeof value !== "string") throw new TypeError("Text must be a string");
    return value;
  },
  parseLiteral(ast): string {
    if (ast.kind !== Kind.STRING) throw new TypeError("Text must be a string");
    return ast.value;
  },
});

export enum Language {
  EN = "en",
  ID = "id",
}

registerEnumType(Language, {
  name: "Language",
  description: "The language of the texts in an answer.",
  valuesConfig: { EN: { description: "English." }, ID: { description: "Bahasa Indonesia." } },
});

/**
 * Applies a field's `lang` argument to the whole answer (texts are written after every resolver
 * ran, so one request has one language). A second, different choice in the same request is refused.
 */
export function chooseLanguage(lang: Language | null | undefined): void {
  if (!lang) return;
  const holder = languageHolder();
  if (!holder) return;
  const chosen = lang as Lang;
  if (holder.chosenByArgument && holder.lang !== chosen) {
    throw badInput("lang", msg("errors.oneLanguage"));
  }
  holder.lang = chosen;
  holder.chosenByArgument = true;
}
