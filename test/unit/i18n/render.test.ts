import { languageFromHeader, withLanguage, currentLanguage } from "../../../src/i18n/language";
import { msg } from "../../../src/i18n/message";
import { formatNumber, localize, render } from "../../../src/i18n/render";

describe("render", () => {
  it("writes numbers in the reader's locale", () => {
    expect(formatNumber(0.5234, "en", "fixed2")).toBe("0.52");
    expect(formatNumber(0.5234, "id", "fixed2")).toBe("0,52");
    expect(formatNumber(0.909, "en", "percent")).toBe("90.9%");
    expect(formatNumber(0.909, "id", "percent")).toBe("90,9%");
    expect(formatNumber(12345, "id")).toBe("12.345");
    expect(formatNumber(12345, "en")).toBe("12,345");
    expect(formatNumber(2.5, "id")).toBe("2,5");
  });

  it("fills placeholders, nested messages, lists and missing values per language", () => {
    const nested = msg("common.noData");
    expect(render(msg("common.noData"), "id")).toBe("tidak ada data");
    expect(render("a name", "id")).toBe("a name");
    // An unknown key renders as itself, so a missing text shows up in tests instead of vanishing.
    expect(render(msg("nowhere.toBeFound"), "en")).toBe("nowhere.toBeFound");
    expect(localize({ a: [nested, 1], b: { c: nested } }, "id")).toEqual({ a: ["tidak ada data", 1], b: { c: "tidak ada data" } });
  });
});

describe("the request's language", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["id", "id"],
    ["id-ID,id;q=0.9,en;q=0.8", "id"],
    ["en-US,en;q=0.9,id;q=0.8", "en"],
    ["fr, id;q=0.5", "id"],
    ["in", "id"],
    ["de", "en"],
    ["en;q=0.2, id;q=0.7", "id"],
    ["id;q=0", "en"],
    ["id_ID", "id"],
    ["id;q=1.5, en;q=0.5", "en"],
  ])("Accept-Language %p is %p", (header, lang) => {
    expect(languageFromHeader(header)).toBe(lang);
  });

  it("is English outside a request and the chosen one inside", async () => {
    expect(currentLanguage()).toBe("en");
    await withLanguage("id", async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(currentLanguage()).toBe("id");
    });
  });
});
