import fs from "node:fs";
import path from "node:path";
import { SURVEY_ROUND_ID } from "../../seed/research-tables";
import { dataset } from "../../seed/data";
import { generateApiKey } from "../../src/auth/api-key";
import { createApiKey } from "../../src/repositories/api-key.repository";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { PROJECT_ROOT, postGraphql } from "../support/app";
import { apiOnGraph } from "../support/graph-api";

const CHANGE_FIELDS = "id at actor actorKeyId via targetId targetType operation before after";
const CHANGES = `query($targetId: ID, $first: Int) { changes(targetId: $targetId, first: $first) { totalCount edges { node { ${CHANGE_FIELDS} } } } }`;
const CREATE_ACTOR = `mutation($input: CreateActorInput!) { createActor(input: $input) { id version } }`;
const UPDATE_ACTOR = `mutation($input: UpdateActorInput!) { updateActor(input: $input) { id version } }`;
const ARCHIVE_ACTOR = `mutation($id: ID!, $v: Int!) { archiveActor(id: $id, expectedVersion: $v) { id version } }`;

interface ChangeNode {
  id: string;
  at: string;
  actor: string;
  actorKeyId: string | null;
  via: string;
  targetId: string;
  targetType: string;
  operation: string;
  before: string | null;
  after: string | null;
}

describe("the audit trail", () => {
  const editor = generateApiKey();
  const app = apiOnGraph(async (d) => {
    await writeDataset(d, dataset);
    await createApiKey(d, { id: editor.id, name: "audit editor", role: "EDITOR", hash: editor.hash });
  });

  async function changesOf(targetId: string | null): Promise<ChangeNode[]> {
    const { data, errors } = await app.api.run<any>(CHANGES, { targetId, first: 100 });
    expect(errors).toBeUndefined();
    return data.changes.edges.map((e: { node: ChangeNode }) => e.node);
  }

  async function asEditor(query: string, variables: Record<string, unknown>) {
    const reply = await postGraphql<any>(app.api.url, query, variables, { authorization: `Bearer ${editor.key}` });
    expect(reply.body.errors).toBeUndefined();
    return reply.body.data;
  }

  it("records creating, updating and archiving an actor, with who, through what, and the values before and after", async () => {
    await asEditor(CREATE_ACTOR, { input: { id: "audit-actor", name: "UD Catat", kind: "IKM", workers: 4 } });
    await asEditor(UPDATE_ACTOR, { input: { id: "audit-actor", expectedVersion: 1, workers: 9 } });
    const archived = await app.api.run<any>(ARCHIVE_ACTOR, { id: "audit-actor", v: 2 });
    expect(archived.errors).toBeUndefined();

    const changes = await changesOf("audit-actor");
    expect(changes).toHaveLength(3);
    // Newest first.
    expect(changes.map((c) => c.at)).toEqual([...changes.map((c) => c.at)].sort().reverse());
    const byOp = Object.fromEntries(changes.map((c) => [c.operation, c]));
    expect(Object.keys(byOp).sort()).toEqual(["ARCHIVE", "CREATE", "UPDATE"]);
    for (const change of changes) expect(change).toMatchObject({ targetId: "audit-actor", targetType: "Actor" });

    expect(byOp.CREATE).toMatchObject({ actor: "audit editor", actorKeyId: editor.id, via: "mutation:createActor", before: null });
    expect(JSON.parse(byOp.CREATE.after!)).toMatchObject({ id: "audit-actor", name: "UD Catat", kind: "IKM", workers: 4, version: 1 });

    expect(byOp.UPDATE).toMatchObject({ actor: "audit editor", actorKeyId: editor.id, via: "mutation:updateActor" });
    const updateBefore = JSON.parse(byOp.UPDATE.before!);
    const updateAfter = JSON.parse(byOp.UPDATE.after!);
    expect(updateBefore).toMatchObject({ workers: 4, version: 1, updatedAt: null });
    expect(updateAfter).toMatchObject({ workers: 9, version: 2 });
    expect(updateAfter).not.toHaveProperty("name"); // only what changed

    expect(byOp.ARCHIVE).toMatchObject({ actor: "in-process test", actorKeyId: "in-process", via: "mutation:archiveActor" });
    expect(JSON.parse(byOp.ARCHIVE.before!)).toEqual({ archivedAt: null, version: 2 });
    expect(JSON.parse(byOp.ARCHIVE.after!)).toMatchObject({ version: 3, archivedAt: expect.any(String) });
  });

  it("records nothing for a refused mutation or one that changes nothing", async () => {
    const total = async () => (await app.api.run<any>(CHANGES, { targetId: null, first: 1 })).data.changes.totalCount as number;
    const before = await total();
    const stale = await app.api.run<any>(UPDATE_ACTOR, { input: { id: "audit-actor", expectedVersion: 1, workers: 1 } });
    expect(stale.errors).toHaveLength(1);
    const bad = await app.api.run<any>(CREATE_ACTOR, { input: { id: "audit-bad", name: "", kind: "IKM" } });
    expect(bad.errors).toHaveLength(1);
    await asEditor(CREATE_ACTOR, { input: { id: "audit-twice", name: "UD Dua", kind: "IKM" } });
    await asEditor(CREATE_ACTOR, { input: { id: "audit-twice", name: "UD Dua", kind: "IKM" } });
    expect(await total()).toBe(before + 1);
    expect(await changesOf("audit-bad")).toEqual([]);
  });

  it("traces an import's changes to the file", async () => {
    const firms = fs.readFileSync(path.join(PROJECT_ROOT, "seed", "import", "ceper.firms.csv"), "utf8");
    const IMPORT = `mutation($roundId: ID!, $firms: String!, $fileName: String) { importSurvey(roundId: $roundId, firms: $firms, fileName: $fileName) { written firms problems { reason } } }`;
    const edited = firms.replace("CV Logam Jaya Batur", "CV Logam Jaya Batur Baru");
    const result = await app.api.run<any>(IMPORT, { roundId: SURVEY_ROUND_ID, firms: edited, fileName: "ceper.firms.csv" });
    expect(result.errors).toBeUndefined();
    expect(result.data.importSurvey).toMatchObject({ written: true, problems: [] });
    const imported = (await changesOf(null)).filter((c) => c.operation === "IMPORT");
    expect(imported.length).toBeGreaterThan(0);
    for (const change of imported) expect(change).toMatchObject({ via: "import:ceper.firms.csv", targetType: "Actor", actor: "in-process test" });
    const renamed = imported.find((c) => c.targetId === "ikm-ceper-01")!;
    expect(JSON.parse(renamed.before!)).toMatchObject({ name: "CV Logam Jaya Batur" });
    expect(JSON.parse(renamed.after!)).toMatchObject({ name: "CV Logam Jaya Batur Baru" });
  });

  it("is for admins only", async () => {
    for (const role of ["VIEWER", "EDITOR"] as const) {
      const { errors } = await app.api.run<any>(CHANGES, { first: 1 }, { as: role });
      expect(errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
    const overHttp = await postGraphql<any>(app.api.url, CHANGES, { first: 1 }, { authorization: `Bearer ${editor.key}` });
    expect(overHttp.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
