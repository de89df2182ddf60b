import "reflect-metadata";
import { startSimpul, type Simpul } from "./app";
import { ConfigError, defaultProjectRoot, loadConfig } from "./config";
import { EXPLORE_PATH } from "./http/explore";
import { createLogger } from "./logger";
import { StartupError } from "./startup/startup-error";
import { describeWarmUp } from "./startup/warm-up";

// Bounds the drain after the embedded Neo4j died: requests in flight fail fast by then anyway.
const EXIT_AFTER_LOSS_MS = 10_000;

/** `npm start`: serve GraphQL until SIGINT or SIGTERM, then shut down in order. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let simpul: Simpul | undefined;
  let signalled = false;
  // Installed before start-up, so a signal during the Neo4j wait or the first seed is not lost.
  const shutdown = (signal: string) => {
    if (signalled) {
      logger.warn("Second signal: exiting without waiting", { signal });
      process.exit(1);
    }
    signalled = true;
    logger.info("Shutting down", { signal });
    if (!simpul) process.exit(1); // still starting; an embedded JVM follows through its closed pipe
    simpul.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error("Shutdown failed", { error });
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  // A dead embedded JVM ends the process non-zero: a supervisor (systemd, a container restart
  // policy) then restarts Simpul, which starts Neo4j again on the same data.
  const onDatabaseLost = (reason: string) => {
    logger.error(`Exiting: ${reason}; restart Simpul to restart its Neo4j on the same data`);
    setTimeout(() => process.exit(1), EXIT_AFTER_LOSS_MS).unref();
    if (!simpul) process.exit(1);
    void simpul
      .stop()
      .catch(() => {})
      .then(() => process.exit(1));
  };

  simpul = await startSimpul({ config, logger, projectRoot: defaultProjectRoot(), onDatabaseLost });
  logger.info("Simpul is serving GraphQL", { url: simpul.url, neo4j: simpul.neo4jUri, database: config.database });
  const where = config.neo4j.kind === "embedded" ? `embedded Neo4j at ${simpul.neo4jUri}, data in ${config.neo4j.dataDir}` : `Neo4j at ${simpul.neo4jUri}`;
  process.stdout.write(`Using ${where} (database ${config.database})\n`);
  process.stdout.write(`Simpul GraphQL API ready at ${simpul.url}\n`);
  process.stdout.write(`Network explorer for people: open ${simpul.url.replace(/\/graphql$/, EXPLORE_PATH)} in a browser\n`);
  if (config.ide) process.stdout.write(`GraphiQL for people: open ${simpul.url} in a browser\n`);
  const warm = await simpul.warm;
  if (warm && warm.ended !== "stopped") process.stdout.write(`${describeWarmUp(warm)}: /ready answers ready\n`);
}

main().catch((error: unknown) => {
  // A known cause is one line naming the setting; only a surprise deserves its stack.
  const detail = error instanceof StartupError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`Simpul failed to start: ${detail}\n`);
  process.exit(1);
});
