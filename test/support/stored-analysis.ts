import type { Database } from "../../src/db/neo4j";
import { servedByOf } from "../../src/domain/analytics/served-by";
import { ANALYSIS_VERSION, STORED_PARTS, toStoredAnalysis } from "../../src/domain/analytics/stored-analysis";
import { analyseSentraBatch } from "../../src/services/sentra-analysis.service";

/** Each sentra's stored analysis record as it is in the database: its format version, its parts put back together and who serves it. */
export async function readStoredAnalyses(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, { version: number; analysis: unknown; servedBy: unknown }>> {
  return db.read(async (tx) => {
    const result = await tx.run(`UNWIND $ids AS sid MATCH (a:SentraAnalysis {id: sid}) RETURN sid, properties(a) AS record`, { ids });
    return new Map(
      result.records.map((r) => {
        const record = r.get("record") as Record<string, unknown>;
        const part = (name: (typeof STORED_PARTS)[number]) => JSON.parse(record[name] as string);
        const analysis = {
          sentraId: record.id,
          concentration: part("concentration"),
          valueChain: { ...part("valueChain"), stages: part("valueChainStages") },
          cooperation: part("cooperation"),
          surveyRounds: part("surveyRounds"),
          verdict: part("verdict"),
        };
        // Nothing else is stored: the parts, who serves the sentra, the id and the version.
        expect(Object.keys(record).sort()).toEqual([...STORED_PARTS, "servedBy", "id", "version"].sort());
        return [r.get("sid") as string, { version: Number(record.version), analysis, servedBy: record.servedBy }];
      }),
    );
  });
}

/**
 * Every given sentra has a stored analysis of this ANALYSIS_VERSION equal to one computed now from
 * its network, and a stored list of who serves it equal to one computed now (partner searches read it).
 */
export async function expectStoredAnalysesCurrent(db: Database, ids: readonly string[]): Promise<void> {
  const stored = await readStoredAnalyses(db, ids);
  const live = await analyseSentraBatch(db, ids);
  for (const id of ids) {
    expect({ id, version: stored.get(id)?.version }).toEqual({ id, version: ANALYSIS_VERSION });
    expect(stored.get(id)!.analysis).toEqual(JSON.parse(JSON.stringify(toStoredAnalysis(live.get(id)!))));
    expect({ id, servedBy: stored.get(id)!.servedBy }).toEqual({ id, servedBy: servedByOf(live.get(id)!.network) });
  }
}
