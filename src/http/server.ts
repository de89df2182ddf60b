import type http from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { contextFailure } from "../graphql/errors";
import { currentLanguage, languageFromHeader, withLanguage } from "../i18n/language";
import { msg } from "../i18n/message";
import type { Logger } from "../logger";
import { MAX_DOCUMENT_NESTING, nestsDeeperThan } from "./document-nesting";
import { isExplorePath, serveExplore } from "./explore";
import { exportNetwork, isExportPath } from "./export";
import { ideAsset, ideOffPage, idePage } from "./ide";
import { redirect, refuse, send, sendJson, sendText } from "./replies";
import { isJsonContentType, readJsonBody } from "./request-body";
import { IDE_PAGE_CSP, setBaselineSecurityHeaders, STATIC_PAGE_CSP } from "./security-headers";

export const GRAPHQL_PATH = "/graphql";

/** What /ready answers; `waiting` counts the client requests queued while warming. */
export interface Readiness {
  status: "ready" | "warming" | "neo4j unreachable";
  waiting?: number;
}

export interface HttpOptions<TContext extends object> {
  apollo: ApolloServer<TContext>;
  /** Builds the request's context (its caller from the API key headers); a thrown GraphQLError answers the request. */
  createContext: (req: IncomingMessage) => Promise<TContext>;
  /** What /ready answers: warming until the warm-up is done, then whether Neo4j answers. */
  readiness: () => Promise<Readiness>;
  /** Runs a GraphQL execution when its turn comes (a few at a time while warming up). */
  admit: <T>(work: () => Promise<T>) => Promise<T>;
  ide: boolean;
  corsOrigins: readonly string[];
  logger: Logger;
}

/**
 * The request handler of a plain Node HTTP server: /health, /ready, the offline GraphiQL page,
 * and /graphql handed to Apollo through its documented executeHTTPGraphQLRequest entry point.
 */
export function createRequestHandler<TContext extends object>(given: HttpOptions<TContext>): http.RequestListener {
  // A database lost while the API key is looked up answers DATABASE_UNAVAILABLE (on /graphql and
  // the exports alike), not Apollo's 500 "Context creation failed".
  const options: HttpOptions<TContext> = {
    ...given,
    createContext: (req) =>
      given.createContext(req).catch((error: unknown) => {
        throw contextFailure(error);
      }),
  };
  return (req, res) => {
    setBaselineSecurityHeaders(res);
    route(options, req, res).catch((error: unknown) => {
      options.logger.error("HTTP handler failed", { error, url: req.url });
      if (!res.headersSent) sendText(res, 500, "Internal server error");
      else res.end();
    });
  };
}

async function route<TContext extends object>(options: HttpOptions<TContext>, req: IncomingMessage, res: ServerResponse) {
  const url = requestUrl(req.url);
  if (!url) {
    // The client's fault (e.g. "GET //[x"): one short line, no stack.
    options.logger.debug("Refused a malformed request target", { target: req.url?.slice(0, 200) });
    return refuse(req, res, 400, "BAD_REQUEST", msg("errors.httpBadTarget"));
  }
  const allowed = allowedMethods(options.ide, url.pathname);
  if (!allowed) return sendText(res, 404, "Not found");
  if (url.pathname === GRAPHQL_PATH) allowCrossOrigin(options.corsOrigins, req, res);
  if (!allowed.includes(req.method ?? "")) {
    return refuse(req, res, 405, "BAD_REQUEST", msg("errors.httpMethod", { method: req.method ?? "", path: url.pathname, allowed: [...allowed] }), {
      allow: allowed.join(", "),
    });
  }
  if (url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
  if (url.pathname === "/ready") {
    const readiness = await options.readiness();
    if (readiness.status !== "ready") res.setHeader("retry-after", "5");
    return sendJson(res, readiness.status === "ready" ? 200 : 503, readiness);
  }
  if (isExplorePath(url.pathname)) return serveExplore(res, url.pathname);
  if (isExportPath(url.pathname)) return exportNetwork(options, req, res, url);
  if (url.pathname === "/") return options.ide ? redirect(res, GRAPHQL_PATH) : sendPage(res, false);
  if (url.pathname !== GRAPHQL_PATH) {
    const asset = ideAsset(url.pathname);
    if (!asset) return sendText(res, 404, "Not found");
    return send(res, 200, asset.type, asset.body, { "cache-control": "public, max-age=86400" });
  }
  if (req.method === "OPTIONS") return preflight(res);
  if (req.method === "GET" && prefersHtml(req)) return sendPage(res, options.ide);
  return graphql(options, req, res, url);
}

// A target that is not a URL path (e.g. "GET http://[::1") makes `new URL` throw.
function requestUrl(target: string | undefined): URL | undefined {
  try {
    return new URL(target ?? "/", "http://localhost");
  } catch {
    return undefined;
  }
}

/** The methods each path answers, or undefined for a path that does not exist. */
function allowedMethods(ide: boolean, pathname: string): readonly string[] | undefined {
  if (pathname === GRAPHQL_PATH) return ["GET", "POST", "OPTIONS"];
  if (pathname === "/health" || pathname === "/ready" || pathname === "/") return ["GET", "HEAD"];
  if (ide && pathname.startsWith("/ide/")) return ["GET", "HEAD"];
  if (isExportPath(pathname)) return ["GET", "HEAD"];
  if (isExplorePath(pathname)) return ["GET", "HEAD"];
  return undefined;
}

async function graphql<TContext extends object>(options: HttpOptions<TContext>, req: IncomingMessage, res: ServerResponse, url: URL) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown;
  if (req.method === "POST") {
    if (!isJsonContentType(headers.get("content-type"))) {
      return refuse(req, res, 415, "BAD_REQUEST", msg("errors.httpContentType"));
    }
    const read = await readJsonBody(req);
    if (!read.ok) return refuse(req, res, read.status, "BAD_REQUEST", read.message);
    body = read.value;
  }
  const query = req.method === "POST" ? (body as { query?: unknown } | undefined)?.query : url.searchParams.get("query");
  if (typeof query === "string" && nestsDeeperThan(query)) {
    return refuse(req, res, 400, "GRAPHQL_PARSE_FAILED", msg("errors.httpNesting", { max: MAX_DOCUMENT_NESTING }));
  }
  // Texts and error messages are written in the reader's language (src/i18n/language.ts).
  const { response, lang } = await withLanguage(languageFromHeader(req.headers["accept-language"]), async () => {
    const answer = await options.admit(() =>
      options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
        context: () => options.createContext(req),
      }),
    );
    return { response: answer, lang: currentLanguage() };
  });
  res.setHeader("content-language", lang);
  const vary = res.getHeader("vary");
  res.setHeader("vary", vary ? `${String(vary)}, Accept-Language` : "Accept-Language");
  // Answers depend on the caller and on data that changes: never cached (Apollo's cache-control
  // plugin said so before it was turned off in src/graphql/apollo.ts).
  res.setHeader("cache-control", "no-store");
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
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
    "access-control-allow-headers": "content-type, apollo-require-preflight, x-apollo-operation-name, authorization, x-api-key",
    "access-control-max-age": "600",
  });
  res.end();
}

function prefersHtml(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? "";
  return accept.includes("text/html");
}

/** The GraphiQL page, or the page saying the IDE is off, each with its Content-Security-Policy. */
function sendPage(res: ServerResponse, ide: boolean) {
  const [html, csp] = ide ? [idePage(GRAPHQL_PATH), IDE_PAGE_CSP] : [ideOffPage(GRAPHQL_PATH), STATIC_PAGE_CSP];
  send(res, 200, "text/html; charset=utf-8", html, { "content-security-policy": csp });
}
