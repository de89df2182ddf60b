import { needsProvidedBy } from "../../../src/domain/analytics/partner-needs";
import { suggestPartners, type PartnerCandidate } from "../../../src/domain/analytics/partners";
import { providerGaps } from "../../../src/domain/analytics/provider-gaps";
import type { ActorKind } from "../../../src/domain/vocabulary";
import { render } from "../../../src/i18n/render";
import { actor, firm, network, tie } from "./support/build-network";

function candidate(
  id: string,
  kind: ActorKind,
  peers: number,
  elsewhere: number,
  byMember: Record<string, number | null> = {},
  centroid: number | null = null,
): PartnerCandidate {
  return {
    id,
    name: `Name of ${id}`,
    kind,
    location: null,
    servesInThisSentra: peers,
    servesSameProductElsewhere: elsewhere,
    distanceKmByMember: byMember,
    distanceKmToCentroid: centroid,
  };
}

/** Core A, B, C. Bank K lends to A. B supplies scrap to dealer S2 (B is the supplier there, not served). */
const sentra = network({
  actors: [firm("A"), firm("B"), firm("C"), actor("K", "BANK", ["SUPPORTING_INSTITUTION"])],
  ties: [tie("FINANCE", "K", "A"), tie("UPSTREAM_SUPPLY", "B", "S2", "PASSIVE")],
});

const candidates = [
  candidate("K", "BANK", 1, 0, { B: 2 }, 3),
  candidate("R", "RURAL_BANK", 0, 3, { B: 30, C: 30 }),
  candidate("T", "TRADER", 0, 0, { B: 1, C: 1 }),
  candidate("U", "UNIVERSITY", 0, 1),
  candidate("B", "BANK", 0, 0),
];

describe("suggestPartners", () => {
  const search = suggestPartners({ network: sentra, need: "FINANCE", candidates });
  const forMember = (id: string) => search.lacking.find((m) => m.memberId === id)!.suggestions;

  it("lists the members lacking the need: those no FINANCE tie serves", () => {
    expect(search.lacking.map((m) => m.memberId)).toEqual(["B", "C"]);
    expect(search.linkageTypes).toEqual(["FINANCE"]);
  });

  it("ranks by the documented score, with reasons", () => {
    // R: 0.3 x 3/3 + 0.2 x 1/(1 + 30/10) = 0.3 + 0.05 = 0.35
    // K: 0.5 x 1/3 + 0.2 x 1/(1 + 2/10) = 0.1667 + 0.1667 = 0.3333
    // U: 0.3 x 1/3 = 0.1 (a university, but seen financing the product elsewhere); T: a trader, not a financier
    const b = forMember("B");
    expect(b.map((s) => s.candidateId)).toEqual(["R", "K", "U"]);
    expect(b[0].score).toBeCloseTo(0.35, 10);
    expect(b[1].score).toBeCloseTo(1 / 3, 10);
    expect(b[1].reasons.map((r) => [r.code, r.value])).toEqual([
      ["ALREADY_SERVES_PEERS", 1],
      ["PROVIDER_KIND", null],
      ["NEAR", 2],
    ]);
    expect(b[0].reasons.map((r) => [r.code, r.value])).toEqual([
      ["SERVES_SAME_PRODUCT_ELSEWHERE", 3],
      ["PROVIDER_KIND", null],
      ["DISTANCE", 30],
    ]);
    // a university is no financier: its reasons say what it has proven, and that its distance is unknown
    expect(b[2].reasons.map((r) => r.code)).toEqual(["SERVES_SAME_PRODUCT_ELSEWHERE", "DISTANCE_UNKNOWN"]);
  });

  it("every suggestion states its distance, or that it is unknown", () => {
    const all = search.lacking.flatMap((m) => m.suggestions);
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) {
      const distance = s.reasons.filter((r) => ["NEAR", "DISTANCE", "DISTANCE_UNKNOWN"].includes(r.code));
      expect(distance).toHaveLength(1);
      expect(distance[0].value).toBe(s.distanceKm);
    }
  });

  it("returns the score's parts: weights summing to 1, contributions summing to the score", () => {
    const k = forMember("B").find((s) => s.candidateId === "K")!;
    expect(k.scoreParts.map((p) => [p.name, p.weight])).toEqual([
      ["PEERS_SERVED", 0.5],
      ["SAME_PRODUCT", 0.3],
      ["PROXIMITY", 0.2],
    ]);
    expect(k.scoreParts.map((p) => p.value)).toEqual([1 / 3, 0, 1 / 1.2]);
    for (const s of search.lacking.flatMap((m) => m.suggestions)) {
      expect(s.scoreParts.reduce((sum, p) => sum + p.contribution, 0)).toBe(s.score);
      for (const p of s.scoreParts) expect(p.contribution).toBe(p.weight * p.value);
    }
    expect(render(k.scoreParts[0].explanation, "en")).toBe("share of this sentra's core firms it already serves with this service: 1 of 3");
    expect(render(k.scoreParts[2].explanation, "id")).toBe("kedekatan 1 / (1 + 2,0 km / 10 km): bernilai 1 bila bersebelahan, setengah pada jarak 10 km");
  });

  it("writes its reasons in English and Indonesian, numbers in the reader's locale", () => {
    const [r, k] = forMember("B");
    expect(r.reasons.map((x) => render(x.text, "en"))).toEqual([
      "serves 3 other sentra with the same product (Castings)",
      "its kind (rural bank (BPR)) is one of the kinds that meet the need for finance",
      "30.0 km from the firm",
    ]);
    expect(k.reasons.map((x) => render(x.text, "id"))).toEqual([
      "sudah melayani 1 dari 3 industri inti sentra ini untuk layanan ini",
      "bank termasuk jenis yang memenuhi kebutuhan pembiayaan",
      "berjarak 2,0 km dari perusahaan, dalam radius 10 km",
    ]);
  });

  it("names the KBLI code when the same product was matched on it", () => {
    const coded = suggestPartners({ network: sentra, need: "FINANCE", candidates, sameProduct: { kbli: "24310", product: "Metal castings" } });
    const r = coded.lacking[0].suggestions[0];
    expect(render(r.reasons[0].text, "en")).toBe("serves 3 other sentra with the same KBLI 2020 code (24310)");
    expect(render(r.scoreParts[1].explanation, "id")).toBe(
      "sentra lain dengan kode KBLI 2020 yang sama (24310) yang dilayaninya: 3, dihitung sampai 3 (3 atau lebih bernilai 1)",
    );
  });

  it("falls back on the distance to the sentra's centre when the member cannot be placed", () => {
    const k = forMember("C").find((s) => s.candidateId === "K")!;
    // 0.5 x 1/3 + 0.2 x 1/(1 + 3/10)
    expect(k).toMatchObject({ distanceKm: 3, distanceTo: "CENTROID" });
    expect(k.score).toBeCloseTo(0.5 / 3 + 0.2 / 1.3, 10);
  });

  it("never suggests a member to itself", () => {
    expect(forMember("B").map((s) => s.candidateId)).not.toContain("B");
    expect(forMember("C").map((s) => s.candidateId)).toContain("B");
  });

  it("never suggests a candidate already tied to the member by the need's linkage type", () => {
    const suppliers = suggestPartners({
      network: sentra,
      need: "SUPPLIERS",
      candidates: [candidate("S2", "RAW_MATERIAL_SUPPLIER", 0, 0), candidate("S3", "RAW_MATERIAL_SUPPLIER", 0, 0)],
    });
    // B supplies S2 but nobody supplies B: B lacks suppliers, and S2 is already its partner in that trade
    const b = suppliers.lacking.find((m) => m.memberId === "B")!;
    expect(b.suggestions.map((s) => s.candidateId)).toEqual(["S3"]);
    // the bank already lending to A is never offered to A: A is not lacking
    expect(search.lacking.map((m) => m.memberId)).not.toContain("A");
  });

  it("caps the list per member", () => {
    expect(suggestPartners({ network: sentra, need: "FINANCE", candidates, limit: 1 }).lacking[0].suggestions).toHaveLength(1);
  });
});

describe("providerGaps", () => {
  const member = (memberId: string, sentraId: string, distanceKm: number | null, servedByTypes: string[] = [], servedByProvider = false) => ({
    sentraId,
    sentraName: `Sentra ${sentraId}`,
    memberId,
    memberName: `Member ${memberId}`,
    distanceKm,
    servedByTypes: servedByTypes as never[],
    servedByProvider,
  });

  it("a bank's gaps: members no finance reaches, nearest first, unplaced last", () => {
    const gaps = providerGaps({
      provider: { id: "K", name: "Bank K", kind: "BANK" },
      members: [
        member("m1", "s1", 5),
        member("m2", "s1", 1, ["FINANCE"]),
        member("m3", "s2", 2, ["UPSTREAM_SUPPLY"]),
        member("m4", "s2", null),
        member("m5", "s1", 0.5, [], true),
      ],
    });
    expect(gaps.needs).toEqual(["FINANCE"]);
    expect(gaps.members.map((m) => m.memberId)).toEqual(["m3", "m1", "m4"]);
    expect(gaps.sentra.map((s) => [s.sentraId, s.lacking.length, s.membersConsidered, s.nearestKm])).toEqual([
      ["s2", 2, 2, 2],
      ["s1", 1, 3, 5],
    ]);
  });

  it("the needs a kind can meet", () => {
    expect(needsProvidedBy("GOVERNMENT_AGENCY")).toEqual(["TECHNICAL_ASSISTANCE", "ECONOMIC_ASSISTANCE", "PROMOTION", "CERTIFICATION"]);
    expect(needsProvidedBy("IKM")).toEqual([]);
  });
});
