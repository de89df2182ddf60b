import fs from "node:fs";
import path from "node:path";
import { buildSchema, parse, type ObjectTypeDefinitionNode } from "graphql";
import { CHANGE_OPERATIONS } from "../../src/repositories/write/audit";
import { WRITES } from "../../src/services/network-write.service";

// The write path is one skeleton configured per entity (src/repositories/write/kit.ts): these
// checks keep it so, on the source tree as it is.
const WRITE_DIR = path.join(__dirname, "../../src/repositories/write");
const SDL = fs.readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8");

const mutationNames = () => {
  const mutation = parse(SDL).definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === "ObjectTypeDefinition" && d.name.value === "Mutation");
  return (mutation?.fields ?? []).map((f) => f.name.value).sort();
};

const entityWriteFiles = () => fs.readdirSync(WRITE_DIR).filter((f) => f.endsWith(".write.ts"));

describe("the write kit", () => {
  it("declares every mutation that writes the network once, with its audit operation and target (the import has its own path)", () => {
    expect(mutationNames().filter((name) => name !== "importSurvey")).toEqual(Object.keys(WRITES).sort());
    for (const [name, declared] of Object.entries(WRITES)) {
      expect({ name, operation: CHANGE_OPERATIONS.includes(declared.operation) }).toEqual({ name, operation: true });
      expect(typeof declared.target).toBe("function");
    }
  });

  it("leaves locking a record live at the version read to the kit: no entity checks a version itself", () => {
    const offenders = entityWriteFiles().filter((file) => /\bcheckVersion\(|\blockLive\(/.test(fs.readFileSync(path.join(WRITE_DIR, file), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("has each entity check its values against its rule table only (a key's id form is the one check a write may make itself)", () => {
    const checks = /\bcheck(Text|IntRange|Year|IsoDate|OneOf)\(/;
    const offenders = entityWriteFiles().filter((file) => checks.test(fs.readFileSync(path.join(WRITE_DIR, file), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("serves version once, on the Node interface and on Linkage, not per type", () => {
    const schema = buildSchema(SDL);
    const node = schema.getType("Node") as import("graphql").GraphQLInterfaceType;
    expect(Object.keys(node.getFields())).toContain("version");
    expect(fs.existsSync(path.join(__dirname, "../../src/graphql/mutations/version.resolver.ts"))).toBe(false);
  });
});
