import { distanceKm, NEO4J_EARTH_RADIUS_METERS, preparePoint } from "../../../src/domain/analytics/wgs84-distance";

describe("the distance between two WGS-84 points", () => {
  const ceper = preparePoint({ latitude: -7.675, longitude: 110.675 });

  it("is zero from a point to itself and the same both ways", () => {
    const juwana = preparePoint({ latitude: -6.715, longitude: 111.15 });
    expect(distanceKm(ceper, ceper)).toBe(0);
    expect(distanceKm(ceper, juwana)).toBe(distanceKm(juwana, ceper));
  });

  it("is an arc of Neo4j's sphere: a degree of a meridian, half the equator", () => {
    const degreeKm = (NEO4J_EARTH_RADIUS_METERS * Math.PI) / 180 / 1000;
    expect(distanceKm(preparePoint({ latitude: 0, longitude: 0 }), preparePoint({ latitude: 1, longitude: 0 }))).toBeCloseTo(degreeKm, 9);
    expect(distanceKm(preparePoint({ latitude: 0, longitude: 0 }), preparePoint({ latitude: 0, longitude: 180 }))).toBeCloseTo(180 * degreeKm, 6);
  });
});
