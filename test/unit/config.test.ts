import path from "node:path";
import { ConfigError, loadConfig } from "../../src/config";

const ROOT = "/srv/simpul";

describe("loadConfig", () => {
  it("defaults to an embedded Neo4j with data under the project", () => {
    const config = loadConfig({}, ROOT);
    expect(config.neo4j).toEqual({ kind: "embedded", dataDir: path.join(ROOT, ".simpul-data/neo4j"), port: 7687, heapMiB: 1024, pageCacheMiB: 256 });
    expect(config).toMatchObject({ port: 4000, host: "127.0.0.1", database: "neo4j", ide: true, seedOnStart: true, env: "development", corsOrigins: [] });
  });

  it("uses a remote Neo4j when NEO4J_URI is set, and does not seed it unless asked", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_PASSWORD: "secret", NEO4J_DATABASE: "ikm" }, ROOT);
    expect(config.neo4j).toEqual({ kind: "remote", uri: "neo4j+s://abc.databases.neo4j.io", user: "neo4j", password: "secret" });
    expect(config.database).toBe("ikm");
    expect(config.seedOnStart).toBe(false);
  });

  it("lets reads go without an API key unless SIMPUL_READS_REQUIRE_KEY says otherwise", () => {
    expect(loadConfig({}, ROOT).readsRequireKey).toBe(false);
    expect(loadConfig({ NODE_ENV: "production" }, ROOT).readsRequireKey).toBe(false);
    expect(loadConfig({ SIMPUL_READS_REQUIRE_KEY: "true" }, ROOT).readsRequireKey).toBe(true);
  });

  it("turns the IDE off in production unless asked", () => {
    expect(loadConfig({ NODE_ENV: "production" }, ROOT).ide).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", SIMPUL_IDE: "true" }, ROOT).ide).toBe(true);
  });

  it("reads the browser origins allowed to call the API", () => {
    expect(loadConfig({ SIMPUL_CORS_ORIGINS: "https://peta.example.org, http://localhost:5173" }, ROOT).corsOrigins).toEqual([
      "https://peta.example.org",
      "http://localhost:5173",
    ]);
    expect(loadConfig({ SIMPUL_CORS_ORIGINS: "*" }, ROOT).corsOrigins).toEqual(["*"]);
  });

  it.each([
    [{ PORT: "eighty" }, "PORT", 'Invalid configuration: PORT must be a whole number from 0 to 65535, got "eighty"'],
    [{ NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "x" }, "NEO4J_URI", "must use one of"],
    [{ NEO4J_URI: "bolt://localhost:7687" }, "NEO4J_PASSWORD", "NEO4J_PASSWORD is required when NEO4J_URI is set"],
    [{ SIMPUL_IDE: "yes" }, "SIMPUL_IDE", 'must be true or false, got "yes"'],
    [{ SIMPUL_READS_REQUIRE_KEY: "always" }, "SIMPUL_READS_REQUIRE_KEY", 'must be true or false, got "always"'],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL", "must be one of debug, info, warn, error"],
    [{ NODE_ENV: "staging" }, "NODE_ENV", "must be one of development, production, test"],
    [
      { SIMPUL_CORS_ORIGINS: "https://peta.example.org/app" },
      "SIMPUL_CORS_ORIGINS",
      'must list bare origins (scheme, host, port), got "https://peta.example.org/app"',
    ],
    [{ SIMPUL_CORS_ORIGINS: "peta" }, "SIMPUL_CORS_ORIGINS", "must list origins such as"],
  ])("rejects %j naming %s", (env, variable, message) => {
    let thrown: unknown;
    try {
      loadConfig(env, ROOT);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variable).toBe(variable);
    expect((thrown as ConfigError).message).toContain(message);
  });
});
