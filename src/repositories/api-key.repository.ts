import type { Role } from "../auth/roles";
import { recordToObject } from "../db/convert";
import type { Database } from "../db/neo4j";

/** A stored API key as lists and checks see it: never the key, and only the check sees the hash. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

const RECORD = "{id: k.id, name: k.name, role: k.role, createdAt: k.createdAt, revokedAt: k.revokedAt}";

/** Stores a new key by its hash; the key itself never reaches the database. */
export async function createApiKey(db: Database, key: { id: string; name: string; role: Role; hash: string }): Promise<ApiKeyRecord> {
  return db.write(async (tx) => {
    const result = await tx.run(
      `CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime()})
       RETURN ${RECORD} AS key`,
      key,
    );
    return recordToObject<{ key: ApiKeyRecord }>(result.records[0]).key;
  });
}

/** Every key, oldest first, revoked ones included. */
export async function listApiKeys(db: Database): Promise<ApiKeyRecord[]> {
  return db.read(async (tx) => {
    const result = await tx.run(`MATCH (k:ApiKey) RETURN ${RECORD} AS key ORDER BY k.createdAt, k.id`);
    return result.records.map((record) => recordToObject<{ key: ApiKeyRecord }>(record).key);
  });
}

/** Revokes a key for good (a second revoke keeps the first time); undefined when no key has this id. */
export async function revokeApiKey(db: Database, id: string): Promise<ApiKeyRecord | undefined> {
  return db.write(async (tx) => {
    const result = await tx.run(
      `MATCH (k:ApiKey {id: $id})
       SET k.revokedAt = coalesce(k.revokedAt, datetime())
       RETURN ${RECORD} AS key`,
      { id },
    );
    return result.records.length === 0 ? undefined : recordToObject<{ key: ApiKeyRecord }>(result.records[0]).key;
  });
}

/** The key stored with this hash (through the api_key_hash index), revoked or not. */
export async function findApiKeyByHash(db: Database, hash: string): Promise<ApiKeyRecord | undefined> {
  return db.read(async (tx) => {
    const result = await tx.run(`MATCH (k:ApiKey {hash: $hash}) RETURN ${RECORD} AS key LIMIT 1`, { hash });
    return result.records.length === 0 ? undefined : recordToObject<{ key: ApiKeyRecord }>(result.records[0]).key;
  });
}
