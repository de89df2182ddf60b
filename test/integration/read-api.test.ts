import { writeDataset } from "../../src/repositories/dataset.writer";
import { fixture } from "../support/fixture";
import { apiOnGraph } from "../support/graph-api";

describe("the read API over the fixture network", () => {
  const app = apiOnGraph((db) => writeDataset(db, fixture));

  it("walks from a regency to its sentra, their members, the members' linkages and the partners", async () => {
    const { data, errors } = await app.api.run<any>(`{
      region(id: "t-regency") {
        name level
        sentra { totalCount edges { node { id name region { name level parent { name } } members { totalCount edges { role node { id name
          linkages { totalCount edges { node { type direction intensity flows since partner { id name kind } } } } } } } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.region).toMatchObject({ name: "Klaten", level: "REGENCY" });
    expect(data.region.sentra.totalCount).toBe(1);
    const sentra = data.region.sentra.edges[0].node;
    expect(sentra).toMatchObject({ id: "t-casting", region: { name: "Batur", level: "VILLAGE", parent: { name: "Ceper" } } });
    expect(sentra.members.totalCount).toBe(4);
    const members = Object.fromEntries(sentra.members.edges.map((e: any) => [e.node.id, e]));
    expect(members["t-trader"].role).toBe("SUPPLIER_INDUSTRY");
    expect(members["t-bank"].role).toBe("SUPPORTING_INSTITUTION");
    const linkagesOfA = members["t-ikm-a"].node.linkages;
    expect(linkagesOfA.totalCount).toBe(3);
    expect(linkagesOfA.edges.map((e: any) => e.node)).toEqual(
      [
        {
          type: "HORIZONTAL_COOPERATION",
          direction: "OUTGOING",
          intensity: "ACTIVE",
          flows: ["INFORMATION", "GOODS"],
          since: "2005-03-01",
          partner: { id: "t-ikm-b", name: "CV Cor Mandiri", kind: "IKM" },
        },
        {
          type: "UPSTREAM_SUPPLY",
          direction: "INCOMING",
          intensity: "PASSIVE",
          flows: ["GOODS", "MONEY"],
          since: null,
          partner: { id: "t-trader", name: "Toko Besi Makmur", kind: "TRADER" },
        },
        {
          type: "FINANCE",
          direction: "INCOMING",
          intensity: null,
          flows: ["MONEY"],
          since: null,
          partner: { id: "t-bank", name: "BRI Unit Ceper", kind: "BANK" },
        },
      ].sort((a, b) => a.type.localeCompare(b.type)),
    );
  });

  it("keeps the role in the participation: the same trader supplies one sentra and buys from another", async () => {
    const { data } = await app.api.run<any>(`{ actor(id: "t-trader") { participations { totalCount edges { role node { id } } } } }`);
    expect(data.actor.participations.edges).toEqual([
      { role: "SUPPLIER_INDUSTRY", node: { id: "t-casting" } },
      { role: "BUYER", node: { id: "t-brass" } },
    ]);
  });

  it("filters actors by kind, role, sentra, region and name ignoring case", async () => {
    const ids = async (filter: string) => {
      const { data, errors } = await app.api.run<any>(`{ actors(filter: ${filter}) { totalCount edges { node { id } } } }`);
      expect(errors).toBeUndefined();
      return data.actors.edges.map((e: any) => e.node.id);
    };
    expect(await ids(`{ kinds: [IKM] }`)).toEqual(["t-ikm-b", "t-ikm-c", "t-ikm-a"]);
    expect(await ids(`{ roles: [BUYER] }`)).toEqual(["t-trader"]);
    expect(await ids(`{ sentraId: "t-casting", roles: [CORE] }`)).toEqual(["t-ikm-b", "t-ikm-a"]);
    expect(await ids(`{ regionId: "t-district" }`)).toEqual(["t-bank", "t-ikm-b", "t-trader", "t-ikm-a"]);
    expect(await ids(`{ nameContains: "LOGAM" }`)).toEqual(["t-ikm-a"]);
    expect(await ids(`{ nameContains: "logam", kinds: [BANK] }`)).toEqual([]);
    // Only t-ikm-a has coordinates: 11 km north of it finds it, 5 km does not.
    expect(await ids(`{ near: { latitude: -7.6, longitude: 110.6, radiusKm: 12 } }`)).toEqual(["t-ikm-a"]);
    expect(await ids(`{ near: { latitude: -7.6, longitude: 110.6, radiusKm: 5 } }`)).toEqual([]);
  });

  it("pages with cursors and a total count", async () => {
    const first = await app.api.run<any>(`{ actors(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }`);
    expect(first.data.actors.totalCount).toBe(5);
    expect(first.data.actors.edges.map((e: any) => e.node.id)).toEqual(["t-bank", "t-ikm-b"]);
    expect(first.data.actors.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await app.api.run<any>(
      `query($after: String) { actors(first: 10, after: $after) { pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } }`,
      {
        after: first.data.actors.pageInfo.endCursor,
      },
    );
    expect(second.data.actors.edges.map((e: any) => e.node.id)).toEqual(["t-trader", "t-ikm-c", "t-ikm-a"]);
    expect(second.data.actors.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it("refuses a page larger than the maximum, naming the argument", async () => {
    const { errors } = await app.api.run(`{ actors(first: 500) { totalCount } }`);
    expect(errors).toHaveLength(1);
    expect(errors![0].message).toBe("first must be from 1 to 100, got 500");
    expect(errors![0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("refuses a circle that is not on the map, naming the field", async () => {
    const { errors } = await app.api.run(`{ actors(filter: { near: { latitude: -97, longitude: 110, radiusKm: 5 } }) { totalCount } }`);
    expect(errors![0].message).toBe("latitude must be from -90 to 90, got -97");
    expect(errors![0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "filter.near.latitude" });
  });

  it("refuses, before any Cypher runs, a request whose nested pages could fan out past the limit", async () => {
    const hop = (inner: string) => `neighbours(first: 100) { edges { node { id ${inner} } } }`;
    const deep = `{ node(id: "t-ikm-a") { ${hop(hop(hop(hop(""))))} } }`;
    const { errors, queryCount } = await app.api.run(deep);
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: "QUERY_TOO_LARGE", limit: 1_000_000 });
    expect(errors![0].message).toMatch(/^This request could return up to [\d,]+ objects, more than the limit of 1,000,000/);
    expect(queryCount).toBe(0);

    const shallow = await app.api.run(`{ node(id: "t-ikm-a") { ${hop(hop(""))} } }`);
    expect(shallow.errors).toBeUndefined();
  });

  it("refuses a cursor it did not issue", async () => {
    const { errors } = await app.api.run(`{ actors(after: "bm9wZQ") { totalCount } }`);
    expect(errors![0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "after" });
  });

  it("finds any node by id and walks its neighbours with type and direction", async () => {
    const { data, errors } = await app.api.run<any>(`{
      node(id: "t-ikm-b") {
        __typename id
        ... on Actor { name }
        neighbours(relationships: [LINKED, PARTICIPATES_IN, MEMBER_OF]) { totalCount edges { relationship direction properties node { __typename id } } }
      }
      missing: node(id: "nothing-here") { id }
    }`);
    expect(errors).toBeUndefined();
    expect(data.missing).toBeNull();
    expect(data.node).toMatchObject({ __typename: "Actor", id: "t-ikm-b", name: "CV Cor Mandiri" });
    const edges = data.node.neighbours.edges.map((e: any) => [e.relationship, e.direction, e.node.__typename, e.node.id]);
    expect(edges).toEqual([
      ["LINKED", "INCOMING", "Actor", "t-ikm-a"],
      ["MEMBER_OF", "OUTGOING", "Forum", "t-fkak"],
      ["PARTICIPATES_IN", "OUTGOING", "Sentra", "t-casting"],
    ]);
    expect(data.node.neighbours.edges[0].properties).toMatchObject({ type: "HORIZONTAL_COOPERATION", intensity: "ACTIVE" });
  });

  it("reads forums, members, agreements, monitoring, programmes, statistics and observations", async () => {
    const { data, errors } = await app.api.run<any>(`{
      sentra(id: "t-casting") {
        forums { totalCount edges { node { kind name founded members { edges { role node { __typename id } } } agreements { edges { node { providerRole provider { id } } } } } } }
        monitoringRecords { edges { node { date findings visitor { id } } } }
        programmes { edges { node { name amountRp beneficiaries runBy { id } partners { edges { node { id } } } } } }
        statistics { totalCount edges { node { year measure value unit } } }
      }
      actor(id: "t-ikm-a") {
        location { latitude longitude } sizeClass workers kbli
        surveyResponses { totalCount edges { node { question cooperates intensity round { id } } } }
        indicatorScores { edges { node { product skills } } }
        problemSolvingScores { edges { node { auxiliaryMaterial } } }
        representatives { edges { node { name forums { edges { node { kind } } } } } }
        forums { edges { node { id } } }
      }
      b: actor(id: "t-ikm-b") { surveyResponses { edges { node { question cooperates intensity } } } }
      c: actor(id: "t-ikm-c") { surveyResponses { totalCount edges { node { question } } } }
    }`);
    expect(errors).toBeUndefined();
    const nodes = (connection: any) => connection.edges.map((e: any) => e.node);
    expect(data.sentra.forums.totalCount).toBe(1);
    const [forum] = nodes(data.sentra.forums);
    expect({ ...forum, members: forum.members.edges, agreements: nodes(forum.agreements) }).toEqual({
      kind: "FKAK",
      name: "FKAK Cor Logam Batur",
      founded: "2008-06-01",
      members: [
        { role: null, node: { __typename: "Actor", id: "t-ikm-b" } },
        { role: "chair", node: { __typename: "Person", id: "t-person" } },
      ],
      agreements: [{ providerRole: "PKE", provider: { id: "t-bank" } }],
    });
    expect(nodes(data.sentra.monitoringRecords)).toEqual([{ date: "2009-06-01", findings: "cooperation mostly passive", visitor: { id: "t-bank" } }]);
    const [programme] = nodes(data.sentra.programmes);
    expect({ ...programme, partners: nodes(programme.partners) }).toEqual({
      name: "Kredit IKM",
      amountRp: 50_000_000_000,
      beneficiaries: 400,
      runBy: { id: "t-bank" },
      partners: [{ id: "t-trader" }],
    });
    expect(data.sentra.statistics.totalCount).toBe(1);
    expect(nodes(data.sentra.statistics)).toEqual([{ year: 2003, measure: "firms", value: 320, unit: "firms" }]);
    expect(data.actor).toMatchObject({ location: { latitude: -7.7, longitude: 110.6 }, sizeClass: "SMALL", workers: 12, kbli: "24310" });
    expect(nodes(data.actor.surveyResponses)).toEqual([{ question: "SAME_TYPE", cooperates: true, intensity: "ACTIVE", round: { id: "t-round" } }]);
    expect(nodes(data.actor.indicatorScores)).toEqual([{ product: 3, skills: 2 }]);
    expect(nodes(data.actor.problemSolvingScores)).toEqual([{ auxiliaryMaterial: 2 }]);
    const [representative] = nodes(data.actor.representatives);
    expect({ name: representative.name, forums: nodes(representative.forums) }).toEqual({ name: "Pak Slamet", forums: [{ kind: "FKAK" }] });
    expect(nodes(data.actor.forums)).toEqual([{ id: "t-fkak" }]);
    // "No" and "did not answer" differ: B said no; C has no response at all.
    expect(nodes(data.b.surveyResponses)).toEqual([{ question: "SAME_TYPE", cooperates: false, intensity: null }]);
    expect(data.c.surveyResponses).toEqual({ totalCount: 0, edges: [] });
  });

  it("lists regions and sentra with filters", async () => {
    const { data } = await app.api.run<any>(`{
      regencies: regions(level: REGENCY) { totalCount edges { node { name children { totalCount edges { node { name } } } } } }
      klaten: sentraList(regionId: "t-regency") { edges { node { id } } }
      brass: sentraList(nameContains: "BRASS") { edges { node { id } } }
      leading: sentraList(unggulan: true) { edges { node { id } } }
      rounds: surveyRounds { totalCount edges { node { id date } } }
    }`);
    expect(data.regencies.edges.map((e: any) => ({ name: e.node.name, children: e.node.children.edges.map((c: any) => c.node.name) }))).toEqual([
      { name: "Klaten", children: ["Ceper"] },
      { name: "Pati", children: [] },
    ]);
    expect(data.klaten.edges).toEqual([{ node: { id: "t-casting" } }]);
    expect(data.brass.edges).toEqual([{ node: { id: "t-brass" } }]);
    expect(data.leading.edges).toEqual([{ node: { id: "t-casting" } }]);
    expect(data.rounds).toEqual({ totalCount: 1, edges: [{ node: { id: "t-round", date: "2008-05-01" } }] });
  });
});
