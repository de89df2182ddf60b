import { seededApi } from "../support/seeded-api";
import { PARTNER_NEEDS } from "../../src/domain/analytics/partner-needs";
import { sentra as seededSentra } from "../../seed/data/sentra";
import { MEASURED_SENTRA } from "../../seed/research-tables";
import { postGraphql } from "../support/app";

const SUGGESTIONS = `suggestions { candidateId distanceKm score
  scoreParts { name weight value contribution explanation }
  reasons { code value text } }`;

const partnersOf = (sentraId: string, need: string) => `{ sentra(id: "${sentraId}") {
  partners(need: ${need}, suggestionsPerMember: 20, radiusKm: 50) { lacking(first: 100) { edges { node { memberId ${SUGGESTIONS} } } } } } }`;

interface Suggestion {
  candidateId: string;
  distanceKm: number | null;
  score: number;
  scoreParts: Array<{ name: string; weight: number; value: number; contribution: number; explanation: string }>;
  reasons: Array<{ code: string; value: number | null; text: string }>;
}

const suggestionsIn = (data: any): Array<Suggestion & { memberId: string }> =>
  data.sentra.partners.lacking.edges.flatMap((e: any) => e.node.suggestions.map((s: Suggestion) => ({ ...s, memberId: e.node.memberId })));

describe("partners and communities on the research seed", () => {
  const seeded = seededApi();

  it("every suggestion for every seeded sentra and need states why, its distance when known, and score parts that sum to the score", async () => {
    let suggestions = 0;
    for (const s of seededSentra) {
      for (const need of PARTNER_NEEDS) {
        const { data, errors } = await seeded.api.run<any>(partnersOf(s.id, need));
        expect(errors).toBeUndefined();
        for (const suggestion of suggestionsIn(data)) {
          suggestions += 1;
          const where = { sentra: s.id, need, member: suggestion.memberId, candidate: suggestion.candidateId };
          const distance = suggestion.reasons.filter((r) => ["NEAR", "DISTANCE", "DISTANCE_UNKNOWN"].includes(r.code));
          expect({ ...where, distanceReasons: distance.map((r) => r.value) }).toEqual({ ...where, distanceReasons: [suggestion.distanceKm] });
          for (const r of suggestion.reasons) expect(r.text.length).toBeGreaterThan(0);
          const sum = suggestion.scoreParts.reduce((total, p) => total + p.contribution, 0);
          expect(sum).toBeCloseTo(suggestion.score, 12);
          expect(suggestion.scoreParts.reduce((total, p) => total + p.weight, 0)).toBeCloseTo(1, 12);
        }
      }
    }
    expect(suggestions).toBeGreaterThan(100);
  });

  it("gives the BDS provider of Pati for Juwana's technical assistance its distance in words", async () => {
    const { data } = await seeded.api.run<any>(partnersOf(MEASURED_SENTRA.juwana, "TECHNICAL_ASSISTANCE"));
    const bds = suggestionsIn(data).filter((s) => s.candidateId === "bds-pati");
    expect(bds.length).toBeGreaterThan(0);
    for (const s of bds) {
      const distance = s.reasons.find((r) => r.code === "DISTANCE" || r.code === "NEAR")!;
      expect(distance.value).toBeGreaterThan(5);
      expect(distance.text).toMatch(/^\d+\.\d km from the (firm|centre)/);
      expect(s.reasons.map((r) => r.code)).toContain("PROVIDER_KIND");
    }
  });

  it("matches the same product on the KBLI code: Corebest, technical assistant of the application-engine cluster (28110), is offered to Tegal's metal sentra (28110)", async () => {
    const { data, errors } = await seeded.api.run<any>(`{ sentra(id: "${MEASURED_SENTRA.tegal}") { kbli } }`);
    expect(errors).toBeUndefined();
    expect(data.sentra.kbli).toBe("28110");
    const found = suggestionsIn((await seeded.api.run<any>(partnersOf(MEASURED_SENTRA.tegal, "TECHNICAL_ASSISTANCE"))).data).filter((s) =>
      s.reasons.some((r) => r.code === "SERVES_SAME_PRODUCT_ELSEWHERE"),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((s) => s.candidateId))).toContain("corebest");
    const reason = found[0].reasons.find((r) => r.code === "SERVES_SAME_PRODUCT_ELSEWHERE")!;
    expect(reason.text).toBe("serves 1 other sentra with the same KBLI 2020 code (28110)");
    const part = found[0].scoreParts.find((p) => p.name === "SAME_PRODUCT")!;
    expect(part).toMatchObject({ weight: 0.3, value: 1 / 3 });
  });

  it("writes partner texts in Indonesian when asked (Accept-Language: id)", async () => {
    const { status, body } = await postGraphql<any>(seeded.api.url, partnersOf(MEASURED_SENTRA.juwana, "TECHNICAL_ASSISTANCE"), undefined, {
      "accept-language": "id",
    });
    expect(status).toBe(200);
    const bds = suggestionsIn(body.data).find((s) => s.candidateId === "bds-pati")!;
    expect(bds.reasons.map((r) => r.text)).toContain("penyedia BDS termasuk jenis yang memenuhi kebutuhan pendampingan teknis (LPT)");
    expect(bds.reasons.find((r) => r.code === "DISTANCE" || r.code === "NEAR")!.text).toMatch(/^berjarak \d+,\d km dari /);
    for (const p of bds.scoreParts) expect(p.explanation).not.toMatch(/\b(the|of|with|serves)\b/);
  });

  it("refuses a provider gap search for a need the provider's kind cannot serve, naming the kinds that can", async () => {
    const { data, errors } = await seeded.api.run<any>(`{ providerGaps(providerId: "bds-pati", needs: [TECHNICAL_ASSISTANCE, FINANCE]) { needs } }`);
    expect(data?.providerGaps ?? null).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: "a BDS provider cannot serve finance; the kinds that can: bank, rural bank (BPR), cooperative, state finance body, donor",
      extensions: { code: "BAD_USER_INPUT", field: "needs" },
    });
    const served = await seeded.api.run<any>(`{ providerGaps(providerId: "bds-pati", needs: [TECHNICAL_ASSISTANCE]) { needs } }`);
    expect(served.errors).toBeUndefined();
    expect(served.data.providerGaps.needs).toEqual(["TECHNICAL_ASSISTANCE"]);
  });

  it("finds no lender's client list among Jawa Tengah's communities: service ties are left out and no undesignated community is a star", async () => {
    const { data, errors } = await seeded.api.run<any>(`{ regionCommunities(regionId: "region-jawa-tengah") { serviceTiesLeftOut rule
      communities(first: 100) { edges { node { memberIds coveredBy hubId undesignated explanation } } } } }`);
    expect(errors).toBeUndefined();
    const detection = data.regionCommunities;
    expect(detection.serviceTiesLeftOut).toBeGreaterThan(0);
    expect(detection.rule).toMatch(/service ties/);
    const communities = detection.communities.edges.map((e: any) => e.node);
    for (const c of communities) {
      expect(c.undesignated).toBe(c.coveredBy === null && c.hubId === null);
      expect(c.explanation.length).toBeGreaterThan(0);
    }
    // The financier of the PNM mentoring programme has only service ties: it is in no community.
    expect(communities.flatMap((c: any) => c.memberIds)).not.toContain("pnm-semarang");
  });
});
