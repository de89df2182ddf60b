import type { Driver } from "neo4j-driver";
import type { Database } from "../../src/db/neo4j";
import { silentLogger } from "../../src/logger";
import { findConcentrations, findSentraNetworks } from "../../src/repositories/analytics.repository";
import type { DistancesToMembers } from "../../src/domain/analytics/partners";
import { findGapMembers, findPartnerSearch } from "../../src/repositories/partner.repository";
import { findRegionNetwork } from "../../src/repositories/region-network.repository";
import { seedIfEmpty } from "../../src/seeding";
import { dataset } from "../../seed/data";
import { MEASURED_SENTRA, SURVEY_ROUND_ID } from "../../seed/research-tables";
import { freshGraph } from "../support/database";

describe("the analytics repositories over the research seed", () => {
  let db: Database;
  let driver: Driver;
  let queries = 0;

  beforeAll(async () => {
    ({ db, driver } = await freshGraph((db) => seedIfEmpty(db, silentLogger)));
    db = db.observed(() => (queries += 1));
  });
  afterAll(() => driver.close());

  it("fetches the three measured sentra's networks in two statements, with roles of that sentra only", async () => {
    queries = 0;
    const ids = Object.values(MEASURED_SENTRA);
    const networks = await findSentraNetworks(db, [...ids, "no-such-sentra"]);
    expect(queries).toBe(2);
    expect([...networks.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const network = networks.get(id)!;
      const expectedParticipants = dataset.participations.filter((p) => p.sentraId === id);
      const core = network.actors
        .filter((a) => a.roles.includes("CORE"))
        .map((a) => a.id)
        .sort();
      expect(core).toEqual(
        expectedParticipants
          .filter((p) => p.role === "CORE")
          .map((p) => p.actorId)
          .sort(),
      );
      const ownTies = dataset.linkages.filter((l) => l.sentraId === id).map((l) => l.id);
      for (const tie of ownTies) expect(network.ties.map((t) => t.id)).toContain(tie);
      for (const tie of network.ties) expect([id, null]).toContain(tie.sentraId);
      const actorIds = new Set(network.actors.map((a) => a.id));
      for (const tie of network.ties) expect([actorIds.has(tie.fromId), actorIds.has(tie.toId)]).toEqual([true, true]);
      const round = network.rounds.find((r) => r.roundId === SURVEY_ROUND_ID)!;
      expect(round.responses.length).toBe(dataset.surveyResponses.filter((r) => r.sentraId === id).length);
      expect(round.indicatorScores.length).toBe(dataset.indicatorScores.filter((r) => r.sentraId === id).length);
      expect(network.forums.length).toBe(dataset.forums.filter((f) => f.sentraId === id).length);
    }
  });

  it("measures concentration with Neo4j point distance", async () => {
    const near = await findConcentrations(db, [MEASURED_SENTRA.ceper], 5);
    const ceper = near.get(MEASURED_SENTRA.ceper)!;
    expect(ceper.coreFirms).toBe(dataset.participations.filter((p) => p.sentraId === MEASURED_SENTRA.ceper && p.role === "CORE").length);
    expect(ceper.maxWithinRadius).toBeGreaterThan(0);
    const tiny = (await findConcentrations(db, [MEASURED_SENTRA.ceper], 0.001)).get(MEASURED_SENTRA.ceper)!;
    expect(tiny.maxWithinRadius).toBe(1);
  });

  it("finds partner candidates, provider gaps and a region's linkage graph", async () => {
    const search = (await findPartnerSearch(db, {
      sentraId: MEASURED_SENTRA.ceper,
      linkageTypes: ["FINANCE"],
      providerKinds: ["BANK", "RURAL_BANK", "COOPERATIVE", "STATE_FINANCE_BODY"],
      radiusKm: 25,
      limit: 20,
    }))!;
    const candidates = search.candidates;
    expect(search.firms.coreMembers).toBe(dataset.participations.filter((p) => p.sentraId === MEASURED_SENTRA.ceper && p.role === "CORE").length);
    expect(search.firms.lacking.length).toBeLessThanOrEqual(search.firms.coreMembers);
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) {
      // Distances to each located core firm of the sentra that lacks the need.
      const km = search.firms.lacking.map((m) => (candidate.distanceKmByMember as DistancesToMembers).get(m.id)).filter((d) => d !== undefined);
      for (const d of km) expect(d).toBeGreaterThanOrEqual(0);
      if (candidate.location) expect(km.length).toBeGreaterThan(0);
      expect(candidate.servesInThisSentra).toBeLessThanOrEqual(candidate.linkedMemberIds!.length);
    }
    // As Neo4j measures them (the domain computes them with its formula, wgs84-distance.ts).
    const placed = candidates.find((c) => c.location)!;
    const firm = search.firms.lacking.find((m) => (placed.distanceKmByMember as DistancesToMembers).get(m.id) !== undefined)!;
    const neo4jKm = await db.read(async (tx) =>
      (
        await tx.run("MATCH (c:Actor {id: $c}), (m:Actor {id: $m}) RETURN point.distance(c.location, m.location) / 1000.0 AS km", { c: placed.id, m: firm.id })
      ).records[0].get("km"),
    );
    expect((placed.distanceKmByMember as DistancesToMembers).get(firm.id)).toBeCloseTo(neo4jKm, 12);
    expect(await findPartnerSearch(db, { sentraId: "no-such-sentra", linkageTypes: ["FINANCE"], providerKinds: ["BANK"], radiusKm: 25, limit: 20 })).toBeNull();
    const members = await findGapMembers(db, candidates[0].id, 100, 10);
    expect(members.length).toBeGreaterThan(0);
    const distances = members.map((m) => m.distanceKm).filter((km): km is number => km !== null);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const region = await findRegionNetwork(db, "region-klaten", 5000);
    expect(region.found).toBe(true);
    expect(region.actors.length).toBeGreaterThan(0);
    expect(region.ties.length).toBeGreaterThan(0);
    const ids = new Set(region.actors.map((a) => a.id));
    for (const tie of region.ties) expect([ids.has(tie.fromId), ids.has(tie.toId)]).toEqual([true, true]);
    expect((await findRegionNetwork(db, "no-such-region", 10)).found).toBe(false);
  });
});
