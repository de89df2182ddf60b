import type { Role } from "../../src/auth/roles";
import { HEADLINE_METRICS, headlineOf } from "../../src/domain/analytics/headline";
import type { Database } from "../../src/db/neo4j";
import { analyseSentraBatch } from "../../src/services/sentra-analysis.service";
import type { TestApi } from "./app";
import { expectStoredAnalysesCurrent } from "./stored-analysis";
import { graphFingerprint } from "./database";

/** The assertions mutation tests share; `api` and `db` are read when a check runs (they are set in beforeAll). */
export function mutationChecks(api: () => TestApi, db: () => Database) {
  /** Runs a mutation that must be refused with `code` naming `field`, and proves the graph did not change. */
  async function expectRefused(query: string, variables: Record<string, unknown>, code: string, field?: string) {
    const before = await graphFingerprint(db());
    const { data, errors } = await api().run<any>(query, variables);
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject(field === undefined ? { code } : { code, field });
    expect(data === undefined || data === null || Object.values(data).every((v) => v === null)).toBe(true);
    expect(await graphFingerprint(db())).toEqual(before);
    return errors![0];
  }

  /** Runs a mutation as `role`, which must be FORBIDDEN, and proves the graph did not change. */
  async function expectDenied(role: Role, query: string, variables: Record<string, unknown>) {
    const before = await graphFingerprint(db());
    const { data, errors } = await api().run<any>(query, variables, { as: role });
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions?.code).toBe("FORBIDDEN");
    expect(data === undefined || data === null || Object.values(data).every((v) => v === null)).toBe(true);
    expect(await graphFingerprint(db())).toEqual(before);
  }

  async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { data, errors } = await api().run<any>(query, variables);
    expect(errors).toBeUndefined();
    return data as T;
  }

  async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
    return db().read(async (tx) => (await tx.run(cypher, params)).records[0].get("n").toNumber());
  }

  /** The sentra's stored headline, and its whole stored analysis, equal a fresh analysis of its network. */
  async function expectHeadlineCurrent(sentraId: string) {
    const stored = await ok(`{ sentra(id: "${sentraId}") { headline { stage dynamic ${HEADLINE_METRICS.join(" ")} } } }`);
    expect(stored.sentra.headline).toEqual({ ...headlineOf((await analyseSentraBatch(db(), [sentraId])).get(sentraId)!) });
    await expectStoredAnalysesCurrent(db(), [sentraId]);
  }

  return { expectRefused, expectDenied, ok, count, expectHeadlineCurrent };
}
