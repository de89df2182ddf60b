/** Two tiers: unit tests of pure logic, integration tests against a real Neo4j. */
// Transpiled file by file (tsconfig.jest.json); types are checked once by `npm run typecheck`.
const tsJest = ["ts-jest", { tsconfig: "tsconfig.jest.json" }];

/** @type {import('jest').Config} */
module.exports = {
  // A cold JVM makes the first reset, migration and seed of a file slower than Jest's 5 s.
  testTimeout: 60_000,
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test/unit"],
      transform: { "^.+\\.ts$": tsJest },
      setupFiles: ["reflect-metadata"],
    },
    {
      displayName: "integration",
      testEnvironment: "node",
      roots: ["<rootDir>/test/integration"],
      transform: { "^.+\\.ts$": tsJest },
      setupFiles: ["reflect-metadata"],
      // One throwaway Neo4j for the whole run; each test file resets the graph it needs.
      globalSetup: "<rootDir>/test/support/global-setup.ts",
      globalTeardown: "<rootDir>/test/support/global-teardown.ts",
    },
  ],
};
