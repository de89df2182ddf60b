import { generateApiKey } from "../../src/auth/api-key";
import type { Role } from "../../src/auth/roles";
import type { Database } from "../../src/db/neo4j";
import { createApiKey } from "../../src/repositories/api-key.repository";
import { postGraphql, startTestApi, type TestApi } from "../support/app";
import { freshGraph } from "../support/database";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy";
import type { Driver } from "neo4j-driver";

// Short driver waits so a request during the outage fails in about a second, not the production 5 s + 3 s.
const SHORT_WAITS = { NEO4J_CONNECT_TIMEOUT_MS: "1000", NEO4J_RETRY_TIME_MS: "500" };
const READ = '{ caller { role } region(id: "no-such-region") { name } }';
const KEYLESS_READ = '{ region(id: "no-such-region") { name } }';
const WRITE = 'mutation { createActor(input: { id: "outage-actor", name: "UD Uji Putus", kind: IKM }) { id } }';

async function newKey(db: Database, role: Role): Promise<string> {
  const fresh = generateApiKey();
  await createApiKey(db, { id: fresh.id, name: `outage ${role}`, role, hash: fresh.hash });
  return fresh.key;
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const codes = (reply: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => reply.body.errors?.map((e) => e.extensions?.code);

/** Bounded: a request during the outage must be answered within the driver's short waits. */
async function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Retries until the API answers data again after the proxy is back (the driver reconnects by itself). */
async function untilData(send: () => Promise<Awaited<ReturnType<typeof postGraphql>>>) {
  let reply = await send();
  for (let attempt = 0; attempt < 20 && !reply.body.data; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    reply = await send();
  }
  return reply;
}

describe("Neo4j lost behind a proxy while the API key is looked up", () => {
  let db: Database;
  let driver: Driver;
  let proxy: TcpProxy;
  let keyed: TestApi;
  let open: TestApi;
  let viewer: string;
  let editor: string;

  beforeAll(async () => {
    ({ db, driver } = await freshGraph());
    viewer = await newKey(db, "VIEWER");
    editor = await newKey(db, "EDITOR");
    const neo4j = new URL(process.env.NEO4J_URI!);
    proxy = await startTcpProxy({ host: neo4j.hostname, port: Number(neo4j.port) });
    const throughProxy = `${neo4j.protocol}//127.0.0.1:${proxy.port}`;
    keyed = await startTestApi({ NEO4J_URI: throughProxy, SIMPUL_READS_REQUIRE_KEY: "true", ...SHORT_WAITS });
    open = await startTestApi({ NEO4J_URI: throughProxy, SIMPUL_READS_REQUIRE_KEY: "false", ...SHORT_WAITS });
  }, 120_000);

  afterAll(async () => {
    await keyed?.stop();
    await open?.stop();
    await proxy?.stop();
    await driver?.close();
  });

  it("answers data, then DATABASE_UNAVAILABLE (as a resolver-time loss answers) while the proxy is stopped, then data again", async () => {
    const up = await postGraphql(keyed.url, READ, undefined, bearer(viewer));
    expect(up).toEqual({ status: 200, body: { data: { caller: { role: "VIEWER" }, region: null } } });

    await proxy.stop();
    // A request without a key fails in a resolver: the reference for the status and the body.
    const resolverTime = await within(postGraphql(open.url, KEYLESS_READ), 15_000, "a keyless read with Neo4j gone");
    expect(codes(resolverTime)).toEqual(["DATABASE_UNAVAILABLE"]);

    const read = await within(postGraphql(keyed.url, READ, undefined, bearer(viewer)), 15_000, "a VIEWER read with Neo4j gone");
    expect(codes(read)).toEqual(["DATABASE_UNAVAILABLE"]);
    expect(read.status).toBe(resolverTime.status);
    expect(read.body.errors?.[0].message).toBe("The database is unavailable; try again shortly.");

    const write = await within(postGraphql(open.url, WRITE, undefined, bearer(editor)), 15_000, "an EDITOR write with Neo4j gone");
    expect(codes(write)).toEqual(["DATABASE_UNAVAILABLE"]);
    expect(write.status).toBe(resolverTime.status);

    const inIndonesian = await within(postGraphql(keyed.url, READ, undefined, { ...bearer(viewer), "accept-language": "id" }), 15_000, "an Indonesian read");
    expect(inIndonesian.body.errors?.[0]).toEqual({
      message: "Basis data tidak tersedia; coba lagi sebentar lagi.",
      extensions: { code: "DATABASE_UNAVAILABLE" },
    });

    const exported = await within(
      fetch(`${new URL(keyed.url).origin}/export/sentra/no-such-sentra.graphml`, { headers: bearer(viewer) }),
      15_000,
      "an export with Neo4j gone",
    );
    expect(exported.status).toBe(503);
    expect(((await exported.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe("DATABASE_UNAVAILABLE");

    await proxy.start();
    const back = await untilData(() => postGraphql(keyed.url, READ, undefined, bearer(viewer)));
    expect(back).toEqual({ status: 200, body: { data: { caller: { role: "VIEWER" }, region: null } } });
  }, 120_000);
});
