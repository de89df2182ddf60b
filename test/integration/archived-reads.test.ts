import { writeDataset } from "../../src/repositories/dataset.writer";
import { recomputeAllSentraMetrics } from "../../src/services/sentra-analysis.service";
import { fixture } from "../support/fixture";
import { apiOnGraph } from "../support/graph-api";

describe("archived records leave every read", () => {
  const app = apiOnGraph(async (db) => {
    await writeDataset(db, fixture);
    await recomputeAllSentraMetrics(db);
  });

  const ids = (connection: { edges: Array<{ node: { id: string } }> }) => connection.edges.map((e) => e.node.id);

  it("an archived sentra leaves the sentra list, its region's sentra and the ranking", async () => {
    const archived = await app.api.run<any>(`mutation { archiveSentra(id: "t-brass", expectedVersion: 1) { id } }`);
    expect(archived.errors).toBeUndefined();
    const { data, errors } = await app.api.run<any>(`{
      sentraList { edges { node { id } } }
      region(id: "t-prov") { sentra { edges { node { id } } } }
      sentraRanking(metric: completeness) { edges { node { id } } }
    }`);
    expect(errors).toBeUndefined();
    expect(ids(data.sentraList)).toEqual(["t-casting"]);
    expect(ids(data.region.sentra)).toEqual(["t-casting"]);
    expect(ids(data.sentraRanking)).toEqual(["t-casting"]);
  });

  it("an archived forum seat leaves the person's forums", async () => {
    const before = await app.api.run<any>(`{ node(id: "t-person") { ... on Person { forums { edges { node { id } } } } } }`);
    expect(ids(before.data.node.forums)).toEqual(["t-fkak"]);
    const archived = await app.api.run<any>(
      `mutation { archiveForumMember(input: { forumId: "t-fkak", memberId: "t-person", expectedVersion: 1 }) { __typename } }`,
    );
    expect(archived.errors).toBeUndefined();
    const after = await app.api.run<any>(`{ node(id: "t-person") { ... on Person { forums { edges { node { id } } } } } }`);
    expect(ids(after.data.node.forums)).toEqual([]);
  });

  it("an archived actor is no longer suggested as a partner, nor counted in its region's network", async () => {
    const query = `{
      sentra(id: "t-casting") { partners(need: FINANCE) { lacking { edges { node { memberId suggestions { candidateId } } } } } }
      regionCommunities(regionId: "t-regency") { nodeCount }
    }`;
    const before = await app.api.run<any>(query);
    expect(before.errors).toBeUndefined();
    const suggested = (data: any) => data.sentra.partners.lacking.edges.flatMap((e: any) => e.node.suggestions.map((s: any) => s.candidateId));
    expect(suggested(before.data)).toContain("t-bank");

    const archived = await app.api.run<any>(`mutation { archiveActor(id: "t-bank", expectedVersion: 1) { id } }`);
    expect(archived.errors).toBeUndefined();
    const after = await app.api.run<any>(query);
    expect(after.errors).toBeUndefined();
    expect(suggested(after.data)).not.toContain("t-bank");
    expect(after.data.regionCommunities.nodeCount).toBe(before.data.regionCommunities.nodeCount - 1);
  });
});
