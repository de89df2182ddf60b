import type http from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { Logger } from "../logger";
import { ideAsset, idePage } from "./ide";

export const GRAPHQL_PATH = "/graphql";
const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpOptions<TContext extends object> {
  apollo: ApolloServer<TContext>;
  createContext: () => Promise<TContext>;
  isReady: () => Promise<boolean>;
  ide: boolean;
  corsOrigins: readonly string[];
  logger: Logger;
}

/**
 * The request handler of a plain Node HTTP server: /health, /ready, the offline GraphiQL page,
 * and /graphql handed to Apollo through its documented executeHTTPGraphQLRequest entry point.
 */
export function createRequestHandler<TContext extends object>(options: HttpOptions<TContext>): http.RequestListener {
  return (req, res) => {
    route(options, req, res).catch((error: unknown) => {
      options.logger.error("HTTP handler failed", { error, url: req.url });
      if (!res.headersSent) sendText(res, 500, "Internal server error");
      else res.end();
    });
  };
}

async function route<TContext extends object>(options: HttpOptions<TContext>, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (req.method === "GET" && url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
  if (req.method === "GET" && url.pathname === "/ready") {
    const ready = await options.isReady();
    return sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "neo4j unreachable" });
  }
  if (options.ide && req.method === "GET") {
    if (url.pathname === "/") return redirect(res, GRAPHQL_PATH);
    const asset = ideAsset(url.pathname);
    if (asset) return send(res, 200, asset.type, asset.body, { "cache-control": "public, max-age=86400" });
    if (url.pathname === GRAPHQL_PATH && prefersHtml(req)) return send(res, 200, "text/html; charset=utf-8", idePage(GRAPHQL_PATH));
  }
  if (url.pathname === GRAPHQL_PATH) {
    allowCrossOrigin(options.corsOrigins, req, res);
    if (req.method === "OPTIONS") return preflight(res);
    return graphql(options, req, res, url);
  }
  return sendText(res, 404, "Not found");
}

async function graphql<TContext extends object>(options: HttpOptions<TContext>, req: IncomingMessage, res: ServerResponse, url: URL) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown;
  try {
    body = await readBody(req, headers.get("content-type"));
  } catch (error) {
    return sendText(res, (error as { status?: number }).status ?? 400, (error as Error).message);
  }
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
    context: options.createContext,
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

async function readBody(req: IncomingMessage, contentType: string | undefined): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error(`Request body exceeds ${MAX_BODY_BYTES} bytes`), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return undefined;
  if (!contentType?.toLowerCase().startsWith("application/json")) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw Object.assign(new Error("Request body is not valid JSON"), { status: 400 });
  }
}

// Lets the listed browser origins (frontends on another site) call /graphql.
function allowCrossOrigin(allowed: readonly string[], req: IncomingMessage, res: ServerResponse) {
  const origin = req.headers.origin;
  if (!origin || allowed.length === 0) return;
  if (allowed.includes("*")) res.setHeader("access-control-allow-origin", "*");
  else if (allowed.includes(origin)) res.setHeader("access-control-allow-origin", origin);
  res.setHeader("vary", "Origin");
}

function preflight(res: ServerResponse) {
  res.writeHead(204, {
    "access-control-allow-methods": "GET, POST, OPTIONS",
    "access-control-allow-headers": "content-type, apollo-require-preflight, x-apollo-operation-name",
    "access-control-max-age": "600",
  });
  res.end();
}

function prefersHtml(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? "";
  return accept.includes("text/html");
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": type, ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, "application/json", JSON.stringify(value));
}

function sendText(res: ServerResponse, status: number, text: string) {
  send(res, status, "text/plain; charset=utf-8", text);
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(302, { location });
  res.end();
}
