import type { Database } from "../../src/db/neo4j";
import type { TestApi } from "./app";
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

  async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { data, errors } = await api().run<any>(query, variables);
    expect(errors).toBeUndefined();
    return data as T;
  }

  async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
    return db().read(async (tx) => (await tx.run(cypher, params)).records[0].get("n").toNumber());
  }

  return { expectRefused, ok, count };
}
