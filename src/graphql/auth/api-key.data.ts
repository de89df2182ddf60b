import { findApiKeyByHash, listApiKeys, type ApiKeyRecord } from "../../repositories/api-key.repository";
import type { DataModule } from "../common/request-data";

/** The request's lookup of the key it presented (one query, however often it is asked), and the key list for admins. */
export const apiKeyData = ((db) => {
  const looked = new Map<string, Promise<ApiKeyRecord | undefined>>();
  return {
    byHash(hash: string): Promise<ApiKeyRecord | undefined> {
      if (!looked.has(hash)) looked.set(hash, findApiKeyByHash(db, hash));
      return looked.get(hash)!;
    },
    all: () => listApiKeys(db),
  };
}) satisfies DataModule<unknown>;
