import path from "node:path";
import { getIntrospectionQuery, parse, validate, type OperationDefinitionNode } from "graphql";
import { buildSimpulSchema } from "../../src/graphql/schema";
import { checkOperation, DEFAULT_QUERY_LIMITS, parseOptionsFor } from "../../src/graphql/limits";
import { fencedBlocks } from "../support/documentation";

type Schema = Awaited<ReturnType<typeof buildSimpulSchema>>;
let schema: Schema;
beforeAll(async () => {
  schema = await buildSimpulSchema();
});

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  return checkOperation({ schema, document, operation, variables });
}
const refusal = (limitName: string, value: number, limit: number) =>
  expect.objectContaining({ extensions: expect.objectContaining({ code: "QUERY_TOO_LARGE", limitName, value, limit, http: { status: 400 } }) });

describe("the default limits", () => {
  it("are the documented ones", () => {
    expect(DEFAULT_QUERY_LIMITS).toEqual({
      maxTokens: 10_000,
      maxDirectives: 50,
      maxRootFields: 30,
      maxFields: 500,
      maxDepth: 15,
      maxEstimatedObjects: 1_000_000,
    });
  });

  it("stop the parser past maxTokens", () => {
    const fields = (n: number) => `{ ${"__typename ".repeat(n)}}`;
    expect(() => parse(fields(9_998), parseOptionsFor())).not.toThrow(); // 9,998 fields and two braces
    expect(() => parse(fields(9_999), parseOptionsFor())).toThrow("Document contains more that 10000 tokens. Parsing aborted.");
  });

  it("let through GraphiQL's full introspection query", () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const measures = measure(query);
    expect(measures.fields).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxFields);
    expect(measures.depth).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxDepth);
  });

  it("let through every example query of README and docs/", () => {
    const examples = fencedBlocks(path.join(__dirname, "..", ".."), ["graphql"]).map((block) => block.text);
    expect(examples.length).toBeGreaterThanOrEqual(12);
    for (const example of examples) {
      expect(validate(schema, parse(example))).toEqual([]);
      expect(() => measure(example)).not.toThrow();
    }
  });
});

describe("depth", () => {
  // Regions nest in regions: three fields (children, edges, node) a level.
  const nested = (levels: number) =>
    `{ regions(first: 1) { edges { node { ${"children(first: 1) { edges { node { ".repeat(levels)}id${" } } }".repeat(levels)} } } } }`;

  it("counts fields inside one another, the leaf included, not inline fragments", () => {
    expect(measure(`{ serverInfo { version } }`).depth).toBe(2);
    expect(measure(`{ node(id: "x") { ... on Actor { name } } }`).depth).toBe(2);
    expect(measure(nested(3)).depth).toBe(3 + 3 * 3 + 1);
  });

  it("refuses a request nested past maxDepth, naming the limit and the depth", () => {
    expect(() => measure(nested(4))).toThrow(refusal("maxDepth", 16, 15));
    expect(() => measure(nested(66))).toThrow("This request nests fields 202 deep, more than the limit of 15");
  });

  it("follows fragments into the depth", () => {
    const query = `{ regions(first: 1) { edges { node { ...R } } } } fragment R on Region { children(first: 1) { edges { node { ...S } } } }
      fragment S on Region { children(first: 1) { edges { node { children(first: 1) { edges { node { children(first: 1) { edges { node { id } } } } } } } } } }`;
    expect(() => measure(query)).toThrow(refusal("maxDepth", 16, 15));
  });
});

describe("fields and aliases", () => {
  it("refuses more than maxRootFields fields at the top, aliases and fragments included", () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: actors(first: 100) { totalCount }`).join(" ");
    expect(measure(`{ ${aliases(30)} }`).rootFields).toBe(30);
    expect(() => measure(`{ ${aliases(31)} }`)).toThrow(refusal("maxRootFields", 31, 30));
    expect(() => measure(`{ ${aliases(20)} ...F } fragment F on Query { ${aliases(11).replace(/a(\d+):/g, "b$1:")} }`)).toThrow(
      refusal("maxRootFields", 31, 30),
    );
    expect(() => measure(`{ ${aliases(900)} }`)).toThrow("This request asks for 900 top-level fields, more than the limit of 30: send fewer at a time");
  });

  it("refuses more than maxFields fields in all, each alias and each spread of a fragment counted", () => {
    const versions = (n: number) => Array.from({ length: n }, (_, i) => `v${i}: version`).join(" ");
    expect(measure(`{ serverInfo { ${versions(499)} } }`).fields).toBe(500);
    expect(() => measure(`{ serverInfo { ${versions(500)} } }`)).toThrow(refusal("maxFields", 501, 500));
    // 10 spreads of a 50-field fragment, where it is spread, plus serverInfo
    expect(() => measure(`{ serverInfo { ${"...V ".repeat(10)} } } fragment V on ServerInfo { ${versions(50)} }`)).toThrow(refusal("maxFields", 501, 500));
    expect(() => measure(`{ serverInfo { ${versions(600)} } }`)).toThrow(
      "This request selects 601 fields (each alias, and each fragment where it is spread), more than the limit of 500",
    );
  });
});

describe("directives", () => {
  it("refuses more than maxDirectives directives anywhere in the document", () => {
    const include = (n: number) => Array.from({ length: n }, (_, i) => `v${i}: version @include(if: true)`).join(" ");
    expect(measure(`{ serverInfo { ${include(50)} } }`).directives).toBe(50);
    expect(() => measure(`{ serverInfo { ${include(51)} } }`)).toThrow(refusal("maxDirectives", 51, 50));
    expect(() => measure(`{ serverInfo { version ${"@skip(if: false) ".repeat(60)}} }`)).toThrow("This request uses 60 directives, more than the limit of 50");
  });
});
