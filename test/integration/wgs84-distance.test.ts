import type { Driver } from "neo4j-driver";
import type { Database } from "../../src/db/neo4j";
import { seededRandom } from "../../src/domain/analytics/seeded-random";
import { distanceKm, preparePoint } from "../../src/domain/analytics/wgs84-distance";
import type { Coordinates } from "../../src/domain/analytics/network";
import { openTestDatabase } from "../support/database";

/** Pairs of points: the same place, across the antimeridian, near the poles, antipodes, and random ones (mostly around Indonesia). */
function pairs(): Array<[Coordinates, Coordinates]> {
  const random = seededRandom(20261126);
  const somewhere = (): Coordinates => ({ latitude: random() * 180 - 90, longitude: random() * 360 - 180 });
  const inIndonesia = (): Coordinates => ({ latitude: -11 + random() * 17, longitude: 95 + random() * 46 });
  const fixed: Array<[Coordinates, Coordinates]> = [
    [
      { latitude: -7.71, longitude: 110.6 },
      { latitude: -7.71, longitude: 110.6 },
    ],
    [
      { latitude: 0, longitude: 179.9 },
      { latitude: 0, longitude: -179.9 },
    ],
    [
      { latitude: 89.99, longitude: 0 },
      { latitude: 89.99, longitude: 180 },
    ],
    [
      { latitude: 10, longitude: 20 },
      { latitude: -10, longitude: -160 },
    ],
    [
      { latitude: -6.2, longitude: 106.8 },
      { latitude: -6.2000001, longitude: 106.8000001 },
    ],
  ];
  const drawn = Array.from({ length: 3000 }, (_, i): [Coordinates, Coordinates] => (i % 3 === 0 ? [somewhere(), somewhere()] : [inIndonesia(), inIndonesia()]));
  return [...fixed, ...drawn];
}

describe("distances measured in the domain, as Neo4j measures them", () => {
  let db: Database;
  let driver: Driver;
  beforeAll(() => ({ db, driver } = openTestDatabase()));
  afterAll(() => driver.close());

  it("equal point.distance between WGS-84 points, in km", async () => {
    const all = pairs();
    const neo4jKm = await db.read(async (tx) => {
      const result = await tx.run<{ km: number[] }>(
        `RETURN [pair IN $pairs | point.distance(point({latitude: pair[0], longitude: pair[1]}),
                                                 point({latitude: pair[2], longitude: pair[3]})) / 1000.0] AS km`,
        { pairs: all.map(([a, b]) => [a.latitude, a.longitude, b.latitude, b.longitude]) },
      );
      return result.records[0].get("km");
    });
    const ours = all.map(([a, b]) => distanceKm(preparePoint(a), preparePoint(b)));
    // Both sides compute the same steps in double precision; the sine and arctangent of the JVM
    // and of V8 may differ in the last bit (measured: 2,941 of 3,005 identical, the rest within
    // 8e-16 of each other), so allow a few units in the last place, no more.
    const off = ours.map((km, i) => (neo4jKm[i] === 0 ? km : Math.abs(km - neo4jKm[i]) / neo4jKm[i]));
    expect(Math.max(...off)).toBeLessThan(4e-15);
    expect(ours[0]).toBe(0);
    expect(neo4jKm[0]).toBe(0);
    // Agreeing to the bit is the usual case.
    const identical = ours.filter((km, i) => km === neo4jKm[i]).length;
    expect(identical / ours.length).toBeGreaterThan(0.95);
  });
});
