import { writeDataset } from "../../src/repositories/dataset.writer";
import { analyseSentraBatch } from "../../src/services/sentra-analysis.service";
import { graphFingerprint } from "../support/database";
import { fixture } from "../support/fixture";
import { apiOnGraph } from "../support/graph-api";

describe("more mutations", () => {
  const app = apiOnGraph((d) => writeDataset(d, fixture));

  const { expectRefused, ok, count, expectHeadlineCurrent } = app.checks;

  const ARCHIVED = "id version archivedAt";

  describe("indicator scores", () => {
    const CREATE = `mutation($input: CreateIndicatorScoreInput!) { createIndicatorScore(input: $input) { id product technology market skills trust information version } }`;
    const UPDATE = `mutation($input: UpdateIndicatorScoreInput!) { updateIndicatorScore(input: $input) { id product trust version } }`;
    const ARCHIVE = `mutation($id: ID!, $v: Int!) { archiveIndicatorScore(id: $id, expectedVersion: $v) { ${ARCHIVED} } }`;
    const scores = { product: 4, technology: 3, market: 2, skills: 5, trust: 1, information: 3 };
    const key = { roundId: "t-round", actorId: "t-ikm-b", sentraId: "t-casting" };

    it("records scores under the import's id, idempotently, updates and archives them, keeping the headline current", async () => {
      const created = await ok(CREATE, { input: { ...key, ...scores } });
      expect(created.createIndicatorScore).toEqual({ id: "jica-t-round-t-casting-t-ikm-b", ...scores, version: 1 });
      await expectHeadlineCurrent("t-casting");
      expect((await ok(CREATE, { input: { ...key, ...scores } })).createIndicatorScore.version).toBe(1);
      await expectRefused(CREATE, { input: { ...key, ...scores, trust: 2 } }, "CONFLICT", "id");

      const updated = await ok(UPDATE, { input: { id: "jica-t-round-t-casting-t-ikm-b", expectedVersion: 1, trust: 5 } });
      expect(updated.updateIndicatorScore).toEqual({ id: "jica-t-round-t-casting-t-ikm-b", product: 4, trust: 5, version: 2 });
      await expectHeadlineCurrent("t-casting");
      const error = await expectRefused(
        UPDATE,
        { input: { id: "jica-t-round-t-casting-t-ikm-b", expectedVersion: 1, trust: 4 } },
        "CONFLICT",
        "expectedVersion",
      );
      expect(error.extensions).toMatchObject({ currentVersion: 2 });

      const archived = await ok(ARCHIVE, { id: "jica-t-round-t-casting-t-ikm-b", v: 2 });
      expect(archived.archiveIndicatorScore).toMatchObject({ id: "jica-t-round-t-casting-t-ikm-b", version: 3 });
      expect((await ok(`{ node(id: "jica-t-round-t-casting-t-ikm-b") { id } }`)).node).toBeNull();
      await expectHeadlineCurrent("t-casting");
      await expectRefused(ARCHIVE, { id: "jica-t-round-t-casting-t-ikm-b", v: 3 }, "NOT_FOUND", "id");
    });

    it("refuses scores out of 1 to 5, a second record, a firm outside the sentra and unknown ids, changing nothing", async () => {
      await expectRefused(CREATE, { input: { ...key, ...scores, product: 0 } }, "BAD_USER_INPUT", "product");
      await expectRefused(CREATE, { input: { ...key, ...scores, information: 6 } }, "BAD_USER_INPUT", "information");
      const error = await expectRefused(CREATE, { input: { ...key, ...scores, actorId: "t-ikm-a", id: "m-jica-x" } }, "CONFLICT", "actorId");
      expect(error.extensions).toMatchObject({ existingId: "t-jica-a" });
      await expectRefused(CREATE, { input: { ...key, ...scores, actorId: "t-ikm-c" } }, "BAD_USER_INPUT", "actorId");
      await expectRefused(CREATE, { input: { ...key, ...scores, actorId: "nobody" } }, "NOT_FOUND", "actorId");
      await expectRefused(CREATE, { input: { ...key, ...scores, roundId: "no-round" } }, "NOT_FOUND", "roundId");
      await expectRefused(CREATE, { input: { ...key, ...scores, sentraId: "nowhere" } }, "NOT_FOUND", "sentraId");
      await expectRefused(CREATE, { input: { ...key, ...scores, id: "t-casting" } }, "CONFLICT", "id");
      await expectRefused(UPDATE, { input: { id: "t-jica-a", expectedVersion: 1, trust: 9 } }, "BAD_USER_INPUT", "trust");
      await expectRefused(UPDATE, { input: { id: "t-jica-a", expectedVersion: 1, trust: null } }, "BAD_USER_INPUT", "trust");
      await expectRefused(UPDATE, { input: { id: "t-ps-a", expectedVersion: 1, trust: 3 } }, "NOT_FOUND", "id");
    });

    it("makes exactly one record of fifty concurrent creations", async () => {
      const input = { ...key, ...scores, id: "m-jica-race" };
      const results = await Promise.all(Array.from({ length: 50 }, () => app.api.run<any>(CREATE, { input })));
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect(await count(`MATCH (o:Node {id: 'm-jica-race'}) RETURN count(o) AS n`)).toBe(1);
    });
  });

  describe("problem-solving scores", () => {
    const CREATE = `mutation($input: CreateProblemSolvingScoreInput!) { createProblemSolvingScore(input: $input) { id rawMaterial auxiliaryMaterial production marketing version } }`;
    const UPDATE = `mutation($input: UpdateProblemSolvingScoreInput!) { updateProblemSolvingScore(input: $input) { id marketing version } }`;
    const ARCHIVE = `mutation($id: ID!, $v: Int!) { archiveProblemSolvingScore(id: $id, expectedVersion: $v) { ${ARCHIVED} } }`;
    const scores = { rawMaterial: 2, auxiliaryMaterial: 3, production: 4, marketing: 1 };
    const key = { roundId: "t-round", actorId: "t-ikm-b", sentraId: "t-casting" };

    it("records, updates and archives scores, keeping the headline current", async () => {
      const created = await ok(CREATE, { input: { ...key, ...scores } });
      expect(created.createProblemSolvingScore).toEqual({ id: "ps-t-round-t-casting-t-ikm-b", ...scores, version: 1 });
      await expectHeadlineCurrent("t-casting");
      const updated = await ok(UPDATE, { input: { id: "ps-t-round-t-casting-t-ikm-b", expectedVersion: 1, marketing: 4 } });
      expect(updated.updateProblemSolvingScore).toEqual({ id: "ps-t-round-t-casting-t-ikm-b", marketing: 4, version: 2 });
      await expectRefused(UPDATE, { input: { id: "ps-t-round-t-casting-t-ikm-b", expectedVersion: 1, marketing: 3 } }, "CONFLICT", "expectedVersion");
      await ok(ARCHIVE, { id: "ps-t-round-t-casting-t-ikm-b", v: 2 });
      await expectHeadlineCurrent("t-casting");
      // With the old record archived, the firm may be scored again.
      expect((await ok(CREATE, { input: { ...key, ...scores, id: "m-ps-again" } })).createProblemSolvingScore.version).toBe(1);
    });

    it("refuses scores out of range, a second record and a firm outside the sentra, changing nothing", async () => {
      await expectRefused(CREATE, { input: { ...key, ...scores, id: "m-ps-x", marketing: 7 } }, "BAD_USER_INPUT", "marketing");
      await expectRefused(CREATE, { input: { ...key, ...scores, id: "m-ps-x", rawMaterial: -1 } }, "BAD_USER_INPUT", "rawMaterial");
      await expectRefused(CREATE, { input: { ...key, ...scores, id: "m-ps-x" } }, "CONFLICT", "actorId");
      await expectRefused(CREATE, { input: { ...key, ...scores, actorId: "t-ikm-a", sentraId: "t-brass" } }, "BAD_USER_INPUT", "actorId");
    });

    it("refuses an id an observation of another kind holds", async () => {
      const error = await expectRefused(CREATE, { input: { ...key, ...scores, id: "t-jica-a" } }, "CONFLICT", "id");
      expect(error.message).toContain("Observation (INDICATOR_SCORE)");
    });
  });

  describe("survey rounds", () => {
    const FIELDS = "id name date source notes version";
    const CREATE = `mutation($input: CreateSurveyRoundInput!) { createSurveyRound(input: $input) { ${FIELDS} } }`;
    const UPDATE = `mutation($input: UpdateSurveyRoundInput!) { updateSurveyRound(input: $input) { ${FIELDS} } }`;
    const ARCHIVE = `mutation($id: ID!, $v: Int!) { archiveSurveyRound(id: $id, expectedVersion: $v) { ${ARCHIVED} } }`;
    const round = { id: "m-round-2", name: " Second round ", date: "2012-04-01", source: "field survey", notes: "partial" };

    it("creates a round idempotently, updates it and archives it once it has no live observations", async () => {
      const created = await ok(CREATE, { input: round });
      expect(created.createSurveyRound).toEqual({ ...round, name: "Second round", version: 1 });
      expect((await ok(CREATE, { input: round })).createSurveyRound.version).toBe(1);
      await expectRefused(CREATE, { input: { ...round, source: "other" } }, "CONFLICT", "id");
      await expectRefused(CREATE, { input: { ...round, id: "t-ikm-a" } }, "CONFLICT", "id");

      const updated = await ok(UPDATE, { input: { id: "m-round-2", expectedVersion: 1, date: "2012-05-01", notes: null } });
      expect(updated.updateSurveyRound).toEqual({ ...round, name: "Second round", date: "2012-05-01", notes: null, version: 2 });
      await expectRefused(UPDATE, { input: { id: "m-round-2", expectedVersion: 1, name: "x" } }, "CONFLICT", "expectedVersion");

      // A round with a live observation stays until its observations are archived.
      await ok(
        `mutation { createSurveyResponse(input: { id: "m-resp-r2", roundId: "m-round-2", actorId: "t-ikm-a", sentraId: "t-casting", question: UPSTREAM, cooperates: false }) { id } }`,
      );
      await expectHeadlineCurrent("t-casting");
      await ok(UPDATE, { input: { id: "m-round-2", expectedVersion: 2, date: "2007-01-01" } });
      await expectHeadlineCurrent("t-casting");
      const error = await expectRefused(ARCHIVE, { id: "m-round-2", v: 3 }, "CONFLICT", "id");
      expect(error.extensions).toMatchObject({ liveObservations: 1 });
      await ok(`mutation { archiveSurveyResponse(id: "m-resp-r2", expectedVersion: 1) { id } }`);
      expect((await ok(ARCHIVE, { id: "m-round-2", v: 3 })).archiveSurveyRound).toMatchObject({ id: "m-round-2", version: 4 });
      expect((await ok(`{ node(id: "m-round-2") { id } }`)).node).toBeNull();
      await expectRefused(UPDATE, { input: { id: "m-round-2", expectedVersion: 4, name: "x" } }, "NOT_FOUND", "id");
    });

    it("refuses bad round input, changing nothing", async () => {
      const base = { name: "R", date: "2010-01-01", source: "s" };
      await expectRefused(CREATE, { input: { ...base, name: " " } }, "BAD_USER_INPUT", "name");
      await expectRefused(CREATE, { input: { ...base, date: "2999-01-01" } }, "BAD_USER_INPUT", "date");
      await expectRefused(CREATE, { input: { ...base, date: "2010-02-30" } }, "BAD_USER_INPUT", "date");
      await expectRefused(CREATE, { input: { ...base, source: "" } }, "BAD_USER_INPUT", "source");
      await expectRefused(CREATE, { input: { ...base, id: "bad id" } }, "BAD_USER_INPUT", "id");
      await expectRefused(CREATE, { input: { ...base, name: "a\u0000b" } }, "BAD_USER_INPUT", "name");
      await expectRefused(CREATE, { input: { ...base, source: "field\u0007survey" } }, "BAD_USER_INPUT", "source");
      await expectRefused(CREATE, { input: { ...base, notes: "x".repeat(2001) } }, "BAD_USER_INPUT", "notes");
      await expectRefused(UPDATE, { input: { id: "t-round", expectedVersion: 1, date: null } }, "BAD_USER_INPUT", "date");
      await expectRefused(UPDATE, { input: { id: "nope", expectedVersion: 1, name: "x" } }, "NOT_FOUND", "id");
    });

    it("makes exactly one round of fifty concurrent creations with one id", async () => {
      const input = { id: "m-round-race", name: "Race", date: "2011-01-01", source: "s" };
      const results = await Promise.all(Array.from({ length: 50 }, () => app.api.run<any>(CREATE, { input })));
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect(await count(`MATCH (n:Node {id: 'm-round-race'}) RETURN count(n) AS n`)).toBe(1);
    });
  });

  describe("sentra", () => {
    const FIELDS = "id name product sector description unggulan version region { id }";
    const CREATE = `mutation($input: CreateSentraInput!) { createSentra(input: $input) { ${FIELDS} } }`;
    const UPDATE = `mutation($input: UpdateSentraInput!) { updateSentra(input: $input) { ${FIELDS} } }`;
    const ARCHIVE = `mutation($id: ID!, $v: Int!) { archiveSentra(id: $id, expectedVersion: $v) { ${ARCHIVED} } }`;
    const sentra = {
      id: "m-sentra",
      name: "Sentra Gerabah",
      product: "pottery",
      sector: "ceramics",
      description: "Potters",
      unggulan: false,
      regionId: "t-district",
    };

    it("creates a sentra with its metrics, idempotently, updates and archives it", async () => {
      const { regionId, ...rest } = sentra;
      expect((await ok(CREATE, { input: sentra })).createSentra).toEqual({ ...rest, version: 1, region: { id: regionId } });
      await expectHeadlineCurrent("m-sentra");
      expect((await ok(CREATE, { input: sentra })).createSentra.version).toBe(1);
      await expectRefused(CREATE, { input: { ...sentra, unggulan: true } }, "CONFLICT", "id");

      const updated = await ok(UPDATE, { input: { id: "m-sentra", expectedVersion: 1, unggulan: true, regionId: "t-village" } });
      expect(updated.updateSentra).toMatchObject({ unggulan: true, version: 2, region: { id: "t-village" } });
      expect(await count(`MATCH (:Sentra {id: 'm-sentra'})-[r:LOCATED_IN]->() RETURN count(r) AS n`)).toBe(1);
      await expectHeadlineCurrent("m-sentra");
      await expectRefused(UPDATE, { input: { id: "m-sentra", expectedVersion: 1, name: "x" } }, "CONFLICT", "expectedVersion");

      expect((await ok(ARCHIVE, { id: "m-sentra", v: 2 })).archiveSentra).toMatchObject({ id: "m-sentra", version: 3 });
      expect((await ok(`{ sentra(id: "m-sentra") { id } }`)).sentra).toBeNull();
      await expectRefused(ARCHIVE, { id: "m-sentra", v: 3 }, "NOT_FOUND", "id");
      await expectRefused(
        `mutation { createParticipation(input: { actorId: "t-ikm-a", sentraId: "m-sentra", role: CORE }) { role } }`,
        {},
        "NOT_FOUND",
        "sentraId",
      );
    });

    it("refuses an unknown region and bad fields, changing nothing", async () => {
      await expectRefused(CREATE, { input: { ...sentra, id: "m-sentra-x", regionId: "no-region" } }, "NOT_FOUND", "regionId");
      await expectRefused(CREATE, { input: { ...sentra, id: "m-sentra-x", name: "" } }, "BAD_USER_INPUT", "name");
      await expectRefused(CREATE, { input: { ...sentra, id: "m-sentra-x", description: "x".repeat(2001) } }, "BAD_USER_INPUT", "description");
      await expectRefused(UPDATE, { input: { id: "t-casting", expectedVersion: 1, regionId: "no-region" } }, "NOT_FOUND", "regionId");
      await expectRefused(UPDATE, { input: { id: "t-casting", expectedVersion: 1, product: null } }, "BAD_USER_INPUT", "product");
      await expectRefused(CREATE, { input: { ...sentra, id: "m-sentra-x", name: "a\u0000b" } }, "BAD_USER_INPUT", "name");
      await expectRefused(CREATE, { input: { ...sentra, id: "m-sentra-x", sector: "x".repeat(101) } }, "BAD_USER_INPUT", "sector");
      await expectRefused(CREATE, { input: { ...sentra, id: "m-sentra-x", kbli: "34000" } }, "BAD_USER_INPUT", "kbli");
      await expectRefused(UPDATE, { input: { id: "t-casting", expectedVersion: 1, kbli: "2431" } }, "BAD_USER_INPUT", "kbli");
    });

    it("clears a sentra's KBLI code with null", async () => {
      const coded = { ...sentra, id: "m-sentra-kbli", kbli: "24310" };
      expect((await ok(`mutation($input: CreateSentraInput!) { createSentra(input: $input) { kbli version } }`, { input: coded })).createSentra).toEqual({
        kbli: "24310",
        version: 1,
      });
      const cleared = await ok(`mutation($input: UpdateSentraInput!) { updateSentra(input: $input) { kbli version } }`, {
        input: { id: "m-sentra-kbli", expectedVersion: 1, kbli: null },
      });
      expect(cleared.updateSentra).toEqual({ kbli: null, version: 2 });
    });
  });

  describe("forums and their members", () => {
    const FIELDS = "id kind name founded decree version sentra { id }";
    const CREATE = `mutation($input: CreateForumInput!) { createForum(input: $input) { ${FIELDS} } }`;
    const UPDATE = `mutation($input: UpdateForumInput!) { updateForum(input: $input) { ${FIELDS} } }`;
    const ARCHIVE = `mutation($id: ID!, $v: Int!) { archiveForum(id: $id, expectedVersion: $v) { ${ARCHIVED} } }`;
    const SEAT = "member { id __typename } forum { id } role since version archivedAt";
    const CREATE_SEAT = `mutation($input: CreateForumMemberInput!) { createForumMember(input: $input) { ${SEAT} } }`;
    const UPDATE_SEAT = `mutation($input: UpdateForumMemberInput!) { updateForumMember(input: $input) { ${SEAT} } }`;
    const ARCHIVE_SEAT = `mutation($input: ArchiveForumMemberInput!) { archiveForumMember(input: $input) { ${SEAT} } }`;
    const forum = { id: "m-fpk", kind: "FPK", name: "FPK Klaten", sentraId: "t-casting", founded: "2010-03-01", decree: "SK Bupati 1/2010" };

    it("creates a forum idempotently, seats members, updates and archives both, keeping the headline current", async () => {
      const { sentraId, ...rest } = forum;
      expect((await ok(CREATE, { input: forum })).createForum).toEqual({ ...rest, version: 1, sentra: { id: sentraId } });
      expect((await ok(CREATE, { input: forum })).createForum.version).toBe(1);
      await expectRefused(CREATE, { input: { ...forum, decree: null } }, "CONFLICT", "id");
      await expectHeadlineCurrent("t-casting");

      const seat = await ok(CREATE_SEAT, { input: { forumId: "m-fpk", memberId: "t-trader", role: "secretary", since: "2011-01-01" } });
      expect(seat.createForumMember).toEqual({
        member: { id: "t-trader", __typename: "Actor" },
        forum: { id: "m-fpk" },
        role: "secretary",
        since: "2011-01-01",
        version: 1,
        archivedAt: null,
      });
      await expectHeadlineCurrent("t-casting");
      await ok(CREATE_SEAT, { input: { forumId: "m-fpk", memberId: "t-person", role: "chair" } });
      expect((await ok(CREATE_SEAT, { input: { forumId: "m-fpk", memberId: "t-person", role: "chair" } })).createForumMember.version).toBe(1);
      await expectRefused(CREATE_SEAT, { input: { forumId: "m-fpk", memberId: "t-person", role: "member" } }, "CONFLICT", "memberId");
      const members = `{ node(id: "m-fpk") { ... on Forum { members { edges { role node { id } } } } } }`;
      expect((await ok(members)).node.members.edges).toHaveLength(2);

      const updatedSeat = await ok(UPDATE_SEAT, { input: { forumId: "m-fpk", memberId: "t-trader", expectedVersion: 1, role: null } });
      expect(updatedSeat.updateForumMember).toMatchObject({ role: null, since: "2011-01-01", version: 2 });
      await expectRefused(UPDATE_SEAT, { input: { forumId: "m-fpk", memberId: "t-trader", expectedVersion: 1, role: "x" } }, "CONFLICT", "expectedVersion");
      expect((await ok(ARCHIVE_SEAT, { input: { forumId: "m-fpk", memberId: "t-trader", expectedVersion: 2 } })).archiveForumMember).toMatchObject({
        version: 3,
      });
      expect((await ok(members)).node.members.edges.map((e: any) => e.node.id)).toEqual(["t-person"]);
      await expectHeadlineCurrent("t-casting");
      await expectRefused(ARCHIVE_SEAT, { input: { forumId: "m-fpk", memberId: "t-trader", expectedVersion: 3 } }, "NOT_FOUND", "memberId");

      const updated = await ok(UPDATE, { input: { id: "m-fpk", expectedVersion: 1, name: "FPK Ceper", founded: null, sentraId: "t-brass" } });
      expect(updated.updateForum).toMatchObject({ name: "FPK Ceper", founded: null, version: 2, sentra: { id: "t-brass" } });
      await expectHeadlineCurrent("t-casting");
      await expectHeadlineCurrent("t-brass");
      await expectRefused(UPDATE, { input: { id: "m-fpk", expectedVersion: 1, name: "x" } }, "CONFLICT", "expectedVersion");

      expect((await ok(ARCHIVE, { id: "m-fpk", v: 2 })).archiveForum).toMatchObject({ id: "m-fpk", version: 3 });
      expect((await ok(`{ node(id: "m-fpk") { id } }`)).node).toBeNull();
      const network = (await analyseSentraBatch(app.db, ["t-brass"])).get("t-brass")!.network;
      expect(network.forums.map((f) => f.id)).not.toContain("m-fpk");
      await expectHeadlineCurrent("t-brass");
      await expectRefused(CREATE_SEAT, { input: { forumId: "m-fpk", memberId: "t-ikm-a" } }, "NOT_FOUND", "forumId");
    });

    it("refuses bad forum and seat input, changing nothing", async () => {
      await expectRefused(CREATE, { input: { ...forum, id: "m-f-x", sentraId: "nowhere" } }, "NOT_FOUND", "sentraId");
      await expectRefused(CREATE, { input: { ...forum, id: "m-f-x", kind: "CLUB" } }, "BAD_USER_INPUT");
      await expectRefused(CREATE, { input: { ...forum, id: "m-f-x", name: "" } }, "BAD_USER_INPUT", "name");
      await expectRefused(CREATE, { input: { ...forum, id: "m-f-x", founded: "2999-01-01" } }, "BAD_USER_INPUT", "founded");
      await expectRefused(CREATE, { input: { ...forum, id: "m-f-x", name: "FPK\u0000Klaten" } }, "BAD_USER_INPUT", "name");
      await expectRefused(UPDATE, { input: { id: "t-fkak", expectedVersion: 1, decree: "SK\u0007 1/2010" } }, "BAD_USER_INPUT", "decree");
      await expectRefused(CREATE, { input: { ...forum, id: "t-ikm-a" } }, "CONFLICT", "id");
      await expectRefused(UPDATE, { input: { id: "t-fkak", expectedVersion: 1, kind: null } }, "BAD_USER_INPUT", "kind");
      await expectRefused(CREATE_SEAT, { input: { forumId: "t-fkak", memberId: "t-casting" } }, "NOT_FOUND", "memberId");
      await expectRefused(CREATE_SEAT, { input: { forumId: "nope", memberId: "t-ikm-a" } }, "NOT_FOUND", "forumId");
      await expectRefused(CREATE_SEAT, { input: { forumId: "t-fkak", memberId: "t-ikm-a", since: "2999-01-01" } }, "BAD_USER_INPUT", "since");
      await expectRefused(CREATE_SEAT, { input: { forumId: "t-fkak", memberId: "t-ikm-a", since: "1899-12-31" } }, "BAD_USER_INPUT", "since");
      await expectRefused(CREATE_SEAT, { input: { forumId: "t-fkak", memberId: "t-ikm-a", role: "chair\u0000" } }, "BAD_USER_INPUT", "role");
      await expectRefused(CREATE_SEAT, { input: { forumId: "t-fkak", memberId: "t-ikm-a", role: "x".repeat(101) } }, "BAD_USER_INPUT", "role");
    });

    it("makes exactly one seat of fifty concurrent additions", async () => {
      const input = { forumId: "t-fkak", memberId: "t-trader", role: "member" };
      const results = await Promise.all(Array.from({ length: 50 }, () => app.api.run<any>(CREATE_SEAT, { input })));
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect(await count(`MATCH (:Actor {id: 't-trader'})-[r:MEMBER_OF]->(:Forum {id: 't-fkak'}) RETURN count(r) AS n`)).toBe(1);
    });
  });

  describe("agreements", () => {
    const FIELDS = "id providerRole scope feeBasis startDate endDate version";
    const CREATE = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { ${FIELDS} } }`;
    const UPDATE = `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { ${FIELDS} } }`;
    const ARCHIVE = `mutation($id: ID!, $v: Int!) { archiveAgreement(id: $id, expectedVersion: $v) { ${ARCHIVED} } }`;
    const agreement = {
      id: "m-agr",
      forumId: "t-fkak",
      providerId: "t-trader",
      providerRole: "LPT",
      scope: "casting quality",
      feeBasis: "per visit",
      startDate: "2012-01-01",
      endDate: "2013-12-31",
    };

    it("records, updates and archives an agreement, keeping the headline current", async () => {
      const { forumId: _f, providerId: _p, ...rest } = agreement;
      expect((await ok(CREATE, { input: agreement })).createAgreement).toEqual({ ...rest, version: 1 });
      expect((await ok(CREATE, { input: agreement })).createAgreement.version).toBe(1);
      await expectRefused(CREATE, { input: { ...agreement, scope: "other" } }, "CONFLICT", "id");
      await expectHeadlineCurrent("t-casting");
      const updated = await ok(UPDATE, { input: { id: "m-agr", expectedVersion: 1, endDate: null, providerRole: "PKE", providerId: "t-bank" } });
      expect(updated.updateAgreement).toMatchObject({ providerRole: "PKE", endDate: null, version: 2 });
      expect(await count(`MATCH (:Agreement {id: 'm-agr'})-[r:PROVIDED_BY]->(:Actor {id: 't-bank'}) RETURN count(r) AS n`)).toBe(1);
      expect(await count(`MATCH (:Agreement {id: 'm-agr'})-[r:PROVIDED_BY]->() RETURN count(r) AS n`)).toBe(1);
      await expectRefused(UPDATE, { input: { id: "m-agr", expectedVersion: 1, scope: "x" } }, "CONFLICT", "expectedVersion");
      await expectRefused(UPDATE, { input: { id: "m-agr", expectedVersion: 2, endDate: "2011-01-01" } }, "BAD_USER_INPUT", "endDate");
      expect((await ok(ARCHIVE, { id: "m-agr", v: 2 })).archiveAgreement).toMatchObject({ id: "m-agr", version: 3 });
      const network = (await analyseSentraBatch(app.db, ["t-casting"])).get("t-casting")!.network;
      expect(network.agreements.map((g) => g.id)).toEqual(["t-agreement"]);
      await expectHeadlineCurrent("t-casting");
    });

    it("refuses an FPK, unknown forum or provider, bad roles and dates, changing nothing", async () => {
      await ok(`mutation { createForum(input: { id: "m-fpk-2", kind: FPK, name: "FPK", sentraId: "t-casting" }) { id } }`);
      await expectRefused(CREATE, { input: { ...agreement, id: "m-agr-x", forumId: "m-fpk-2" } }, "BAD_USER_INPUT", "forumId");
      await expectRefused(CREATE, { input: { ...agreement, id: "m-agr-x", forumId: "nope" } }, "NOT_FOUND", "forumId");
      await expectRefused(CREATE, { input: { ...agreement, id: "m-agr-x", providerId: "nobody" } }, "NOT_FOUND", "providerId");
      await expectRefused(CREATE, { input: { ...agreement, id: "m-agr-x", providerRole: "BOSS" } }, "BAD_USER_INPUT");
      await expectRefused(CREATE, { input: { ...agreement, id: "m-agr-x", endDate: "2011-12-31" } }, "BAD_USER_INPUT", "endDate");
      await expectRefused(CREATE, { input: { ...agreement, id: "m-agr-x", startDate: "2012-13-01" } }, "BAD_USER_INPUT", "startDate");
      await expectRefused(CREATE, { input: { ...agreement, id: "m-agr-x", scope: " " } }, "BAD_USER_INPUT", "scope");
      await expectRefused(CREATE, { input: { ...agreement, id: "m-agr-x", feeBasis: "per\u0000visit" } }, "BAD_USER_INPUT", "feeBasis");
      await expectRefused(UPDATE, { input: { id: "t-agreement", expectedVersion: 1, startDate: null } }, "BAD_USER_INPUT", "startDate");
    });
  });

  describe("monitoring records", () => {
    const FIELDS = "id date findings version";
    const CREATE = `mutation($input: CreateMonitoringRecordInput!) { createMonitoringRecord(input: $input) { ${FIELDS} } }`;
    const UPDATE = `mutation($input: UpdateMonitoringRecordInput!) { updateMonitoringRecord(input: $input) { ${FIELDS} } }`;
    const ARCHIVE = `mutation($id: ID!, $v: Int!) { archiveMonitoringRecord(id: $id, expectedVersion: $v) { ${ARCHIVED} } }`;
    const record = { id: "m-mon", sentraId: "t-casting", date: "2014-02-03", findings: "new kiln", visitorId: "t-bank" };

    it("records, updates and archives a visit, keeping the headline current", async () => {
      expect((await ok(CREATE, { input: record })).createMonitoringRecord).toEqual({ id: "m-mon", date: "2014-02-03", findings: "new kiln", version: 1 });
      expect((await ok(CREATE, { input: record })).createMonitoringRecord.version).toBe(1);
      await expectRefused(CREATE, { input: { ...record, visitorId: null } }, "CONFLICT", "id");
      await expectHeadlineCurrent("t-casting");
      const updated = await ok(UPDATE, { input: { id: "m-mon", expectedVersion: 1, date: "2014-02-04", visitorId: null } });
      expect(updated.updateMonitoringRecord).toEqual({ id: "m-mon", date: "2014-02-04", findings: "new kiln", version: 2 });
      expect(await count(`MATCH (:MonitoringRecord {id: 'm-mon'})-[r:VISITED_BY]->() RETURN count(r) AS n`)).toBe(0);
      await expectRefused(UPDATE, { input: { id: "m-mon", expectedVersion: 1, findings: "x" } }, "CONFLICT", "expectedVersion");
      await ok(ARCHIVE, { id: "m-mon", v: 2 });
      expect((await analyseSentraBatch(app.db, ["t-casting"])).get("t-casting")!.network.monitoringDates).toEqual(["2009-06-01"]);
      await expectHeadlineCurrent("t-casting");
    });

    it("refuses an unknown sentra or visitor, future dates and empty findings, changing nothing", async () => {
      await expectRefused(CREATE, { input: { ...record, id: "m-mon-x", sentraId: "nowhere" } }, "NOT_FOUND", "sentraId");
      await expectRefused(CREATE, { input: { ...record, id: "m-mon-x", visitorId: "nobody" } }, "NOT_FOUND", "visitorId");
      await expectRefused(CREATE, { input: { ...record, id: "m-mon-x", date: "2999-01-01" } }, "BAD_USER_INPUT", "date");
      await expectRefused(CREATE, { input: { ...record, id: "m-mon-x", findings: "" } }, "BAD_USER_INPUT", "findings");
      await expectRefused(CREATE, { input: { ...record, id: "m-mon-x", findings: "new\u001bkiln" } }, "BAD_USER_INPUT", "findings");
      await expectRefused(UPDATE, { input: { id: "t-monitoring", expectedVersion: 1, date: null } }, "BAD_USER_INPUT", "date");
    });
  });

  describe("purge", () => {
    const PURGE = `mutation($id: ID!) { purge(id: $id) { id label relationshipsDeleted } }`;

    it("deletes an archived actor and its relationships for good, for an admin only", async () => {
      await ok(`mutation { createActor(input: { id: "m-erase", name: "UD Hapus", kind: IKM, regionId: "t-village" }) { id } }`);
      await ok(`mutation { createParticipation(input: { actorId: "m-erase", sentraId: "t-brass", role: CORE }) { role } }`);
      await expectRefused(PURGE, { id: "m-erase" }, "CONFLICT", "id");
      await ok(`mutation { archiveActor(id: "m-erase", expectedVersion: 1) { id } }`);
      const before = await graphFingerprint(app.db);
      const denied = await app.api.run<any>(PURGE, { id: "m-erase" }, { as: "EDITOR" });
      expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await graphFingerprint(app.db)).toEqual(before);
      expect((await ok(PURGE, { id: "m-erase" })).purge).toEqual({ id: "m-erase", label: "Actor", relationshipsDeleted: 2 });
      expect(await count(`MATCH (n {id: 'm-erase'}) RETURN count(n) AS n`)).toBe(0);
      await expectRefused(PURGE, { id: "m-erase" }, "NOT_FOUND", "id");
    });

    it("deletes an archived sentra with its stored analysis", async () => {
      await ok(
        `mutation { createSentra(input: { id: "m-erase-s", name: "Sentra Hapus", product: "pottery", sector: "ceramics", description: "Potters", unggulan: false, regionId: "t-district" }) { id } }`,
      );
      expect(await count(`MATCH (a:SentraAnalysis {id: 'm-erase-s'}) RETURN count(a) AS n`)).toBe(1);
      await ok(`mutation { archiveSentra(id: "m-erase-s", expectedVersion: 1) { id } }`);
      expect((await ok(PURGE, { id: "m-erase-s" })).purge).toMatchObject({ id: "m-erase-s", label: "Sentra" });
      expect(await count(`MATCH (n {id: 'm-erase-s'}) RETURN count(n) AS n`)).toBe(0);
    });

    it("refuses a node other records still need, and purges an archived linkage", async () => {
      await ok(`mutation { createActor(input: { id: "m-erase-2", name: "UD Dua", kind: IKM }) { id } }`);
      await ok(`mutation { createParticipation(input: { actorId: "m-erase-2", sentraId: "t-casting", role: CORE }) { role } }`);
      await ok(
        `mutation { createIndicatorScore(input: { id: "m-erase-jica", roundId: "t-round", actorId: "m-erase-2", sentraId: "t-casting", product: 1, technology: 1, market: 1, skills: 1, trust: 1, information: 1 }) { id } }`,
      );
      await ok(`mutation { archiveActor(id: "m-erase-2", expectedVersion: 1) { id } }`);
      const error = await expectRefused(PURGE, { id: "m-erase-2" }, "CONFLICT", "id");
      expect(error.extensions).toMatchObject({ dependents: 1 });
      await ok(`mutation { archiveIndicatorScore(id: "m-erase-jica", expectedVersion: 1) { id } }`);
      expect((await ok(PURGE, { id: "m-erase-jica" })).purge).toMatchObject({ id: "m-erase-jica", label: "Observation", relationshipsDeleted: 3 });
      expect((await ok(PURGE, { id: "m-erase-2" })).purge).toMatchObject({ label: "Actor" });

      await ok(`mutation { createLinkage(input: { id: "m-erase-l", type: PROMOTION, fromId: "t-bank", toId: "t-trader", flows: [INFORMATION] }) { id } }`);
      await expectRefused(PURGE, { id: "m-erase-l" }, "CONFLICT", "id");
      await ok(`mutation { archiveLinkage(id: "m-erase-l", expectedVersion: 1) { id } }`);
      expect((await ok(PURGE, { id: "m-erase-l" })).purge).toEqual({ id: "m-erase-l", label: "LINKED", relationshipsDeleted: 1 });
      expect(await count(`MATCH ()-[l:LINKED {id: 'm-erase-l'}]->() RETURN count(l) AS n`)).toBe(0);
      await expectRefused(PURGE, { id: "bad id" }, "BAD_USER_INPUT", "id");
    });
  });
});
