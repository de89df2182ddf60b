import neo4j, { Neo4jError, type Driver } from "neo4j-driver";
import { DEFAULT_NEO4J_POLICY, type Neo4jPolicy, type Neo4jTarget } from "../config";
import type { Logger } from "../logger";
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type JvmExit } from "../embedded/embedded-neo4j";
import { StartupError } from "../startup/startup-error";
import { innermostReason, isDatabaseUnavailable } from "./failures";
import { createDriver } from "./neo4j";

export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  /** Closes the driver, then stops Neo4j if this process started it. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** The database to check for; the server's default when absent. */
  database?: string;
  policy?: Neo4jPolicy;
  /** Called once when an embedded Neo4j dies under us; the death is already logged. */
  onLost?: (reason: string) => void;
}

const RETRY_DELAY_MS = 2000;

/**
 * Reaches the configured Neo4j: a remote server as given, or an embedded one started here.
 * Either way the rest of Simpul sees only a driver and a Bolt URI. Known failures (refused
 * credentials, no such database, unknown host, nothing listening) end as a StartupError.
 */
export async function connectNeo4j(target: Neo4jTarget, projectRoot: string, logger: Logger, options: ConnectOptions = {}): Promise<Neo4jConnection> {
  const policy = options.policy ?? DEFAULT_NEO4J_POLICY;
  let embedded: EmbeddedNeo4j | undefined;
  let driver: Driver;
  if (target.kind === "remote") {
    driver = createDriver(target, policy);
  } else {
    const onUnexpectedExit = (exit: JvmExit) => {
      const reason = `the embedded Neo4j JVM (pid ${exit.pid}) exited unexpectedly (${exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`})`;
      logger.error("Embedded Neo4j died", { pid: exit.pid, code: exit.code, signal: exit.signal });
      options.onLost?.(reason);
    };
    embedded = await startEmbeddedNeo4j({ ...target, projectRoot, log: (message) => logger.info(message), onUnexpectedExit });
    // The embedded server runs with authentication off; the driver still needs a token to send.
    driver = createDriver({ uri: embedded.uri, user: "neo4j", password: "embedded" }, policy);
  }
  const uri = embedded ? embedded.uri : (target as { uri: string }).uri;
  try {
    await waitForNeo4j(
      driver,
      { uri, uriVariable: embedded ? "NEO4J_EMBEDDED_PORT" : "NEO4J_URI", database: options.database, waitMs: policy.startupWaitMs },
      logger,
    );
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw error;
  }
  return {
    driver,
    uri,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}

interface Reach {
  uri: string;
  /** The setting that chose this address, for the start-up line. */
  uriVariable: string;
  database?: string;
  waitMs: number;
}

// A server started beside us (a container starting with ours) may still be booting: only a
// refused or dropped connection is retried, for NEO4J_STARTUP_WAIT_MS, saying why each time.
async function waitForNeo4j(driver: Driver, reach: Reach, logger: Logger): Promise<void> {
  const deadline = Date.now() + reach.waitMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await answerOnce(driver, reach.database);
      return;
    } catch (error) {
      const known = knownFailure(error, reach);
      if (known) throw known;
      if (!isDatabaseUnavailable(error)) throw error;
      const reason = innermostReason(error);
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new StartupError(
          reach.uriVariable,
          `${reach.uri}: no Neo4j answered within ${reach.waitMs / 1000} s (${reason}); check that Neo4j runs there and the host and port are right (NEO4J_STARTUP_WAIT_MS sets the wait)`,
        );
      }
      logger.warn(`Neo4j at ${reach.uri} is not reachable yet (${reason}); retrying for up to ${reach.waitMs / 1000} s in case it is still starting`, {
        attempt,
      });
      await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_DELAY_MS, remaining)));
    }
  }
}

// One statement on the configured database: proves the address, the credentials and the database.
async function answerOnce(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.run("RETURN 1");
  } finally {
    await session.close();
  }
}

/** Causes that waiting will not cure, as one line naming the setting to fix. */
export function knownFailure(error: unknown, reach: Pick<Reach, "uri" | "uriVariable" | "database">): StartupError | undefined {
  const code = error instanceof Neo4jError ? error.code : undefined;
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new StartupError("NEO4J_PASSWORD", `(with NEO4J_USER) was refused by Neo4j at ${reach.uri}: check the user name and password`);
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new StartupError(
      "NEO4J_DATABASE",
      `names "${reach.database}", which Neo4j at ${reach.uri} does not have: create it, or leave NEO4J_DATABASE unset for "neo4j" (Community Edition has only that one)`,
    );
  }
  const reason = innermostReason(error);
  if (/ENOTFOUND/.test(reason)) {
    return new StartupError(reach.uriVariable, `${reach.uri}: its host does not resolve (${reason}); check the host name`);
  }
  if (/certificate|SSL|TLS|secure/i.test(reason)) {
    return new StartupError(
      reach.uriVariable,
      `${reach.uri}: the encrypted connection failed (${reason}); check the scheme (bolt:// or neo4j:// without TLS, +s or +ssc with it)`,
    );
  }
  return undefined;
}
