import { recordToObject } from "../db/convert";
import type { Database } from "../db/neo4j";
import type { Page, PageRequest } from "./paging";

export interface SurveyRoundRow {
  id: string;
  name: string;
  date: string;
  source: string;
  notes: string | null;
}

export async function listSurveyRounds(db: Database, page: PageRequest): Promise<Page<SurveyRoundRow>> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (r:SurveyRound)
       WITH r ORDER BY r.date, r.id
       WITH collect(r {.id, .name, .date, .source, .notes}) AS matches
       RETURN size(matches) AS totalCount, matches[$skip..($skip + $limit)] AS items`,
      { ...page },
    );
    const { totalCount, items } = recordToObject<{ totalCount: number; items: SurveyRoundRow[] }>(result.records[0]);
    return { totalCount, items, skip: page.skip };
  });
}
