import type { Database } from "../../src/db/neo4j";
import { ANALYSIS_VERSION, toStoredAnalysis } from "../../src/domain/analytics/stored-analysis";
import { analyseSentraBatch } from "../../src/services/sentra-analysis.service";

/** Each sentra's stored analysis record as it is in the database: its format version and parsed JSON. */
export async function readStoredAnalyses(db: Database, ids: readonly string[]): Promise<Map<string, { version: number; analysis: unknown }>> {
  return db.read(async (tx) => {
    const result = await tx.run(`UNWIND $ids AS sid MATCH (a:SentraAnalysis {id: sid}) RETURN sid, a.version AS version, a.json AS json`, { ids });
    return new Map(result.records.map((r) => [r.get("sid") as string, { version: Number(r.get("version")), analysis: JSON.parse(r.get("json") as string) }]));
  });
}

/** Every given sentra has a stored analysis of this ANALYSIS_VERSION equal to one computed now from its network. */
export async function expectStoredAnalysesCurrent(db: Database, ids: readonly string[]): Promise<void> {
  const stored = await readStoredAnalyses(db, ids);
  const live = await analyseSentraBatch(db, ids);
  for (const id of ids) {
    expect({ id, version: stored.get(id)?.version }).toEqual({ id, version: ANALYSIS_VERSION });
    expect(stored.get(id)!.analysis).toEqual(JSON.parse(JSON.stringify(toStoredAnalysis(live.get(id)!))));
  }
}
