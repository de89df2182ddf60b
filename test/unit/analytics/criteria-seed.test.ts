import { MEASURED_SENTRA, type MeasuredSentra } from "../../../seed/research-tables";
import { cooperationDensity } from "../../../src/domain/analytics/cooperation";
import { surveyTables } from "../../../src/domain/analytics/survey-tables";
import { valueChain } from "../../../src/domain/analytics/value-chain";
import { clusterVerdict } from "../../../src/domain/analytics/verdict";
import { render } from "../../../src/i18n/render";
import { englishSentencesIn } from "../../support/english-sentences";
import { seedConcentration, seedNetwork } from "./support/seed-network";

/** The criteria, sources and seven steps of issue 18 §2, read on the research's three sentra. */
function seedVerdict(key: MeasuredSentra) {
  const network = seedNetwork(MEASURED_SENTRA[key]);
  const core = network.actors.filter((a) => a.roles.includes("CORE")).map((a) => a.id);
  return clusterVerdict({
    network,
    valueChain: valueChain(network),
    cooperation: cooperationDensity(network),
    survey: surveyTables(network.rounds[network.rounds.length - 1], core),
    concentration: seedConcentration(network, 5),
  });
}
const criterionOf = (key: MeasuredSentra, id: string) => seedVerdict(key).criteria.find((c) => c.id === id)!;
const KEYS = Object.keys(MEASURED_SENTRA) as MeasuredSentra[];

describe("horizontal cooperation rests on what the survey measured (research/001 Table 4)", () => {
  it("ranks Tegal above Juwana (Pati) above Ceper, as the research does", () => {
    const share = (key: MeasuredSentra) => criterionOf(key, "HORIZONTAL_COOPERATION").measured!;
    expect(share("tegal")).toBeGreaterThan(share("juwana"));
    expect(share("juwana")).toBeGreaterThan(share("ceper"));
    // Table 4 prints 33.3% and 76.5%; Tegal's 17 of 19 yes answers (89.5%) gain three firms that did not answer but hold a tie
    expect(share("ceper")).toBeCloseTo(4 / 12, 10);
    expect(share("juwana")).toBeCloseTo(13 / 17, 10);
    expect(share("tegal")).toBeCloseTo(20 / 22, 10);
  });

  it("says which pairs the survey backs and that none is a surveyed pair; the largest web is reported, not judged", () => {
    const detail = render(criterionOf("tegal", "HORIZONTAL_COOPERATION").detail, "en");
    expect(detail).toContain("17 answered yes, 3 more hold a horizontal tie without a yes answer, 2 answered no");
    expect(detail).toContain("The survey records whether a firm cooperates, not with whom");
    expect(detail).toContain(
      "12 horizontal pairs are recorded or reconstructed, not surveyed: in 9 both firms answered yes, in 3 one firm answered yes and the other did not, in 0 neither answered yes",
    );
    expect(detail).toContain("Largest web of ties (reported, not judged): 5 of 22 core firms");
  });

  it("Ceper fails it in the research's words; Juwana and Tegal pass it and stay early clusters", () => {
    expect(render(criterionOf("ceper", "HORIZONTAL_COOPERATION").shortfall!, "en")).toBe(
      "members compete rather than cooperate: only 4 of 12 core firms with data cooperate with same-type firms (33.3%), 50% needed (Simpul's reasoned default).",
    );
    expect(render(criterionOf("ceper", "HORIZONTAL_COOPERATION").shortfall!, "id")).toBe(
      "anggota masih bersaing, belum bekerjasama: hanya 4 dari 12 industri inti yang memiliki data bekerjasama dengan industri sejenis (33,3%), perlu 50% (nilai bawaan Simpul yang beralasan).",
    );
    for (const key of ["juwana", "tegal"] as const) {
      expect([key, criterionOf(key, "HORIZONTAL_COOPERATION").passed, seedVerdict(key).stage]).toEqual([key, true, "EARLY_CLUSTER"]);
    }
  });
});

describe("active cooperation follows the measured split per linkage type", () => {
  it("Tegal: downstream sales mostly passive, same-type cooperation and upstream supply mostly active", () => {
    const c = criterionOf("tegal", "ACTIVE_COOPERATION");
    const shortfall = render(c.shortfall!, "en");
    expect(shortfall).not.toMatch(/cooperation is mostly passive/);
    expect(shortfall).toContain("2 needed (Simpul's reasoned default)");
    expect(shortfall).toContain("mostly passive: downstream sales (forward linkage) (13 of 19 passive)");
    expect(shortfall).toContain(
      "mostly active or proactive: same-type (horizontal) cooperation (5 of 12 passive), upstream supply (backward linkage) (6 of 21 passive)",
    );
    expect(render(c.detail, "en")).toContain("52 tied pairs with a measured intensity: 24 passive, 26 active, 2 proactive");
    expect(render(c.detail, "en")).toContain("finance: intensity not measured on 6 pair(s)");
    expect(render(c.shortfall!, "id")).toContain("sebagian besar pasif: penjualan ke industri sesudahnya (keterkaitan ke depan) (13 dari 19 pasif)");
  });

  it("an overridden threshold is not called Simpul's default", () => {
    const network = seedNetwork(MEASURED_SENTRA.tegal);
    const core = network.actors.filter((a) => a.roles.includes("CORE")).map((a) => a.id);
    const input = {
      network,
      valueChain: valueChain(network),
      cooperation: cooperationDensity(network),
      survey: surveyTables(network.rounds[0], core),
      concentration: seedConcentration(network, 5),
    };
    const c = clusterVerdict(input, { meanTieIntensity: 1.8 }).criteria.find((x) => x.id === "ACTIVE_COOPERATION")!;
    expect(render(c.shortfall!, "en")).toContain("1.8 needed (the threshold asked for)");
  });
});

describe("one reading of the FKAK's size: about fifteen = 10 to 20", () => {
  it("Ceper's FKAK of 13 passes FKAK_MEMBERS and evidences step 4 alike", () => {
    const v = seedVerdict("ceper");
    expect(v.criteria.find((c) => c.id === "FKAK_MEMBERS")).toMatchObject({ measured: 13, threshold: 10, passed: true });
    expect(v.sevenSteps.steps.find((s) => s.id === "FKAK")!.evidenced).toBe(true);
  });
});

describe("Indonesian, everywhere these criteria and steps write", () => {
  it.each(KEYS)("%s: no English sentence in a description, detail, shortfall, source or seven-step text", (key) => {
    const v = seedVerdict(key);
    const texts = [
      ...v.criteria.flatMap((c) => [
        c.description,
        c.detail,
        c.source,
        ...(c.shortfall ? [c.shortfall] : []),
        ...c.citations.flatMap((x) => (x.translation ? [x.translation] : [])),
      ]),
      ...v.sevenSteps.steps.flatMap((s) => [s.title, ...s.evidence, ...s.missing]),
      ...v.thresholds.map((t) => t.source),
    ];
    const english = texts.map((t) => render(t, "id")).filter((t) => englishSentencesIn(t).length > 0);
    expect(english).toEqual([]);
  });
});
