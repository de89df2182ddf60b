import type { Driver } from "neo4j-driver";
import type { Database } from "../../src/db/neo4j";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { startTestApi, type TestApi } from "../support/app";
import { freshGraph } from "../support/database";
import { fixture } from "../support/fixture";
import { mutationChecks } from "../support/mutation-checks";

// `version` is declared once on the Node interface (and on Linkage) and comes from the row
// projection: a node or tie the seed stored without one is at version 1.
describe("version through Node and Linkage", () => {
  let driver: Driver;
  let db: Database;
  let api: TestApi;

  beforeAll(async () => {
    ({ driver, db } = await freshGraph((d) => writeDataset(d, fixture)));
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  const { ok, count } = mutationChecks(
    () => api,
    () => db,
  );

  const nodeVersion = async (id: string) => (await ok(`query($id: ID!) { node(id: $id) { __typename ... on Node { version } } }`, { id })).node;
  const storedVersions = (id: string) => count(`MATCH (n:Node {id: $id}) WHERE n.version IS NOT NULL RETURN count(n) AS n`, { id });

  it("declares version on the Node interface", async () => {
    const { __type } = await ok(`{ __type(name: "Node") { fields { name type { kind ofType { name } } } } }`);
    expect(__type.fields).toContainEqual({ name: "version", type: { kind: "NON_NULL", ofType: { name: "Int" } } });
  });

  it("answers 1 for a seeded node stored without a version, of a written type and of one never written", async () => {
    expect(await storedVersions("t-ikm-b")).toBe(0);
    expect(await storedVersions("t-village")).toBe(0);
    expect(await nodeVersion("t-ikm-b")).toEqual({ __typename: "Actor", version: 1 });
    expect(await nodeVersion("t-village")).toEqual({ __typename: "Region", version: 1 });
  });

  it("answers 2 for a node updated once, through node(id:) and through a list", async () => {
    const updated = await ok(`mutation($input: UpdateActorInput!) { updateActor(input: $input) { id version } }`, {
      input: { id: "t-ikm-a", expectedVersion: 1, description: "Updated once" },
    });
    expect(updated.updateActor).toEqual({ id: "t-ikm-a", version: 2 });
    expect(await nodeVersion("t-ikm-a")).toEqual({ __typename: "Actor", version: 2 });
    const { sentra } = await ok(`{ sentra(id: "t-casting") { members(first: 50) { edges { node { id version } } } } }`);
    const members = sentra.members.edges.map((e: { node: { id: string; version: number } }) => e.node);
    expect(members).toContainEqual({ id: "t-ikm-a", version: 2 });
    expect(members).toContainEqual({ id: "t-ikm-b", version: 1 });
  });

  it("answers a linkage's version, 1 as seeded and 2 once updated, from an actor and from a sentra", async () => {
    const linkageVersions = async () => {
      const { actor, sentra } = await ok(`{
        actor(id: "t-trader") { linkages(first: 50) { edges { node { id version } } } }
        sentra(id: "t-casting") { linkages(first: 50) { edges { node { id version } } } }
      }`);
      const versions = (connection: { edges: Array<{ node: { id: string; version: number } }> }) =>
        Object.fromEntries(connection.edges.map((e) => [e.node.id, e.node.version]));
      return { fromActor: versions(actor.linkages), fromSentra: versions(sentra.linkages) };
    };
    expect(await count(`MATCH ()-[l:LINKED {id: 't-l-supply'}]->() WHERE l.version IS NOT NULL RETURN count(l) AS n`)).toBe(0);
    expect(await linkageVersions()).toMatchObject({ fromActor: { "t-l-supply": 1 }, fromSentra: { "t-l-supply": 1, "t-l-coop": 1 } });

    const updated = await ok(`mutation($input: UpdateLinkageInput!) { updateLinkage(input: $input) { id version } }`, {
      input: { id: "t-l-supply", expectedVersion: 1, description: "Scrap every week" },
    });
    expect(updated.updateLinkage).toEqual({ id: "t-l-supply", version: 2 });
    expect(await linkageVersions()).toMatchObject({ fromActor: { "t-l-supply": 2 }, fromSentra: { "t-l-supply": 2, "t-l-coop": 1 } });
  });
});
