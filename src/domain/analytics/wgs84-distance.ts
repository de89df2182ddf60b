import type { Coordinates } from "./network";

/**
 * The sphere Neo4j measures WGS-84 points on (CRSCalculator.GeographicCalculator in neo4j-values
 * 5.26: EARTH_RADIUS_METERS), so a distance computed here is the one `point.distance` returns.
 */
export const NEO4J_EARTH_RADIUS_METERS = 6378140.0;

const RADIANS_PER_DEGREE = Math.PI / 180;

/** A point in radians, with the cosine of its latitude worked out once for the many pairs it joins. */
export interface PreparedPoint {
  longitude: number;
  latitude: number;
  cosLatitude: number;
}

export function preparePoint(c: Coordinates): PreparedPoint {
  const latitude = c.latitude * RADIANS_PER_DEGREE;
  return { longitude: c.longitude * RADIANS_PER_DEGREE, latitude, cosLatitude: Math.cos(latitude) };
}

/**
 * Neo4j's `point.distance` between two 2D WGS-84 points, in km: the haversine great-circle
 * distance, each step in Neo4j's order (sin² of the half differences, then 2·atan2, then the
 * radius), so the figures agree with Cypher's to within a few units in the last place, most of them
 * exactly (test/integration/wgs84-distance.test.ts).
 * Computed here because 100,000 of them in Cypher were about 70 ms of a partner search.
 */
export function distanceKm(a: PreparedPoint, b: PreparedPoint): number {
  const halfLatitude = Math.sin((b.latitude - a.latitude) / 2);
  const halfLongitude = Math.sin((b.longitude - a.longitude) / 2);
  const alpha = halfLatitude * halfLatitude + a.cosLatitude * b.cosLatitude * (halfLongitude * halfLongitude);
  const greatCircle = 2.0 * Math.atan2(Math.sqrt(alpha), Math.sqrt(1 - alpha));
  return (NEO4J_EARTH_RADIUS_METERS * greatCircle) / 1000.0;
}
