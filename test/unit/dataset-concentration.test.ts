import { preparePoint, type PreparedPoint } from "../../src/domain/analytics/wgs84-distance";
import { maxWithinRadius, metersBetween } from "../../src/import/dataset-networks";

/** Every pair measured: what readConcentrations counts with point.distance, without the latitude band. */
function everyPair(points: readonly PreparedPoint[], radiusKm: number): number {
  let best = 0;
  for (const p of points) best = Math.max(best, points.filter((q) => metersBetween(q, p) <= radiusKm * 1000).length);
  return best;
}

/** A deterministic stream of numbers in [0, 1) (a linear congruential generator), so a failure can be replayed. */
function numbers(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe("maxWithinRadius (a first load's concentration)", () => {
  it("counts as measuring every pair does, for firms spread over a regency, bunched in villages, or in a line north to south", () => {
    const next = numbers(20251207);
    const spread = Array.from({ length: 300 }, () => ({ latitude: -7.5 + next() * 0.6, longitude: 110.5 + next() * 0.6 }));
    const villages = Array.from({ length: 300 }, (_, i) => ({ latitude: -6.9 + (i % 5) * 0.05 + next() * 0.02, longitude: 109.1 + next() * 0.02 }));
    // About 4.5 km apart along a meridian: the band's edge decides.
    const line = Array.from({ length: 40 }, (_, i) => ({ latitude: -8 + i * 0.0404, longitude: 111 }));
    for (const coordinates of [spread, villages, line, [...spread, ...villages]]) {
      const points = coordinates.map(preparePoint);
      for (const radiusKm of [1, 4.5, 5, 10]) expect(maxWithinRadius(points, radiusKm)).toBe(everyPair(points, radiusKm));
    }
  });

  it("counts a firm itself, firms at one spot together, and none without points", () => {
    const spot = preparePoint({ latitude: -7.6, longitude: 110.7 });
    expect(maxWithinRadius([spot], 5)).toBe(1);
    expect(maxWithinRadius([spot, spot, spot], 5)).toBe(3);
    expect(maxWithinRadius([], 5)).toBe(0);
  });

  it("keeps a pair exactly at the radius along a meridian, as every pair measured does", () => {
    const a = preparePoint({ latitude: -7, longitude: 110 });
    const metres = metersBetween(a, preparePoint({ latitude: -7.045, longitude: 110 }));
    const b = preparePoint({ latitude: -7.045, longitude: 110 });
    expect(maxWithinRadius([a, b], metres / 1000)).toBe(everyPair([a, b], metres / 1000));
    expect(maxWithinRadius([a, b], metres / 1000)).toBe(2);
  });
});
