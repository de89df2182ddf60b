import neo4j from "neo4j-driver";
import { decodeValue, encodeProperties, encodeValue, EncodingError } from "../../src/backup/encoding";
import { BackupFormatError, checkName, matchLabelOf, parseManifest, parseNodeLine, parseRelationshipLine } from "../../src/backup/format";

const { Date: Neo4jDate, DateTime, Duration, LocalDateTime, LocalTime, Point, Time } = neo4j.types;

/** Encoding then JSON text then decoding: what a backup does to a value. */
function roundTrip(value: unknown): unknown {
  return decodeValue(JSON.parse(JSON.stringify(encodeValue(value))));
}

describe("the backup encoding", () => {
  it("keeps strings, booleans, safe integers and fractional floats as plain JSON", () => {
    expect(encodeValue("sentra")).toBe("sentra");
    expect(encodeValue(true)).toBe(true);
    expect(encodeValue(neo4j.int(42))).toBe(42);
    expect(encodeValue(neo4j.int(-9007199254740991))).toBe(-9007199254740991);
    expect(encodeValue(0.25)).toBe(0.25);
  });

  it("tells integers from floats: an integral JSON number is an Integer, an integral float is tagged", () => {
    expect(encodeValue(2)).toEqual({ $float: "2" });
    expect(neo4j.isInt(decodeValue(2))).toBe(true);
    expect(decodeValue(2.5)).toBe(2.5);
    expect(roundTrip(2)).toBe(2);
    expect(neo4j.isInt(roundTrip(2))).toBe(false);
    expect(Object.is(roundTrip(-0), -0)).toBe(true);
    expect(roundTrip(NaN)).toBeNaN();
    expect(roundTrip(Infinity)).toBe(Infinity);
    expect(roundTrip(-Infinity)).toBe(-Infinity);
    expect(roundTrip(1e300)).toBe(1e300);
    expect(roundTrip(5e-324)).toBe(5e-324);
  });

  it("keeps integers beyond 2^53 exactly, as strings", () => {
    for (const text of ["9007199254740993", "-9223372036854775808", "9223372036854775807"]) {
      const encoded = encodeValue(neo4j.int(text));
      expect(encoded).toEqual({ $int: text });
      expect((roundTrip(neo4j.int(text)) as ReturnType<typeof neo4j.int>).toString()).toBe(text);
    }
    expect(() => decodeValue(2 ** 53)).toThrow(EncodingError);
  });

  it("keeps lists element by element", () => {
    const list = [neo4j.int(1), neo4j.int("9007199254740993")];
    expect(encodeValue(list)).toEqual([1, { $int: "9007199254740993" }]);
    const back = roundTrip(list) as ReturnType<typeof neo4j.int>[];
    expect(back.map(String)).toEqual(["1", "9007199254740993"]);
    expect(roundTrip([1, 2.5])).toEqual([1, 2.5]);
    expect(roundTrip(["a", "b"])).toEqual(["a", "b"]);
    expect(roundTrip([])).toEqual([]);
  });

  it("keeps WGS-84 and Cartesian points, 2-D and 3-D", () => {
    const jakarta = new Point(4326, 106.8456, -6.2088);
    expect(encodeValue(jakarta)).toEqual({ $point: { srid: 4326, x: 106.8456, y: -6.2088 } });
    const back = roundTrip(jakarta) as InstanceType<typeof Point>;
    expect([Number(back.srid), back.x, back.y, back.z]).toEqual([4326, 106.8456, -6.2088, undefined]);
    const high = roundTrip(new Point(4979, 110.4, -7.1, 120.5)) as InstanceType<typeof Point>;
    expect([Number(high.srid), high.x, high.y, high.z]).toEqual([4979, 110.4, -7.1, 120.5]);
    const flat = roundTrip(new Point(7203, 1, 2)) as InstanceType<typeof Point>;
    expect([Number(flat.srid), flat.x, flat.y]).toEqual([7203, 1, 2]);
  });

  it("writes temporal values as ISO 8601 text and reads them back field for field", () => {
    const cases: Array<[unknown, unknown]> = [
      [new Neo4jDate(2024, 3, 1), { $date: "2024-03-01" }],
      [new Neo4jDate(-44, 3, 15), { $date: "-0044-03-15" }],
      [new Neo4jDate(12345, 1, 2), { $date: "+12345-01-02" }],
      [new LocalTime(9, 30, 0, 1), { $localtime: "09:30:00.000000001" }],
      [new Time(9, 30, 5, 0, 7 * 3600), { $time: "09:30:05+07:00" }],
      [new Time(23, 0, 0, 500_000_000, -(3 * 3600 + 30 * 60 + 15)), { $time: "23:00:00.500000000-03:30:15" }],
      [new LocalDateTime(2024, 12, 31, 23, 59, 59, 999_999_999), { $localdatetime: "2024-12-31T23:59:59.999999999" }],
      [new DateTime(2024, 3, 1, 9, 30, 0, 0, 7 * 3600, null), { $datetime: "2024-03-01T09:30:00+07:00" }],
      [new DateTime(2024, 3, 1, 9, 30, 0, 0, 7 * 3600, "Asia/Jakarta"), { $datetime: "2024-03-01T09:30:00+07:00[Asia/Jakarta]" }],
      [new Duration(14, 3, 5, 1), { $duration: { months: "14", days: "3", seconds: "5", nanoseconds: "1" } }],
    ];
    for (const [value, encoded] of cases) {
      expect(encodeValue(value)).toEqual(encoded);
      expect(String(roundTrip(value))).toBe(String(value));
      expect(encodeValue(roundTrip(value))).toEqual(encoded);
    }
    const zoned = roundTrip(cases[8][0]) as InstanceType<typeof DateTime>;
    expect([zoned.timeZoneId, Number(zoned.timeZoneOffsetSeconds)]).toEqual(["Asia/Jakarta", 7 * 3600]);
    expect(neo4j.isLocalTime(roundTrip(cases[3][0]))).toBe(true);
    expect(neo4j.isLocalDateTime(roundTrip(cases[6][0]))).toBe(true);
  });

  it("keeps byte arrays", () => {
    const bytes = new Int8Array([0, -1, 127, -128]);
    expect(encodeValue(bytes)).toEqual({ $bytes: "AP9/gA==" });
    expect(Array.from(roundTrip(bytes) as Int8Array)).toEqual([0, -1, 127, -128]);
  });

  it("rejects what is not a property value, naming the property", () => {
    expect(() => encodeValue({ nested: 1 })).toThrow(/unsupported type/);
    expect(() => encodeProperties({ id: "a1", bad: { nested: 1 } }, "node a1")).toThrow(/node a1, property "bad"/);
    expect(() => decodeValue({ $int: "12x" })).toThrow(/malformed/);
    expect(() => decodeValue({ $nope: "1" })).toThrow(/unknown tag/);
    expect(() => decodeValue({ $int: "1", $float: "2" })).toThrow(/exactly one key/);
    expect(() => decodeValue(null)).toThrow(EncodingError);
  });
});

describe("the backup format", () => {
  const manifest = {
    format: "simpul-backup",
    formatVersion: 1,
    createdAt: "2024-01-01T00:00:00.000Z",
    simpulVersion: "0.1.0",
    neo4j: { version: "5.26.0", edition: "community", database: "neo4j" },
    nodes: 2,
    relationships: 1,
    labels: ["Actor", "Node"],
    relationshipTypes: ["LINKED"],
    files: { nodes: { name: "nodes.jsonl", sha256: "x" }, relationships: { name: "relationships.jsonl", sha256: "y" } },
  };

  it("accepts only names safe to write into Cypher", () => {
    expect(checkName("MEMBER_OF", "t")).toBe("MEMBER_OF");
    for (const bad of ["", "1Actor", "Actor`) DETACH DELETE (n", "A-B", "Ä", 3]) expect(() => checkName(bad, "t")).toThrow(BackupFormatError);
    expect(() => parseManifest(JSON.stringify({ ...manifest, labels: ["Actor", "x`y"] }))).toThrow(/not a name/);
    expect(() => parseManifest(JSON.stringify({ ...manifest, relationshipTypes: ["A B"] }))).toThrow(/not a name/);
  });

  it("reads a manifest and refuses another format or version", () => {
    expect(parseManifest(JSON.stringify(manifest)).nodes).toBe(2);
    expect(() => parseManifest("{")).toThrow(/not JSON/);
    expect(() => parseManifest(JSON.stringify({ ...manifest, format: "other" }))).toThrow(/not a Simpul backup/);
    expect(() => parseManifest(JSON.stringify({ ...manifest, formatVersion: 2 }))).toThrow(/format version 2/);
  });

  it("reads node and relationship lines, holding their names to the manifest", () => {
    const labels = new Set(manifest.labels);
    const types = new Set(manifest.relationshipTypes);
    const node = parseNodeLine('{"labels":["Node","Actor"],"properties":{"id":"a1","workers":12}}', 1, labels);
    expect(node.labels).toEqual(["Actor", "Node"]);
    expect(String(node.properties.workers)).toBe("12");
    expect(() => parseNodeLine('{"labels":["Secret"],"properties":{}}', 2, labels)).toThrow(/nodes.jsonl line 2: the label Secret is not listed/);
    const relationship = parseRelationshipLine('{"type":"LINKED","start":"a1","end":"a2","properties":{"since":{"$date":"2020-01-01"}}}', 1, labels, types);
    expect([relationship.startLabel, relationship.endLabel, relationship.start, relationship.end]).toEqual(["Node", "Node", "a1", "a2"]);
    expect(neo4j.isDate(relationship.properties.since)).toBe(true);
    expect(() => parseRelationshipLine('{"type":"OWNS","start":"a1","end":"a2","properties":{}}', 3, labels, types)).toThrow(/OWNS is not listed/);
    expect(() => parseRelationshipLine('{"type":"LINKED","end":"a2","properties":{}}', 4, labels, types)).toThrow(/"start" is missing/);
  });

  it("finds a relationship's end by Node when it has it, else by its first label", () => {
    expect(matchLabelOf(["Actor", "Node"])).toBe("Node");
    expect(matchLabelOf(["Zeta", "ApiKey"])).toBe("ApiKey");
    expect(matchLabelOf([])).toBeUndefined();
  });
});
