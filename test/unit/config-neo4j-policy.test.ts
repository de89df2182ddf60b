import { bulkLoadPolicy, ConfigError, DEFAULT_NEO4J_POLICY, loadConfig } from "../../src/config";

describe("loadConfig: the Neo4j policy", () => {
  it("fails fast and bounds each request by default", () => {
    expect(loadConfig({}, "/srv/simpul").neo4jPolicy).toEqual({
      connectTimeoutMs: 5000,
      retryTimeMs: 3000,
      startupWaitMs: 20_000,
      transactionTimeoutMs: 10_000,
      maxStatementsPerRequest: 100,
      maxSessionsPerRequest: 4,
      maxConcurrentWrites: 8,
    });
    expect(DEFAULT_NEO4J_POLICY.maxSessionsPerRequest).toBe(4);
  });

  it("reads each setting from its variable", () => {
    const policy = loadConfig(
      {
        NEO4J_CONNECT_TIMEOUT_MS: "2000",
        NEO4J_RETRY_TIME_MS: "0",
        NEO4J_STARTUP_WAIT_MS: "60000",
        NEO4J_TRANSACTION_TIMEOUT_MS: "30000",
        NEO4J_MAX_STATEMENTS_PER_REQUEST: "500",
        NEO4J_MAX_SESSIONS_PER_REQUEST: "8",
        NEO4J_MAX_CONCURRENT_WRITES: "2",
      },
      "/srv/simpul",
    ).neo4jPolicy;
    expect(policy).toEqual({
      connectTimeoutMs: 2000,
      retryTimeMs: 0,
      startupWaitMs: 60_000,
      transactionTimeoutMs: 30_000,
      maxStatementsPerRequest: 500,
      maxSessionsPerRequest: 8,
      maxConcurrentWrites: 2,
    });
  });

  it("rejects a limit of zero statements or sessions, naming the variable", () => {
    expect(() => loadConfig({ NEO4J_MAX_SESSIONS_PER_REQUEST: "0" }, "/srv/simpul")).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_MAX_STATEMENTS_PER_REQUEST: "many" }, "/srv/simpul")).toThrow("NEO4J_MAX_STATEMENTS_PER_REQUEST must be a whole number");
  });

  it("lets bulk loads retry for a minute, or longer when configured so, and keeps the rest", () => {
    const configured = loadConfig({ NEO4J_RETRY_TIME_MS: "1000", NEO4J_CONNECT_TIMEOUT_MS: "2000" }, "/srv/simpul").neo4jPolicy;
    expect(bulkLoadPolicy(configured)).toEqual({ ...configured, retryTimeMs: 60_000 });
    const patient = loadConfig({ NEO4J_RETRY_TIME_MS: "120000" }, "/srv/simpul").neo4jPolicy;
    expect(bulkLoadPolicy(patient).retryTimeMs).toBe(120_000);
  });
});
