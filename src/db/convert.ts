import neo4j from "neo4j-driver";

/**
 * Turns driver values into plain JSON-friendly values: Integer to number, temporal values to
 * ISO strings, points to {latitude, longitude}, nodes and relationships to their properties.
 * Every repository result passes through here, so no driver object reaches a GraphQL response.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans (most values) are already native: skip the driver's type checks.
  if (typeof value !== "object") return value;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toNative);
  if (neo4j.isPoint(value)) {
    const srid = Number(value.srid);
    return srid === 4326 || srid === 4979 ? { longitude: value.x, latitude: value.y } : { x: value.x, y: value.y };
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toNative(value.properties);
  if (isTemporal(value)) return String(value);
  if (typeof value === "object" && (value as object).constructor === Object) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toNative(v)]));
  }
  return value;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isLocalTime(value) || neo4j.isTime(value) || neo4j.isDuration(value)
  );
}

/** A record's fields as one plain object. */
export function recordToObject<T>(record: { toObject(): Record<string, unknown> }): T {
  return toNative(record.toObject()) as T;
}
