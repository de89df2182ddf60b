import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Driver } from "neo4j-driver";
import { generateApiKey } from "../../src/auth/api-key";
import type { Role } from "../../src/auth/roles";
import type { Database } from "../../src/db/neo4j";
import { createApiKey, listApiKeys, revokeApiKey } from "../../src/repositories/api-key.repository";
import { PROJECT_ROOT, startTestApi, type TestApi } from "../support/app";
import { freshGraph, graphFingerprint } from "../support/database";
import { buildServer } from "../support/server-process";

type Reply = {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
};

async function post(url: string, query: string, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Reply["body"] };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** A key made as `npm run keys -- create` makes it, straight through the repository. */
async function newKey(db: Database, role: Role, name = `test ${role}`): Promise<{ id: string; key: string }> {
  const fresh = generateApiKey();
  await createApiKey(db, { id: fresh.id, name, role, hash: fresh.hash });
  return { id: fresh.id, key: fresh.key };
}

const READ = "{ caller { keyId role } serverInfo { version } }";

let db: Database;
let driver: Driver;
const keys = {} as Record<Role | "revoked", { id: string; key: string }>;

beforeAll(async () => {
  ({ db, driver } = await freshGraph());
  for (const role of ["VIEWER", "EDITOR", "ADMIN"] as const) keys[role] = await newKey(db, role);
  keys.revoked = await newKey(db, "ADMIN", "revoked admin");
  await revokeApiKey(db, keys.revoked.id);
});
afterAll(() => driver.close());

describe("roles when reads require a key (SIMPUL_READS_REQUIRE_KEY=true)", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ SIMPUL_READS_REQUIRE_KEY: "true" });
  });
  afterAll(() => api.stop());

  it("refuses a request without a key as a whole: 401, UNAUTHENTICATED, WWW-Authenticate", async () => {
    const reply = await post(api.url, READ);
    expect(reply.status).toBe(401);
    expect(reply.headers.get("www-authenticate")).toBe('Bearer realm="simpul"');
    expect(reply.body.data).toBeUndefined();
    expect(reply.body.errors).toEqual([{ message: "This API needs an API key: send Authorization: Bearer <key>.", extensions: { code: "UNAUTHENTICATED" } }]);
  });

  it("refuses a revoked key", async () => {
    const reply = await post(api.url, READ, bearer(keys.revoked.key));
    expect(reply.status).toBe(401);
    expect(reply.body.errors).toEqual([{ message: "The API key has been revoked.", extensions: { code: "UNAUTHENTICATED" } }]);
  });

  it.each([
    ["an unknown key", () => generateApiKey().key, "The API key is not valid."],
    ["a key with another key's id", () => `simpul_${keys.ADMIN.id}_${generateApiKey().key.slice(-43)}`, "The API key is not valid."],
    ["a string that is no Simpul key", () => "letmein", "The API key is not a Simpul key (simpul_<id>_<secret>)."],
  ])("refuses %s", async (_what, key, message) => {
    const reply = await post(api.url, READ, bearer(key()));
    expect(reply.status).toBe(401);
    expect(reply.body.errors).toEqual([{ message, extensions: { code: "UNAUTHENTICATED" } }]);
  });

  it("refuses an Authorization header that is not a bearer key", async () => {
    const reply = await post(api.url, READ, { authorization: `Basic ${Buffer.from("admin:admin").toString("base64")}` });
    expect(reply.status).toBe(401);
    expect(reply.body.errors![0].extensions).toEqual({ code: "UNAUTHENTICATED" });
  });

  it("lets a viewer read, by Authorization: Bearer or by x-api-key", async () => {
    for (const headers of [bearer(keys.VIEWER.key), { "x-api-key": keys.VIEWER.key }]) {
      const reply = await post(api.url, READ, headers);
      expect(reply.status).toBe(200);
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data).toMatchObject({ caller: { keyId: keys.VIEWER.id, role: "VIEWER" }, serverInfo: { version: expect.any(String) } });
    }
  });

  it("answers FORBIDDEN to a role below the field's, and serves ADMIN fields to an admin only", async () => {
    for (const role of ["VIEWER", "EDITOR"] as const) {
      const reply = await post(api.url, "{ apiKeys { id } }", bearer(keys[role].key));
      expect(reply.status).toBe(200);
      expect(reply.body.data).toBeNull();
      expect(reply.body.errors).toEqual([
        {
          message: `This needs role ADMIN or higher; this API key has role ${role}.`,
          path: ["apiKeys"],
          locations: [{ line: 1, column: 3 }],
          extensions: { code: "FORBIDDEN", requiredRole: "ADMIN", role },
        },
      ]);
    }
    const admin = await post(api.url, "{ apiKeys { id name role createdAt revokedAt } }", bearer(keys.ADMIN.key));
    expect(admin.body.errors).toBeUndefined();
    const listed = (admin.body.data!.apiKeys as Array<{ id: string; revokedAt: string | null }>).map((k) => [k.id, k.revokedAt === null]);
    expect(listed).toEqual(
      expect.arrayContaining([
        [keys.ADMIN.id, true],
        [keys.revoked.id, false],
      ]),
    );
  });

  it("never sends a key or its hash back", async () => {
    const reply = await post(api.url, "{ apiKeys { id name role createdAt revokedAt } caller { keyId name role } }", bearer(keys.ADMIN.key));
    const text = JSON.stringify(reply.body);
    const stored = await db.read(async (tx) => (await tx.run("MATCH (k:ApiKey) RETURN k.hash AS hash")).records.map((r) => r.get("hash") as string));
    for (const secret of [...Object.values(keys).map((k) => k.key), ...stored]) expect(text).not.toContain(secret);
  });

  it("stores no key, only its hash", async () => {
    const properties = await db.read(async (tx) => (await tx.run("MATCH (k:ApiKey) RETURN properties(k) AS p")).records.map((r) => JSON.stringify(r.get("p"))));
    for (const { key } of Object.values(keys)) for (const stored of properties) expect(stored).not.toContain(key.slice(-43));
    // Keys are Simpul's own records, not graph data: node(id) does not serve them.
    const asNode = await post(api.url, `{ node(id: "${keys.ADMIN.id}") { id } }`, bearer(keys.ADMIN.key));
    expect(asNode.body).toEqual({ data: { node: null } });
  });

  it("changes nothing when it denies a request", async () => {
    const before = await graphFingerprint(db);
    await post(api.url, "{ apiKeys { id } }", bearer(keys.VIEWER.key));
    await post(api.url, READ, bearer(keys.revoked.key));
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe("roles with the default configuration (reads need no key)", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it("serves reads without a key, to a caller it does not know", async () => {
    const reply = await post(api.url, READ);
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data).toMatchObject({ caller: null, serverInfo: { version: expect.any(String) } });
  });

  it("still refuses a revoked or unknown key rather than reading as nobody", async () => {
    for (const key of [keys.revoked.key, generateApiKey().key]) {
      const reply = await post(api.url, READ, bearer(key));
      expect(reply.status).toBe(401);
      expect(reply.body.errors![0].extensions).toEqual({ code: "UNAUTHENTICATED" });
    }
  });

  it("answers UNAUTHENTICATED to a field that needs a role, asked for without a key", async () => {
    const reply = await post(api.url, "{ apiKeys { id } serverInfo { version } }");
    expect(reply.status).toBe(200);
    expect(reply.body.data).toBeNull();
    expect(reply.body.errors![0]).toMatchObject({
      message: "This needs an API key with role ADMIN or higher: send Authorization: Bearer <key>.",
      extensions: { code: "UNAUTHENTICATED", requiredRole: "ADMIN" },
    });
  });
});

describe("roles on writes", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  const create = (id: string) => `mutation { createActor(input: { id: "${id}", name: "UD Uji Peran", kind: IKM }) { id version } }`;
  const archive = (id: string) => `mutation { archiveActor(id: "${id}", expectedVersion: 1) { id archivedAt } }`;
  const upload = `mutation { importSurvey(roundId: "no-round", firms: "id,name") { written } }`;

  it.each([
    ["no key", null, "UNAUTHENTICATED", "EDITOR"],
    ["a viewer", "VIEWER", "FORBIDDEN", "EDITOR"],
  ] as const)("refuses a create from %s, and the denied request changes nothing", async (_who, role, code, requiredRole) => {
    const before = await graphFingerprint(db);
    const headers = role === null ? {} : bearer(keys[role].key);
    const reply = await post(api.url, create("role-test-denied"), headers);
    expect(reply.body.errors![0].extensions).toMatchObject({ code, requiredRole });
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("lets an editor create, keeps archiving for an admin, and the editor's denied archive changes nothing", async () => {
    const created = await post(api.url, create("role-test-actor"), bearer(keys.EDITOR.key));
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data).toEqual({ createActor: { id: "role-test-actor", version: 1 } });

    const before = await graphFingerprint(db);
    const denied = await post(api.url, archive("role-test-actor"), bearer(keys.EDITOR.key));
    expect(denied.body.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", requiredRole: "ADMIN" });
    expect(await graphFingerprint(db)).toEqual(before);

    const archived = await post(api.url, archive("role-test-actor"), bearer(keys.ADMIN.key));
    expect(archived.body.errors).toBeUndefined();
    expect(archived.body.data).toMatchObject({ archiveActor: { id: "role-test-actor" } });
  });

  it("keeps the survey upload for an admin", async () => {
    const before = await graphFingerprint(db);
    const denied = await post(api.url, upload, bearer(keys.EDITOR.key));
    expect(denied.body.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", requiredRole: "ADMIN" });
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe("npm run keys, as a real process", () => {
  const run = promisify(execFile);
  const keysCli = (...args: string[]) =>
    run(process.execPath, ["dist/src/cli/keys.js", ...args], { cwd: PROJECT_ROOT, env: { ...process.env, LOG_LEVEL: "warn" } });
  let api: TestApi;

  beforeAll(async () => {
    buildServer();
    api = await startTestApi({ SIMPUL_READS_REQUIRE_KEY: "true" });
  });
  afterAll(() => api.stop());

  it("creates a key it prints once, lists it without a secret, and revokes it", async () => {
    const created = await keysCli("create", "--name", "Dinas Perindustrian Jepara", "--role", "editor");
    const key = /^(simpul_([0-9a-f]{16})_[A-Za-z0-9_-]{43})$/m.exec(created.stdout);
    expect(key).not.toBeNull();
    const [, secretKey, id] = key!;
    expect(created.stdout).toContain(`Created API key ${id} (EDITOR) for "Dinas Perindustrian Jepara"`);

    const works = await post(api.url, READ, bearer(secretKey));
    expect(works.status).toBe(200);
    expect(works.body.data).toMatchObject({ caller: { keyId: id, role: "EDITOR" } });

    const listed = await keysCli("list");
    const line = listed.stdout.split("\n").find((l) => l.startsWith(id));
    expect(line).toMatch(/^[0-9a-f]{16} {2}EDITOR {2}active .* Dinas Perindustrian Jepara$/);
    const stored = (await listApiKeys(db)).find((k) => k.id === id);
    expect(stored).toMatchObject({ role: "EDITOR", revokedAt: null });
    const hash = await db.read(async (tx) => (await tx.run("MATCH (k:ApiKey {id: $id}) RETURN k.hash AS h", { id })).records[0].get("h") as string);
    expect(listed.stdout).not.toContain(secretKey.slice(-43));
    expect(listed.stdout).not.toContain(hash);

    const revoked = await keysCli("revoke", id);
    expect(revoked.stdout).toContain(`Revoked API key ${id} (EDITOR, "Dinas Perindustrian Jepara")`);
    const fails = await post(api.url, READ, bearer(secretKey));
    expect(fails.status).toBe(401);
    expect(fails.body.errors![0]).toMatchObject({ message: "The API key has been revoked.", extensions: { code: "UNAUTHENTICATED" } });
    expect((await keysCli("list")).stdout).toMatch(new RegExp(`^${id} {2}EDITOR {2}revoked `, "m"));
  });

  it.each([
    [["create", "--name", "x", "--role", "OWNER"], '--role must be one of VIEWER, EDITOR, ADMIN, got "OWNER"', 2],
    [["create", "--role", "VIEWER"], "create needs --name", 2],
    [["create", "--name", " ", "--role", "VIEWER"], "--name must not be empty", 2],
    [["rotate"], "unknown command or arguments: rotate", 2],
    [["revoke", "0000000000000000"], 'No API key with id "0000000000000000"', 1],
  ])("refuses %j", async (args, message, code) => {
    const failed = await keysCli(...args).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(code);
    expect(failed?.stderr).toContain(message);
  });
});
