import { writeDataset } from "../../src/repositories/dataset.writer";
import { analyseSentraBatch } from "../../src/services/sentra-analysis.service";
import { graphFingerprint } from "../support/database";
import { fixture } from "../support/fixture";
import { apiOnGraph } from "../support/graph-api";

const FIELDS = "id name position version represents { id }";
const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!, $v: Int!) { archivePerson(id: $id, expectedVersion: $v) { id version archivedAt } }`;
const PURGE = `mutation($id: ID!) { purge(id: $id) { id label relationshipsDeleted } }`;
const SEAT = `mutation($input: CreateForumMemberInput!) { createForumMember(input: $input) { version } }`;
const UPDATE_SEAT = `mutation($input: UpdateForumMemberInput!) { updateForumMember(input: $input) { version } }`;
const CHANGES = `query($targetId: ID) { changes(targetId: $targetId, first: 100) { edges { node { targetId targetType operation via before after erasedAt } } } }`;

describe("person mutations and erasure", () => {
  const app = apiOnGraph((d) => writeDataset(d, fixture));

  const { expectRefused, ok, count, expectDenied, expectHeadlineCurrent } = app.checks;

  const person = { id: "m-person", name: " Ibu Sri Rahayu ", position: "Sekretaris FEDEP", representsActorId: "t-bank" };

  it("creates a person idempotently, updates it at its version and archives it", async () => {
    const created = await ok(CREATE, { input: person });
    expect(created.createPerson).toEqual({ id: "m-person", name: "Ibu Sri Rahayu", position: "Sekretaris FEDEP", version: 1, represents: { id: "t-bank" } });
    expect((await ok(CREATE, { input: person })).createPerson.version).toBe(1);
    await expectRefused(CREATE, { input: { ...person, position: "Ketua" } }, "CONFLICT", "id");
    await expectRefused(CREATE, { input: { ...person, id: "t-casting" } }, "CONFLICT", "id");

    const updated = await ok(UPDATE, { input: { id: "m-person", expectedVersion: 1, position: null, representsActorId: "t-trader" } });
    expect(updated.updatePerson).toEqual({ id: "m-person", name: "Ibu Sri Rahayu", position: null, version: 2, represents: { id: "t-trader" } });
    expect(await count(`MATCH (:Person {id: 'm-person'})-[r:REPRESENTS]->() RETURN count(r) AS n`)).toBe(1);
    const cleared = await ok(UPDATE, { input: { id: "m-person", expectedVersion: 2, representsActorId: null } });
    expect(cleared.updatePerson).toMatchObject({ represents: null, version: 3 });
    const stale = await expectRefused(UPDATE, { input: { id: "m-person", expectedVersion: 2, name: "x" } }, "CONFLICT", "expectedVersion");
    expect(stale.extensions).toMatchObject({ currentVersion: 3 });

    expect((await ok(ARCHIVE, { id: "m-person", v: 3 })).archivePerson).toMatchObject({ id: "m-person", version: 4, archivedAt: expect.any(String) });
    expect((await ok(`{ node(id: "m-person") { id } }`)).node).toBeNull();
    await expectRefused(UPDATE, { input: { id: "m-person", expectedVersion: 4, name: "x" } }, "NOT_FOUND", "id");
    await expectRefused(ARCHIVE, { id: "m-person", v: 4 }, "NOT_FOUND", "id");
    await expectRefused(SEAT, { input: { forumId: "t-fkak", memberId: "m-person" } }, "NOT_FOUND", "memberId");
    await expectRefused(CREATE, { input: person }, "CONFLICT", "id");
  });

  it("refuses bad person input, changing nothing", async () => {
    const base = { id: "m-person-x", name: "Pak Budi" };
    await expectRefused(CREATE, { input: { ...base, name: " " } }, "BAD_USER_INPUT", "name");
    await expectRefused(CREATE, { input: { ...base, name: "x".repeat(201) } }, "BAD_USER_INPUT", "name");
    await expectRefused(CREATE, { input: { ...base, position: "x".repeat(201) } }, "BAD_USER_INPUT", "position");
    await expectRefused(CREATE, { input: { ...base, name: "Pak\u0000Budi" } }, "BAD_USER_INPUT", "name");
    await expectRefused(CREATE, { input: { ...base, position: "Ketua\nFEDEP" } }, "BAD_USER_INPUT", "position");
    await expectRefused(CREATE, { input: { ...base, id: "bad id" } }, "BAD_USER_INPUT", "id");
    await expectRefused(CREATE, { input: { ...base, representsActorId: "nobody" } }, "NOT_FOUND", "representsActorId");
    await expectRefused(CREATE, { input: { ...base, representsActorId: "bad id" } }, "BAD_USER_INPUT", "representsActorId");
    await expectRefused(UPDATE, { input: { id: "t-person", expectedVersion: 1, name: null } }, "BAD_USER_INPUT", "name");
    await expectRefused(UPDATE, { input: { id: "t-person", expectedVersion: 1, representsActorId: "t-casting" } }, "NOT_FOUND", "representsActorId");
    await expectRefused(UPDATE, { input: { id: "t-ikm-a", expectedVersion: 1, name: "x" } }, "NOT_FOUND", "id");
    await expectRefused(UPDATE, { input: { id: "nobody", expectedVersion: 1, name: "x" } }, "NOT_FOUND", "id");
    await expectRefused(UPDATE, { input: { id: "t-person", expectedVersion: 0, name: "x" } }, "CONFLICT", "expectedVersion");
    await expectRefused(ARCHIVE, { id: "t-ikm-a", v: 1 }, "NOT_FOUND", "id");
  });

  it("leaves a viewer no write and an editor no archive or purge, and a denial changes nothing", async () => {
    await expectDenied("VIEWER", CREATE, { input: { id: "m-denied", name: "Pak Denied" } });
    await expectDenied("VIEWER", UPDATE, { input: { id: "t-person", expectedVersion: 1, name: "x" } });
    await expectDenied("EDITOR", ARCHIVE, { id: "t-person", v: 1 });
    await expectDenied("EDITOR", PURGE, { id: "t-person" });
    expect(await count(`MATCH (n {id: 'm-denied'}) RETURN count(n) AS n`)).toBe(0);
    // An editor may create and update.
    const made = await app.api.run<any>(CREATE, { input: { id: "m-editor-made", name: "Pak Editor" } }, { as: "EDITOR" });
    expect(made.errors).toBeUndefined();
  });

  it("takes an archived person out of every read and analysis: forum members, representatives, the actor's forums", async () => {
    const reads = `{
      forum: node(id: "t-fkak") { ... on Forum { members { edges { node { id } } } } }
      actor(id: "t-ikm-a") { representatives { edges { node { id } } } forums { edges { node { id } } } }
    }`;
    const ids = (c: { edges: Array<{ node: { id: string } }> }) => c.edges.map((e) => e.node.id);
    await ok(`mutation { createPerson(input: { id: "m-rep", name: "Pak Wakil", representsActorId: "t-ikm-a" }) { id } }`);
    await ok(SEAT, { input: { forumId: "t-fkak", memberId: "m-rep", role: "Anggota" } });
    await expectHeadlineCurrent("t-casting");
    const before = await ok(reads);
    expect(ids(before.forum.members).sort()).toEqual(["m-rep", "t-ikm-b", "t-person"]);
    expect(ids(before.actor.representatives).sort()).toEqual(["m-rep", "t-person"]);
    expect(ids(before.actor.forums)).toEqual(["t-fkak"]);

    await ok(ARCHIVE, { id: "m-rep", v: 1 });
    await ok(ARCHIVE, { id: "t-person", v: 1 });
    const after = await ok(reads);
    expect(ids(after.forum.members)).toEqual(["t-ikm-b"]);
    expect(ids(after.actor.representatives)).toEqual([]);
    // t-ikm-a sat in the FKAK only through its (now archived) representatives.
    expect(ids(after.actor.forums)).toEqual([]);
    const network = (await analyseSentraBatch(app.db, ["t-casting"])).get("t-casting")!.network;
    const members = network.forums.flatMap((f) => f.members.map((m) => m.personId));
    expect(members).not.toContain("t-person");
    expect(members).not.toContain("m-rep");
    await expectHeadlineCurrent("t-casting");
  });

  it("purges an archived person with its seats and erases its values from the audit trail", async () => {
    const input = { id: "m-erase-person", name: "Bapak Hapus Saya", position: "Ketua Paguyuban", representsActorId: "t-ikm-b" };
    await ok(CREATE, { input });
    await ok(SEAT, { input: { forumId: "t-fkak", memberId: "m-erase-person", role: "Bendahara", since: "2010-01-01" } });
    await ok(UPDATE_SEAT, { input: { forumId: "t-fkak", memberId: "m-erase-person", expectedVersion: 1, role: "Wakil Ketua Paguyuban" } });
    await ok(UPDATE, { input: { id: "m-erase-person", expectedVersion: 1, position: "Sesepuh Desa Batur" } });
    const personal = ["Bapak Hapus Saya", "Ketua Paguyuban", "Sesepuh Desa Batur", "Wakil Ketua Paguyuban", "Bendahara"];
    const holding = `MATCH (c:Change) WHERE any(v IN $values WHERE c.before CONTAINS v OR c.after CONTAINS v) RETURN count(c) AS n`;
    expect(await count(holding, { values: personal })).toBeGreaterThanOrEqual(4);

    // Live: refused, changing nothing; archived: erased.
    await expectRefused(PURGE, { id: "m-erase-person" }, "CONFLICT", "id");
    await ok(ARCHIVE, { id: "m-erase-person", v: 2 });
    const purged = await ok(PURGE, { id: "m-erase-person" });
    // The seat (live, though hidden by the archive) and the tie to the represented actor.
    expect(purged.purge).toEqual({ id: "m-erase-person", label: "Person", relationshipsDeleted: 2 });

    expect(await count(`MATCH (n {id: 'm-erase-person'}) RETURN count(n) AS n`)).toBe(0);
    expect(await count(`MATCH ()-[r:MEMBER_OF]->(:Forum {id: 't-fkak'}) RETURN count(r) AS n`)).toBe(3); // t-person, m-rep (archived people), t-ikm-b
    expect(await count(`MATCH (n) WHERE any(k IN keys(n) WHERE n[k] IN $values) RETURN count(n) AS n`, { values: personal })).toBe(0);
    expect(await count(holding, { values: personal })).toBe(0);

    // The trail still says who did what, and when: the person's own changes and its seat's, without values.
    const own = (await ok(CHANGES, { targetId: "m-erase-person" })).changes.edges.map((e: any) => e.node);
    expect(own.map((c: any) => c.operation).sort()).toEqual(["ARCHIVE", "CREATE", "PURGE", "UPDATE"]);
    for (const change of own) expect(change).toMatchObject({ targetType: "Person", before: null, after: null, erasedAt: expect.any(String) });
    expect(own.find((c: any) => c.operation === "PURGE")).toMatchObject({ via: "mutation:purge" });
    const seat = (await ok(CHANGES, { targetId: "m-erase-person/t-fkak" })).changes.edges.map((e: any) => e.node);
    expect(seat.map((c: any) => c.operation).sort()).toEqual(["CREATE", "UPDATE"]);
    for (const change of seat) expect(change).toMatchObject({ targetType: "MEMBER_OF", before: null, after: null, erasedAt: expect.any(String) });

    // Other records' history keeps its values.
    const other = (await ok(CHANGES, { targetId: "m-person" })).changes.edges.map((e: any) => e.node);
    expect(other.length).toBeGreaterThan(0);
    for (const change of other) expect(change.erasedAt).toBeNull();
    await expectHeadlineCurrent("t-casting");
    await expectRefused(PURGE, { id: "m-erase-person" }, "NOT_FOUND", "id");
  });

  it("answers hostile text in id arguments with a client error, never an internal one, changing nothing", async () => {
    const hostile = ["' OR 1=1 //", "}) MATCH (n) DETACH DELETE n //", "\u0000", "x".repeat(10_000), "../../etc/passwd"];
    const before = await graphFingerprint(app.db);
    for (const text of hostile) {
      const attempts = [
        app.api.run(CREATE, { input: { id: text, name: "X" } }),
        app.api.run(CREATE, { input: { name: "X", representsActorId: text } }),
        app.api.run(UPDATE, { input: { id: text, expectedVersion: 1, name: "X" } }),
        app.api.run(UPDATE, { input: { id: "t-person", expectedVersion: 1, representsActorId: text } }),
        app.api.run(ARCHIVE, { id: text, v: 1 }),
        app.api.run(PURGE, { id: text }),
      ];
      for (const { errors } of await Promise.all(attempts)) {
        expect(errors).toHaveLength(1);
        expect(["BAD_USER_INPUT", "NOT_FOUND"]).toContain(errors![0].extensions!.code);
      }
    }
    expect(await graphFingerprint(app.db)).toEqual(before);
  });

  it("makes exactly one person of fifty concurrent creations with one id", async () => {
    const input = { id: "m-person-race", name: "Pak Balapan", position: "Anggota", representsActorId: "t-ikm-b" };
    const results = await Promise.all(Array.from({ length: 50 }, () => app.api.run<any>(CREATE, { input }, { as: "EDITOR" })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await count(`MATCH (n:Node {id: 'm-person-race'}) RETURN count(n) AS n`)).toBe(1);
    expect(await count(`MATCH (:Person {id: 'm-person-race'})-[r:REPRESENTS]->() RETURN count(r) AS n`)).toBe(1);
    // One creation, so one CREATE in the audit trail: the 49 that found it made no change.
    expect(await count(`MATCH (c:Change {targetId: 'm-person-race'}) RETURN count(c) AS n`)).toBe(1);
  });

  it("keeps the ids that writes MERGE on unique by constraint", async () => {
    const constrained = await app.db.read(async (tx) =>
      (
        await tx.run(
          `SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes[0] AS label`,
        )
      ).records.map((r) => r.get("label") as string),
    );
    for (const label of ["Node", "Person", "Programme", "SentraStatistic"]) expect(constrained).toContain(label);
  });
});
