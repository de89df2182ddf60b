import type { AddressInfo } from "node:net";
import path from "node:path";
import type { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { Config } from "./config";
import { connectNeo4j, type Neo4jConnection } from "./db/connect";
import { migrate } from "./db/migrate";
import { Database } from "./db/neo4j";
import { authenticatedContext } from "./graphql/auth/authenticate";
import type { Context } from "./graphql/context";
import { createApollo } from "./graphql/apollo";
import { createRequestHandler, GRAPHQL_PATH } from "./http/server";
import type { Logger } from "./logger";
import { isReachable } from "./repositories/system.repository";
import { seedIfEmpty } from "./seeding";
import { bindHttp } from "./startup/bind-http";
import { warmUp, type WarmUpResult } from "./startup/warm-up";
import { WarmUpGate } from "./startup/warm-up-gate";

export interface Simpul {
  /** Where GraphQL is served, for example http://127.0.0.1:4000/graphql. */
  readonly url: string;
  readonly neo4jUri: string;
  readonly db: Database;
  readonly apollo: ApolloServer<Context>;
  /** Settles when the warm-up has ended (at once when it is off); /ready says ready from then on. */
  readonly warm: Promise<WarmUpResult | undefined>;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  logger: Logger;
  projectRoot: string;
  /** Called once when an embedded Neo4j dies under a running Simpul (already logged). */
  onDatabaseLost?: (reason: string) => void;
}

/**
 * Claims the HTTP port, connects to Neo4j, applies the schema, seeds when asked, and serves
 * GraphQL. The port comes first so a taken port or bad HOST fails before Neo4j starts.
 */
export async function startSimpul({ config, logger, projectRoot, onDatabaseLost }: StartOptions): Promise<Simpul> {
  const bound = await bindHttp(config.host, config.port, config.http);
  let connection: Neo4jConnection | undefined;
  try {
    connection = await connectNeo4j(config.neo4j, projectRoot, logger, { database: config.database, policy: config.neo4jPolicy, onLost: onDatabaseLost });
    const db = new Database(connection.driver, config.database, config.neo4jPolicy);
    const applied = await migrate(db, path.join(projectRoot, "schema"));
    logger.info("Neo4j schema applied", { statements: applied, database: config.database });
    if (config.seedOnStart) await seedIfEmpty(db, logger);
    return await serve({ config, logger, db, connection, bound });
  } catch (error) {
    bound.server.closeAllConnections();
    await new Promise((resolve) => bound.server.close(resolve));
    await connection?.close();
    throw error;
  }
}

type BoundHttp = Awaited<ReturnType<typeof bindHttp>>;

async function serve(args: { config: Config; logger: Logger; db: Database; connection: Neo4jConnection; bound: BoundHttp }): Promise<Simpul> {
  const { config, logger, db, connection, bound } = args;
  const httpServer = bound.server;
  // The drain plugin lets requests in flight finish when the server stops.
  const apollo = await createApollo(logger, [ApolloServerPluginDrainHttpServer({ httpServer })], config.introspection);
  await apollo.start();
  const gate = new WarmUpGate(config.warmUp.admitWhileWarming);
  const stopWarmUp = new AbortController();
  bound.serve(
    createRequestHandler({
      apollo,
      createContext: (req) => authenticatedContext({ db, logger, headers: req.headers, policy: { readsRequireKey: config.readsRequireKey } }),
      readiness: async () => {
        if (!gate.isOpen) return { status: "warming", waiting: gate.queued };
        return { status: (await isReachable(db)) ? "ready" : "neo4j unreachable" };
      },
      admit: (work) => gate.admit(work),
      ide: config.ide,
      corsOrigins: config.corsOrigins,
      logger,
    }),
  );
  const address = httpServer.address() as AddressInfo;
  const url = `http://${formatHost(address.address)}:${address.port}${GRAPHQL_PATH}`;
  const warm = warmUpThenOpen({ config, logger, db, apollo, gate, signal: stopWarmUp.signal });
  let stopping: Promise<void> | undefined;
  return {
    url,
    neo4jUri: connection.uri,
    db,
    apollo,
    warm,
    stop() {
      stopping ??= (async () => {
        stopWarmUp.abort();
        await warm;
        await apollo.stop();
        logger.info("HTTP server drained");
        await connection.close();
        logger.info("Neo4j connection closed");
      })();
      return stopping;
    },
  };
}

/** Serves while warming (a few requests at a time), then opens to all: /ready turns green here. */
async function warmUpThenOpen(args: {
  config: Config;
  logger: Logger;
  db: Database;
  apollo: ApolloServer<Context>;
  gate: WarmUpGate;
  signal: AbortSignal;
}): Promise<WarmUpResult | undefined> {
  const { config, logger, db, apollo, gate, signal } = args;
  if (config.warmUp.budgetMs === 0) {
    gate.open();
    return undefined;
  }
  try {
    const result = await warmUp({ apollo, db, logger, policy: config.warmUp, signal });
    logger.info("Warm-up ended", { ...result, queuedClients: gate.queued });
    return result;
  } catch (error) {
    logger.warn("Warm-up failed; serving without it", { error });
    return undefined;
  } finally {
    gate.open();
  }
}

function formatHost(address: string): string {
  return address.includes(":") ? `[${address}]` : address;
}
