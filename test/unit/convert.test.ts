import neo4j from "neo4j-driver";
import { recordToObject, toNative } from "../../src/db/convert";

const { Point, Date: Neo4jDate, DateTime, Duration, Node, Relationship } = neo4j.types;

describe("toNative", () => {
  it("keeps primitives and turns null and undefined into null", () => {
    expect([toNative("a"), toNative(1.5), toNative(true), toNative(null), toNative(undefined)]).toEqual(["a", 1.5, true, null, null]);
  });

  it("turns integers into numbers where safe and into strings beyond", () => {
    expect(toNative(neo4j.int(42))).toBe(42);
    expect(toNative(neo4j.int("9007199254740993"))).toBe("9007199254740993");
  });

  it("turns WGS 84 points into latitude and longitude, Cartesian ones into x and y", () => {
    expect(toNative(new Point(neo4j.int(4326), 110.82, -7.57))).toEqual({ longitude: 110.82, latitude: -7.57 });
    expect(toNative(new Point(neo4j.int(4979), 110.82, -7.57, 120))).toEqual({ longitude: 110.82, latitude: -7.57 });
    expect(toNative(new Point(neo4j.int(7203), 1.5, -2))).toEqual({ x: 1.5, y: -2 });
  });

  it("turns temporal values into their ISO strings", () => {
    expect(toNative(new Neo4jDate(2019, 7, 1))).toBe("2019-07-01");
    expect(toNative(new DateTime(2024, 3, 1, 2, 30, 0, 0, 0))).toBe("2024-03-01T02:30:00Z");
    expect(toNative(new Duration(1, 2, 3, 0))).toBe("P1M2DT3S");
  });

  it("turns nodes and relationships into their converted properties", () => {
    const node = new Node(neo4j.int(1), ["Actor"], { id: "a", workers: neo4j.int(12) }, "4:x:1");
    const tie = new Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), "LINKED", { since: new Neo4jDate(2020, 1, 1) }, "5:x:2", "4:x:1", "4:x:3");
    expect(toNative(node)).toEqual({ id: "a", workers: 12 });
    expect(toNative(tie)).toEqual({ since: "2020-01-01" });
  });

  it("converts inside lists and maps at any depth, and copies them", () => {
    const raw = { items: [{ count: neo4j.int(3), at: new Neo4jDate(2021, 5, 6), tags: ["x"] }], empty: [], nested: { deeper: { n: neo4j.int(-1) } } };
    const native = toNative(raw) as typeof raw;
    expect(native).toEqual({ items: [{ count: 3, at: "2021-05-06", tags: ["x"] }], empty: [], nested: { deeper: { n: -1 } } });
    expect(native).not.toBe(raw);
    expect(native.items).not.toBe(raw.items);
  });

  it("gives a record's fields as one converted object", () => {
    expect(recordToObject({ toObject: () => ({ id: "s", total: neo4j.int(7) }) })).toEqual({ id: "s", total: 7 });
  });
});
