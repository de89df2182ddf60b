import { GraphQLError } from "graphql";
import { conflict } from "../../../src/domain/write-rejection";
import { badInput, createErrorFormatter } from "../../../src/graphql/errors";
import { CATALOGUES } from "../../../src/i18n/catalogues";
import { withLanguage } from "../../../src/i18n/language";
import { msg, type Param } from "../../../src/i18n/message";
import { render } from "../../../src/i18n/render";
import type { Logger } from "../../../src/logger";
import { englishSentencesIn } from "../../support/english-sentences";

// Nouns that are the same word in both languages (sentra and forum are the research's own terms).
const SAME_IN_BOTH = new Set(["errors.nounSentra", "errors.nounForum"]);

/** A sample value for every placeholder of a text: numbers for number specs, words otherwise. */
function sampleParams(text: string): Record<string, Param> {
  const params: Record<string, Param> = {};
  for (const [, name, spec] of text.matchAll(/\{(\w+)(?::(\w+))?\}/g)) params[name] = spec ? 1234.5 : `«${name}»`;
  return params;
}

const errorKeys = [...CATALOGUES.en.keys()].filter((key) => key.startsWith("errors."));
const silent: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

describe("the errors catalogue", () => {
  it("has texts for the formatter's own refusals and the write rules", () => {
    expect(errorKeys).toEqual(expect.arrayContaining(["errors.databaseUnavailable", "errors.internal", "errors.intRange", "errors.staleVersion"]));
  });

  it.each(errorKeys)("renders %s in both languages with every placeholder filled, Indonesian apart from English", (key) => {
    const params = sampleParams(CATALOGUES.en.get(key)!);
    const english = render(msg(key, params), "en");
    const indonesian = render(msg(key, params), "id");
    for (const text of [english, indonesian]) {
      expect(text).not.toMatch(/\{\w+(?::\w+)?\}/);
      for (const value of Object.values(params)) if (typeof value === "string") expect(text).toContain(value);
    }
    if (!SAME_IN_BOTH.has(key)) expect(indonesian).not.toBe(english);
    expect(englishSentencesIn(indonesian.replace(/«\w+»/g, "X"))).toEqual([]);
  });
});

describe("error messages in the request's language", () => {
  it("keeps the English message on the error and writes the client's message in Indonesian, code and field unchanged", () => {
    const error = badInput("first", msg("errors.pageSize", { max: 100, first: "500" }));
    expect(error.message).toBe("first must be from 1 to 100, got 500");
    const shown = withLanguage("id", () => createErrorFormatter(silent)(error.toJSON(), error));
    expect(shown).toEqual({ message: "first harus antara 1 dan 100, yang diberikan 500", extensions: { code: "BAD_USER_INPUT", field: "first" } });
  });

  it("finds the message of an error a resolver threw through graphql-js's wrapping", () => {
    const thrown = conflict(
      "expectedVersion",
      msg("errors.staleVersion", { what: msg("errors.theRecord", { thing: msg("errors.nounActor"), id: "a1" }), current: 3, expected: "2" }),
      { currentVersion: 3 },
    );
    const wrapped = new GraphQLError(thrown.message, { path: ["updateActor"], originalError: thrown });
    expect(thrown.message).toMatch(/^The actor a1 is at version 3, not 2: /);
    const shown = withLanguage("id", () => createErrorFormatter(silent)(wrapped.toJSON(), wrapped));
    expect(shown.message).toMatch(/^Data aktor a1 sudah pada versi 3, bukan 2: /);
    expect(shown.extensions).toEqual({ code: "CONFLICT", field: "expectedVersion", currentVersion: 3 });
  });

  it("writes the formatter's own fixed messages in the request's language, English by default", () => {
    const internal = new GraphQLError("boom", { path: ["x"], originalError: new TypeError("secret") });
    expect(createErrorFormatter(silent)(internal.toJSON(), internal).message).toBe("Internal server error");
    expect(withLanguage("id", () => createErrorFormatter(silent)(internal.toJSON(), internal).message)).toBe("Terjadi kesalahan internal pada server");
  });

  it("formats numbers in the reader's locale", () => {
    const error = badInput("firms", msg("errors.uploadTooLarge", { bytes: 300000, max: 262144 }));
    expect(error.message).toContain("The upload is 300,000 bytes; the mutation takes at most 262,144");
    expect(withLanguage("id", () => createErrorFormatter(silent)(error.toJSON(), error).message)).toContain("300.000 bita");
  });
});
