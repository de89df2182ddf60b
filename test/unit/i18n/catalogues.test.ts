import { CATALOGUES } from "../../../src/i18n/catalogues";
import { englishSentencesIn } from "../../support/english-sentences";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[0]).sort();

describe("the catalogues", () => {
  const en = CATALOGUES.en;
  const id = CATALOGUES.id;

  it("have the same keys in English and Indonesian", () => {
    expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it("fill the same placeholders, with the same format, in both languages", () => {
    const differing = [...en].filter(([key, text]) => id.has(key) && placeholders(text).join() !== placeholders(id.get(key)!).join()).map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it("hold no empty text and no English sentence among the Indonesian texts", () => {
    expect([...en, ...id].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
    const english = [...id].filter(([, text]) => englishSentencesIn(text.replace(/\{\w+(?::\w+)?\}/g, "X")).length > 0);
    expect(english).toEqual([]);
  });
});
