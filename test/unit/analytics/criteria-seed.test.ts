import { MEASURED_SENTRA, type MeasuredSentra } from "../../../seed/research-tables";
import { cooperationDensity } from "../../../src/domain/analytics/cooperation";
import { surveyTables } from "../../../src/domain/analytics/survey-tables";
import { valueChain } from "../../../src/domain/analytics/value-chain";
import { clusterVerdict } from "../../../src/domain/analytics/verdict";
import { render } from "../../../src/i18n/render";
import { englishSentencesIn } from "../../support/english-sentences";
import { seedConcentration, seedNetwork, seedVerdict } from "./support/seed-network";

const criterionOf = (key: MeasuredSentra, id: string) => seedVerdict(key).criteria.find((c) => c.id === id)!;
const KEYS = Object.keys(MEASURED_SENTRA) as MeasuredSentra[];

describe("horizontal cooperation rests on what the survey measured (research/001 Table 4)", () => {
  it("ranks Tegal above Juwana (Pati) above Ceper, as the research does", () => {
    const share = (key: MeasuredSentra) => criterionOf(key, "HORIZONTAL_COOPERATION").measured!;
    expect(share("tegal")).toBeGreaterThan(share("juwana"));
    expect(share("juwana")).toBeGreaterThan(share("ceper"));
    // Table 4 exactly: 33.3%, 76.5%, 89.5% (yes among the firms that answered; a tie is not an answer)
    expect(share("ceper")).toBeCloseTo(4 / 12, 10);
    expect(share("juwana")).toBeCloseTo(13 / 17, 10);
    expect(share("tegal")).toBeCloseTo(17 / 19, 10);
  });

  it("says which pairs the survey backs and that none is a surveyed pair; the largest web is reported, not judged", () => {
    const detail = render(criterionOf("tegal", "HORIZONTAL_COOPERATION").detail, "en");
    expect(detail).toContain("17 of 19 core firms that answered the survey's same-type question in round");
    expect(detail).toContain(
      "answered yes (89.5%), 2 answered no; core firms without an answer (no data): 3 of 22, of them holding a recorded or reconstructed horizontal tie: 3.",
    );
    expect(detail).toContain("The survey records whether a firm cooperates, not with whom");
    expect(detail).toContain(
      "the horizontal pairs (12) are recorded or reconstructed, not surveyed: both firms answered yes in 9, one firm answered yes and the other did not in 3, neither answered yes in 0",
    );
    expect(detail).toContain("Largest web of ties (reported, not judged): 5 of 22 core firms");
  });

  it("Ceper fails it in the research's words; Juwana and Tegal pass it and stay early clusters", () => {
    expect(render(criterionOf("ceper", "HORIZONTAL_COOPERATION").shortfall!, "en")).toBe(
      "members compete rather than cooperate: only 4 of 12 core firms with data cooperate with same-type firms (33.3%), 50% needed (Simpul's reasoned default).",
    );
    expect(render(criterionOf("ceper", "HORIZONTAL_COOPERATION").shortfall!, "id")).toBe(
      "anggota masih bersaing, belum bekerjasama: hanya 4 dari 12 industri inti yang memiliki data bekerjasama dengan industri sejenis (33,3%), perlu 50% (nilai bawaan Simpul, bukan dari literatur).",
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
    expect(shortfall).toContain("mostly passive: downstream sales (forward linkage) (13 of 17 passive)");
    expect(shortfall).toContain(
      "mostly active or proactive: same-type (horizontal) cooperation (7 of 17 passive), upstream supply (backward linkage) (6 of 17 passive)",
    );
    const detail = render(c.detail, "en");
    expect(detail).toContain("Intensities counted: 51 (26 passive, 24 active, 1 proactive)");
    expect(detail).toContain("downstream sales (forward linkage), from survey answers: 13 passive, 3 active, 1 proactive (firms with an intensity: 17)");
    expect(detail).toContain("finance, from recorded ties: no intensity measured (pairs without one: 6)");
    expect(detail).toContain(
      "Resting on the firms' survey answers in round “Studi dinamika klaster logam Jawa Tengah (Ceper, Juwana-Pati, Tegal)” (one per firm): same-type (horizontal) cooperation, upstream supply (backward linkage), downstream sales (forward linkage); on recorded ties (one per pair): finance,",
    );
    expect(render(c.shortfall!, "id")).toContain("sebagian besar pasif: penjualan ke industri sesudahnya (keterkaitan ke depan) (13 dari 17 pasif)");
  });

  it("follows the survey's Tables 4 to 6, one answer per firm, not the reconstructed ties: means 1.50, 1.54, 1.51, all failing", () => {
    expect(criterionOf("ceper", "ACTIVE_COOPERATION")).toMatchObject({ measured: 1.5, passed: false });
    expect(criterionOf("juwana", "ACTIVE_COOPERATION").measured).toBeCloseTo(60 / 39, 10);
    expect(criterionOf("tegal", "ACTIVE_COOPERATION").measured).toBeCloseTo(77 / 51, 10);
    for (const key of KEYS) expect([key, criterionOf(key, "ACTIVE_COOPERATION").passed, seedVerdict(key).stage]).toEqual([key, false, "EARLY_CLUSTER"]);
  });

  it("Juwana (Pati): downstream sales mostly passive, 7 of 13 (research/001 A.2.c 'lebih banyak yang melakukannya secara pasif')", () => {
    const shortfall = render(criterionOf("juwana", "ACTIVE_COOPERATION").shortfall!, "en");
    expect(shortfall).toContain("mostly passive: upstream supply (backward linkage) (9 of 13 passive), downstream sales (forward linkage) (7 of 13 passive)");
    expect(shortfall).toContain("mostly active or proactive: same-type (horizontal) cooperation (5 of 13 passive)");
  });

  it("Ceper: Tables 4 to 6 split evenly, 2 passive and 2 active each", () => {
    const c = criterionOf("ceper", "ACTIVE_COOPERATION");
    expect(render(c.shortfall!, "en")).toContain(
      "half passive, half active or proactive: same-type (horizontal) cooperation (2 of 4 passive), upstream supply (backward linkage) (2 of 4 passive), downstream sales (forward linkage) (2 of 4 passive); no linkage type is mostly passive.",
    );
    expect(render(c.shortfall!, "id")).toContain("separuh pasif, separuh aktif atau proaktif: kerjasama dengan industri sejenis (2 dari 4 pasif)");
    expect(render(c.shortfall!, "en")).not.toMatch(/mostly passive: same-type/);
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

describe("one reading of the FKAK's size: about fifteen = at least 10", () => {
  it("Ceper's FKAK of 13 passes FKAK_MEMBERS and evidences step 4 alike", () => {
    const v = seedVerdict("ceper");
    expect(v.criteria.find((c) => c.id === "FKAK_MEMBERS")).toMatchObject({ measured: 13, threshold: 10, passed: true });
    expect(v.sevenSteps.steps.find((s) => s.id === "FKAK")!.evidenced).toBe(true);
  });

  it("names the kinds an FKAK represents in the reader's language, not as codes", () => {
    const kinds = criterionOf("ceper", "FKAK_MEMBER_KINDS");
    expect(render(kinds.detail, "id")).toBe(
      "Jenis organisasi yang terwakili di FKAK “Forum Komunikasi Anggota Klaster Cor Logam Ceper”: 2 (koperasi, IKM (industri kecil dan menengah)).",
    );
    expect(render(kinds.detail, "en")).toBe(
      "Kinds of organisation represented in FKAK “Forum Komunikasi Anggota Klaster Cor Logam Ceper”: 2 (cooperative, small or medium industry (IKM)).",
    );
    const one = criterionOf("juwana", "FKAK_MEMBER_KINDS");
    expect(render(one.shortfall!, "id")).toBe(
      "organisasi klaster hanya mewakili satu jenis organisasi: FKAK “Forum Komunikasi Anggota Klaster Kuningan Juwana” hanya menghimpun IKM (industri kecil dan menengah), perlu sedikitnya 2 jenis.",
    );
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
