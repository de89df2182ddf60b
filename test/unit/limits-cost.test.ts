import { parse, type OperationDefinitionNode } from "graphql";
import { buildSimpulSchema } from "../../src/graphql/schema";
import { checkOperation, DEFAULT_QUERY_LIMITS, fragmentsInDependencyOrder, queryLimitsPlugin, type WalkStats } from "../../src/graphql/limits";

type Schema = Awaited<ReturnType<typeof buildSimpulSchema>>;
let schema: Schema;
beforeAll(async () => {
  schema = await buildSimpulSchema();
});

const operationOf = (document: ReturnType<typeof parse>) => document.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;

// The estimate alone, with the variables coerced the way checkOperation coerces them.
function estimate(query: string, variables: Record<string, unknown> = {}) {
  const stats: WalkStats = { fragmentWalks: 0, selections: 0 };
  const measures = checkOperation({ schema, document: parse(query), operation: operationOf(parse(query)), variables, limits: unlimited, stats });
  return { objects: measures.estimatedObjects, stats };
}
const unlimited = {
  ...DEFAULT_QUERY_LIMITS,
  maxRootFields: Infinity,
  maxFields: Infinity,
  maxDepth: Infinity,
  maxDirectives: Infinity,
  maxEstimatedObjects: Infinity,
};

// Runs the plugin's check the way Apollo does once an operation is resolved.
async function check(query: string, variables: Record<string, unknown> = {}, maxEstimatedObjects = 1_000_000) {
  const document = parse(query);
  const listener = await queryLimitsPlugin({ ...DEFAULT_QUERY_LIMITS, maxEstimatedObjects }).requestDidStart!({} as never);
  return listener!.didResolveOperation!({ schema, document, operation: operationOf(document), request: { variables } } as never);
}

describe("the object estimate", () => {
  it("counts each connection once per parent plus `first` times what its edges select, multiplied down the nesting", async () => {
    // sentraList 1 + 10 sentra, members 10 + 100, linkages 100 + 1000, 1000 partners = 2221
    const query = `{ sentraList(first: 10) { edges { node { members(first: 10) { edges { node { linkages(first: 10) { edges { node { partner { id } } } } } } } } } } }`;
    expect(estimate(query).objects).toBe(2221);
    await expect(check(query, {}, 2221)).resolves.toBeUndefined();
    await expect(check(query, {}, 2220)).rejects.toMatchObject({
      extensions: { code: "QUERY_TOO_LARGE", limitName: "maxEstimatedObjects", limit: 2220, value: 2221, estimatedObjects: 2221, http: { status: 400 } },
    });
  });

  it("counts a connection that selects only totalCount, because its query still runs", () => {
    expect(estimate(`{ actors(first: 100) { totalCount } }`).objects).toBe(1);
    expect(estimate(`{ actors(first: 100) { totalCount pageInfo { hasNextPage } } }`).objects).toBe(1);
    // Under each of 100 actors, one more query each.
    expect(estimate(`{ actors(first: 100) { edges { node { neighbours(first: 100) { totalCount } } } } }`).objects).toBe(1 + 100 * 2);
  });

  it("makes an alias bomb cost one per alias at least", () => {
    const aliases = Array.from({ length: 20_000 }, (_, i) => `a${i}: actors(first: 100) { totalCount }`).join(" ");
    expect(estimate(`{ ${aliases} }`).objects).toBe(20_000);
  });

  it("reads page sizes from variables and follows fragments", async () => {
    const query = `query($n: Int!) { actors(first: $n) { ...names } } fragment names on ActorConnection { edges { node { id } } }`;
    expect(estimate(query, { n: 50 }).objects).toBe(51);
    await expect(check(query, { n: 50 }, 60)).resolves.toBeUndefined();
    await expect(check(query, { n: 100 }, 60)).rejects.toMatchObject({ extensions: { estimatedObjects: 101 } });
  });

  it("checks every request of one parsed document (as Apollo's document store shares it) against its own variables", async () => {
    const plugin = queryLimitsPlugin({ ...DEFAULT_QUERY_LIMITS, maxEstimatedObjects: 60 });
    const run = async (document: ReturnType<typeof parse>, variables: Record<string, unknown>, using = plugin) =>
      (await using.requestDidStart!({} as never))!.didResolveOperation!({
        schema,
        document,
        operation: operationOf(document),
        request: { variables },
      } as never);
    const withVariables = parse(`query($n: Int!) { actors(first: $n) { edges { node { id } } } }`);
    await expect(run(withVariables, { n: 50 })).resolves.toBeUndefined();
    await expect(run(withVariables, { n: 100 })).rejects.toMatchObject({ extensions: { estimatedObjects: 101 } });
    await expect(run(withVariables, { n: 50 })).resolves.toBeUndefined();
    // Without variables the estimate is kept after the first request; a refused one is refused every time.
    const fixed = parse(`{ actors(first: 50) { edges { node { id } } } }`);
    await expect(run(fixed, {})).resolves.toBeUndefined();
    await expect(run(fixed, { n: 100 })).resolves.toBeUndefined();
    const tooLarge = parse(`{ actors(first: 100) { edges { node { id } } } }`);
    const tooDeep = parse(`{ actors(first: 1) { edges { node { neighbours(first: 1) { edges { node { id } } } } } } }`);
    const shallow = queryLimitsPlugin({ ...DEFAULT_QUERY_LIMITS, maxDepth: 3 });
    for (let i = 0; i < 2; i++) {
      await expect(run(tooLarge, {})).rejects.toMatchObject({ extensions: { limitName: "maxEstimatedObjects", value: 101 } });
      await expect(run(tooDeep, {}, shallow)).rejects.toMatchObject({ extensions: { limitName: "maxDepth" } });
    }
  });

  it("takes the argument's default where `first` is not given", () => {
    expect(estimate(`{ actors { edges { node { id } } } }`).objects).toBe(21);
  });

  it("takes a variable's default when the variable is not sent, as execution does", () => {
    const hop = (inner: string) => `neighbours(first: $f) { edges { node { id ${inner} } } }`;
    const query = `query Q($f: Int! = 100) { node(id: "x") { ${hop(hop(hop("")))} } }`;
    // node 1; three hops of 100: 1 + 100 (1 + 1 + 100 (1 + 1 + 100 (1 + 1)))... all counted at 100, not at the default 20
    expect(estimate(query).objects).toBe(estimate(query, { f: 100 }).objects);
    expect(estimate(query).objects).toBeGreaterThan(1_000_000);
    expect(estimate(query, { f: 20 }).objects).toBeLessThan(20_000);
    // A nullable variable's default counts too.
    const nullable = `query Q($f: Int = 100) { actors(first: $f) { edges { node { id } } } }`;
    expect(estimate(nullable).objects).toBe(101);
  });

  it("counts a page larger than the resolvers allow as the largest they allow (they refuse it before any Cypher)", () => {
    expect(estimate(`{ actors(first: 1000000) { edges { node { id } } } }`).objects).toBe(101);
  });

  it("multiplies a field asked for by ids by the number of ids", () => {
    // Per id: the comparison, its analysis and the analysis's sentra.
    expect(estimate(`{ compareSentra(ids: ["a", "b", "c"]) { analyses { sentra { id } } missingIds } }`).objects).toBe(3 * 3);
  });

  it("leaves out introspection, which resolves in memory", () => {
    expect(estimate(`{ __schema { types { name fields { name } } } }`).objects).toBe(0);
  });
});

describe("fragments", () => {
  // The shape: each fragment spreads the next twice, so naive expansion doubles per level.
  const chain = (levels: number, body = "__typename") =>
    `{ ...F0 } ` +
    Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ${body} ...F${i + 1} ...F${i + 1} }`).join(" ") +
    ` fragment F${levels} on Query { ${body} }`;

  it("walks each fragment once however often it is spread, and estimates the fan-out exactly", () => {
    const { objects, stats } = estimate(chain(27, "actors(first: 5) { totalCount }"));
    // F27 costs 1; F(i) = 1 + 2 F(i+1): 2^28 - 1
    expect(objects).toBe(2 ** 28 - 1);
    // Fragments walked once by the shape and once by the estimate; selections in proportion to the document.
    expect(stats.fragmentWalks).toBe(2 * 28);
    // F0..F26 hold four selections each, F27 two, the operation one.
    expect(stats.selections).toBe(2 * (27 * 4 + 2 + 1));
  });

  it("refuses the 27-level fan-out through a cap, after linear work", () => {
    const stats: WalkStats = { fragmentWalks: 0, selections: 0 };
    const document = parse(chain(27));
    expect(() => checkOperation({ schema, document, operation: operationOf(document), stats })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "QUERY_TOO_LARGE", limitName: "maxRootFields", value: 2 ** 28 - 1 }) }),
    );
    expect(stats.fragmentWalks).toBe(28);
  });

  it("stays finite and linear for fan-outs far past any number", () => {
    const { objects, stats } = estimate(chain(2_000, "actors(first: 5) { totalCount }"));
    expect(objects).toBe(Number.MAX_SAFE_INTEGER);
    expect(stats.fragmentWalks).toBe(2 * 2_001);
  });

  it("estimates a fragment at one repetition and scales it wherever it is spread", () => {
    const query = `{ a: actors(first: 10) { edges { node { ...N } } } b: actors(first: 3) { edges { node { ...N } } } }
      fragment N on Actor { neighbours(first: 4) { edges { node { id } } } }`;
    // N = 1 + 4; a = 1 + 10 (1 + 5); b = 1 + 3 (1 + 5)
    expect(estimate(query).objects).toBe(61 + 19);
  });

  it("orders fragments after those they spread, without recursion, and refuses cycles", () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join(" ") + " fragment F20000 on Query { __typename }";
    const order = fragmentsInDependencyOrder(parse(long));
    expect(order.map((f) => f.name.value).slice(0, 2)).toEqual(["F20000", "F19999"]);

    expect(() => fragmentsInDependencyOrder(parse(`fragment A on Query { ...B } fragment B on Query { x: __typename ... on Query { ...A } }`))).toThrow(
      expect.objectContaining({
        message: expect.stringContaining('Cannot spread fragment "A" within itself (A -> B -> A)'),
        extensions: expect.objectContaining({ code: "GRAPHQL_VALIDATION_FAILED" }),
      }),
    );
    expect(() => fragmentsInDependencyOrder(parse(`fragment A on Query { ...A }`))).toThrow(/within itself/);
  });
});

describe("variables that do not coerce", () => {
  it("skip the estimate: execution refuses them before any resolver runs", () => {
    expect(estimate(`query($n: Int!) { actors(first: $n) { totalCount } }`, { n: "many" }).objects).toBeUndefined();
    expect(estimate(`query($n: Int!) { actors(first: $n) { totalCount } }`).objects).toBeUndefined();
  });
});
