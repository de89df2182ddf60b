import type { Driver } from "neo4j-driver";
import type { Neo4jTarget } from "../config";
import type { Logger } from "../logger";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../embedded/embedded-neo4j";
import { createDriver } from "./neo4j";

export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  /** Closes the driver, then stops Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Reaches the configured Neo4j: a remote server as given, or an embedded one started here.
 * Either way the rest of Simpul sees only a driver and a Bolt URI.
 */
export async function connectNeo4j(target: Neo4jTarget, projectRoot: string, logger: Logger): Promise<Neo4jConnection> {
  let embedded: EmbeddedNeo4j | undefined;
  let driver: Driver;
  if (target.kind === "remote") {
    driver = createDriver(target);
  } else {
    embedded = await startEmbeddedNeo4j({ ...target, projectRoot, log: (message) => logger.info(message) });
    // The embedded server runs with authentication off; the driver still needs a token to send.
    driver = createDriver({ uri: embedded.uri, user: "neo4j", password: "embedded" });
  }
  const uri = embedded ? embedded.uri : (target as { uri: string }).uri;
  try {
    await waitForBolt(driver, uri, logger);
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

// A server started beside us (docker compose) may still be booting: retry for a while.
async function waitForBolt(driver: Driver, uri: string, logger: Logger, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      const retriable = code === "ServiceUnavailable" || code === "SessionExpired";
      if (!retriable || Date.now() > deadline) throw error;
      logger.warn("Neo4j not reachable yet, retrying", { uri, attempt, code });
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}
