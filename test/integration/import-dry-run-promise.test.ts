import { planImport } from "../../src/import/plan";
import { toFirmRow, type FirmRow } from "../../src/import/rows";
import { observationIds } from "../../src/domain/survey-ids";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { ImportRowRefused, writeSurveyImport } from "../../src/repositories/import/survey-import.writer";
import { graphFingerprint } from "../support/database";
import { apiOnGraph } from "../support/graph-api";
import { fixture } from "../support/fixture";

/*
 * Issue 20, finding 3: what a dry run passes the real import writes, what the real import would
 * refuse the dry run reports (with its line and column), and a row Neo4j refuses at write time is
 * named by its line, with nothing written.
 */

interface Problem {
  file: string;
  line: number;
  column: string | null;
  reason: string;
}
interface ImportResult {
  written: boolean;
  problems: Problem[];
}
interface Upload {
  format?: "CSV" | "JSON";
  firms: string;
  linkages?: string;
}

const FIRM_HEADER =
  "id,name,kbli,workers,yearFounded,latitude,longitude,regionId,mainProducts,description,sentraId,role,memberSince,sameType,upstream,downstream,supporting,product,technology,market,skills,trust,information,rawMaterial,auxiliaryMaterial,production,marketing";
const TIE_HEADER = "id,type,fromId,toId,sentraId,intensity,flows,since,description";
const LONG_FIRM = `promise-${"long".repeat(28)}`;

/** Valid uploads of several shapes, imported one after another into the fixture. */
const VALID_UPLOADS: Array<{ label: string; upload: Upload }> = [
  {
    label: "a new firm with every column",
    upload: {
      firms: `${FIRM_HEADER}\npromise-a,UD Promise A,24310,12,1990,-7.7,110.6,t-village,pipes;valves,"Foundry, since 1990",t-casting,CORE,2000-05-01,A,P,R,Y,3,4,3,2,4,3,2,3,3,2\n`,
    },
  },
  {
    label: "the same firm again with changed values and an answer left empty",
    upload: {
      firms: `${FIRM_HEADER}\npromise-a,UD Promise A Baru,24310,25,1990,,,t-district,pipes,,t-casting,CORE,2001-05-01,N,P,,Y,4,4,3,2,4,3,,,,\n`,
    },
  },
  {
    label: "the fixture's firms with changed values (answers they hold under other ids left empty)",
    upload: {
      firms:
        `${FIRM_HEADER}\n` +
        `t-ikm-a,UD Logam Jaya Abadi,24310,14,1985,-7.71,110.61,t-village,pipe fittings;valves,,t-casting,CORE,1991-01-01,,R,A,Y,,,,,,,,,,\n` +
        `t-ikm-b,CV Cor Mandiri,24310,6,,,,t-village,manhole covers,,t-casting,CORE,,,P,,N,2,2,2,2,2,2,1,1,1,1\n`,
    },
  },
  {
    label: "new firms with ties to each other and to existing actors",
    upload: {
      firms:
        `${FIRM_HEADER}\n` +
        `promise-b,UD Promise B,,3,,,,,,,t-casting,CORE,,A,Y,A,Y,,,,,,,,,,\n` +
        `promise-c,UD Promise C,,30,,,,,,,t-casting,CORE,,P,N,N,N,,,,,,,,,,\n`,
      linkages:
        `${TIE_HEADER}\n` +
        `,HORIZONTAL_COOPERATION,promise-b,promise-c,t-casting,,INFORMATION,2010-01-01,share orders\n` +
        `,HORIZONTAL_COOPERATION,promise-b,t-ikm-a,t-casting,,GOODS,,\n` +
        `promise-tie-supply,UPSTREAM_SUPPLY,t-trader,promise-b,t-casting,,GOODS;MONEY,,\n` +
        `,DOWNSTREAM_SALES,promise-b,t-trader,t-casting,ACTIVE,GOODS,,\n` +
        `,FINANCE,t-bank,promise-b,t-casting,,MONEY,2015-06-30,"credit, 50 million"\n`,
    },
  },
  {
    label: "the fixture's ties given again by id, one with a changed description",
    upload: {
      firms:
        `${FIRM_HEADER}\n` +
        `t-ikm-b,CV Cor Mandiri,24310,6,,,,t-village,manhole covers,,t-casting,CORE,,,P,,N,2,2,2,2,2,2,1,1,1,1\n` +
        `promise-b,UD Promise B,,3,,,,,,,t-casting,CORE,,A,Y,A,Y,,,,,,,,,,\n`,
      linkages: `${TIE_HEADER}\nt-l-coop,HORIZONTAL_COOPERATION,t-ikm-a,t-ikm-b,t-casting,ACTIVE,INFORMATION;GOODS,2005-03-01,\npromise-tie-supply,UPSTREAM_SUPPLY,t-trader,promise-b,t-casting,,GOODS,,now scrap only\n`,
    },
  },
  {
    label: "JSON with both files, a firm of the other sentra in a second role",
    upload: {
      format: "JSON",
      firms: JSON.stringify({
        firms: [
          { id: "t-ikm-c", name: "UD Kuningan Indah", workers: 9, sentraId: "t-brass", role: "CORE", downstream: "R", mainProducts: ["lamps", "bells"] },
          { id: "promise-a", name: "UD Promise A Baru", workers: 25, sentraId: "t-brass", role: "BUYER", memberSince: "2012-12-12" },
        ],
        linkages: [{ type: "DOWNSTREAM_SALES", fromId: "t-ikm-c", toId: "promise-a", sentraId: "t-brass", flows: ["GOODS", "MONEY"] }],
      }),
    },
  },
  {
    label: "a firm whose answers' derived ids run past 128 characters (hashed)",
    upload: { firms: `${FIRM_HEADER}\n${LONG_FIRM},UD Long,,,,,,,,,t-casting,CORE,,A,Y,Y,Y,3,3,3,3,3,3,3,3,3,3\n` },
  },
];

describe("a clean dry run means the import is written", () => {
  const graph = apiOnGraph((db) => writeDataset(db, fixture));

  const importSurvey = async (upload: Upload, dryRun: boolean): Promise<ImportResult> => {
    const { data, errors } = await graph.api.run<any>(
      `mutation($format: SurveyImportFormat, $firms: String!, $linkages: String, $dryRun: Boolean!) {
        importSurvey(roundId: "t-round", format: $format, firms: $firms, linkages: $linkages, fileName: "promise.csv", dryRun: $dryRun) {
          written problems { file line column reason }
        }
      }`,
      { format: upload.format ?? "CSV", firms: upload.firms, linkages: upload.linkages, dryRun },
    );
    expect(errors).toBeUndefined();
    return data.importSurvey;
  };

  describe("a firm id held by a node of another label", () => {
    // Line 2: the person's id; line 3: a sentra's id.
    const upload = {
      firms: `${FIRM_HEADER}\nt-person,UD Person,,,,,,,,,t-casting,CORE,,,,,,,,,,,,,,,\nt-brass,UD Brass,,,,,,,,,t-casting,CORE,,,,,,,,,,,,,,,\n`,
    };

    it("is a problem in the id column of its line in the dry run", async () => {
      const dry = await importSurvey(upload, true);
      expect(dry.written).toBe(false);
      expect(dry.problems.map((p) => [p.file, p.line, p.column])).toEqual([
        ["FIRMS", 2, "id"],
        ["FIRMS", 3, "id"],
      ]);
      expect(dry.problems[0].reason).toContain("Person");
      expect(dry.problems[1].reason).toContain("Sentra");
    });

    it("is the same problem in the real import, which writes nothing", async () => {
      const before = await graphFingerprint(graph.db);
      const dry = await importSurvey(upload, true);
      const real = await importSurvey(upload, false);
      expect(real).toEqual(dry);
      expect(real.problems.map((p) => p.reason).join("\n")).not.toMatch(/Merge did not find|INTERNAL|read it again/i);
      expect(await graphFingerprint(graph.db)).toEqual(before);
    });
  });

  it.each(VALID_UPLOADS)("$label: passes the dry run and is written", async ({ upload }) => {
    const dry = await importSurvey(upload, true);
    expect(dry).toEqual({ written: false, problems: [] });
    expect(await importSurvey(upload, false)).toEqual({ written: true, problems: [] });
  });

  it("writes the long firm's answers under hashed ids an editor can address", async () => {
    const id = observationIds.surveyResponse("t-round", "t-casting", LONG_FIRM, "SAME_TYPE");
    expect(id.length).toBeLessThanOrEqual(128);
    const { data, errors } = await graph.api.run<any>(
      `mutation($id: ID!) { updateSurveyResponse(input: { id: $id, expectedVersion: 1, intensity: PASSIVE }) { version } }`,
      { id },
    );
    expect(errors).toBeUndefined();
    expect(data.updateSurveyResponse.version).toBe(2);
  });

  describe("a row Neo4j refuses at write time", () => {
    const firmRow = (line: number, id: string): FirmRow => {
      const { row, problems } = toFirmRow({ line, cells: { id, name: `UD ${id}`, sentraId: "t-casting", sameType: "Y" } });
      expect(problems).toEqual([]);
      return row!;
    };

    it("throws ImportRowRefused naming the firms file and the row's line, and leaves the graph as it was", async () => {
      // The checks are bypassed: the plan goes straight to the writer, its third row's id a person's.
      const plan = planImport("t-round", [firmRow(2, "promise-ok-1"), firmRow(3, "promise-ok-2"), firmRow(4, "t-person")], []);
      const before = await graphFingerprint(graph.db);
      const refused = await writeSurveyImport(graph.db, plan).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(ImportRowRefused);
      expect(refused).toMatchObject({ file: "firms", line: 4 });
      expect(await graphFingerprint(graph.db)).toEqual(before);
    });
  });
});
