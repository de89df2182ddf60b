import type { IncomingHttpHeaders } from "node:http";
import { apiKeyId, hashApiKey } from "../../auth/api-key";
import { presentedKey } from "../../auth/credentials";
import type { Database } from "../../db/neo4j";
import type { Logger } from "../../logger";
import { createContext, type Caller, type Context } from "../context";
import { msg } from "../../i18n/message";
import { unauthenticatedRequest } from "./auth-errors";
import { apiKeyData } from "./api-key.data";

export interface AccessPolicy {
  /** SIMPUL_READS_REQUIRE_KEY: a request without a key is refused as a whole. */
  readsRequireKey: boolean;
}

/**
 * The context of one HTTP request, with its caller established before anything executes: a
 * presented key must be well formed, known and not revoked (one indexed lookup of its hash,
 * through the request's own database view), or the whole request is UNAUTHENTICATED. Without a
 * key the caller is null; fields marked @Authorized then refuse it (src/graphql/auth/auth-checker.ts).
 */
export async function authenticatedContext(args: { db: Database; logger: Logger; headers: IncomingHttpHeaders; policy: AccessPolicy }): Promise<Context> {
  const context = createContext(args.db, args.logger);
  const presented = presentedKey(args.headers);
  if (presented.kind === "malformed") throw unauthenticatedRequest(presented.reason);
  if (presented.kind === "none") {
    if (args.policy.readsRequireKey) throw unauthenticatedRequest(msg("errors.keyMissing"));
    return context;
  }
  context.caller = await callerOf(context, presented.key);
  return context;
}

async function callerOf(context: Context, key: string): Promise<Caller> {
  const id = apiKeyId(key);
  if (id === undefined) throw unauthenticatedRequest(msg("errors.keyNotSimpul"));
  const stored = await context.data.of(apiKeyData).byHash(hashApiKey(key));
  // A 256-bit secret cannot be guessed, so its hash finds exactly its own record or none.
  if (!stored || stored.id !== id) throw unauthenticatedRequest(msg("errors.keyInvalid"));
  if (stored.revokedAt !== null) {
    context.logger.info("Refused a revoked API key", { keyId: stored.id });
    throw unauthenticatedRequest(msg("errors.keyRevoked"));
  }
  return { keyId: stored.id, name: stored.name, role: stored.role };
}
