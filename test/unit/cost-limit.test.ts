import { parse } from "graphql";
import { buildSimpulSchema } from "../../src/graphql/schema";
import { costLimitPlugin } from "../../src/graphql/cost-limit";

// Runs the plugin's check the way Apollo does once an operation is resolved.
async function check(query: string, variables: Record<string, unknown> = {}, limit = 1_000_000) {
  const schema = await buildSimpulSchema();
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === "OperationDefinition");
  const listener = await costLimitPlugin(limit).requestDidStart!({} as never);
  return listener!.didResolveOperation!({ schema, document, operation, request: { variables } } as never);
}

describe("costLimitPlugin", () => {
  it("counts each connection as `first` items of its nodes, multiplied down the nesting", async () => {
    // 10 sentra + 100 members + 1000 linkages + 1000 partners = 2110
    const query = `{ sentraList(first: 10) { edges { node { members(first: 10) { edges { node { linkages(first: 10) { edges { node { partner { id } } } } } } } } } } }`;
    await expect(check(query, {}, 2200)).resolves.toBeUndefined();
    await expect(check(query, {}, 2000)).rejects.toMatchObject({ extensions: { code: "QUERY_TOO_LARGE", limit: 2000 } });
  });

  it("reads page sizes from variables and follows fragments", async () => {
    const query = `query($n: Int) { actors(first: $n) { ...names } } fragment names on ActorConnection { edges { node { id } } }`;
    await expect(check(query, { n: 50 }, 60)).resolves.toBeUndefined();
    await expect(check(query, { n: 100 }, 60)).rejects.toMatchObject({ extensions: { estimatedObjects: 100 } });
  });

  it("takes the default page size where `first` is not given", async () => {
    await expect(check(`{ actors { edges { node { id } } } }`, {}, 19)).rejects.toMatchObject({ extensions: { estimatedObjects: 20 } });
  });
});
