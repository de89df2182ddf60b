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
  // Then the containers (records, maps, projections, lists), before the driver's own types: a
  // plain object's constructor is Object, a driver value's is its class. Loops, not entries and
  // map: a rich page has tens of thousands of values, and the copies were a third of the time.
  if (Array.isArray(value)) {
    const list = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) list[i] = toNative(value[i]);
    return list;
  }
  if (value.constructor === Object) {
    const map: Record<string, unknown> = {};
    for (const key in value as Record<string, unknown>) map[key] = toNative((value as Record<string, unknown>)[key]);
    return map;
  }
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (neo4j.isPoint(value)) {
    const srid = Number(value.srid);
    return srid === 4326 || srid === 4979 ? { longitude: value.x, latitude: value.y } : { x: value.x, y: value.y };
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toNative(value.properties);
  if (isTemporal(value)) return String(value);
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
