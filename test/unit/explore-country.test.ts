import fs from "node:fs";
import path from "node:path";
import { UI } from "../../src/explore/labels";
import { HEADLINE_METRICS, pickersOf, queryOf, rankingVariables } from "../../src/explore/views/country-data";
import {
  contrastRatio,
  MAP_LAND,
  MAP_SEA,
  MAX_RADIUS,
  MIN_RADIUS,
  NO_STAGE_COLOUR,
  radiusOf,
  STAGE_COLOURS,
  STAGES,
} from "../../src/explore/views/country-palette";

/** The country view's pure parts: its metric list against the schema, its map colours, sizes and address. */
const ROOT = path.resolve(__dirname, "..", "..");

function enumValues(name: string): string[] {
  const schema = fs.readFileSync(path.join(ROOT, "schema", "schema.graphql"), "utf8");
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)![1];
  return body
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^[A-Za-z_]+$/.test(line));
}

describe("the country view", () => {
  it("offers every HeadlineMetric of the schema, each labelled in English and Indonesian", () => {
    expect([...HEADLINE_METRICS].sort()).toEqual(enumValues("HeadlineMetric").sort());
    const unlabelled = HEADLINE_METRICS.filter((metric) => !UI[`metric_${metric}`]?.[0] || !UI[`metric_${metric}`]?.[1]);
    expect(unlabelled).toEqual([]);
  });

  it("colours every stage of the schema at 3:1 or more against land and sea", () => {
    expect([...STAGES].sort()).toEqual(enumValues("ClusterStage").sort());
    for (const colour of [...Object.values(STAGE_COLOURS), NO_STAGE_COLOUR]) {
      expect(contrastRatio(colour, MAP_LAND)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour, MAP_SEA)).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(Object.values(STAGE_COLOURS)).size).toBe(STAGES.length);
  });

  it("sizes points by the square root of firms, between the smallest and largest radius", () => {
    expect(radiusOf(null, 40)).toBe(MIN_RADIUS);
    expect(radiusOf(0, 40)).toBe(MIN_RADIUS);
    expect(radiusOf(40, 40)).toBe(MAX_RADIUS);
    // A quarter of the firms: half the way up (square root).
    expect(radiusOf(10, 40)).toBeCloseTo(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) / 2, 9);
  });

  it("reads its address: defaults, unknown values ignored, stages kept in ladder names", () => {
    expect(queryOf(new URLSearchParams(""))).toEqual({ regionId: null, metric: "stageRank", descending: true, product: "", stages: [] });
    const q = queryOf(new URLSearchParams("region=r1&metric=completeness&order=asc&product=%20rattan%20&stages=CLUSTER,NOPE,EMBRYO"));
    expect(q).toEqual({ regionId: "r1", metric: "completeness", descending: false, product: "rattan", stages: ["CLUSTER", "EMBRYO"] });
    expect(queryOf(new URLSearchParams("metric=drop")).metric).toBe("stageRank");
    expect(rankingVariables(q, "c1")).toEqual({
      metric: "completeness",
      descending: false,
      regionId: "r1",
      productContains: "rattan",
      stages: ["CLUSTER", "EMBRYO"],
      first: 100,
      after: "c1",
    });
  });

  it("sets the province and regency pickers from a village's chain of regions", () => {
    const place = {
      id: "v",
      name: "Desa Batur",
      level: "VILLAGE",
      parent: {
        id: "d",
        name: "Kecamatan Ceper",
        level: "DISTRICT",
        parent: { id: "k", name: "Kabupaten Klaten", level: "REGENCY", parent: { id: "p", name: "Jawa Tengah", level: "PROVINCE", parent: null } },
      },
    };
    expect(pickersOf(place)).toEqual({ province: "p", regency: "k" });
    expect(pickersOf(place.parent.parent.parent)).toEqual({ province: "p", regency: null });
  });
});
