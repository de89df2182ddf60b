import fs from "node:fs";
import path from "node:path";
import { CITATIONS, type Citation } from "../../../src/domain/analytics/citations";
import { sevenStepPath } from "../../../src/domain/analytics/seven-steps";
import { DEFAULT_THRESHOLDS, THRESHOLD_NAMES } from "../../../src/domain/analytics/thresholds";
import { valueChain } from "../../../src/domain/analytics/value-chain";
import { CATALOGUES } from "../../../src/i18n/catalogues";
import { render } from "../../../src/i18n/render";
import { verdictNetwork } from "./support/verdict-fixture";

// The research sits beside the repository (shared/research), in CI as on this machine.
const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");
const RESEARCH_DIR = path.resolve(REPO_ROOT, "..", "shared", "research");
const normalised = (text: string) => text.replace(/\s+/g, " ").trim();
const researchText = (file: string) => normalised(fs.readFileSync(path.join(RESEARCH_DIR, file), "utf8"));

/** Every citation Simpul serves: the registry, every threshold's and every seven-step's. */
function everyCitation(): Citation[] {
  const n = verdictNetwork();
  return [
    ...Object.values(CITATIONS),
    ...THRESHOLD_NAMES.flatMap((name) => DEFAULT_THRESHOLDS[name].citations),
    ...sevenStepPath(n, valueChain(n)).steps.flatMap((s) => s.citations),
  ];
}

describe("citations hold against the research texts", () => {
  it("finds the research folder", () => {
    expect(fs.readdirSync(RESEARCH_DIR)).toEqual(expect.arrayContaining(["README.md", "001_ceeee90b0dd982af.txt"]));
  });

  it("every quote is found verbatim in its document (whitespace normalised only)", () => {
    const notFound = everyCitation()
      .filter((c) => c.quote !== null)
      .filter((c) => c.file === null || !researchText(c.file).includes(normalised(c.quote!)))
      .map((c) => `${c.document} ${c.section}: ${c.quote}`);
    expect(notFound).toEqual([]);
  });

  it("would catch an English rendering of the research's words", () => {
    // The old source quoted "supporting institutions still 'outside' the sentra" for research/000's 'di luar'.
    expect(researchText(CITATIONS.institutionsOutside.file!)).not.toContain("'outside' the sentra");
    expect(researchText(CITATIONS.institutionsOutside.file!)).toContain("berada 'di luar' sentra");
  });

  it("names a research document by its file in research/README.md, and a section", () => {
    const readme = fs.readFileSync(path.join(RESEARCH_DIR, "README.md"), "utf8");
    for (const c of everyCitation().filter((c) => c.file !== null)) {
      expect([c.document, readme.includes(c.file!), c.file!.startsWith(c.document.slice("research/".length))]).toEqual([c.document, true, true]);
      expect(c.section).toMatch(/^[A-D]/);
    }
  });

  it("translates every quote in both languages, and names literature outside research/ without a quote", () => {
    for (const c of everyCitation()) {
      if (c.quote === null) {
        expect([c.document, c.file, c.translation]).toEqual([c.document, null, null]);
        continue;
      }
      for (const lang of ["en", "id"] as const) expect([c.translation!.$t, CATALOGUES[lang].has(c.translation!.$t)]).toEqual([c.translation!.$t, true]);
    }
    expect(
      Object.values(CITATIONS)
        .filter((c) => c.file === null)
        .map((c) => c.document),
    ).toEqual([
      "India MSME cluster programme (MSME-DI Hyderabad)",
      "Bangladesh SME Foundation",
      "European Cluster Collaboration Platform",
      "Giuliani & Pietrobelli",
    ]);
  });

  it("renders a source with the quote untranslated and its translation beside it", () => {
    const source = DEFAULT_THRESHOLDS.institutionsTiedShare.source;
    const quote = "Keterlibatan sarana/institusi pendukung masih terpisah dan berada 'di luar' sentra yang ada";
    expect(render(source, "en")).toContain(
      `research/000 B.2: “${quote}” (“The involvement of supporting facilities/institutions is still separate and 'outside' the existing sentra”)`,
    );
    expect(render(source, "id")).toContain(`research/000 B.2: “${quote}” (maksudnya: lembaga pendukung belum menjadi bagian dari sentra)`);
  });
});
