import type { Driver } from "neo4j-driver";
import { recordToObject } from "../../src/db/convert";
import type { Database } from "../../src/db/neo4j";
import { openTestDatabase } from "../support/database";

describe("values read from Neo4j, converted at the boundary", () => {
  let db: Database;
  let driver: Driver;
  beforeAll(() => ({ db, driver } = openTestDatabase()));
  afterAll(() => driver.close());

  it("become plain numbers, strings and coordinates", async () => {
    const row = await db.read(async (tx) => {
      const result = await tx.run(`
        RETURN 42 AS small, 9007199254740993 AS huge, 2.5 AS float,
               date('2007-05-01') AS day, datetime('2007-05-01T08:30:00Z') AS moment,
               point({latitude: -7.71, longitude: 110.6}) AS where,
               [1, 2] AS list, {nested: 3} AS map, null AS nothing`);
      return recordToObject<Record<string, unknown>>(result.records[0]);
    });
    expect(row).toEqual({
      small: 42,
      huge: "9007199254740993",
      float: 2.5,
      day: "2007-05-01",
      moment: "2007-05-01T08:30:00Z",
      where: { latitude: -7.71, longitude: 110.6 },
      list: [1, 2],
      map: { nested: 3 },
      nothing: null,
    });
  });
});
