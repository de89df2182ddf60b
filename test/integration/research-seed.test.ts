import type { Driver } from "neo4j-driver";
import type { Database } from "../../src/db/neo4j";
import { JICA_ASPECTS, PROBLEM_AREAS, SURVEY_QUESTIONS, type SurveyQuestion } from "../../src/domain/vocabulary";
import { silentLogger } from "../../src/logger";
import { seed, seedIfEmpty } from "../../src/seeding";
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

    it("reproduces Table 3 (JICA indicators: mean, min, max per aspect, and the sum of means)", async () => {
      const [row] = await rows(
        db,
        `MATCH (o:Observation {kind: 'INDICATOR_SCORE'})-[:IN_SENTRA]->(:Sentra {id: $sentraId}), (o)-[:IN_ROUND]->(:SurveyRound {id: $roundId})
         WITH collect(o) AS scores
         RETURN [aspect IN $aspects | {
           aspect: aspect,
           mean: reduce(total = 0.0, o IN scores | total + o[aspect]) / size(scores),
           min: reduce(low = 99, o IN scores | CASE WHEN o[aspect] < low THEN o[aspect] ELSE low END),
           max: reduce(high = 0, o IN scores | CASE WHEN o[aspect] > high THEN o[aspect] ELSE high END)
         }] AS aspects`,
        { ...params, aspects: JICA_ASPECTS },
      );
      const printed = TABLE_3[location];
      let sum = 0;
      for (const computed of row.aspects as Array<{ aspect: (typeof JICA_ASPECTS)[number]; mean: number; min: unknown; max: unknown }>) {
        const [mean, min, max] = printed.aspects[computed.aspect];
        expect({ aspect: computed.aspect, mean: Math.round(computed.mean), min: num(computed.min) }).toEqual({ aspect: computed.aspect, mean, min });
        if (max !== null) expect({ aspect: computed.aspect, max: num(computed.max) }).toEqual({ aspect: computed.aspect, max });
        sum += Math.round(computed.mean);
      }
      expect(sum).toBe(printed.sum);
    });

    it.each(SURVEY_QUESTIONS)("reproduces Tables 4 to 7 for question %s", async (question: SurveyQuestion) => {
      const [row] = await rows(
        db,
        `MATCH (o:Observation {kind: 'SURVEY_RESPONSE', question: $question})-[:IN_SENTRA]->(:Sentra {id: $sentraId}), (o)-[:IN_ROUND]->(:SurveyRound {id: $roundId})
         RETURN count(o) AS answered,
                count(CASE WHEN o.cooperates THEN 1 END) AS yes,
                count(CASE WHEN NOT o.cooperates THEN 1 END) AS no,
                count(CASE WHEN o.intensity = 'PASSIVE' THEN 1 END) AS passive,
                count(CASE WHEN o.intensity = 'ACTIVE' THEN 1 END) AS active,
                count(CASE WHEN o.intensity = 'PROACTIVE' THEN 1 END) AS proactive`,
        { ...params, question },
      );
      const printed = TABLES_4_TO_7[question][location];
      const computed = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, num(v)]));
      if (printed.passive === null) Object.assign(computed, { passive: null, active: null, proactive: null });
      expect(computed).toEqual(printed);
    });

    it("reproduces Table 8 (joint problem solving per field)", async () => {
      const [row] = await rows(
        db,
        `MATCH (o:Observation {kind: 'PROBLEM_SOLVING_SCORE'})-[:IN_SENTRA]->(:Sentra {id: $sentraId}), (o)-[:IN_ROUND]->(:SurveyRound {id: $roundId})
         WITH collect(o) AS scores
         RETURN [area IN $areas | [area, reduce(total = 0.0, o IN scores | total + o[area]) / size(scores)]] AS means`,
        { ...params, areas: PROBLEM_AREAS },
      );
      const computed = Object.fromEntries((row.means as Array<[string, number]>).map(([area, mean]) => [area, mean]));
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
