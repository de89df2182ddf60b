import { seed } from "../../src/seeding";
import { graphFingerprint } from "../support/database";
import { apiOnGraph } from "../support/graph-api";

/**
 * Seeding again (`npm run seed`) over a graph an admin has since edited: what the admin archived
 * stays archived and untouched, and the seed adds no live duplicate beside it.
 */
describe("re-seeding over archived participations", () => {
  const app = apiOnGraph(seed);

  const { ok } = app.checks;

  const SENTRA = "sentra-ceper-metal-casting";
  const ARCHIVE = `mutation($input: ArchiveParticipationInput!) { archiveParticipation(input: $input) { role version archivedAt } }`;
  const CREATE = `mutation($input: CreateParticipationInput!) { createParticipation(input: $input) { role since version } }`;
  const UPDATE = `mutation($input: UpdateParticipationInput!) { updateParticipation(input: $input) { role since version } }`;

  /** Every PARTICIPATES_IN of the actor in the sentra, with all its properties. */
  async function participations(actorId: string): Promise<Array<{ role: string; since: string | null; version: number | null; archivedAt: string | null }>> {
    return app.db.read(async (tx) =>
      (
        await tx.run(
          `MATCH (:Actor {id: $actorId})-[p:PARTICIPATES_IN]->(:Sentra {id: $sentraId})
           RETURN p.role AS role, toString(p.since) AS since, p.version AS version, toString(p.archivedAt) AS archivedAt
           ORDER BY archivedAt`,
          { actorId, sentraId: SENTRA },
        )
      ).records.map((r) => ({
        role: r.get("role") as string,
        since: r.get("since") as string | null,
        version: (r.get("version")?.toNumber() as number | undefined) ?? null,
        archivedAt: r.get("archivedAt") as string | null,
      })),
    );
  }

  /** The sentra's live members as the API serves them. */
  async function members(): Promise<string[]> {
    const data = await ok(`{ sentra(id: "${SENTRA}") { members(first: 100) { edges { role node { id } } } } }`);
    return data.sentra.members.edges.map((e: { role: string; node: { id: string } }) => `${e.node.id} ${e.role}`);
  }

  it("keeps an archived participation archived and as the admin left it, with no live one beside it", async () => {
    const [seeded] = await participations("ikm-ceper-07");
    expect(seeded).toEqual({ role: "CORE", since: expect.any(String), version: null, archivedAt: null });
    const key = { actorId: "ikm-ceper-07", sentraId: SENTRA, role: "CORE" };
    // The admin corrects the start date, then archives the participation.
    await ok(UPDATE, { input: { ...key, expectedVersion: 1, since: "2003-02-01" } });
    await ok(ARCHIVE, { input: { ...key, expectedVersion: 2 } });
    const archived = await participations("ikm-ceper-07");
    expect(archived).toEqual([{ role: "CORE", since: "2003-02-01", version: 3, archivedAt: expect.any(String) }]);
    expect(await members()).not.toContain("ikm-ceper-07 CORE");

    await seed(app.db);
    expect(await participations("ikm-ceper-07")).toEqual(archived);
    expect(await members()).not.toContain("ikm-ceper-07 CORE");
  });

  it("keeps one live participation beside an archived one, taking the seed's date, and leaves the archived one as it was", async () => {
    const [seeded] = await participations("ikm-ceper-08");
    const key = { actorId: "ikm-ceper-08", sentraId: SENTRA, role: "CORE" };
    await ok(ARCHIVE, { input: { ...key, expectedVersion: 1 } });
    await ok(CREATE, { input: { ...key, since: "2015-01-01" } });
    const archived = { ...seeded, version: 2, archivedAt: expect.any(String) };
    expect(await participations("ikm-ceper-08")).toEqual([archived, { ...seeded, since: "2015-01-01", version: 1, archivedAt: null }]);

    await seed(app.db);
    // The seed is the whole truth about the records it carries, so the live one takes its date again.
    expect(await participations("ikm-ceper-08")).toEqual([archived, { ...seeded, version: 1, archivedAt: null }]);
    expect((await members()).filter((m) => m === "ikm-ceper-08 CORE")).toHaveLength(1);
  });

  it("brings back nothing else an admin archived either: nodes and ties keep their archive mark and version", async () => {
    const archive = (field: string, id: string) => `mutation { ${field}(id: "${id}", expectedVersion: 1) { archivedAt } }`;
    for (const [field, id] of [
      ["archiveActor", "ikm-ceper-09"],
      ["archiveLinkage", "link-ikm-ceper-01-upstream-1"],
      ["archiveForum", "fpk-ceper"],
      ["archiveAgreement", "agreement-fkak-tegal-lpt-bds-2009"],
      ["archiveMonitoringRecord", "monitoring-ceper-2009-10"],
    ]) {
      const archived = await ok(archive(field, id));
      expect(archived[field].archivedAt).toEqual(expect.any(String));
    }
    const before = await graphFingerprint(app.db);
    await seed(app.db);
    expect(await graphFingerprint(app.db)).toEqual(before);
    expect(await ok(`{ node(id: "ikm-ceper-09") { id } forum: node(id: "fpk-ceper") { id } }`)).toEqual({ node: null, forum: null });
  });
});
