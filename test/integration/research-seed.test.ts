import type { Driver } from "neo4j-driver";
import type { Database } from "../../src/db/neo4j";
import { JICA_ASPECTS, PROBLEM_AREAS, SURVEY_QUESTIONS, type SurveyQuestion } from "../../src/domain/vocabulary";
import { silentLogger } from "../../src/logger";
import { seed, seedIfEmpty } from "../../src/seeding";
import { analyseSentraBatch } from "../../src/services/sentra-analysis.service";
import {
  MEASURED_SENTRA,
  SURVEY_ROUND_ID,
  TABLE_3,
  TABLE_8,
  TABLES_4_TO_7,
  TEGAL_BEEF_CATTLE,
  TEGAL_BEEF_CATTLE_YEARS,
  type MeasuredSentra,
} from "../../seed/research-tables";
import { freshGraph, graphFingerprint } from "../support/database";

const LOCATIONS = Object.keys(MEASURED_SENTRA) as MeasuredSentra[];

async function rows(db: Database, cypher: string, params: Record<string, unknown>) {
  return db.read(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));
}
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

describe("the research seed in Neo4j", () => {
  let db: Database;
  let driver: Driver;

  beforeAll(async () => {
    let seeded = false;
    ({ db, driver } = await freshGraph(async (db) => (seeded = await seedIfEmpty(db, silentLogger))));
    expect(seeded).toBe(true);
  });
  afterAll(() => driver.close());

  describe.each(LOCATIONS)("%s", (location) => {
    const params = { sentraId: MEASURED_SENTRA[location], roundId: SURVEY_ROUND_ID };

    // Through the product's own path: the repository's fetch and the domain's tables.
    const tables = async () => {
      const analysis = (await analyseSentraBatch(db, [MEASURED_SENTRA[location]])).get(MEASURED_SENTRA[location])!;
      return analysis.surveyRounds.find((round) => round.roundId === SURVEY_ROUND_ID)!;
    };

    it("reproduces Table 3 (JICA indicators: mean, min, max per aspect, and the sum of means)", async () => {
      const { indicators, indicatorDisplaySum } = await tables();
      const printed = TABLE_3[location];
      for (const aspect of JICA_ASPECTS) {
        const [mean, min, max] = printed.aspects[aspect];
        expect({ aspect, mean: indicators[aspect].displayMean, min: indicators[aspect].min }).toEqual({ aspect, mean, min });
        if (max !== null) expect({ aspect, max: indicators[aspect].max }).toEqual({ aspect, max });
      }
      expect(indicatorDisplaySum).toBe(printed.sum);
    });

    it.each(SURVEY_QUESTIONS)("reproduces Tables 4 to 7 for question %s", async (question: SurveyQuestion) => {
      const row = (await tables()).cooperation.find((r) => r.question === question)!;
      const { answered, yes, no, passive, active, proactive } = row;
      expect({ yes, no, passive, active, proactive, answered }).toEqual(TABLES_4_TO_7[question][location]);
    });

    it("reproduces Table 8 (joint problem solving per field)", async () => {
      const { problemSolving } = await tables();
      const computed = Object.fromEntries(PROBLEM_AREAS.map((area) => [area, problemSolving[area].mean]));
      expect(computed).toEqual(TABLE_8[location]);
    });

    it("has linkages that agree with every answer: a 'yes' has such a tie with that intensity, a 'no' has none", async () => {
      const contradictions = await rows(
        db,
        `MATCH (o:Observation {kind: 'SURVEY_RESPONSE'})-[:IN_SENTRA]->(s:Sentra {id: $sentraId}), (o)-[:OF_ACTOR]->(firm:Actor)
         WITH o, firm, s,
              CASE o.question
                WHEN 'SAME_TYPE' THEN [(firm)-[l:LINKED {type: 'HORIZONTAL_COOPERATION'}]->() WHERE l.sentraId = s.id | l]
                WHEN 'UPSTREAM' THEN [(firm)<-[l:LINKED {type: 'UPSTREAM_SUPPLY'}]-() WHERE l.sentraId = s.id | l]
                WHEN 'DOWNSTREAM' THEN [(firm)-[l:LINKED {type: 'DOWNSTREAM_SALES'}]->() WHERE l.sentraId = s.id | l]
                ELSE [(firm)<-[l:LINKED]-() WHERE l.type IN $supporting | l]
              END AS ties
         WHERE (o.cooperates AND (size(ties) = 0 OR (o.intensity IS NOT NULL AND any(t IN ties WHERE coalesce(t.intensity, '') <> o.intensity))))
            OR (NOT o.cooperates AND size(ties) > 0)
         RETURN firm.id AS firm, o.question AS question, o.cooperates AS cooperates, size(ties) AS ties`,
        { ...params, supporting: ["FINANCE", "TECHNICAL_ASSISTANCE", "ECONOMIC_ASSISTANCE", "PROMOTION", "CERTIFICATION"] },
      );
      expect(contradictions).toEqual([]);
    });
  });

  it("holds the Tegal beef-cattle series", async () => {
    const found = await rows(
      db,
      `MATCH (st:SentraStatistic)-[:OF_SENTRA]->(:Sentra) WHERE st.measure IN $measures
       RETURN st.measure AS measure, st.year AS year, st.value AS value, st.unit AS unit ORDER BY measure, year`,
      { measures: Object.keys(TEGAL_BEEF_CATTLE) },
    );
    const expected = Object.entries(TEGAL_BEEF_CATTLE)
      .flatMap(([measure, { unit, values }]) => TEGAL_BEEF_CATTLE_YEARS.map((year, i) => ({ measure, year, value: values[i], unit })))
      .sort((a, b) => a.measure.localeCompare(b.measure) || a.year - b.year);
    expect(found.map((r) => ({ ...r, year: num(r.year), value: num(r.value) }))).toEqual(expected);
  });

  it("changes nothing when seeded again, and is not re-seeded on start-up", async () => {
    const before = await graphFingerprint(db);
    await seed(db);
    expect(await graphFingerprint(db)).toEqual(before);
    expect(await seedIfEmpty(db, silentLogger)).toBe(false);
  });
});
