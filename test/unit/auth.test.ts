import { GraphQLError } from "graphql";
import { apiKeyId, generateApiKey, hashApiKey, keyNameProblem } from "../../src/auth/api-key";
import { presentedKey } from "../../src/auth/credentials";
import type { Message } from "../../src/i18n/message";
import { render } from "../../src/i18n/render";
import { ROLES, satisfies, weakestOf } from "../../src/auth/roles";
import type { Database } from "../../src/db/neo4j";
import { apiKeyData } from "../../src/graphql/auth/api-key.data";
import { authChecker } from "../../src/graphql/auth/auth-checker";
import type { Caller, Context } from "../../src/graphql/context";

describe("roles", () => {
  it("are ordered VIEWER < EDITOR < ADMIN, each satisfying what the ones below may do", () => {
    expect(ROLES).toEqual(["VIEWER", "EDITOR", "ADMIN"]);
    expect(satisfies("ADMIN", "EDITOR")).toBe(true);
    expect(satisfies("ADMIN", "VIEWER")).toBe(true);
    expect(satisfies("EDITOR", "EDITOR")).toBe(true);
    expect(satisfies("EDITOR", "ADMIN")).toBe(false);
    expect(satisfies("VIEWER", "EDITOR")).toBe(false);
  });

  it("read @Authorized(...) as its weakest role, VIEWER when it names none, and refuse an unknown one", () => {
    expect(weakestOf([])).toBe("VIEWER");
    expect(weakestOf(["ADMIN"])).toBe("ADMIN");
    expect(weakestOf(["ADMIN", "EDITOR"])).toBe("EDITOR");
    expect(() => weakestOf(["OWNER"])).toThrow('Unknown role "OWNER"');
  });
});

describe("API keys", () => {
  it("look like simpul_<16 hex id>_<43 base64url secret> and are different every time", () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).toMatch(/^simpul_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(a.key.startsWith(`simpul_${a.id}_`)).toBe(true);
    expect(a.id).not.toBe(b.id);
    expect(a.key).not.toBe(b.key);
  });

  it("are stored as the hex SHA-256 of the whole key, which never contains the key", () => {
    const { id, key, hash } = generateApiKey();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashApiKey(key));
    // The secret is base64url, which may itself contain "_", so it is everything after the id.
    const secret = key.slice(`simpul_${id}_`.length);
    expect(secret).toHaveLength(43);
    expect(hash).not.toContain(secret);
    // The known SHA-256 test vector, so the choice of hash is pinned.
    expect(hashApiKey("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("name their id only when well formed", () => {
    const { id, key } = generateApiKey();
    expect(apiKeyId(key)).toBe(id);
    expect(apiKeyId(`${key}x`)).toBeUndefined();
    expect(apiKeyId(key.replace("simpul_", "other_"))).toBeUndefined();
    expect(apiKeyId("simpul_0123456789abcdef_short")).toBeUndefined();
    expect(apiKeyId("")).toBeUndefined();
  });

  it("have names that say who holds them", () => {
    expect(keyNameProblem("Dinas Perindustrian Jepara")).toBeUndefined();
    expect(keyNameProblem("  ")).toContain("must not be empty");
    expect(keyNameProblem("x".repeat(201))).toContain("at most 200");
    expect(keyNameProblem("a\nb")).toContain("control characters");
  });
});

describe("the key a request presents", () => {
  const key = "simpul_0123456789abcdef_" + "A".repeat(43);

  it("comes from Authorization: Bearer or x-api-key, or is absent", () => {
    expect(presentedKey({})).toEqual({ kind: "none" });
    expect(presentedKey({ authorization: `Bearer ${key}` })).toEqual({ kind: "key", key });
    expect(presentedKey({ authorization: `bearer  ${key}` })).toEqual({ kind: "key", key });
    expect(presentedKey({ "x-api-key": key })).toEqual({ kind: "key", key });
    expect(presentedKey({ authorization: `Bearer ${key}`, "x-api-key": key })).toEqual({ kind: "key", key });
  });

  it.each([
    [{ authorization: `Basic ${key}` }, "must be `Bearer <API key>`"],
    [{ authorization: "Bearer" }, "must be `Bearer <API key>`"],
    [{ authorization: `Bearer ${key} extra` }, "must be `Bearer <API key>`"],
    [{ "x-api-key": "" }, "empty"],
    [{ "x-api-key": `${key}, ${key}` }, "not several"],
    [{ "x-api-key": [key, key] }, "not several"],
    [{ authorization: `Bearer ${key}`, "x-api-key": "simpul_other" }, "different keys"],
  ])("refuses %j", (headers, reason) => {
    const presented = presentedKey(headers);
    expect(presented.kind).toBe("malformed");
    expect(render((presented as { reason: Message }).reason, "en")).toContain(reason);
  });
});

describe("authChecker", () => {
  const check = (caller: Caller | null, roles: string[]) => {
    const context = { caller } as Context;
    try {
      return authChecker({ context, root: {}, args: {}, info: {} as never }, roles);
    } catch (error) {
      return error as GraphQLError;
    }
  };
  const as = (role: Caller["role"]): Caller => ({ keyId: "k", name: "n", role });

  it("admits a role at or above the one asked for", () => {
    expect(check(as("EDITOR"), ["EDITOR"])).toBe(true);
    expect(check(as("ADMIN"), ["EDITOR"])).toBe(true);
    expect(check(as("VIEWER"), [])).toBe(true);
  });

  it("answers FORBIDDEN to a lower role and UNAUTHENTICATED to a caller without a key", () => {
    const denied = check(as("VIEWER"), ["EDITOR"]) as GraphQLError;
    expect(denied.extensions).toMatchObject({ code: "FORBIDDEN", requiredRole: "EDITOR", role: "VIEWER" });
    expect((check(as("EDITOR"), ["ADMIN"]) as GraphQLError).extensions.code).toBe("FORBIDDEN");
    const anonymous = check(null, ["EDITOR"]) as GraphQLError;
    expect(anonymous.extensions).toMatchObject({ code: "UNAUTHENTICATED", requiredRole: "EDITOR" });
  });
});

describe("a request's key lookup", () => {
  it("asks the database once per hash, however often it is asked", async () => {
    const sent: string[] = [];
    const db = { read: async (work: (tx: unknown) => Promise<unknown>) => work({ run: async (cypher: string) => (sent.push(cypher), { records: [] }) }) };
    const lookup = apiKeyData(db as unknown as Database);
    await Promise.all([lookup.byHash("a"), lookup.byHash("a"), lookup.byHash("a")]);
    expect(await lookup.byHash("a")).toBeUndefined();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain("MATCH (k:ApiKey {hash: $hash})");
  });
});
