import fs from "node:fs";
import path from "node:path";
import {
  buildSchema,
  BreakingChangeType,
  findBreakingChanges,
  findDangerousChanges,
  type GraphQLField,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
} from "graphql";

// Frontends build against schema/schema.graphql; schema/released.graphql is the schema of the last
// release. A change that could break a client built against it is allowed only when the schema
// changelog (docs/schema-changes.md, linked from README) names it (with what clients must change), and a field leaves only after a
// release that marked it @deprecated.
const root = path.resolve(__dirname, "..", "..");
const read = (file: string) => buildSchema(fs.readFileSync(path.join(root, file), "utf8"));
const CHANGELOG_FILE = "docs/schema-changes.md";
const CHANGELOG_HEADING = "## Schema changelog";
const changelog = () => {
  const text = fs.readFileSync(path.join(root, CHANGELOG_FILE), "utf8");
  const start = text.indexOf(CHANGELOG_HEADING);
  return start < 0 ? "" : text.slice(start);
};

function field(schema: GraphQLSchema, coordinate: string): GraphQLField<unknown, unknown> | undefined {
  const [typeName, fieldName] = coordinate.split(".");
  const type = schema.getType(typeName);
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[fieldName] : undefined;
}

describe("schema changes for frontends", () => {
  const released = read("schema/released.graphql");
  const current = read("schema/schema.graphql");

  it("finds the schema changelog, and README points to it", () => {
    expect(changelog()).toMatch(new RegExp(`^${CHANGELOG_HEADING}\n`));
    expect(fs.readFileSync(path.join(root, "README.md"), "utf8")).toContain(`(${CHANGELOG_FILE})`);
  });

  it("names every breaking and dangerous change since the released schema in the schema changelog", () => {
    const unnamed = [...findBreakingChanges(released, current), ...findDangerousChanges(released, current)]
      .map((change) => change.description)
      .filter((description) => !changelog().includes(description));
    expect(unnamed).toEqual([]);
  });

  it("removes a field only after a release that marked it @deprecated", () => {
    const removedLive = findBreakingChanges(released, current)
      .filter((change) => change.type === BreakingChangeType.FIELD_REMOVED)
      .map((change) => /^(\w+\.\w+) was removed\.$/.exec(change.description)?.[1] ?? change.description)
      .filter((coordinate) => !field(released, coordinate)?.deprecationReason);
    expect(removedLive).toEqual([]);
  });

  it("catches a removed field, so the checks above can fail", () => {
    const sdl = fs.readFileSync(path.join(root, "schema/schema.graphql"), "utf8");
    const withoutVersion = buildSchema(sdl.replace(/(interface Node[^{]*\{[\s\S]*?)\n\s*"""[^"]*"""\n\s*version: Int!/, "$1"));
    expect(findBreakingChanges(current, withoutVersion).map((c) => c.description)).toContain("Node.version was removed.");
  });
});
