import { HEADLINE_METRICS, headlineOf } from "../../src/domain/analytics/headline";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { analyseSentraBatch, recomputeAllSentraMetrics } from "../../src/services/sentra-analysis.service";
import { graphFingerprint } from "../support/database";
import { fixture } from "../support/fixture";
import { expectStoredAnalysesCurrent } from "../support/stored-analysis";
import { apiOnGraph } from "../support/graph-api";

const LINKAGE_FIELDS = "id type intensity flows since description direction version from { id } to { id } sentra { id }";
const ACTOR_FIELDS = "id name kind description workers mainProducts version region { id } location { latitude longitude }";

describe("mutations", () => {
  const app = apiOnGraph(async (d) => {
    await writeDataset(d, fixture);
    await recomputeAllSentraMetrics(d);
  });
  // Whatever a test wrote (or was refused), every sentra's stored analysis equals one computed now.
  afterEach(() =>
    expectStoredAnalysesCurrent(
      app.db,
      fixture.sentra.map((s) => s.id),
    ),
  );

  const { expectRefused, ok, count } = app.checks;

  const CREATE_LINKAGE = `mutation($input: CreateLinkageInput!) { createLinkage(input: $input) { ${LINKAGE_FIELDS} } }`;
  const UPDATE_LINKAGE = `mutation($input: UpdateLinkageInput!) { updateLinkage(input: $input) { ${LINKAGE_FIELDS} } }`;
  const ARCHIVE_LINKAGE = `mutation($id: ID!, $v: Int!) { archiveLinkage(id: $id, expectedVersion: $v) { id version archivedAt } }`;
  const CREATE_ACTOR = `mutation($input: CreateActorInput!) { createActor(input: $input) { ${ACTOR_FIELDS} } }`;
  const UPDATE_ACTOR = `mutation($input: UpdateActorInput!) { updateActor(input: $input) { ${ACTOR_FIELDS} } }`;
  const ARCHIVE_ACTOR = `mutation($id: ID!, $v: Int!) { archiveActor(id: $id, expectedVersion: $v) { id version archivedAt } }`;
  const CREATE_PARTICIPATION = `mutation($input: CreateParticipationInput!) { createParticipation(input: $input) { actor { id } sentra { id } role since version archivedAt } }`;
  const UPDATE_PARTICIPATION = `mutation($input: UpdateParticipationInput!) { updateParticipation(input: $input) { role since version } }`;
  const ARCHIVE_PARTICIPATION = `mutation($input: ArchiveParticipationInput!) { archiveParticipation(input: $input) { role version archivedAt } }`;
  const CREATE_RESPONSE = `mutation($input: CreateSurveyResponseInput!) { createSurveyResponse(input: $input) { id question cooperates intensity version } }`;
  const UPDATE_RESPONSE = `mutation($input: UpdateSurveyResponseInput!) { updateSurveyResponse(input: $input) { id cooperates intensity version } }`;
  const ARCHIVE_RESPONSE = `mutation($id: ID!, $v: Int!) { archiveSurveyResponse(id: $id, expectedVersion: $v) { id version archivedAt } }`;

  const supply = { type: "UPSTREAM_SUPPLY", fromId: "t-trader", toId: "t-ikm-b", intensity: "ACTIVE", flows: ["GOODS", "MONEY"], sentraId: "t-casting" };

  describe("linkages", () => {
    it("creates a linkage at version 1, readable from both actors and the sentra", async () => {
      const data = await ok(CREATE_LINKAGE, { input: { ...supply, id: "m-l-1", since: "2020-02-29", description: "scrap iron" } });
      expect(data.createLinkage).toEqual({
        id: "m-l-1",
        type: "UPSTREAM_SUPPLY",
        intensity: "ACTIVE",
        flows: ["GOODS", "MONEY"],
        since: "2020-02-29",
        description: "scrap iron",
        direction: "OUTGOING",
        version: 1,
        from: { id: "t-trader" },
        to: { id: "t-ikm-b" },
        sentra: { id: "t-casting" },
      });
      const read = await ok(`{ actor(id: "t-ikm-b") { linkages(types: [UPSTREAM_SUPPLY]) { edges { node { id direction version partner { id } } } } } }`);
      expect(read.actor.linkages.edges.map((e: any) => e.node)).toEqual([{ id: "m-l-1", direction: "INCOMING", version: 1, partner: { id: "t-trader" } }]);
    });

    it("keeps the sentra's stored headline equal to a fresh analysis after adding a linkage", async () => {
      const headline = `{ sentra(id: "t-casting") { headline { stage dynamic ${HEADLINE_METRICS.join(" ")} } } }`;
      await ok(CREATE_LINKAGE, { input: { id: "m-l-credit-b", type: "FINANCE", fromId: "t-bank", toId: "t-ikm-b", flows: ["MONEY"], sentraId: "t-casting" } });
      const stored = (await ok(headline)).sentra.headline;
      const fresh = headlineOf((await analyseSentraBatch(app.db, ["t-casting"])).get("t-casting")!);
      expect(stored).toEqual({ ...fresh });
      // A horizontal tie between the two core firms in the other direction would be a duplicate; one to a new firm changes density.
      await ok(CREATE_ACTOR, { input: { id: "m-ikm-new", name: "UD Baru", kind: "IKM" } });
      await ok(CREATE_PARTICIPATION, { input: { actorId: "m-ikm-new", sentraId: "t-casting", role: "CORE" } });
      await ok(CREATE_LINKAGE, {
        input: { id: "m-l-coop-new", type: "HORIZONTAL_COOPERATION", fromId: "m-ikm-new", toId: "t-ikm-a", flows: ["INFORMATION"], sentraId: "t-casting" },
      });
      const after = (await ok(headline)).sentra.headline;
      expect(after).toEqual({ ...headlineOf((await analyseSentraBatch(app.db, ["t-casting"])).get("t-casting")!) });
      expect(after.coreMembers).toBe(stored.coreMembers + 1);
    });

    it("refuses a self-linkage, unknown actors or sentra, bad dates, repeated flows, control characters and bad enums, changing nothing", async () => {
      await expectRefused(CREATE_LINKAGE, { input: { ...supply, toId: "t-trader" } }, "BAD_USER_INPUT", "toId");
      await expectRefused(CREATE_LINKAGE, { input: { ...supply, fromId: "nobody" } }, "NOT_FOUND", "fromId");
      await expectRefused(CREATE_LINKAGE, { input: { ...supply, toId: "nobody" } }, "NOT_FOUND", "toId");
      await expectRefused(CREATE_LINKAGE, { input: { ...supply, type: "FINANCE", sentraId: "no-sentra" } }, "NOT_FOUND", "sentraId");
      await expectRefused(CREATE_LINKAGE, { input: { ...supply, type: "FINANCE", since: "2999-01-01" } }, "BAD_USER_INPUT", "since");
      await expectRefused(CREATE_LINKAGE, { input: { ...supply, type: "FINANCE", since: "2023-02-30" } }, "BAD_USER_INPUT", "since");
      await expectRefused(CREATE_LINKAGE, { input: { ...supply, type: "FINANCE", since: "yesterday" } }, "BAD_USER_INPUT", "since");
      await expectRefused(CREATE_LINKAGE, { input: { ...supply, type: "FINANCE", since: "1899-12-31" } }, "BAD_USER_INPUT", "since");
      await expectRefused(CREATE_LINKAGE, { input: { ...supply, type: "FINANCE", description: "a\u0000b" } }, "BAD_USER_INPUT", "description");
      await expectRefused(CREATE_LINKAGE, { input: { ...supply, type: "FINANCE", flows: ["MONEY", "MONEY"] } }, "BAD_USER_INPUT", "flows");
      await expectRefused(CREATE_LINKAGE, { input: { ...supply, type: "FINANCE", id: "bad id' OR 1=1" } }, "BAD_USER_INPUT", "id");
      await expectRefused(CREATE_LINKAGE, { input: { ...supply, type: "NOT_A_TYPE" } }, "BAD_USER_INPUT");
    });

    it("refuses a duplicate of a live linkage (same type, pair and sentra; either direction for horizontal cooperation)", async () => {
      const error = await expectRefused(CREATE_LINKAGE, { input: supply }, "CONFLICT", "type");
      expect(error.extensions).toMatchObject({ existingId: "m-l-1" });
      await expectRefused(
        CREATE_LINKAGE,
        { input: { type: "HORIZONTAL_COOPERATION", fromId: "t-ikm-b", toId: "t-ikm-a", flows: ["GOODS"], sentraId: "t-casting" } },
        "CONFLICT",
        "type",
      );
      // The same pair outside the sentra, or the reverse of a directed tie, is a different tie.
      await ok(CREATE_LINKAGE, { input: { ...supply, id: "m-l-reverse", fromId: "t-ikm-b", toId: "t-trader" } });
    });

    it("returns the stored linkage for a repeated creation with the same id, and refuses the id with other values", async () => {
      const again = await ok(CREATE_LINKAGE, { input: { ...supply, id: "m-l-1", since: "2020-02-29", description: "scrap iron" } });
      expect(again.createLinkage).toMatchObject({ id: "m-l-1", version: 1 });
      await expectRefused(CREATE_LINKAGE, { input: { ...supply, id: "m-l-1", intensity: "PASSIVE" } }, "CONFLICT", "id");
    });

    it("makes exactly one linkage of fifty concurrent creations with one id", async () => {
      const input = { id: "m-l-race", type: "PROMOTION", fromId: "t-bank", toId: "t-ikm-c", flows: ["INFORMATION"], sentraId: "t-brass" };
      const results = await Promise.all(Array.from({ length: 50 }, () => app.api.run<any>(CREATE_LINKAGE, { input })));
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect(new Set(results.map((r) => r.data.createLinkage.version))).toEqual(new Set([1]));
      expect(await count(`MATCH ()-[l:LINKED {id: 'm-l-race'}]->() RETURN count(l) AS n`)).toBe(1);
      expect(await count(`MATCH (:Actor {id: 't-bank'})-[l:LINKED {type: 'PROMOTION'}]->(:Actor {id: 't-ikm-c'}) RETURN count(l) AS n`)).toBe(1);
    });

    it("updates with the expected version, refuses a stale one, and never loses one of two concurrent updates", async () => {
      const updated = await ok(UPDATE_LINKAGE, { input: { id: "m-l-1", expectedVersion: 1, intensity: "PROACTIVE", since: null } });
      expect(updated.updateLinkage).toMatchObject({ id: "m-l-1", intensity: "PROACTIVE", since: null, description: "scrap iron", version: 2 });
      const error = await expectRefused(UPDATE_LINKAGE, { input: { id: "m-l-1", expectedVersion: 1, intensity: "PASSIVE" } }, "CONFLICT", "expectedVersion");
      expect(error.extensions).toMatchObject({ currentVersion: 2 });
      await expectRefused(UPDATE_LINKAGE, { input: { id: "m-l-1", expectedVersion: 2, since: "2999-12-31" } }, "BAD_USER_INPUT", "since");
      await expectRefused(UPDATE_LINKAGE, { input: { id: "nope", expectedVersion: 1, intensity: "PASSIVE" } }, "NOT_FOUND", "id");
      // Moving a tie onto another live tie's type, pair and sentra would duplicate that tie.
      const sales = { type: "DOWNSTREAM_SALES", fromId: "t-ikm-b", toId: "t-trader", flows: ["GOODS"] };
      await ok(CREATE_LINKAGE, { input: { ...sales, id: "m-l-sales", sentraId: "t-casting" } });
      await ok(CREATE_LINKAGE, { input: { ...sales, id: "m-l-sales-loose" } });
      await expectRefused(UPDATE_LINKAGE, { input: { id: "m-l-sales-loose", expectedVersion: 1, sentraId: "t-casting" } }, "CONFLICT", "type");

      const both = await Promise.all(
        ["ACTIVE", "PASSIVE"].map((intensity) => app.api.run<any>(UPDATE_LINKAGE, { input: { id: "m-l-1", expectedVersion: 2, intensity } })),
      );
      expect(both.filter((r) => !r.errors)).toHaveLength(1);
      expect(both.filter((r) => r.errors).map((r) => r.errors![0].extensions)).toEqual([
        expect.objectContaining({ code: "CONFLICT", field: "expectedVersion" }),
      ]);
      const winner = both.find((r) => !r.errors)!.data.updateLinkage;
      expect(winner.version).toBe(3);
      const stored = await ok(
        `{ actor(id: "t-trader") { linkages(types: [UPSTREAM_SUPPLY], direction: OUTGOING) { edges { node { id intensity version } } } } }`,
      );
      expect(stored.actor.linkages.edges.map((e: any) => e.node)).toContainEqual({ id: "m-l-1", intensity: winner.intensity, version: 3 });
    });

    it("archives a linkage: reads and analyses no longer see it, and it cannot be archived twice", async () => {
      const archived = await ok(ARCHIVE_LINKAGE, { id: "m-l-credit-b", v: 1 });
      expect(archived.archiveLinkage).toMatchObject({ id: "m-l-credit-b", version: 2 });
      expect(archived.archiveLinkage.archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const read = await ok(`{ actor(id: "t-ikm-b") { linkages(types: [FINANCE]) { totalCount } }
        sentra(id: "t-casting") { linkages(types: [FINANCE]) { edges { node { id } } } } }`);
      expect(read.actor.linkages.totalCount).toBe(0);
      expect(read.sentra.linkages.edges.map((e: any) => e.node.id)).toEqual(["t-l-credit"]);
      const network = (await analyseSentraBatch(app.db, ["t-casting"])).get("t-casting")!.network;
      expect(network.ties.map((t) => t.id)).not.toContain("m-l-credit-b");
      await expectRefused(ARCHIVE_LINKAGE, { id: "m-l-credit-b", v: 2 }, "NOT_FOUND", "id");
      // With the old tie archived, the same tie may be recorded again.
      await ok(CREATE_LINKAGE, { input: { id: "m-l-credit-b2", type: "FINANCE", fromId: "t-bank", toId: "t-ikm-b", flows: ["MONEY"], sentraId: "t-casting" } });
    });

    it("accepts an empty list of flows (what moves along the tie is not known) and stores it as []", async () => {
      const input = { id: "m-l-no-flows", type: "CERTIFICATION", fromId: "t-bank", toId: "t-ikm-c", flows: [], sentraId: "t-brass" };
      expect((await ok(CREATE_LINKAGE, { input })).createLinkage).toMatchObject({ id: "m-l-no-flows", flows: [], version: 1 });
      expect(await count(`MATCH (:Actor)-[l:LINKED {id: 'm-l-no-flows'}]->(:Actor) RETURN size(l.flows) AS n`)).toBe(0);
      await expectRefused(UPDATE_LINKAGE, { input: { id: "m-l-no-flows", expectedVersion: 1, flows: null } }, "BAD_USER_INPUT", "flows");
      await ok(ARCHIVE_LINKAGE, { id: "m-l-no-flows", v: 1 });
    });
  });

  describe("actors", () => {
    it("creates an actor at version 1, idempotently for the same id and values", async () => {
      const input = {
        id: "m-actor-1",
        name: "  CV Maju  ",
        kind: "IKM",
        description: "new foundry",
        regionId: "t-village",
        location: { latitude: -7.71, longitude: 110.61 },
        workers: 7,
        mainProducts: ["grates"],
      };
      const created = await ok(CREATE_ACTOR, { input });
      expect(created.createActor).toEqual({
        id: "m-actor-1",
        name: "CV Maju",
        kind: "IKM",
        description: "new foundry",
        workers: 7,
        mainProducts: ["grates"],
        version: 1,
        region: { id: "t-village" },
        location: { latitude: -7.71, longitude: 110.61 },
      });
      expect((await ok(CREATE_ACTOR, { input })).createActor.version).toBe(1);
      await expectRefused(CREATE_ACTOR, { input: { ...input, workers: 8 } }, "CONFLICT", "id");
      await expectRefused(CREATE_ACTOR, { input: { ...input, id: "t-casting" } }, "CONFLICT", "id");
      const found = await ok(`{ actors(filter: { nameContains: "maju" }) { edges { node { id version } } } }`);
      expect(found.actors.edges.map((e: any) => e.node)).toEqual([{ id: "m-actor-1", version: 1 }]);
    });

    it("refuses bad actor input, changing nothing", async () => {
      const base = { name: "X", kind: "IKM" };
      await expectRefused(CREATE_ACTOR, { input: { ...base, name: "   " } }, "BAD_USER_INPUT", "name");
      await expectRefused(CREATE_ACTOR, { input: { ...base, workers: -1 } }, "BAD_USER_INPUT", "workers");
      await expectRefused(CREATE_ACTOR, { input: { ...base, yearFounded: 3000 } }, "BAD_USER_INPUT", "yearFounded");
      await expectRefused(CREATE_ACTOR, { input: { ...base, kbli: "12" } }, "BAD_USER_INPUT", "kbli");
      await expectRefused(CREATE_ACTOR, { input: { ...base, location: { latitude: 91, longitude: 0 } } }, "BAD_USER_INPUT", "location.latitude");
      await expectRefused(CREATE_ACTOR, { input: { ...base, regionId: "no-region" } }, "NOT_FOUND", "regionId");
      await expectRefused(CREATE_ACTOR, { input: { ...base, kind: "ALIEN" } }, "BAD_USER_INPUT");
      await expectRefused(CREATE_ACTOR, { input: { ...base, name: "x".repeat(201) } }, "BAD_USER_INPUT", "name");
    });

    it("makes exactly one actor of fifty concurrent creations with one id", async () => {
      const input = { id: "m-actor-race", name: "UD Serentak", kind: "TRADER", regionId: "t-district" };
      const results = await Promise.all(Array.from({ length: 50 }, () => app.api.run<any>(CREATE_ACTOR, { input })));
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect(await count(`MATCH (a:Node {id: 'm-actor-race'}) RETURN count(a) AS n`)).toBe(1);
      expect(await count(`MATCH (:Actor {id: 'm-actor-race'})-[r:LOCATED_IN]->() RETURN count(r) AS n`)).toBe(1);
    });

    it("updates given fields only, clears with null, and refuses a stale version", async () => {
      const updated = await ok(UPDATE_ACTOR, {
        input: { id: "m-actor-1", expectedVersion: 1, name: "CV Maju Jaya", description: null, regionId: "t-district" },
      });
      expect(updated.updateActor).toMatchObject({ name: "CV Maju Jaya", description: null, workers: 7, version: 2, region: { id: "t-district" } });
      const found = await ok(`{ actors(filter: { nameContains: "maju jaya" }) { totalCount } }`);
      expect(found.actors.totalCount).toBe(1);
      await expectRefused(UPDATE_ACTOR, { input: { id: "m-actor-1", expectedVersion: 1, workers: 9 } }, "CONFLICT", "expectedVersion");
      await expectRefused(UPDATE_ACTOR, { input: { id: "m-actor-1", expectedVersion: 2, name: null } }, "BAD_USER_INPUT", "name");
      await expectRefused(UPDATE_ACTOR, { input: { id: "nobody", expectedVersion: 1, workers: 9 } }, "NOT_FOUND", "id");
      // A seeded actor (no stored version) is at version 1.
      expect((await ok(UPDATE_ACTOR, { input: { id: "t-ikm-c", expectedVersion: 1, workers: 10 } })).updateActor.version).toBe(2);
    });

    it("archives an actor: lookups, lists, members and linkages no longer show it", async () => {
      await ok(CREATE_PARTICIPATION, { input: { actorId: "m-actor-1", sentraId: "t-casting", role: "CORE" } });
      await ok(CREATE_LINKAGE, {
        input: { id: "m-l-actor-1", type: "UPSTREAM_SUPPLY", fromId: "t-trader", toId: "m-actor-1", flows: ["GOODS"], sentraId: "t-casting" },
      });
      await expectRefused(ARCHIVE_ACTOR, { id: "m-actor-1", v: 1 }, "CONFLICT", "expectedVersion");
      const archived = await ok(ARCHIVE_ACTOR, { id: "m-actor-1", v: 2 });
      expect(archived.archiveActor).toMatchObject({ id: "m-actor-1", version: 3 });
      const read = await ok(`{
        actor(id: "m-actor-1") { id }
        node(id: "m-actor-1") { id }
        actors(filter: { nameContains: "maju" }) { totalCount }
        sentra(id: "t-casting") { members { edges { node { id } } } linkages { edges { node { id } } } }
        trader: actor(id: "t-trader") { linkages { edges { node { id } } } }
      }`);
      expect(read.actor).toBeNull();
      expect(read.node).toBeNull();
      expect(read.actors.totalCount).toBe(0);
      expect(read.sentra.members.edges.map((e: any) => e.node.id)).not.toContain("m-actor-1");
      expect(read.sentra.linkages.edges.map((e: any) => e.node.id)).not.toContain("m-l-actor-1");
      expect(read.trader.linkages.edges.map((e: any) => e.node.id)).not.toContain("m-l-actor-1");
      await expectRefused(UPDATE_ACTOR, { input: { id: "m-actor-1", expectedVersion: 3, workers: 1 } }, "NOT_FOUND", "id");
      await expectRefused(CREATE_LINKAGE, { input: { ...supply, type: "FINANCE", toId: "m-actor-1" } }, "NOT_FOUND", "toId");
    });
  });

  describe("participations", () => {
    const key = { actorId: "t-ikm-c", sentraId: "t-casting", role: "RELATED_INDUSTRY" };

    it("adds, re-adds idempotently, updates and archives a participation", async () => {
      const created = await ok(CREATE_PARTICIPATION, { input: { ...key, since: "2015-07-01" } });
      expect(created.createParticipation).toEqual({
        actor: { id: "t-ikm-c" },
        sentra: { id: "t-casting" },
        role: "RELATED_INDUSTRY",
        since: "2015-07-01",
        version: 1,
        archivedAt: null,
      });
      expect((await ok(CREATE_PARTICIPATION, { input: { ...key, since: "2015-07-01" } })).createParticipation.version).toBe(1);
      await expectRefused(CREATE_PARTICIPATION, { input: { ...key, since: "2016-01-01" } }, "CONFLICT", "role");
      expect(
        await count(`MATCH (:Actor {id: 't-ikm-c'})-[p:PARTICIPATES_IN {role: 'RELATED_INDUSTRY'}]->(:Sentra {id: 't-casting'}) RETURN count(p) AS n`),
      ).toBe(1);

      const updated = await ok(UPDATE_PARTICIPATION, { input: { ...key, expectedVersion: 1, since: null } });
      expect(updated.updateParticipation).toEqual({ role: "RELATED_INDUSTRY", since: null, version: 2 });
      await expectRefused(UPDATE_PARTICIPATION, { input: { ...key, expectedVersion: 1, since: "2010-01-01" } }, "CONFLICT", "expectedVersion");

      const members = `{ sentra(id: "t-casting") { members(roles: [RELATED_INDUSTRY]) { edges { node { id } } } } }`;
      expect((await ok(members)).sentra.members.edges).toHaveLength(1);
      const archived = await ok(ARCHIVE_PARTICIPATION, { input: { ...key, expectedVersion: 2 } });
      expect(archived.archiveParticipation).toMatchObject({ role: "RELATED_INDUSTRY", version: 3 });
      expect((await ok(members)).sentra.members.edges).toHaveLength(0);
      await expectRefused(ARCHIVE_PARTICIPATION, { input: { ...key, expectedVersion: 3 } }, "NOT_FOUND", "role");
    });

    it("refuses unknown actors or sentra and future dates, changing nothing", async () => {
      await expectRefused(CREATE_PARTICIPATION, { input: { ...key, actorId: "nobody" } }, "NOT_FOUND", "actorId");
      await expectRefused(CREATE_PARTICIPATION, { input: { ...key, sentraId: "nowhere" } }, "NOT_FOUND", "sentraId");
      await expectRefused(CREATE_PARTICIPATION, { input: { ...key, since: "2999-01-01" } }, "BAD_USER_INPUT", "since");
      await expectRefused(CREATE_PARTICIPATION, { input: { ...key, since: "1899-12-31" } }, "BAD_USER_INPUT", "since");
      await expectRefused(CREATE_PARTICIPATION, { input: { ...key, role: "KING" } }, "BAD_USER_INPUT");
    });

    it("makes exactly one participation of fifty concurrent additions", async () => {
      const input = { actorId: "t-bank", sentraId: "t-brass", role: "SUPPORTING_INSTITUTION" };
      const results = await Promise.all(Array.from({ length: 50 }, () => app.api.run<any>(CREATE_PARTICIPATION, { input })));
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect(await count(`MATCH (:Actor {id: 't-bank'})-[p:PARTICIPATES_IN]->(:Sentra {id: 't-brass'}) RETURN count(p) AS n`)).toBe(1);
    });
  });

  describe("survey responses", () => {
    const answer = {
      id: "m-resp-1",
      roundId: "t-round",
      actorId: "t-ikm-a",
      sentraId: "t-casting",
      question: "UPSTREAM",
      cooperates: true,
      intensity: "PASSIVE",
    };

    it("records, updates and archives a firm's answer", async () => {
      const created = await ok(CREATE_RESPONSE, { input: answer });
      expect(created.createSurveyResponse).toEqual({ id: "m-resp-1", question: "UPSTREAM", cooperates: true, intensity: "PASSIVE", version: 1 });
      expect((await ok(CREATE_RESPONSE, { input: answer })).createSurveyResponse.version).toBe(1);
      const updated = await ok(UPDATE_RESPONSE, { input: { id: "m-resp-1", expectedVersion: 1, cooperates: false } });
      expect(updated.updateSurveyResponse).toEqual({ id: "m-resp-1", cooperates: false, intensity: null, version: 2 });
      await expectRefused(UPDATE_RESPONSE, { input: { id: "m-resp-1", expectedVersion: 1, cooperates: true } }, "CONFLICT", "expectedVersion");
      await expectRefused(UPDATE_RESPONSE, { input: { id: "m-resp-1", expectedVersion: 2, intensity: "ACTIVE" } }, "BAD_USER_INPUT", "intensity");

      const read = `{ actor(id: "t-ikm-a") { surveyResponses(roundId: "t-round") { edges { node { id } } } } }`;
      expect((await ok(read)).actor.surveyResponses.edges.map((e: any) => e.node.id)).toContain("m-resp-1");
      await ok(ARCHIVE_RESPONSE, { id: "m-resp-1", v: 2 });
      expect((await ok(read)).actor.surveyResponses.edges.map((e: any) => e.node.id)).not.toContain("m-resp-1");
      expect((await ok(`{ node(id: "m-resp-1") { id } }`)).node).toBeNull();
    });

    it("refuses an answer from a firm outside the sentra, a second answer, intensity without cooperation and unknown ids", async () => {
      await expectRefused(CREATE_RESPONSE, { input: { ...answer, id: "m-resp-x", actorId: "t-ikm-c" } }, "BAD_USER_INPUT", "actorId");
      await expectRefused(CREATE_RESPONSE, { input: { ...answer, id: "m-resp-x", question: "SAME_TYPE" } }, "CONFLICT", "question");
      await expectRefused(CREATE_RESPONSE, { input: { ...answer, id: "m-resp-x", question: "DOWNSTREAM", cooperates: false } }, "BAD_USER_INPUT", "intensity");
      await expectRefused(CREATE_RESPONSE, { input: { ...answer, id: "m-resp-x", roundId: "no-round" } }, "NOT_FOUND", "roundId");
      await expectRefused(CREATE_RESPONSE, { input: { ...answer, id: "m-resp-x", actorId: "nobody" } }, "NOT_FOUND", "actorId");
      await expectRefused(CREATE_RESPONSE, { input: { ...answer, id: "t-casting", question: "DOWNSTREAM" } }, "CONFLICT", "id");
    });

    it("makes exactly one answer of fifty concurrent creations with one id", async () => {
      const input = { ...answer, id: "m-resp-race", question: "DOWNSTREAM", intensity: "ACTIVE" };
      const results = await Promise.all(Array.from({ length: 50 }, () => app.api.run<any>(CREATE_RESPONSE, { input })));
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect(await count(`MATCH (o:Node {id: 'm-resp-race'}) RETURN count(o) AS n`)).toBe(1);
      const stored = await ok(`{ sentra(id: "t-casting") { headline { stage dynamic ${HEADLINE_METRICS.join(" ")} } } }`);
      expect(stored.sentra.headline).toEqual({ ...headlineOf((await analyseSentraBatch(app.db, ["t-casting"])).get("t-casting")!) });
    });
  });

  it("answers hostile text in every mutation argument with a client error, never an internal one", async () => {
    const hostile = ["' OR 1=1 //", "}) MATCH (n) DETACH DELETE n //", "\u0000", "x".repeat(10_000), "../../etc/passwd"];
    const before = await graphFingerprint(app.db);
    for (const text of hostile) {
      const attempts = [
        app.api.run(CREATE_LINKAGE, { input: { ...supply, fromId: text } }),
        app.api.run(CREATE_LINKAGE, { input: { ...supply, type: "FINANCE", since: text } }),
        app.api.run(CREATE_ACTOR, { input: { name: "X", kind: "IKM", regionId: text } }),
        app.api.run(CREATE_ACTOR, { input: { name: "X", kind: "IKM", kbli: text } }),
        app.api.run(UPDATE_ACTOR, { input: { id: text, expectedVersion: 1 } }),
        app.api.run(ARCHIVE_LINKAGE, { id: text, v: 1 }),
        app.api.run(CREATE_PARTICIPATION, { input: { actorId: text, sentraId: "t-casting", role: "CORE" } }),
        app.api.run(CREATE_RESPONSE, { input: { roundId: text, actorId: "t-ikm-a", sentraId: "t-casting", question: "SAME_TYPE", cooperates: false } }),
        app.api.run(UPDATE_RESPONSE, { input: { id: text, expectedVersion: 1 } }),
      ];
      for (const { errors } of await Promise.all(attempts)) {
        expect(errors).toHaveLength(1);
        expect(["BAD_USER_INPUT", "NOT_FOUND"]).toContain(errors![0].extensions!.code);
      }
    }
    expect(await graphFingerprint(app.db)).toEqual(before);
  });
});
