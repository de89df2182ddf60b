import neo4j, { Integer } from "neo4j-driver";

/**
 * The tagged JSON encoding of Neo4j property values used by backups (docs/backup.md). Plain JSON
 * carries what it can carry exactly (strings, booleans, safe integers, non-integral finite
 * floats, lists); every other value is a one-key object whose key starts with `$`:
 *
 *   {"$int": "9007199254740993"}                integer outside ±(2^53 − 1)
 *   {"$float": "2"}                             float with an integral value, NaN, ±Infinity, -0
 *   {"$point": {"srid": 4326, "x": 110.4, "y": -7.1}}          (and "z" for 3-D points)
 *   {"$date": "2024-03-01"}
 *   {"$localtime": "09:30:00.000000001"}
 *   {"$time": "09:30:00+07:00"}
 *   {"$localdatetime": "2024-03-01T09:30:00"}
 *   {"$datetime": "2024-03-01T09:30:00+07:00[Asia/Jakarta]"}   (zone id only when it has one)
 *   {"$duration": {"months": "1", "days": "2", "seconds": "3", "nanoseconds": "4"}}
 *   {"$bytes": "base64"}
 *
 * So a JSON number with an integral value always decodes to an Integer and any other JSON
 * number to a Float. Property values are never maps in Neo4j, so no object is ever untagged.
 */
export type Encoded = string | number | boolean | Encoded[] | { [tag: string]: unknown };

/** A property value as the driver reads and writes it. */
export type PropertyValue = unknown;

const { Date: Neo4jDate, DateTime, Duration, LocalDateTime, LocalTime, Point, Time } = neo4j.types;

export class EncodingError extends Error {}

/** Encodes one property value read by the driver; throws for a type a backup cannot carry. */
export function encodeValue(value: PropertyValue): Encoded {
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return encodeFloat(value);
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : { $int: value.toString() };
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value instanceof Int8Array || value instanceof Uint8Array)
    return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") };
  if (neo4j.isPoint(value)) {
    const point: Record<string, number> = { srid: toNumber(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined && value.z !== null) point.z = value.z;
    for (const coordinate of ["x", "y", "z"])
      if (coordinate in point && !Number.isFinite(point[coordinate])) throw new EncodingError("a point has a coordinate that is not finite");
    return { $point: point };
  }
  if (neo4j.isDate(value)) return { $date: formatDate(value) };
  if (neo4j.isLocalTime(value)) return { $localtime: formatTime(value) };
  if (neo4j.isTime(value)) return { $time: formatTime(value) + formatOffset(toNumber(value.timeZoneOffsetSeconds)) };
  if (neo4j.isLocalDateTime(value)) return { $localdatetime: `${formatDate(value)}T${formatTime(value)}` };
  if (neo4j.isDateTime(value)) {
    if (value.timeZoneOffsetSeconds === undefined || value.timeZoneOffsetSeconds === null) throw new EncodingError("a datetime has no offset");
    const zone = value.timeZoneId ? `[${value.timeZoneId}]` : "";
    return { $datetime: `${formatDate(value)}T${formatTime(value)}${formatOffset(toNumber(value.timeZoneOffsetSeconds))}${zone}` };
  }
  if (neo4j.isDuration(value)) {
    return { $duration: { months: String(value.months), days: String(value.days), seconds: String(value.seconds), nanoseconds: String(value.nanoseconds) } };
  }
  throw new EncodingError(`a property value of an unsupported type (${describe(value)})`);
}

/** Decodes one encoded value into what the driver sends as the same Neo4j type. */
export function decodeValue(encoded: unknown): PropertyValue {
  if (typeof encoded === "string" || typeof encoded === "boolean") return encoded;
  if (typeof encoded === "number") {
    if (!Number.isInteger(encoded)) return encoded;
    if (!Number.isSafeInteger(encoded)) throw new EncodingError(`the integer ${encoded} is beyond 2^53 and must be written as {"$int": "..."}`);
    return neo4j.int(encoded);
  }
  if (Array.isArray(encoded)) return encoded.map(decodeValue);
  if (encoded === null || typeof encoded !== "object") throw new EncodingError(`a value that is not a property value (${describe(encoded)})`);
  const entries = Object.entries(encoded);
  if (entries.length !== 1) throw new EncodingError(`a tagged value must have exactly one key, got ${JSON.stringify(Object.keys(encoded))}`);
  const [tag, body] = entries[0];
  switch (tag) {
    case "$int":
      return neo4j.int(text(tag, body, /^-?\d+$/));
    case "$float":
      return parseFloatText(text(tag, body, /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|NaN|-?Infinity|-0)$/));
    case "$point":
      return decodePoint(body);
    case "$date": {
      const d = parseDate(text(tag, body, DATE));
      return new Neo4jDate(d.year, d.month, d.day);
    }
    case "$localtime": {
      const t = parseTime(text(tag, body, new RegExp(`^${TIME.source}$`)));
      return new LocalTime(t.hour, t.minute, t.second, t.nanosecond);
    }
    case "$time": {
      const [, time, offset] = new RegExp(`^(${TIME.source})(${OFFSET.source})$`).exec(text(tag, body, new RegExp(`^${TIME.source}${OFFSET.source}$`)))!;
      const t = parseTime(time);
      return new Time(t.hour, t.minute, t.second, t.nanosecond, parseOffset(offset));
    }
    case "$localdatetime": {
      const [, date, time] = new RegExp(`^(${DATE_PART.source})T(${TIME.source})$`).exec(text(tag, body, new RegExp(`^${DATE_PART.source}T${TIME.source}$`)))!;
      const d = parseDate(date);
      const t = parseTime(time);
      return new LocalDateTime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.nanosecond);
    }
    case "$datetime": {
      const pattern = new RegExp(`^(${DATE_PART.source})T(${TIME.source})(${OFFSET.source})(?:\\[([^\\]]+)\\])?$`);
      const [, date, time, offset, zone] = pattern.exec(text(tag, body, pattern))!;
      const d = parseDate(date);
      const t = parseTime(time);
      // With both offset and zone id the driver sends the zone id and the exact instant.
      return new DateTime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.nanosecond, parseOffset(offset), zone ?? null);
    }
    case "$duration": {
      const fields = body as Record<string, unknown>;
      if (!fields || typeof fields !== "object") throw new EncodingError(`$duration needs an object`);
      const part = (name: string) => neo4j.int(text(`$duration.${name}`, fields[name], /^-?\d+$/));
      return new Duration(part("months"), part("days"), part("seconds"), part("nanoseconds"));
    }
    case "$bytes":
      return new Int8Array(Buffer.from(text(tag, body, /^[A-Za-z0-9+/]*={0,2}$/), "base64"));
    default:
      throw new EncodingError(`unknown tag ${JSON.stringify(tag)}`);
  }
}

/** Encodes a property map; `where` names the node or relationship in an error. */
export function encodeProperties(properties: Record<string, unknown>, where: string): Record<string, Encoded> {
  const encoded: Record<string, Encoded> = {};
  for (const [key, value] of Object.entries(properties)) {
    try {
      encoded[key] = encodeValue(value);
    } catch (error) {
      throw new EncodingError(`${where}, property ${JSON.stringify(key)}: ${(error as Error).message}`);
    }
  }
  return encoded;
}

export function decodeProperties(encoded: unknown, where: string): Record<string, PropertyValue> {
  if (!encoded || typeof encoded !== "object" || Array.isArray(encoded)) throw new EncodingError(`${where}: "properties" must be an object`);
  const decoded: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(encoded)) {
    try {
      decoded[key] = decodeValue(value);
    } catch (error) {
      throw new EncodingError(`${where}, property ${JSON.stringify(key)}: ${(error as Error).message}`);
    }
  }
  return decoded;
}

// ---- numbers

function encodeFloat(value: number): Encoded {
  if (Object.is(value, -0)) return { $float: "-0" };
  if (!Number.isFinite(value) || Number.isInteger(value)) return { $float: String(value) };
  return value;
}

function parseFloatText(body: string): number {
  return body === "-0" ? -0 : Number(body);
}

function toNumber(value: number | Integer | bigint): number {
  return neo4j.isInt(value) ? value.toNumber() : Number(value);
}

function text(tag: string, body: unknown, pattern: RegExp): string {
  if (typeof body !== "string" || !pattern.test(body)) throw new EncodingError(`${tag} has a malformed value ${JSON.stringify(body)}`);
  return body;
}

function decodePoint(body: unknown): PropertyValue {
  const point = body as Record<string, unknown>;
  const finite = (name: string) => {
    const v = point[name];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new EncodingError(`$point.${name} must be a finite number`);
    return v;
  };
  if (!point || typeof point !== "object") throw new EncodingError("$point needs an object");
  const srid = finite("srid");
  return point.z === undefined ? new Point(neo4j.int(srid), finite("x"), finite("y")) : new Point(neo4j.int(srid), finite("x"), finite("y"), finite("z"));
}

// ---- temporal text: ISO 8601 with a signed year beyond 0000..9999, nanoseconds when not zero

const DATE_PART = /[+-]?\d{4,9}-\d{2}-\d{2}/;
const DATE = new RegExp(`^${DATE_PART.source}$`);
const TIME = /\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?/;
const OFFSET = /Z|[+-]\d{2}:\d{2}(?::\d{2})?/;

interface DateFields {
  year: number | Integer;
  month: number | Integer;
  day: number | Integer;
}
interface TimeFields {
  hour: number | Integer;
  minute: number | Integer;
  second: number | Integer;
  nanosecond: number | Integer;
}

function formatDate(value: DateFields): string {
  const year = toNumber(value.year);
  const digits = String(Math.abs(year)).padStart(4, "0");
  const signed = year < 0 ? `-${digits}` : year > 9999 ? `+${digits}` : digits;
  return `${signed}-${pad2(toNumber(value.month))}-${pad2(toNumber(value.day))}`;
}

function formatTime(value: TimeFields): string {
  const nanosecond = toNumber(value.nanosecond);
  const fraction = nanosecond === 0 ? "" : `.${String(nanosecond).padStart(9, "0")}`;
  return `${pad2(toNumber(value.hour))}:${pad2(toNumber(value.minute))}:${pad2(toNumber(value.second))}${fraction}`;
}

function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? "-" : "+";
  const abs = Math.abs(seconds);
  const rest = abs % 60;
  return `${sign}${pad2(Math.floor(abs / 3600))}:${pad2(Math.floor((abs % 3600) / 60))}${rest === 0 ? "" : `:${pad2(rest)}`}`;
}

function parseDate(text: string): { year: number; month: number; day: number } {
  const [, year, month, day] = /^([+-]?\d+)-(\d{2})-(\d{2})$/.exec(text)!;
  return { year: Number(year), month: Number(month), day: Number(day) };
}

function parseTime(text: string): { hour: number; minute: number; second: number; nanosecond: number } {
  const [, hour, minute, second, fraction] = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/.exec(text)!;
  return { hour: Number(hour), minute: Number(minute), second: Number(second), nanosecond: Number((fraction ?? "").padEnd(9, "0")) };
}

function parseOffset(text: string): number {
  if (text === "Z") return 0;
  const [, sign, hours, minutes, seconds] = /^([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text)!;
  const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds ?? 0);
  return sign === "-" ? -total : total;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  return value.constructor?.name ?? "object";
}
