import { CITATIONS } from "../../../src/domain/analytics/citations";
import { sevenStepPath, type SevenStep } from "../../../src/domain/analytics/seven-steps";
import { valueChain } from "../../../src/domain/analytics/value-chain";
import type { Lang } from "../../../src/i18n/message";
import { render } from "../../../src/i18n/render";
import { firm, network } from "./support/build-network";
import { clusterVerdict } from "../../../src/domain/analytics/verdict";
import { verdictInput, verdictNetwork } from "./support/verdict-fixture";

const path = (n = verdictNetwork()) => sevenStepPath(n, valueChain(n));
const words = (step: Pick<SevenStep, "evidence" | "missing">, lang: Lang = "en") => ({
  evidence: step.evidence.map((t) => render(t, lang)),
  missing: step.missing.map((t) => render(t, lang)),
});

describe("sevenStepPath", () => {
  it("reads each step's evidence from the graph", () => {
    const { steps } = path();
    expect(steps.map((s) => [s.id, s.evidenced])).toEqual([
      ["FPK", true],
      ["LEADING_INDUSTRY", true],
      ["SUPPORTING_INSTITUTIONS_MAPPED", false],
      ["FKAK", false],
      ["LPT_AGREEMENT", true],
      ["PKE_AGREEMENT", false],
      ["MONITORING", true],
    ]);
    expect(words(steps[0]).evidence).toEqual(["Forum fpk, founded 2009-01-01", "members named person by person: 2", "decree: SK Bupati Test No. 1/2009"]);
    // a supplier (S1) and a bank (B1, B2) are mapped; no distributor, promotion or certification body
    expect(words(steps[2]).missing).toEqual(["no distributor or marketing mapped", "no promotion body mapped", "no certification body mapped"]);
    // 5 members is below "about fifteen" (read as at least 10)
    expect(words(steps[3]).missing).toEqual(["members: 5, fewer than 10 (about fifteen, read as at least 10)"]);
    expect(words(steps[4]).evidence).toEqual(["LPT Name of U1, 2009-03-01 to open"]);
  });

  it("titles the steps in the research's own words in Indonesian (research/001 B, research/004 B.2)", () => {
    expect(path().steps.map((s) => render(s.title, "id"))).toEqual([
      "Pembentukan Forum Pengembangan Klaster (FPK)",
      "Pemilihan industri potensial dan unggulan yang akan dikembangkan",
      "Penentuan semua pihak/lembaga terkait yang potensial akan mendukung pengembangan klaster (lembaga pendukung)",
      "Pembentukan Forum Komunikasi Anggota Klaster (FKAK)",
      "Pembentukan dan/atau Penunjukan Lembaga Pendamping Teknis (LPT)",
      "Pendampingan Kegiatan Ekonomi oleh Pendamping Kegiatan Ekonomi (PKE)",
      "Monitoring dan Evaluasi",
    ]);
    expect(render(path().steps[3].title, "en")).toBe("Form the cluster members' communication forum (FKAK)");
  });

  it("writes evidence and missing items in Indonesian", () => {
    const { steps } = path();
    expect(words(steps[0], "id").evidence).toEqual([
      "Forum fpk, berdiri 2009-01-01",
      "anggota yang ditetapkan orang per orang: 2",
      "SK: SK Bupati Test No. 1/2009",
    ]);
    expect(words(steps[3], "id").missing).toEqual(["anggota: 5 orang, kurang dari 10 (sekitar 15 orang, dibaca sebagai sedikitnya 10 orang)"]);
  });

  it("cites each step in research/001 B, step 4 with its size guide", () => {
    const { steps } = path();
    expect(steps.map((s) => s.citations[0].section)).toEqual(["B.1", "B.2", "B.3", "B.4", "B.5", "B.6", "B.7"]);
    expect(steps[3].citations).toContain(CITATIONS.fkakSize);
  });

  it("step 4 and FKAK_MEMBERS read 'about fifteen' alike (at least 10) for every member count; above 20 is noted, not missing", () => {
    const withMembers = (count: number) => {
      const n = verdictNetwork();
      n.forums = n.forums.map((f) =>
        f.kind === "FKAK" ? { ...f, members: Array.from({ length: count }, (_, i) => ({ personId: `p${i}`, actorId: null, actorKind: null })) } : f,
      );
      return n;
    };
    for (let count = 0; count <= 40; count++) {
      const n = withMembers(count);
      const criterion = clusterVerdict(verdictInput(n)).criteria.find((c) => c.id === "FKAK_MEMBERS")!;
      expect([count, path(n).steps[3].evidenced]).toEqual([count, criterion.passed]);
    }
    expect([9, 10, 20, 21, 22].map((count) => path(withMembers(count)).steps[3].evidenced)).toEqual([false, true, true, true, true]);
    const large = path(withMembers(22)).steps[3];
    expect(words(large)).toEqual({
      evidence: ["Forum fkak, founded 2009-01-01; members: 22, more than about fifteen (research/001 B.4), which still meets the step"],
      missing: [],
    });
    expect(words(large, "id").evidence).toEqual([
      "Forum fkak, berdiri 2009-01-01; anggota: 22 orang, lebih dari sekitar 15 orang (research/001 B.4), tetapi tetap memenuhi langkah ini",
    ]);
  });

  it("recommends the first step not evidenced", () => {
    expect(path().nextStep).toMatchObject({ step: 3, id: "SUPPORTING_INSTITUTIONS_MAPPED" });
  });

  it("an informal FPK is not step 1 done", () => {
    const n = verdictNetwork();
    n.forums = n.forums.map((f) => ({ ...f, decree: null }));
    const { nextStep } = path(n);
    expect(nextStep?.step).toBe(1);
    expect(words(nextStep!).missing).toEqual(["no decree (SK Bupati/Walikota): the forum is informal"]);
  });

  it("a bare sentra: nothing evidenced but what the sentra record says", () => {
    const n = network({ actors: [firm("A")] });
    n.sentra.unggulan = false;
    const { steps, nextStep } = path(n);
    expect(steps.every((s) => !s.evidenced)).toBe(true);
    expect(nextStep?.step).toBe(1);
    expect(words(nextStep!).missing).toEqual(["no FPK recorded"]);
    expect(words(steps[1]).missing).toEqual(["the sentra is not designated a leading industry (unggulan)"]);
    expect(words(steps[1], "id").missing).toEqual(["sentra belum ditetapkan sebagai industri unggulan"]);
  });
});
