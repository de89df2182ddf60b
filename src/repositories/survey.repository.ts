import { recordToObject } from "../db/convert";
import type { Database } from "../db/neo4j";

export interface SurveyRoundRow {
  id: string;
  name: string;
  date: string;
  source: string;
  notes: string | null;
}

export async function listSurveyRounds(db: Database): Promise<SurveyRoundRow[]> {
  return db.read(async (tx) => {
    const result = await tx.run(`MATCH (r:SurveyRound) RETURN r {.id, .name, .date, .source, .notes} AS round ORDER BY r.date, r.id`);
    return result.records.map((record) => recordToObject<{ round: SurveyRoundRow }>(record).round);
  });
}
