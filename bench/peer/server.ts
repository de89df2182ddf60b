import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { Neo4jGraphQL, type Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import type { GraphQLSchema } from "graphql";
import { PEER_TYPE_DEFS } from "./type-defs";

/** The peer's executable schema over `driver` (the library compiles each request into one Cypher statement). */
export function peerSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
}

/** The context of one peer request: the database to read, and optionally the driver to run it on (a recording one). */
export function peerContext(database: string, executionContext?: Driver): Neo4jGraphQLContext {
  return { sessionConfig: { database }, ...(executionContext ? { executionContext } : {}) };
}

/** The peer's Apollo Server, with what Simpul's turns off turned off too (cache-control hints). */
export async function startPeerApollo(driver: Driver): Promise<ApolloServer<Neo4jGraphQLContext>> {
  const apollo = new ApolloServer<Neo4jGraphQLContext>({ schema: await peerSchema(driver), plugins: [ApolloServerPluginCacheControlDisabled()] });
  await apollo.start();
  return apollo;
}

export interface PeerServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The peer over HTTP as Simpul is served (src/http/server.ts): a plain node:http server on a free
 * port of 127.0.0.1, keep-alive, POST /graphql handed to Apollo's executeHTTPGraphQLRequest.
 */
export async function servePeer(apollo: ApolloServer<Neo4jGraphQLContext>, database: string): Promise<PeerServer> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      answer(apollo, database, req, Buffer.concat(chunks), res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
  });
  // As Simpul's defaults: the client's agent drops an idle socket before this.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answer(apollo: ApolloServer<Neo4jGraphQLContext>, database: string, req: http.IncomingMessage, raw: Buffer, res: http.ServerResponse) {
  if (req.method !== "POST" || !req.url?.startsWith("/graphql")) {
    res.statusCode = 404;
    res.end();
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: "POST", headers, search: "", body: JSON.parse(raw.toString()) as unknown },
    context: () => Promise.resolve(peerContext(database)),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
