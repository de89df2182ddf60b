import { apportion, datasetSize, generateDataset, SCALES, syntheticRoundId } from "../../src/generate/synthetic";
import { Prng, WeightedPicker } from "../../src/generate/prng";
import { LINKAGES_BY_QUESTION } from "../../src/domain/vocabulary";

const small = generateDataset(SCALES.small, 42);

const degrees = (d = small) => {
  const degree = new Map<string, number>();
  for (const l of d.linkages) for (const id of [l.fromId, l.toId]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return degree;
};
const quantile = (sorted: number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))];

describe("the seeded random generator", () => {
  it("gives the same stream for the same seed and another for another seed", () => {
    const take = (seed: number) =>
      Array.from(
        { length: 5 },
        (
          (r) => () =>
            r.next()
        )(new Prng(seed)),
      );
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    expect(take(7).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("picks by weight", () => {
    const rng = new Prng(1);
    const picker = new WeightedPicker([1, 0, 9]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 10_000; i += 1) counts[picker.pick(rng)] += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(6);
    expect(counts[2] / counts[0]).toBeLessThan(13);
  });

  it("apportions whole numbers that sum to the total, each at least the minimum", () => {
    const parts = apportion(100, [1, 2, 3, 0.5], 5);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(100);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(5);
  });
});

describe("generateDataset", () => {
  it("is deterministic: the same scale and seed give the same dataset, another seed another", () => {
    expect(JSON.stringify(generateDataset(SCALES.small, 42))).toBe(JSON.stringify(small));
    const other = generateDataset(SCALES.small, 43);
    expect(other.actors.map((a) => a.name)).not.toEqual(small.actors.map((a) => a.name));
  });

  it("has the counts of its scale", () => {
    const spec = SCALES.small;
    expect(small.regions.filter((r) => r.level === "PROVINCE")).toHaveLength(spec.provinces);
    expect(small.regions.filter((r) => r.level !== "PROVINCE")).toHaveLength(spec.regencies);
    expect(small.sentra).toHaveLength(spec.sentra);
    expect(small.actors.filter((a) => a.kind === "IKM")).toHaveLength(spec.firms);
    expect(small.actors.filter((a) => a.kind !== "IKM")).toHaveLength(spec.others);
    expect(small.linkages).toHaveLength(spec.linkages);
    // A tenth of each sentra's firms answer (rounded per sentra).
    expect(small.indicatorScores.length).toBeGreaterThan(spec.firms * spec.surveyShare * 0.9);
    expect(small.indicatorScores.length).toBeLessThan(spec.firms * spec.surveyShare * 1.1);
    const { nodes } = datasetSize(small);
    expect(nodes).toBeGreaterThan(2000);
    expect(nodes).toBeLessThan(10_000);
  });

  it("refers only to records it has, with unique ids, every firm the core of one sentra", () => {
    const ids = [small.regions, small.sentra, small.actors, small.people, small.forums, small.agreements, small.monitoringRecords, small.surveyRounds]
      .flat()
      .map((r) => r.id);
    const observationIds = [...small.indicatorScores, ...small.problemSolvingScores, ...small.surveyResponses].map((o) => o.id);
    expect(new Set([...ids, ...observationIds]).size).toBe(ids.length + observationIds.length);
    expect(new Set(small.linkages.map((l) => l.id)).size).toBe(small.linkages.length);
    const actors = new Set(small.actors.map((a) => a.id));
    const sentra = new Set(small.sentra.map((s) => s.id));
    const regions = new Set(small.regions.map((r) => r.id));
    expect(small.linkages.filter((l) => !actors.has(l.fromId) || !actors.has(l.toId) || l.fromId === l.toId)).toEqual([]);
    expect(small.linkages.filter((l) => l.sentraId !== undefined && !sentra.has(l.sentraId))).toEqual([]);
    expect(small.participations.filter((p) => !actors.has(p.actorId) || !sentra.has(p.sentraId))).toEqual([]);
    expect(small.sentra.filter((s) => !regions.has(s.regionId))).toEqual([]);
    const core = small.participations.filter((p) => p.role === "CORE");
    const firms = small.actors.filter((a) => a.kind === "IKM");
    expect(core.map((p) => p.actorId).sort()).toEqual(firms.map((f) => f.id).sort());
  });

  it("has skewed degrees: many firms with one or two ties, a few hubs", () => {
    const degree = degrees();
    const firms = small.actors.filter((a) => a.kind === "IKM").map((a) => degree.get(a.id) ?? 0);
    const sorted = [...firms].sort((a, b) => a - b);
    expect(firms.filter((d) => d <= 2).length / firms.length).toBeGreaterThan(0.4);
    expect(quantile(sorted, 0.5)).toBeLessThanOrEqual(3);
    expect(sorted[sorted.length - 1]).toBeGreaterThan(20 * Math.max(1, quantile(sorted, 0.5)));
    const providers = small.actors.filter((a) => a.kind !== "IKM").map((a) => degree.get(a.id) ?? 0);
    const providersSorted = [...providers].sort((a, b) => a - b);
    expect(providersSorted[providersSorted.length - 1]).toBeGreaterThan(10 * Math.max(1, quantile(providersSorted, 0.5)));
  });

  it("shares regional providers across sentra, and most sentra are weakly linked", () => {
    const served = new Map<string, Set<string>>();
    for (const p of small.participations.filter((p) => p.role === "SUPPORTING_INSTITUTION"))
      served.set(p.actorId, (served.get(p.actorId) ?? new Set()).add(p.sentraId));
    expect(Math.max(...[...served.values()].map((s) => s.size))).toBeGreaterThan(3);
    // Horizontal ties per firm, per sentra: the median sentra well below the richest.
    const perSentra = small.sentra.map((s) => {
      const firms = small.participations.filter((p) => p.sentraId === s.id && p.role === "CORE").length;
      const horizontal = small.linkages.filter((l) => l.sentraId === s.id && l.type === "HORIZONTAL_COOPERATION").length;
      return horizontal / firms;
    });
    const sorted = [...perSentra].sort((a, b) => a - b);
    expect(sorted[sorted.length - 1]).toBeGreaterThan(3 * quantile(sorted, 0.5));
    expect(small.forums.length).toBeLessThan(small.sentra.length);
  });

  it("clusters firms around their sentra's centre", () => {
    const located = new Map(small.actors.map((a) => [a.id, a.location!]));
    for (const s of small.sentra.slice(0, 10)) {
      const members = small.participations.filter((p) => p.sentraId === s.id && p.role === "CORE").map((p) => located.get(p.actorId)!);
      const centre = {
        latitude: members.reduce((n, m) => n + m.latitude, 0) / members.length,
        longitude: members.reduce((n, m) => n + m.longitude, 0) / members.length,
      };
      const km = members.map((m) => Math.hypot(m.latitude - centre.latitude, m.longitude - centre.longitude) * 111);
      expect(km.filter((d) => d <= 5).length / km.length).toBeGreaterThan(0.9);
    }
  });

  it("answers the survey in the questionnaire's shape, consistent with each firm's ties", () => {
    const roundId = syntheticRoundId(42);
    expect(small.surveyRounds.map((r) => r.id)).toEqual([roundId]);
    // The firm's own side of each tie: it receives supplies and support, it sells downstream.
    const ties = new Map<string, Set<string>>();
    const add = (id: string, type: string) => ties.set(id, (ties.get(id) ?? new Set()).add(type));
    for (const l of small.linkages) {
      if (l.type === "HORIZONTAL_COOPERATION") [l.fromId, l.toId].forEach((id) => add(id, l.type));
      else add(l.type === "DOWNSTREAM_SALES" ? l.fromId : l.toId, l.type);
    }
    for (const r of small.surveyResponses) {
      const has = LINKAGES_BY_QUESTION[r.question].some((type) => ties.get(r.actorId)?.has(type));
      expect({ id: r.id, cooperates: r.cooperates }).toEqual({ id: r.id, cooperates: has });
      if (!r.cooperates) expect(r.intensity).toBeUndefined();
    }
    for (const s of small.indicatorScores)
      for (const v of [s.product, s.technology, s.market, s.skills, s.trust, s.information]) expect(v >= 1 && v <= 5).toBe(true);
    // Some firms leave some questions unanswered: fewer answers than four per surveyed firm.
    expect(small.surveyResponses.length).toBeLessThan(4 * small.indicatorScores.length);
  });
});
