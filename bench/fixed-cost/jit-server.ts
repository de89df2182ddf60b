import "../production-mode";
import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../../src/config";
import { createDriver, Database } from "../../src/db/neo4j";
import { createApollo } from "../../src/graphql/apollo";
import { authenticatedContext } from "../../src/graphql/auth/authenticate";
import { buildSimpulSchema } from "../../src/graphql/schema";
import { createRequestHandler, GRAPHQL_PATH } from "../../src/http/server";
import { silentLogger } from "../../src/logger";
import { isReachable } from "../../src/repositories/system.repository";
import { bindHttp } from "../../src/startup/bind-http";
import { createJitApollo } from "./jit-executor";

/**
 * Simpul's HTTP server as src/app.ts serves it (the same request handler, context and Apollo
 * options) on the Neo4j at NEO4J_URI, executing with graphql-js or, with FIXED_COST_EXECUTOR=jit,
 * with graphql-jit: the two legs of the end-to-end comparison differ in nothing else.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (config.neo4j.kind !== "remote") throw new Error("set NEO4J_URI");
  const driver = createDriver(config.neo4j, config.neo4jPolicy);
  const db = new Database(driver, config.database, config.neo4jPolicy);
  const jit = process.env.FIXED_COST_EXECUTOR === "jit";
  const apollo = jit
    ? createJitApollo(await buildSimpulSchema(), silentLogger, [], config.introspection)
    : await createApollo(silentLogger, [], config.introspection);
  await apollo.start();
  const bound = await bindHttp("127.0.0.1", 0, config.http);
  // Served warm from the start: no warm-up gate (src/startup/warm-up-gate.ts), as both legs are warmed by the bench.
  bound.serve(
    createRequestHandler({
      apollo,
      createContext: (req) => authenticatedContext({ db, logger: silentLogger, headers: req.headers, policy: { readsRequireKey: config.readsRequireKey } }),
      readiness: async () => ({ status: (await isReachable(db)) ? "ready" : "neo4j unreachable" }),
      admit: (work) => work(),
      ide: config.ide,
      corsOrigins: config.corsOrigins,
      logger: silentLogger,
    }),
  );
  const { port } = bound.server.address() as AddressInfo;
  process.stdout.write(`ready at http://127.0.0.1:${port}${GRAPHQL_PATH}\n`);
  process.on("SIGTERM", () => {
    bound.server.closeAllConnections();
    bound.server.close();
    void apollo
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
