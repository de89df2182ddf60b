import { buildSimpulSchema } from "../../src/graphql/schema";
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLSchema,
} from "graphql";
import { generateApiKey } from "../../src/auth/api-key";
import { createApiKey } from "../../src/repositories/api-key.repository";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { postGraphql } from "../support/app";
import { graphFingerprint } from "../support/database";
import { fixture } from "../support/fixture";
import { apiOnGraph } from "../support/graph-api";

/** Strings that would change a query if they were ever spliced into Cypher or a label. */
const INJECTIONS = [
  "' OR 1=1 //",
  '") DETACH DELETE n //',
  "x}) MATCH (n) DETACH DELETE n //",
  "`Actor` MATCH (n) DETACH DELETE n",
  "\u0000\uffff\ud800",
  "${process.env}",
  "x".repeat(100_000),
];

/** Codes a hostile value may earn; anything else (INTERNAL_SERVER_ERROR above all) is a defect. */
const CLIENT_CODES = ["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "BAD_REQUEST"];

/** Every root query field with a String or ID argument, and that argument. */
function textArguments(schema: GraphQLSchema): Array<{ field: string; arg: GraphQLArgument; args: readonly GraphQLArgument[] }> {
  const fields = Object.values(schema.getQueryType()!.getFields());
  return fields.flatMap((field) =>
    field.args
      .filter((arg) => ["String", "ID"].includes(getNamedType(arg.type).name) && !isListType(getNullableType(arg.type)))
      .map((arg) => ({ field: field.name, arg, args: field.args })),
  );
}

/** A value for every other required argument, so the field under test is the only oddity. */
function requiredArgs(args: readonly GraphQLArgument[], except: string): string {
  return args
    .filter((a) => a.name !== except && isNonNullType(a.type) && a.defaultValue === undefined)
    .map((a) => {
      const type = getNamedType(a.type);
      if (isListType(getNullableType(a.type))) return `${a.name}: ["x"]`;
      if (isEnumType(type)) return `${a.name}: ${type.getValues()[0].name}`;
      if (isScalarType(type) && ["Int", "Float"].includes(type.name)) return `${a.name}: 1`;
      if (isInputObjectType(type)) return `${a.name}: {}`;
      return `${a.name}: "x"`;
    })
    .join(" ");
}

describe("hostile input to the real server", () => {
  const app = apiOnGraph((db) => writeDataset(db, fixture));
  let before: string[];
  let adminKey: string;

  beforeAll(async () => {
    const admin = generateApiKey();
    await createApiKey(app.db, { id: admin.id, name: "hostile-input admin", role: "ADMIN", hash: admin.hash });
    adminKey = admin.key;
    before = await graphFingerprint(app.db);
  });

  it("answers injection strings in every text argument of every root field with data or a client error, never an internal one", async () => {
    const targets = textArguments(await buildSimpulSchema());
    expect(targets.length).toBeGreaterThan(5);
    for (const { field, arg, args } of targets) {
      for (const value of INJECTIONS) {
        const query = `query($v: ${arg.type.toString().replace(/!$/, "")}!) { ${field}(${arg.name}: $v ${requiredArgs(args, arg.name)}) { __typename } }`;
        // As an admin, so that admin-only fields (`changes`) are reached too, not refused at the door.
        const { status, body } = await postGraphql(app.api.url, query, { v: value }, { authorization: `Bearer ${adminKey}` });
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        const unexpected = codes.filter((c) => !CLIENT_CODES.includes(String(c)));
        expect({ field, arg: arg.name, value: value.slice(0, 40), status: status < 500, unexpected }).toEqual({
          field,
          arg: arg.name,
          value: value.slice(0, 40),
          status: true,
          unexpected: [],
        });
      }
    }
    expect(await graphFingerprint(app.db)).toEqual(before);
  });

  it.each([
    ["a huge page size", `{ actors(first: 2147483647) { totalCount } }`, "BAD_USER_INPUT"],
    ["a negative page size", `{ actors(first: -1) { totalCount } }`, "BAD_USER_INPUT"],
    ["a page size beyond 32-bit", `{ actors(first: 99999999999) { totalCount } }`, "GRAPHQL_VALIDATION_FAILED"],
    ["a forged cursor", `{ actors(after: "bm9wZQ") { totalCount } }`, "BAD_USER_INPUT"],
    ["a wrong type", `{ actors(first: "ten") { totalCount } }`, "GRAPHQL_VALIDATION_FAILED"],
    ["an unknown enum value", `{ actors(filter: { kinds: [SPACESHIP] }) { totalCount } }`, "GRAPHQL_VALIDATION_FAILED"],
    ["an impossible circle", `{ actors(filter: { near: { latitude: 91, longitude: 0, radiusKm: 1 } }) { totalCount } }`, "BAD_USER_INPUT"],
    ["a NaN-like radius", `{ actors(filter: { near: { latitude: 0, longitude: 0, radiusKm: -0.0 } }) { totalCount } }`, "BAD_USER_INPUT"],
    ["a nonsensical threshold", `{ sentraAnalysis(id: "t-casting", thresholds: { linkedCoreShare: -1 }) { verdict { stage } } }`, "BAD_USER_INPUT"],
    [
      "too many compared sentra",
      `{ compareSentra(ids: [${Array.from({ length: 21 }, (_, i) => `"s${i}"`).join(",")}]) { analyses { verdict { stage } } } }`,
      "BAD_USER_INPUT",
    ],
    ["a drawing too deep", `{ sentra(id: "t-casting") { network(depth: 99) { totalNodes } } }`, "BAD_USER_INPUT"],
    ["a drawing too large", `{ sentra(id: "t-casting") { network(maxNodes: 100000) { totalNodes } } }`, "BAD_USER_INPUT"],
    ["a zero resolution", `{ regionCommunities(regionId: "t-regency", resolution: 0) { nodeCount } }`, "BAD_USER_INPUT"],
    ["a partner search beyond the earth", `{ sentra(id: "t-casting") { partners(need: FINANCE, radiusKm: 100000) { coreMembers } } }`, "BAD_USER_INPUT"],
  ])("refuses %s with a stable code", async (_name, query, code) => {
    const { status, body } = await postGraphql(app.api.url, query);
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0].extensions?.code).toBe(code);
    expect(await graphFingerprint(app.db)).toEqual(before);
  });

  it.each([
    ["an unknown node", `{ node(id: "no-such-id") { id } }`, "node"],
    ["an unknown sentra", `{ sentra(id: "no-such-id") { id } }`, "sentra"],
    ["an unknown analysis", `{ sentraAnalysis(id: "no-such-id") { verdict { stage } } }`, "sentraAnalysis"],
    ["an unknown region's communities", `{ regionCommunities(regionId: "no-such-id") { nodeCount } }`, "regionCommunities"],
    ["an unknown provider", `{ providerGaps(providerId: "no-such-id") { needs } }`, "providerGaps"],
  ])("answers %s with null, not an error", async (_name, query, field) => {
    const { status, body } = await postGraphql<Record<string, unknown>>(app.api.url, query);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data![field]).toBeNull();
  });

  it("answers malformed JSON with 400 and a clear message", async () => {
    const response = await fetch(app.api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query": "{ serverInfo { version } }"',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/at .*\.js|stack/i);
  });
});
