import fs from "node:fs";
import path from "node:path";
import { ENUMS, UI } from "../../src/explore/labels";

/**
 * The explorer shows the API's enum values by their labels, in English and Indonesian: every value
 * of every enum it shows has both, so a value added to the schema cannot reach the page unlabelled;
 * and every text key its HTML names exists.
 */
const ROOT = path.resolve(__dirname, "..", "..");
const SHOWN_ENUMS = [
  "ActorKind",
  "SentraRole",
  "LinkageType",
  "Intensity",
  "ClusterStage",
  "ValueChainStage",
  "PartnerNeed",
  "SurveyQuestion",
  "CriterionGroup",
  "SizeClass",
  "Flow",
  "RegionLevel",
];

function enumValues(schema: string, name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1];
  if (!body) throw new Error(`enum ${name} is not in schema/schema.graphql`);
  return body
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^[A-Z_]+$/.test(line));
}

describe("the explorer's labels", () => {
  const schema = fs.readFileSync(path.join(ROOT, "schema", "schema.graphql"), "utf8");

  it.each(SHOWN_ENUMS)("labels every %s value in English and Indonesian", (name) => {
    const unlabelled = enumValues(schema, name).filter((value) => !ENUMS[value] || !ENUMS[value][0] || !ENUMS[value][1]);
    expect(unlabelled).toEqual([]);
  });

  it("has the UNMEASURED intensity the page's filter adds", () => {
    expect(ENUMS.UNMEASURED).toBeDefined();
  });

  it("has every text the page's HTML asks for, in both languages", () => {
    const html = fs.readFileSync(path.join(ROOT, "src", "explore", "index.html"), "utf8");
    const keys = [...html.matchAll(/data-t(?:-title|-label)?="([^"]+)"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((key) => !UI[key] || !UI[key][0] || !UI[key][1])).toEqual([]);
  });
});
