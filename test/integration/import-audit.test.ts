import { observationIds } from "../../src/domain/survey-ids";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { apiOnGraph } from "../support/graph-api";
import { fixture } from "../support/fixture";

/*
 * Issue 20, finding 1: a re-import that changes a firm's answers, scores, participation, the firm
 * itself and its tie versions and audits each of them like a mutation would, so an edit made at a
 * version read before the import is refused instead of silently overwriting it.
 */

const FIRM = "audit-firm";
const TIE = "audit-tie";
const PARTICIPATION = `${FIRM}/t-casting/CORE`;
const SAME_TYPE = observationIds.surveyResponse("t-round", "t-casting", FIRM, "SAME_TYPE");
const DOWNSTREAM = observationIds.surveyResponse("t-round", "t-casting", FIRM, "DOWNSTREAM");
const JICA = observationIds.indicatorScore("t-round", "t-casting", FIRM);

const FIRM_HEADER = "id,name,workers,sentraId,role,memberSince,sameType,upstream,downstream,product,technology,market,skills,trust,information";
const TIE_HEADER = "id,type,fromId,toId,sentraId,flows,description";

const FIRST = {
  firms: `${FIRM_HEADER}\n${FIRM},UD Audit,5,t-casting,CORE,2001-01-01,A,Y,P,3,3,3,3,3,3\n`,
  linkages: `${TIE_HEADER}\n${TIE},UPSTREAM_SUPPLY,t-trader,${FIRM},t-casting,GOODS,scrap\n`,
};
// The cooperation answer, the scores, the firm's workers, its memberSince and the tie's description change; the downstream answer is left empty.
const SECOND = {
  firms: `${FIRM_HEADER}\n${FIRM},UD Audit,7,t-casting,CORE,2002-02-02,N,Y,,4,2,3,3,5,3\n`,
  linkages: `${TIE_HEADER}\n${TIE},UPSTREAM_SUPPLY,t-trader,${FIRM},t-casting,GOODS,scrap and brass\n`,
};

interface ChangeRead {
  operation: string;
  targetType: string;
  via: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe("a survey re-import versions and audits what it changes", () => {
  const graph = apiOnGraph((db) => writeDataset(db, fixture));

  async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { data, errors } = await graph.api.run<any>(query, variables);
    expect(errors).toBeUndefined();
    return data as T;
  }

  async function importFiles(files: { firms: string; linkages: string }) {
    const data = await ok(
      `mutation($firms: String!, $linkages: String) {
        importSurvey(roundId: "t-round", firms: $firms, linkages: $linkages, fileName: "audit.csv") { written problems { line column reason } }
      }`,
      files,
    );
    expect(data.importSurvey).toEqual({ written: true, problems: [] });
  }

  const versionOf = async (id: string): Promise<number | null> =>
    (await ok(`query($id: ID!) { node(id: $id) { ... on Node { version } } }`, { id })).node?.version ?? null;

  const tieVersion = async (): Promise<number> => {
    const data = await ok(`{ actor(id: "t-trader") { linkages(first: 100) { edges { node { id version description } } } } }`);
    return data.actor.linkages.edges.map((e: any) => e.node).find((l: any) => l.id === TIE).version;
  };

  /** The participation's version, as the API reveals it: an update at version 1 is refused naming the current one. */
  const participationVersion = async (): Promise<number> => {
    const { data, errors } = await graph.api.run<any>(
      `mutation { updateParticipation(input: { actorId: "${FIRM}", sentraId: "t-casting", role: CORE, expectedVersion: 1, since: "2001-01-01" }) { version } }`,
    );
    if (errors === undefined) throw new Error(`the participation was at version 1 and is now at ${data.updateParticipation.version}`);
    expect(errors[0].extensions).toMatchObject({ code: "CONFLICT" });
    return errors[0].extensions!.currentVersion as number;
  };

  /** The changes of one record, newest first, with before and after parsed. */
  const changesOf = async (targetId: string): Promise<ChangeRead[]> => {
    const data = await ok(`query($targetId: ID!) { changes(targetId: $targetId, first: 100) { edges { node { operation targetType via before after } } } }`, {
      targetId,
    });
    return data.changes.edges.map(({ node }: any) => ({
      ...node,
      before: node.before === null ? null : JSON.parse(node.before),
      after: node.after === null ? null : JSON.parse(node.after),
    }));
  };

  const allChangesCount = async (): Promise<number> => (await ok(`{ changes(first: 1) { totalCount } }`)).changes.totalCount;

  const versions = async () => ({
    actor: await versionOf(FIRM),
    sameType: await versionOf(SAME_TYPE),
    downstream: await versionOf(DOWNSTREAM),
    jica: await versionOf(JICA),
    tie: await tieVersion(),
  });

  it("creates every record at version 1, each with an IMPORT Change from nothing (the participation too)", async () => {
    await importFiles(FIRST);
    expect(await versions()).toEqual({ actor: 1, sameType: 1, downstream: 1, jica: 1, tie: 1 });
    const participation = await ok(`{ actor(id: "${FIRM}") { participations { edges { role since node { id } } } } }`);
    expect(participation.actor.participations.edges).toEqual([{ role: "CORE", since: "2001-01-01", node: { id: "t-casting" } }]);

    for (const [id, type] of [
      [FIRM, "Actor"],
      [PARTICIPATION, "PARTICIPATES_IN"],
      [SAME_TYPE, "Observation"],
      [DOWNSTREAM, "Observation"],
      [JICA, "Observation"],
      [TIE, "LINKED"],
    ]) {
      const changes = await changesOf(id);
      expect({ id, changes: changes.map((c) => [c.operation, c.targetType, c.via, c.before]) }).toEqual({
        id,
        changes: [["IMPORT", type, "import:audit.csv", null]],
      });
      expect(changes[0].after).not.toBeNull();
    }
    expect((await changesOf(PARTICIPATION))[0].after).toMatchObject({ since: "2001-01-01" });
  });

  it("moves each changed record to version 2 and records its values before and after", async () => {
    await importFiles(SECOND);

    expect(await versionOf(FIRM)).toBe(2);
    expect(await versionOf(SAME_TYPE)).toBe(2);
    expect(await versionOf(JICA)).toBe(2);
    expect(await tieVersion()).toBe(2);
    expect(await participationVersion()).toBe(2);
    const read = await ok(`{ node(id: "${SAME_TYPE}") { ... on SurveyResponse { cooperates intensity } } }`);
    expect(read.node).toEqual({ cooperates: false, intensity: null });

    const [actorChange] = await changesOf(FIRM);
    expect(actorChange).toMatchObject({ operation: "IMPORT", targetType: "Actor", before: { workers: 5 }, after: { workers: 7, version: 2 } });
    const [answerChange] = await changesOf(SAME_TYPE);
    expect(answerChange).toMatchObject({
      operation: "IMPORT",
      targetType: "Observation",
      before: { cooperates: true, intensity: "ACTIVE" },
      after: { cooperates: false, intensity: null, version: 2 },
    });
    const [scoreChange] = await changesOf(JICA);
    expect(scoreChange).toMatchObject({ operation: "IMPORT", before: { product: 3, technology: 3, trust: 3 }, after: { product: 4, technology: 2, trust: 5 } });
    expect(Object.keys(scoreChange.after!)).not.toContain("market");
    const [participationChange] = await changesOf(PARTICIPATION);
    expect(participationChange).toMatchObject({
      operation: "IMPORT",
      targetType: "PARTICIPATES_IN",
      before: { since: "2001-01-01" },
      after: { since: "2002-02-02", version: 2 },
    });
    const [tieChange] = await changesOf(TIE);
    expect(tieChange).toMatchObject({
      operation: "IMPORT",
      targetType: "LINKED",
      before: { description: "scrap" },
      after: { description: "scrap and brass", version: 2 },
    });
  });

  it("deletes an answer the re-import leaves empty, with an IMPORT Change whose after is null", async () => {
    expect(await versionOf(DOWNSTREAM)).toBeNull();
    const [deleted, created] = await changesOf(DOWNSTREAM);
    expect(deleted).toMatchObject({ operation: "IMPORT", targetType: "Observation", after: null, before: { cooperates: true, intensity: "PASSIVE" } });
    expect(created).toMatchObject({ operation: "IMPORT", before: null });
  });

  it("changes no version and adds no Change when the same file is imported a third time", async () => {
    const before = { versions: await versions(), participation: await participationVersion(), changes: await allChangesCount() };
    await importFiles(SECOND);
    expect({ versions: await versions(), participation: await participationVersion(), changes: await allChangesCount() }).toEqual(before);
    expect(before.versions).toEqual({ actor: 2, sameType: 2, downstream: null, jica: 2, tie: 2 });
  });

  it("refuses with CONFLICT an edit made at the version read before the re-import", async () => {
    const response = await graph.api.run<any>(
      `mutation { updateSurveyResponse(input: { id: "${SAME_TYPE}", expectedVersion: 1, cooperates: true, intensity: PASSIVE }) { version } }`,
      {},
      { as: "EDITOR" },
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    const score = await graph.api.run<any>(
      `mutation { updateIndicatorScore(input: { id: "${JICA}", expectedVersion: 1, product: 1 }) { version } }`,
      {},
      { as: "EDITOR" },
    );
    expect(score.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });

    const kept = await ok(`{ node(id: "${JICA}") { ... on IndicatorScore { product version } } }`);
    expect(kept.node).toEqual({ product: 4, version: 2 });
  });
});
