import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Logger } from "../logger";
import type { Context } from "./context";
import { createErrorFormatter } from "./errors";
import { parseOptionsFor, queryLimitsPlugin } from "./limits";
import { buildSimpulSchema } from "./schema";

/** The Apollo server as Simpul runs it; the HTTP layer adds its own plugins (draining). */
export async function createApollo(logger: Logger, plugins: ApolloServerPlugin<Context>[] = [], exposeSchema = true): Promise<ApolloServer<Context>> {
  return new ApolloServer<Context>({ schema: await buildSimpulSchema(), ...simpulApolloOptions(logger, plugins, exposeSchema) });
}

/** Every Apollo option but the schema: shared with the bench's executor comparison, so it measures what Simpul serves. */
export function simpulApolloOptions(logger: Logger, plugins: ApolloServerPlugin<Context>[], exposeSchema: boolean) {
  return {
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    introspection: exposeSchema,
    // "Did you mean ...?" in validation errors names fields a client did not ask for: hidden with introspection.
    hideSchemaDetailsFromClientErrors: !exposeSchema,
    // main.ts owns SIGINT/SIGTERM and stops Neo4j after Apollo; Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    // Query limits (src/graphql/limits): the parser stops at maxTokens, the plugin checks the rest
    // before anything executes.
    parseOptions: parseOptionsFor(),
    // Apollo's own landing page loads its code from a CDN; Simpul serves GraphiQL itself. Cache
    // control is off: no field has a cache hint, so it only wrapped every resolver to say
    // "no-store", which the HTTP layer now says itself (src/http/server.ts).
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), queryLimitsPlugin<Context>(), ...plugins],
  };
}
