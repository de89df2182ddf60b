import { seededApi } from "../support/seeded-api";

/**
 * Sentra.location on the research seed: the mean latitude and longitude of the sentra's core firms
 * that have a location, recomputed here from the members the API lists, and null for a sentra
 * none of whose core firms has one.
 */
jest.setTimeout(240_000);

describe("Sentra.location", () => {
  const seeded = seededApi();

  const ALL = `{ sentraList(first: 100) { totalCount edges { node {
    id location { latitude longitude }
    members(roles: [CORE], first: 100) { totalCount edges { node { id location { latitude longitude } } } }
  } } } }`;

  interface Point {
    latitude: number;
    longitude: number;
  }
  interface Listed {
    id: string;
    location: Point | null;
    members: { totalCount: number; edges: Array<{ node: { id: string; location: Point | null } }> };
  }

  it("is the centroid of the located core firms, or null when none is located", async () => {
    const { data, errors } = await seeded.api.run<{ sentraList: { totalCount: number; edges: Array<{ node: Listed }> } }>(ALL);
    expect(errors).toBeUndefined();
    const sentra = data!.sentraList.edges.map((e) => e.node);
    expect(sentra).toHaveLength(data!.sentraList.totalCount);
    let located = 0;
    for (const s of sentra) {
      // Every core firm is on this one page, so the mean below takes them all.
      expect(s.members.edges).toHaveLength(s.members.totalCount);
      const points = s.members.edges.flatMap((e) => (e.node.location ? [e.node.location] : []));
      if (points.length === 0) {
        expect({ id: s.id, location: s.location }).toEqual({ id: s.id, location: null });
        continue;
      }
      located += 1;
      const mean = (pick: (p: Point) => number) => points.reduce((sum, p) => sum + pick(p), 0) / points.length;
      expect(s.location).not.toBeNull();
      expect(s.location!.latitude).toBeCloseTo(
        mean((p) => p.latitude),
        9,
      );
      expect(s.location!.longitude).toBeCloseTo(
        mean((p) => p.longitude),
        9,
      );
    }
    // The seed places the firms of most of its sentra (the measured three at least).
    expect(located).toBeGreaterThanOrEqual(3);
  });

  it("lies where its firms are: Ceper in Klaten, Central Java", async () => {
    const one = await seeded.api.run<any>(`{ sentra(id: "sentra-ceper-metal-casting") { location { latitude longitude } } }`);
    expect(one.errors).toBeUndefined();
    // Kecamatan Ceper: about 7.7 degrees south, 110.7 degrees east.
    expect(one.data.sentra.location.latitude).toBeGreaterThan(-8);
    expect(one.data.sentra.location.latitude).toBeLessThan(-7.4);
    expect(one.data.sentra.location.longitude).toBeGreaterThan(110.4);
    expect(one.data.sentra.location.longitude).toBeLessThan(110.9);
  });

  it("is null for a sentra with no core firm, and costs one statement however many sentra are asked", async () => {
    const created = await seeded.api.run<any>(
      `mutation { createSentra(input: {id: "sentra-location-empty", name: "Sentra tanpa anggota", product: "Nothing yet", sector: "Test",
        description: "A sentra with no members", regionId: "region-klaten", unggulan: false}) { id location { latitude } } }`,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createSentra.location).toBeNull();
    const without = await seeded.api.run<any>(`{ sentraList(first: 100) { edges { node { id } } } }`);
    const withLocation = await seeded.api.run<any>(`{ sentraList(first: 100) { edges { node { id location { latitude } } } } }`);
    expect(withLocation.errors).toBeUndefined();
    expect(withLocation.data.sentraList.edges.length).toBeGreaterThan(10);
    expect(withLocation.queryCount).toBe(without.queryCount + 1);
  });
});
