import { writeDataset } from "../../src/repositories/dataset.writer";
import { graphFingerprint } from "../support/database";
import { fixture } from "../support/fixture";
import { apiOnGraph } from "../support/graph-api";

const ARCHIVED = "id version archivedAt";
const CHANGES = `query($targetId: ID) { changes(targetId: $targetId, first: 100) { edges { node { targetType operation via before after } } } }`;
const ids = (c: { edges: Array<{ node: { id: string } }> }) => c.edges.map((e) => e.node.id);

describe("programme and sentra statistic mutations", () => {
  const app = apiOnGraph((d) => writeDataset(d, fixture));

  const { expectRefused, ok, count, expectDenied } = app.checks;

  it("answers hostile text in id and date arguments with a client error, never an internal one, changing nothing", async () => {
    const PROGRAMME = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`;
    const STATISTIC = `mutation($input: CreateSentraStatisticInput!) { createSentraStatistic(input: $input) { id } }`;
    const UPDATE_STATISTIC = `mutation($input: UpdateSentraStatisticInput!) { updateSentraStatistic(input: $input) { id } }`;
    const base = { name: "P", description: "d", runById: "t-bank" };
    const hostile = ["' OR 1=1 //", "}) MATCH (n) DETACH DELETE n //", "\u0000", "x".repeat(10_000), "../../etc/passwd"];
    const before = await graphFingerprint(app.db);
    for (const text of hostile) {
      const attempts = [
        app.api.run(PROGRAMME, { input: { ...base, id: text } }),
        app.api.run(PROGRAMME, { input: { ...base, runById: text } }),
        app.api.run(PROGRAMME, { input: { ...base, partnerIds: [text] } }),
        app.api.run(PROGRAMME, { input: { ...base, sentraIds: ["t-casting", text] } }),
        app.api.run(PROGRAMME, { input: { ...base, startDate: text } }),
        app.api.run(`mutation($id: ID!) { archiveProgramme(id: $id, expectedVersion: 1) { id } }`, { id: text }),
        app.api.run(STATISTIC, { input: { sentraId: text, year: 2005, measure: "m", value: 1, unit: "u" } }),
        app.api.run(UPDATE_STATISTIC, { input: { id: text, expectedVersion: 1, value: 1 } }),
      ];
      for (const { errors } of await Promise.all(attempts)) {
        expect(errors).toHaveLength(1);
        expect(["BAD_USER_INPUT", "NOT_FOUND"]).toContain(errors![0].extensions!.code);
      }
    }
    expect(await graphFingerprint(app.db)).toEqual(before);
  });

  describe("programmes", () => {
    const FIELDS = `id name description startDate endDate amountRp beneficiaries version runBy { id }
      partners { edges { node { id } } } sentra { edges { node { id } } }`;
    const CREATE = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { ${FIELDS} } }`;
    const UPDATE = `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { ${FIELDS} } }`;
    const ARCHIVE = `mutation($id: ID!, $v: Int!) { archiveProgramme(id: $id, expectedVersion: $v) { ${ARCHIVED} } }`;
    const programme = {
      id: "m-programme",
      name: " Klinik Desain Logam ",
      description: "Design clinic for casters",
      runById: "t-bank",
      partnerIds: ["t-trader"],
      sentraIds: ["t-casting", "t-brass"],
      startDate: "2011-01-01",
      endDate: "2011-12-31",
      amountRp: 250_000_000,
      beneficiaries: 40,
    };

    it("records a programme idempotently, updates it at its version and archives it", async () => {
      const created = (await ok(CREATE, { input: programme })).createProgramme;
      expect(created).toMatchObject({ id: "m-programme", name: "Klinik Desain Logam", amountRp: 250_000_000, beneficiaries: 40, version: 1 });
      expect(created.runBy).toEqual({ id: "t-bank" });
      expect(ids(created.partners)).toEqual(["t-trader"]);
      expect(ids(created.sentra).sort()).toEqual(["t-brass", "t-casting"]);
      expect((await ok(CREATE, { input: { ...programme, sentraIds: ["t-brass", "t-casting"] } })).createProgramme.version).toBe(1);
      await expectRefused(CREATE, { input: { ...programme, beneficiaries: 41 } }, "CONFLICT", "id");
      await expectRefused(CREATE, { input: { ...programme, partnerIds: [] } }, "CONFLICT", "id");
      await expectRefused(CREATE, { input: { ...programme, id: "t-ikm-a" } }, "CONFLICT", "id");

      const updated = (
        await ok(UPDATE, {
          input: {
            id: "m-programme",
            expectedVersion: 1,
            runById: "t-trader",
            partnerIds: ["t-bank", "t-ikm-a"],
            sentraIds: [],
            endDate: null,
            amountRp: null,
          },
        })
      ).updateProgramme;
      expect(updated).toMatchObject({ startDate: "2011-01-01", endDate: null, amountRp: null, beneficiaries: 40, version: 2, runBy: { id: "t-trader" } });
      expect(ids(updated.partners).sort()).toEqual(["t-bank", "t-ikm-a"]);
      expect(ids(updated.sentra)).toEqual([]);
      expect(await count(`MATCH (:Programme {id: 'm-programme'})-[r:RUN_BY]->() RETURN count(r) AS n`)).toBe(1);
      const stale = await expectRefused(UPDATE, { input: { id: "m-programme", expectedVersion: 1, name: "x" } }, "CONFLICT", "expectedVersion");
      expect(stale.extensions).toMatchObject({ currentVersion: 2 });
      // An end before the stored start, and a runner that is a stored partner.
      await expectRefused(UPDATE, { input: { id: "m-programme", expectedVersion: 2, endDate: "2010-12-31" } }, "BAD_USER_INPUT", "endDate");
      await expectRefused(UPDATE, { input: { id: "m-programme", expectedVersion: 2, runById: "t-ikm-a" } }, "BAD_USER_INPUT", "runById");
      const retargeted = (await ok(UPDATE, { input: { id: "m-programme", expectedVersion: 2, sentraIds: ["t-casting"] } })).updateProgramme;
      expect(ids(retargeted.sentra)).toEqual(["t-casting"]);
      expect(ids(retargeted.partners).sort()).toEqual(["t-bank", "t-ikm-a"]);

      const lists = `{ sentra(id: "t-casting") { programmes { edges { node { id } } } } actor(id: "t-ikm-a") { programmes { edges { node { id } } } } }`;
      const before = await ok(lists);
      expect(ids(before.sentra.programmes).sort()).toEqual(["m-programme", "t-programme"]);
      expect(ids(before.actor.programmes)).toEqual(["m-programme"]);
      expect((await ok(ARCHIVE, { id: "m-programme", v: 3 })).archiveProgramme).toMatchObject({ id: "m-programme", version: 4 });
      const after = await ok(lists);
      expect(ids(after.sentra.programmes)).toEqual(["t-programme"]);
      expect(ids(after.actor.programmes)).toEqual([]);
      expect((await ok(`{ node(id: "m-programme") { id } }`)).node).toBeNull();
      await expectRefused(UPDATE, { input: { id: "m-programme", expectedVersion: 4, name: "x" } }, "NOT_FOUND", "id");
      await expectRefused(ARCHIVE, { id: "m-programme", v: 4 }, "NOT_FOUND", "id");

      const trail = (await ok(CHANGES, { targetId: "m-programme" })).changes.edges.map((e: any) => e.node);
      expect(trail.map((c: any) => c.operation).sort()).toEqual(["ARCHIVE", "CREATE", "UPDATE", "UPDATE"]);
      for (const change of trail) expect(change).toMatchObject({ targetType: "Programme" });
    });

    it("refuses bad programme input, changing nothing", async () => {
      const base = { ...programme, id: "m-programme-x" };
      await expectRefused(CREATE, { input: { ...base, name: "" } }, "BAD_USER_INPUT", "name");
      await expectRefused(CREATE, { input: { ...base, description: "x".repeat(5001) } }, "BAD_USER_INPUT", "description");
      await expectRefused(CREATE, { input: { ...base, startDate: "2011-02-30" } }, "BAD_USER_INPUT", "startDate");
      await expectRefused(CREATE, { input: { ...base, startDate: "1899-12-31", endDate: null } }, "BAD_USER_INPUT", "startDate");
      await expectRefused(CREATE, { input: { ...base, endDate: "2010-12-31" } }, "BAD_USER_INPUT", "endDate");
      await expectRefused(CREATE, { input: { ...base, amountRp: -1 } }, "BAD_USER_INPUT", "amountRp");
      await expectRefused(CREATE, { input: { ...base, amountRp: 1e16 } }, "BAD_USER_INPUT", "amountRp");
      await expectRefused(CREATE, { input: { ...base, beneficiaries: -5 } }, "BAD_USER_INPUT", "beneficiaries");
      await expectRefused(CREATE, { input: { ...base, runById: "nobody" } }, "NOT_FOUND", "runById");
      await expectRefused(CREATE, { input: { ...base, runById: "t-casting" } }, "NOT_FOUND", "runById");
      await expectRefused(CREATE, { input: { ...base, partnerIds: ["t-trader", "nobody"] } }, "NOT_FOUND", "partnerIds");
      await expectRefused(CREATE, { input: { ...base, partnerIds: ["t-trader", "t-trader"] } }, "BAD_USER_INPUT", "partnerIds");
      await expectRefused(CREATE, { input: { ...base, partnerIds: ["t-bank"] } }, "BAD_USER_INPUT", "partnerIds");
      await expectRefused(CREATE, { input: { ...base, partnerIds: ["bad id"] } }, "BAD_USER_INPUT", "partnerIds[0]");
      await expectRefused(CREATE, { input: { ...base, sentraIds: ["nowhere"] } }, "NOT_FOUND", "sentraIds");
      await expectRefused(CREATE, { input: { ...base, sentraIds: ["t-ikm-a"] } }, "NOT_FOUND", "sentraIds");
      await expectRefused(UPDATE, { input: { id: "t-programme", expectedVersion: 1, runById: null } }, "BAD_USER_INPUT", "runById");
      await expectRefused(UPDATE, { input: { id: "t-programme", expectedVersion: 1, name: null } }, "BAD_USER_INPUT", "name");
      await expectRefused(UPDATE, { input: { id: "t-programme", expectedVersion: 1, partnerIds: null } }, "BAD_USER_INPUT", "partnerIds");
      await expectRefused(UPDATE, { input: { id: "t-programme", expectedVersion: 1, startDate: "2002-07-01" } }, "BAD_USER_INPUT", "endDate");
      await expectRefused(UPDATE, { input: { id: "t-stat", expectedVersion: 1, name: "x" } }, "NOT_FOUND", "id");
    });

    it("makes exactly one programme of fifty concurrent creations with one id", async () => {
      const input = { ...programme, id: "m-programme-race" };
      const results = await Promise.all(Array.from({ length: 50 }, () => app.api.run<any>(CREATE, { input }, { as: "EDITOR" })));
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect(await count(`MATCH (n:Node {id: 'm-programme-race'}) RETURN count(n) AS n`)).toBe(1);
      expect(await count(`MATCH (:Programme {id: 'm-programme-race'})-[r]->() RETURN count(r) AS n`)).toBe(4);
      expect(await count(`MATCH (c:Change {targetId: 'm-programme-race'}) RETURN count(c) AS n`)).toBe(1);
    });

    it("leaves a viewer no write and an editor no archive, and a denial changes nothing", async () => {
      await expectDenied("VIEWER", CREATE, { input: { ...programme, id: "m-programme-denied" } });
      await expectDenied("VIEWER", UPDATE, { input: { id: "t-programme", expectedVersion: 1, name: "x" } });
      await expectDenied("EDITOR", ARCHIVE, { id: "t-programme", v: 1 });
    });
  });

  describe("sentra statistics", () => {
    const FIELDS = "id year measure value unit version sentra { id }";
    const CREATE = `mutation($input: CreateSentraStatisticInput!) { createSentraStatistic(input: $input) { ${FIELDS} } }`;
    const UPDATE = `mutation($input: UpdateSentraStatisticInput!) { updateSentraStatistic(input: $input) { ${FIELDS} } }`;
    const ARCHIVE = `mutation($id: ID!, $v: Int!) { archiveSentraStatistic(id: $id, expectedVersion: $v) { ${ARCHIVED} } }`;
    const statistic = { id: "m-stat", sentraId: "t-casting", year: 2004, measure: "firms", value: 335, unit: "firms" };

    it("records a figure idempotently, one per sentra, measure and year, updates and archives it", async () => {
      const { sentraId, ...rest } = statistic;
      expect((await ok(CREATE, { input: statistic })).createSentraStatistic).toEqual({ ...rest, version: 1, sentra: { id: sentraId } });
      expect((await ok(CREATE, { input: statistic })).createSentraStatistic.version).toBe(1);
      await expectRefused(CREATE, { input: { ...statistic, value: 336 } }, "CONFLICT", "id");
      // t-stat is the 2003 figure of the same measure.
      const duplicate = await expectRefused(CREATE, { input: { ...statistic, id: "m-stat-2", year: 2003 } }, "CONFLICT", "year");
      expect(duplicate.extensions).toMatchObject({ existingId: "t-stat" });
      await expectRefused(UPDATE, { input: { id: "m-stat", expectedVersion: 1, year: 2003 } }, "CONFLICT", "year");

      const updated = (await ok(UPDATE, { input: { id: "m-stat", expectedVersion: 1, value: 0, unit: "units" } })).updateSentraStatistic;
      expect(updated).toEqual({ ...rest, value: 0, unit: "units", version: 2, sentra: { id: sentraId } });
      await expectRefused(UPDATE, { input: { id: "m-stat", expectedVersion: 1, value: 3 } }, "CONFLICT", "expectedVersion");

      const list = `{ sentra(id: "t-casting") { statistics { edges { node { id } } } } }`;
      expect(ids((await ok(list)).sentra.statistics).sort()).toEqual(["m-stat", "t-stat"]);
      expect((await ok(ARCHIVE, { id: "m-stat", v: 2 })).archiveSentraStatistic).toMatchObject({ id: "m-stat", version: 3 });
      expect(ids((await ok(list)).sentra.statistics)).toEqual(["t-stat"]);
      expect((await ok(`{ node(id: "m-stat") { id } }`)).node).toBeNull();
      await expectRefused(UPDATE, { input: { id: "m-stat", expectedVersion: 3, value: 1 } }, "NOT_FOUND", "id");
      // With the figure archived, the year may be recorded again.
      expect((await ok(CREATE, { input: { ...statistic, id: "m-stat-again" } })).createSentraStatistic.version).toBe(1);

      const trail = (await ok(CHANGES, { targetId: "m-stat" })).changes.edges.map((e: any) => e.node);
      expect(trail.map((c: any) => c.operation).sort()).toEqual(["ARCHIVE", "CREATE", "UPDATE"]);
      expect(trail.find((c: any) => c.operation === "UPDATE")).toMatchObject({ targetType: "SentraStatistic", via: "mutation:updateSentraStatistic" });
    });

    it("refuses bad figures, changing nothing", async () => {
      const base = { ...statistic, id: "m-stat-x", year: 2005 };
      await expectRefused(CREATE, { input: { ...base, year: 1899 } }, "BAD_USER_INPUT", "year");
      await expectRefused(CREATE, { input: { ...base, year: new Date().getUTCFullYear() + 1 } }, "BAD_USER_INPUT", "year");
      await expectRefused(CREATE, { input: { ...base, value: -0.5 } }, "BAD_USER_INPUT", "value");
      await expectRefused(CREATE, { input: { ...base, measure: " " } }, "BAD_USER_INPUT", "measure");
      await expectRefused(CREATE, { input: { ...base, measure: "a\u0000b" } }, "BAD_USER_INPUT", "measure");
      await expectRefused(CREATE, { input: { ...base, measure: "x".repeat(101) } }, "BAD_USER_INPUT", "measure");
      await expectRefused(CREATE, { input: { ...base, unit: "x".repeat(51) } }, "BAD_USER_INPUT", "unit");
      await expectRefused(CREATE, { input: { ...base, sentraId: "nowhere" } }, "NOT_FOUND", "sentraId");
      await expectRefused(CREATE, { input: { ...base, sentraId: "t-ikm-a" } }, "NOT_FOUND", "sentraId");
      await expectRefused(CREATE, { input: { ...base, id: "t-casting" } }, "CONFLICT", "id");
      await expectRefused(UPDATE, { input: { id: "t-stat", expectedVersion: 1, year: null } }, "BAD_USER_INPUT", "year");
      await expectRefused(UPDATE, { input: { id: "t-stat", expectedVersion: 1, value: -1 } }, "BAD_USER_INPUT", "value");
      await expectRefused(UPDATE, { input: { id: "t-programme", expectedVersion: 1, value: 1 } }, "NOT_FOUND", "id");
    });

    it("makes exactly one figure of fifty concurrent creations with one id", async () => {
      const input = { ...statistic, id: "m-stat-race", year: 2010 };
      const results = await Promise.all(Array.from({ length: 50 }, () => app.api.run<any>(CREATE, { input }, { as: "EDITOR" })));
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect(await count(`MATCH (n:Node {id: 'm-stat-race'}) RETURN count(n) AS n`)).toBe(1);
      expect(await count(`MATCH (c:Change {targetId: 'm-stat-race'}) RETURN count(c) AS n`)).toBe(1);
    });

    it("leaves a viewer no write and an editor no archive, and a denial changes nothing", async () => {
      await expectDenied("VIEWER", CREATE, { input: { ...statistic, id: "m-stat-denied", year: 2001 } });
      await expectDenied("VIEWER", UPDATE, { input: { id: "t-stat", expectedVersion: 1, value: 1 } });
      await expectDenied("EDITOR", ARCHIVE, { id: "t-stat", v: 1 });
    });
  });
});
