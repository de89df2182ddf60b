import { emptyDataset, type SeedDataset } from "../../src/domain/dataset";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { fixture } from "../support/fixture";
import { apiOnGraph } from "../support/graph-api";

const WALK = `{
  region(id: "t-regency") {
    name
    sentra(first: 10) { totalCount edges { node { name region { name }
      members(first: 30) { totalCount edges { role node { name region { name }
        linkages(first: 10) { totalCount edges { node { type intensity partner { name region { name } } } } } } } } } } }
  }
}`;

// Four more sentra of twenty firms each in the same regency, every firm tied to the next.
function biggerNetwork(): SeedDataset {
  const empty = emptyDataset();
  for (let s = 1; s <= 4; s += 1) {
    const sentraId = `t-extra-sentra-${s}`;
    empty.sentra.push({
      id: sentraId,
      name: `Extra sentra ${s}`,
      product: "castings",
      sector: "metal",
      regionId: "t-village",
      description: "",
      unggulan: false,
    });
    for (let f = 1; f <= 20; f += 1) {
      const id = `t-extra-${s}-${f}`;
      empty.actors.push({ id, name: `Firm ${s}-${f}`, kind: "IKM", regionId: f % 2 ? "t-village" : "t-district" });
      empty.participations.push({ actorId: id, sentraId, role: "CORE" });
      if (f > 1)
        empty.linkages.push({
          id: `t-extra-l-${s}-${f}`,
          type: "HORIZONTAL_COOPERATION",
          fromId: id,
          toId: `t-extra-${s}-${f - 1}`,
          intensity: "PASSIVE",
          flows: ["INFORMATION"],
          sentraId,
        });
    }
  }
  return empty;
}

describe("queries per request", () => {
  const app = apiOnGraph((db) => writeDataset(db, fixture));

  it("depend on the depth of a nested walk, not on the number of rows it returns", async () => {
    const small = await app.api.run<any>(WALK);
    expect(small.errors).toBeUndefined();
    const rows = (r: any) => r.data.region.sentra.edges.flatMap((s: any) => s.node.members.edges.flatMap((m: any) => [m, ...m.node.linkages.edges]));
    const smallRows = rows(small).length;

    await writeDataset(app.db, biggerNetwork());
    const big = await app.api.run<any>(WALK);
    expect(big.errors).toBeUndefined();
    expect(big.data.region.sentra.totalCount).toBe(5);
    expect(rows(big).length).toBeGreaterThan(10 * smallRows);

    // region, its sentra, their regions, members, members' regions, linkages, partners' regions.
    expect(small.queryCount).toBeLessThanOrEqual(7);
    expect(big.queryCount).toBe(small.queryCount);
  });
});
