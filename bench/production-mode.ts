/**
 * Imported first by bench/run.ts. graphql-js chooses its development-only checks (instanceOf
 * across realms) when it is loaded, from NODE_ENV; the API process runs with NODE_ENV=production
 * (bench/processes.ts), so the in-process leg must too, or it pays checks the API never makes.
 */
process.env.NODE_ENV = "production";
