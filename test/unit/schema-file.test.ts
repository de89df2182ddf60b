import fs from "node:fs";
import path from "node:path";
import { getNamedType, getNullableType, GraphQLList, isCompositeType, isObjectType } from "graphql";
import { buildSimpulSchema } from "../../src/graphql/schema";
import { renderSdl } from "../../src/graphql/sdl";

describe("schema/schema.graphql", () => {
  it("matches the schema the code builds (run `npm run emit-schema` after changing types)", async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, "..", "..", "schema", "schema.graphql"), "utf8");
    expect(committed).toBe(renderSdl(await buildSimpulSchema()));
  });

  it("describes every type and field", async () => {
    const schema = await buildSimpulSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
      // type-graphql gives the root Query type no description of its own.
      if (!type.description && type !== schema.getQueryType()) missing.push(type.name);
      if ("getFields" in type) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("returns every list of objects as a cursor connection (only a connection's edges are a plain list)", async () => {
    const schema = await buildSimpulSchema();
    const plainLists: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__") || type.name.endsWith("Connection")) continue;
      for (const field of Object.values(type.getFields())) {
        const isList = getNullableType(field.type) instanceof GraphQLList;
        if (isList && isCompositeType(getNamedType(field.type))) plainLists.push(`${type.name}.${field.name}`);
      }
    }
    expect(plainLists).toEqual([]);
  });

  it("caps every connection's page size through a `first` argument", async () => {
    const schema = await buildSimpulSchema();
    const uncapped: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name.endsWith("Connection") && !field.args.some((a) => a.name === "first")) uncapped.push(`${type.name}.${field.name}`);
      }
    }
    expect(uncapped).toEqual([]);
  });
});
