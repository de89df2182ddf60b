import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

/**
 * Apollo Server's own standalone integration (`startStandaloneServer`: Node's HTTP server, cors
 * and body-parser) with a one-field schema and Apollo's defaults: what `{ __typename }` costs in
 * the integration Apollo's documentation starts from.
 */
async function main(): Promise<void> {
  const apollo = new ApolloServer({ typeDefs: "type Query { ok: Boolean }", resolvers: { Query: { ok: () => true } } });
  const { url } = await startStandaloneServer(apollo, { listen: { host: "127.0.0.1", port: 0 } });
  process.stdout.write(`ready at ${url}\n`);
  process.on("SIGTERM", () => {
    apollo.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
