import { seededApi } from "../support/seeded-api";
import fs from "node:fs";
import path from "node:path";
import { MEASURED_SENTRA } from "../../seed/research-tables";
import { PROJECT_ROOT, postGraphql } from "../support/app";
import { englishSentencesIn } from "../support/english-sentences";

const CITATION = "citations { document file section quote translation }";
const VERDICT = `query($id: ID!) {
  sentraAnalysis(id: $id) {
    verdict {
      criteria { id measured passed description detail shortfall source ${CITATION} }
      sevenSteps { steps { step id title evidenced evidence missing ${CITATION} } }
      thresholds { name value reasonedDefault source ${CITATION} }
    }
  }
}`;

const RESEARCH_DIR = path.resolve(PROJECT_ROOT, "..", "shared", "research");
const normalised = (text: string) => text.replace(/\s+/g, " ").trim();

describe("sources, citations and the seven steps through GraphQL, in English and Indonesian", () => {
  const seeded = seededApi();
  const ask = async (lang: string) => {
    const { status, body } = await postGraphql<any>(seeded.api.url, VERDICT, { id: MEASURED_SENTRA.tegal }, { "accept-language": lang });
    expect([status, body.errors]).toEqual([200, undefined]);
    return body.data.sentraAnalysis.verdict;
  };

  it("serves every citation as data whose quote is in the research text, with the rendered source beside it", async () => {
    const verdict = await ask("en");
    const cited = [...verdict.criteria, ...verdict.thresholds, ...verdict.sevenSteps.steps];
    for (const item of cited) {
      expect(item.citations.length).toBeGreaterThan(0);
      for (const c of item.citations) {
        if (c.quote === null) continue;
        const text = normalised(fs.readFileSync(path.join(RESEARCH_DIR, c.file), "utf8"));
        expect([c.document, c.quote, text.includes(normalised(c.quote))]).toEqual([c.document, c.quote, true]);
        if (item.source) expect(item.source).toContain(`“${c.quote}”`);
      }
    }
    const horizontal = verdict.criteria.find((c: any) => c.id === "HORIZONTAL_COOPERATION");
    expect(horizontal).toMatchObject({ passed: true });
    expect(horizontal.detail).toContain("The survey records whether a firm cooperates, not with whom");
    expect(verdict.thresholds.find((t: any) => t.name === "meanTieIntensity")).toMatchObject({ value: 2, reasonedDefault: true });
  });

  it("writes the same answer in Indonesian: the quotes unchanged, the texts in the research's terms", async () => {
    const [en, id] = await Promise.all([ask("en"), ask("id")]);
    expect(id.criteria.map((c: any) => c.citations.map((x: any) => x.quote))).toEqual(en.criteria.map((c: any) => c.citations.map((x: any) => x.quote)));
    expect(id.sevenSteps.steps.map((s: any) => s.title)).toContain("Pembentukan Forum Komunikasi Anggota Klaster (FKAK)");
    const active = id.criteria.find((c: any) => c.id === "ACTIVE_COOPERATION");
    expect(active.shortfall).toContain("sebagian besar pasif: penjualan ke industri sesudahnya");
    const texts: string[] = [
      ...id.criteria.flatMap((c: any) => [c.description, c.detail, c.source, c.shortfall ?? "", ...c.citations.map((x: any) => x.translation ?? "")]),
      ...id.sevenSteps.steps.flatMap((s: any) => [s.title, ...s.evidence, ...s.missing]),
    ];
    expect(texts.filter((t) => englishSentencesIn(t).length > 0)).toEqual([]);
  });
});
