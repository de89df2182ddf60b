import { detectCommunities, type RegionTie } from "../../../src/domain/analytics/communities";

import { render } from "../../../src/i18n/render";

const clique = (ids: string[]): RegionTie[] =>
  ids.flatMap((a, i) => ids.slice(i + 1).map((b) => ({ fromId: a, toId: b, intensity: "PASSIVE" as const, type: "HORIZONTAL_COOPERATION" as const })));

/**
 * Two cliques of four joined by one tie, plus an actor with no tie. Sentra SA holds a1 to a4;
 * sentra SB holds only b1 and b2: half of the second community, not "mostly".
 */
const input = {
  actors: [
    ...["a1", "a2", "a3", "a4"].map((id) => ({ id, name: id, sentraIds: ["SA"] })),
    ...["b1", "b2"].map((id) => ({ id, name: id, sentraIds: ["SB"] })),
    ...["b3", "b4", "z"].map((id) => ({ id, name: id, sentraIds: [] })),
  ],
  ties: [
    ...clique(["a1", "a2", "a3", "a4"]),
    ...clique(["b1", "b2", "b3", "b4"]),
    { fromId: "a1", toId: "b1", intensity: null, type: "UPSTREAM_SUPPLY" as const },
  ],
};

describe("detectCommunities", () => {
  it("finds the two cliques", () => {
    const result = detectCommunities(input);
    expect(result.communities.map((c) => c.memberIds)).toEqual([
      ["a1", "a2", "a3", "a4"],
      ["b1", "b2", "b3", "b4"],
    ]);
    expect(result.communities.map((c) => c.internalTies)).toEqual([6, 6]);
    expect(result.singletons).toEqual(["z"]);
    // m = 13 ties; each community has 6 inside and degree sum 13: Q = 2 x (6/13 - (13/26)^2)
    expect(result.modularity).toBeCloseTo(2 * (6 / 13 - 0.25), 10);
  });

  it("says which designated sentra covers each community, and flags the undesignated", () => {
    const [first, second] = detectCommunities(input).communities;
    expect(first).toMatchObject({ coveredBy: "SA", undesignated: false, overlaps: [{ sentraId: "SA", members: 4, shareOfCommunity: 1, shareOfSentra: 1 }] });
    expect(second).toMatchObject({ coveredBy: null, undesignated: true, overlaps: [{ sentraId: "SB", members: 2, shareOfCommunity: 0.5, shareOfSentra: 1 }] });
  });

  it("is reproducible: the same seed gives the same partition", () => {
    const shuffled = { ...input, ties: [...input.ties].reverse() };
    expect(detectCommunities(shuffled).communities).toEqual(detectCommunities(input).communities);
    expect(detectCommunities({ ...input, seed: 7 })).toEqual(detectCommunities({ ...input, seed: 7 }));
  });

  it("a graph without ties has no communities and no modularity", () => {
    expect(detectCommunities({ actors: input.actors, ties: [] })).toMatchObject({
      communities: [],
      modularity: null,
      singletons: input.actors.map((a) => a.id).sort(),
    });
  });

  it("leaves service ties out: a lender with one client in each of seven sentra is no community", () => {
    const clients = ["c1", "c2", "c3", "c4", "c5", "c6", "c7"];
    const result = detectCommunities({
      actors: [{ id: "bank", name: "bank", sentraIds: [] }, ...clients.map((id, i) => ({ id, name: id, sentraIds: [`S${i}`] }))],
      ties: clients.map((id) => ({ fromId: "bank", toId: id, intensity: null, type: "FINANCE" as const })),
    });
    expect(result.communities).toEqual([]);
    expect(result.serviceTiesLeftOut).toBe(7);
    expect(render(result.rule, "en")).toContain("service ties");
  });

  it("a star of business ties (one buyer's suppliers) is never undesignated, and names its hub", () => {
    const sellers = ["f1", "f2", "f3", "f4"];
    const [star] = detectCommunities({
      actors: [{ id: "buyer", name: "buyer", sentraIds: [] }, ...sellers.map((id, i) => ({ id, name: id, sentraIds: [`S${i}`] }))],
      ties: sellers.map((id) => ({ fromId: id, toId: "buyer", intensity: null, type: "DOWNSTREAM_SALES" as const })),
    }).communities;
    expect(star).toMatchObject({ size: 5, coveredBy: null, hubId: "buyer", undesignated: false });
    expect(render(star.explanation, "en")).toBe("a star: every tie inside touches buyer, so it is one actor's partners, not a web of cooperation");
    expect(render(star.explanation, "id")).toContain("bintang");
  });

  it("explains an undesignated web in both languages, numbers in the reader's locale", () => {
    const [, second] = detectCommunities(input).communities;
    expect(second.hubId).toBeNull();
    expect(render(second.explanation, "en")).toBe("no designated sentra covers it: its largest overlap is 50%, and 6 ties run between members without one hub");
    expect(render(second.explanation, "id")).toContain("50%");
  });
});
