import type { Driver } from "neo4j-driver";
import type { Database } from "../../src/db/neo4j";
import { emptyDataset, type SeedDataset } from "../../src/domain/dataset";
import { NEED_PROVISION } from "../../src/domain/analytics/partner-needs";
import { seededRandom } from "../../src/domain/analytics/seeded-random";
import { distanceKm, preparePoint, type PreparedPoint } from "../../src/domain/analytics/wgs84-distance";
import { findPartnerSearch } from "../../src/repositories/partner.repository";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { freshGraph } from "../support/database";

const HOME = "near-home";
const RADIUS_KM = 25;

/**
 * A sentra whose twelve firms are strewn over about 80 km, and 400 actors around them up to about
 * 150 km away, lenders and not: no ties, so every candidate is one found near a firm. Some sit
 * within the radius of an outlying firm only, some inside the seek's circle and near no firm.
 */
function strewnGraph(): SeedDataset {
  const random = seededRandom(7);
  const data = emptyDataset();
  data.regions.push({ id: "near-prov", name: "Province", level: "PROVINCE" });
  data.sentra.push({ id: HOME, name: "Strewn", product: "rattan", sector: "craft", regionId: "near-prov", description: "", unggulan: false });
  const around = (spreadDegrees: number) => ({ latitude: -7 + (random() - 0.5) * spreadDegrees, longitude: 110 + (random() - 0.5) * spreadDegrees });
  for (let i = 0; i < 12; i += 1) {
    data.actors.push({ id: `firm-${i}`, name: `Firm ${i}`, kind: "IKM", location: around(0.75) });
    data.participations.push({ actorId: `firm-${i}`, sentraId: HOME, role: "CORE" });
  }
  const kinds = ["BANK", "RURAL_BANK", "COOPERATIVE", "IKM", "UNIVERSITY"] as const;
  for (let i = 0; i < 400; i += 1) data.actors.push({ id: `other-${i}`, name: `Other ${i}`, kind: kinds[i % kinds.length], location: around(2.7) });
  return data;
}

describe("partner candidates near a sentra's firms", () => {
  let driver: Driver;
  let db: Database;

  beforeAll(async () => ({ driver, db } = await freshGraph((db) => writeDataset(db, strewnGraph()))));
  afterAll(() => driver.close());

  it("are exactly the providers of the need's kinds within the radius of some core firm", async () => {
    const finance = NEED_PROVISION.FINANCE;
    const search = (await findPartnerSearch(db, { sentraId: HOME, ...finance, radiusKm: RADIUS_KM, limit: 1000 }))!;
    // Recomputed the plain way: every actor against every firm, no index, no shortcut.
    const expected = await db.read(async (tx) =>
      (
        await tx.run<{ id: string }>(
          `MATCH (c:Actor) WHERE c.kind IN $kinds
             AND EXISTS { MATCH (f:Actor)-[:PARTICIPATES_IN {role: 'CORE'}]->(:Sentra {id: $home})
                          WHERE point.distance(c.location, f.location) <= $radiusKm * 1000 }
           RETURN c.id AS id`,
          { kinds: finance.providerKinds, home: HOME, radiusKm: RADIUS_KM },
        )
      ).records.map((r) => r.get("id")),
    );
    expect(search.candidates.map((c) => c.id).sort()).toEqual([...expected].sort());
  });

  it("hold lenders of every case the search tells apart", () => {
    // Taken at once (within the radius less the nearest firm's distance from the firms' middle,
    // with the statement's metre to spare), near a firm yet not taken at once, and inside the
    // seek's circle but near no firm.
    const graph = strewnGraph();
    const firmPoints = graph.actors.filter((a) => a.id.startsWith("firm-")).map((a) => a.location!);
    const firms = firmPoints.map(preparePoint);
    const average = (of: (c: (typeof firmPoints)[number]) => number) => firmPoints.reduce((sum, c) => sum + of(c), 0) / firmPoints.length;
    const middle = preparePoint({ latitude: average((c) => c.latitude), longitude: average((c) => c.longitude) });
    const fromMiddle = firms.map((f) => distanceKm(f, middle));
    const closest = Math.min(...fromMiddle);
    const spread = Math.max(...fromMiddle);
    const lenders = graph.actors.filter((a) => NEED_PROVISION.FINANCE.providerKinds.includes(a.kind)).map((a) => preparePoint(a.location!));
    const nearSome = (l: PreparedPoint) => firms.some((f) => distanceKm(l, f) <= RADIUS_KM);
    const takenAtOnce = (l: PreparedPoint) => distanceKm(l, middle) + closest <= RADIUS_KM - 0.001;
    expect(lenders.filter(takenAtOnce).length).toBeGreaterThan(0);
    expect(lenders.filter((l) => nearSome(l) && !takenAtOnce(l)).length).toBeGreaterThan(0);
    expect(lenders.filter((l) => !nearSome(l) && distanceKm(l, middle) <= spread + RADIUS_KM).length).toBeGreaterThan(0);
  });
});
