import type { Driver } from "neo4j-driver";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { startTestApi, type TestApi } from "../support/app";
import { freshGraph } from "../support/database";
import { fixture } from "../support/fixture";

const HEADER =
  "id,name,kbli,workers,yearFounded,latitude,longitude,regionId,mainProducts,description,sentraId,role,memberSince,sameType,upstream,downstream,supporting,product,technology,market,skills,trust,information,rawMaterial,auxiliaryMaterial,production,marketing";
// The answers are left empty: the fixture records t-ikm-b's SAME_TYPE answer under its own id, so an import answering it would be refused as a second answer.
const firm = (name: string, workers: number) => `${HEADER}\nt-ikm-b,${name},24310,${workers},1990,,,t-village,Manhole covers,,t-casting,CORE,,,,,,,,,,,,,,,`;

describe("an import and an edit of the same firm", () => {
  let driver: Driver;
  let api: TestApi;

  beforeAll(async () => {
    ({ driver } = await freshGraph((db) => writeDataset(db, fixture)));
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  const importFirm = (name: string, workers: number) =>
    api.run<any>(
      `mutation($firms: String!) { importSurvey(roundId: "t-round", firms: $firms, fileName: "b.csv") { written problems { line column reason } } }`,
      {
        firms: firm(name, workers),
      },
    );

  it("moves a changed firm to its next version, so an edit made at the version read before is refused, not lost", async () => {
    const read = await api.run<any>(`{ actor(id: "t-ikm-b") { name } }`);
    expect(read.data.actor.name).toBe("CV Cor Mandiri");

    const imported = await importFirm("CV Cor Mandiri Baru", 6);
    expect(imported.errors).toBeUndefined();
    expect(imported.data.importSurvey).toMatchObject({ written: true, problems: [] });

    const stale = await api.run<any>(`mutation { updateActor(input: { id: "t-ikm-b", expectedVersion: 1, workers: 9 }) { version } }`);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "expectedVersion", currentVersion: 2 });
    const now = await api.run<any>(`{ actor(id: "t-ikm-b") { name workers version } }`);
    expect(now.data.actor).toEqual({ name: "CV Cor Mandiri Baru", workers: 6, version: 2 });
  });

  it("leaves the version alone when an import changes nothing", async () => {
    const again = await importFirm("CV Cor Mandiri Baru", 6);
    expect(again.errors).toBeUndefined();
    const now = await api.run<any>(`{ actor(id: "t-ikm-b") { version } }`);
    expect(now.data.actor.version).toBe(2);
  });
});
