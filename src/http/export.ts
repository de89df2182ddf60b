import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { DrawableNetwork } from "../domain/analytics/drawable";
import {
  EXPORT_LANGUAGES,
  INTENSITY_FILTERS,
  networkTables,
  toCsv,
  toGexf,
  toGraphml,
  type ExportLanguage,
  type ExportOptions,
  type IntensityFilter,
  type NetworkTables,
} from "../domain/exports";
import { LINKAGE_TYPES, type LinkageType } from "../domain/vocabulary";
import { languageFromHeader, withLanguage } from "../i18n/language";
import { msg, type Text } from "../i18n/message";
import { render } from "../i18n/render";
import type { Logger } from "../logger";
import { send } from "./replies";

/**
 * GET /export/sentra/<ID>.graphml | .gexf | .nodes.csv | .edges.csv: a sentra's network as a
 * file. The route runs the GraphQL operation below through Apollo, in process, exactly as a
 * POST to /graphql would run it (same context, so the same API key check; same query limits,
 * per-request Neo4j limits and error masking), and writes the answer in the chosen format; the
 * nodes and edges of a file are those of `Sentra.network` for the same arguments by construction.
 */
export const EXPORT_PREFIX = "/export/sentra/";

export const EXPORT_FORMATS = {
  graphml: { type: "application/xml; charset=utf-8", write: toGraphml },
  gexf: { type: "application/gexf+xml; charset=utf-8", write: toGexf },
  "nodes.csv": { type: "text/csv; charset=utf-8", write: (t: NetworkTables) => toCsv(t.nodeColumns, t.nodes) },
  "edges.csv": { type: "text/csv; charset=utf-8", write: (t: NetworkTables) => toCsv(t.edgeColumns, t.edges) },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

const EXPORT_PATH = /^\/export\/sentra\/([^/]+?)\.(graphml|gexf|nodes\.csv|edges\.csv)$/;

/** The query parameters the route knows; any other is refused, so a typo never silently exports the whole network. */
export const EXPORT_PARAMETERS = ["linkageTypes", "depth", "maxNodes", "intensities", "lang"] as const;

/** Sentra.network's own defaults (src/graphql/analytics/drawable.resolver.ts). */
const DEFAULT_DEPTH = 1;
const DEFAULT_MAX_NODES = 150;

export const EXPORT_QUERY = `query ExportSentraNetwork($id: ID!, $linkageTypes: [LinkageType!], $depth: Int!, $maxNodes: Int!) {
  sentra(id: $id) {
    id
    name
    network(linkageTypes: $linkageTypes, depth: $depth, maxNodes: $maxNodes) {
      totalNodes
      truncated
      message
      nodes { id name kind roles stage stages depth isCore isIsolate isOutsideNetwork untied location { latitude longitude } }
      edges { id type intensity fromId toId }
    }
  }
}`;

export interface ExportRouteOptions<TContext extends object> {
  apollo: ApolloServer<TContext>;
  createContext: (req: IncomingMessage) => Promise<TContext>;
  admit: <T>(work: () => Promise<T>) => Promise<T>;
  logger: Logger;
}

export function isExportPath(pathname: string): boolean {
  return pathname.startsWith(EXPORT_PREFIX);
}

export interface ExportRequest {
  sentraId: string;
  format: ExportFormat;
  options: ExportOptions;
}

/** A refusal of the request itself, with the argument at fault. */
export class ExportRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** What is wrong, for the reader; `message` holds it in English. */
    readonly text: Text,
    readonly argument?: string,
  ) {
    super(render(text, "en"));
  }
}

/**
 * Reads the path and query parameters; throws ExportRequestError naming what is wrong. The
 * language of the labels and the message is `lang`, else the Accept-Language header's, else English.
 */
export function parseExportRequest(url: URL, acceptLanguage?: string | string[]): ExportRequest {
  const match = EXPORT_PATH.exec(url.pathname);
  if (!match) {
    throw new ExportRequestError(404, "NOT_FOUND", msg("errors.exportNoSuch", { prefix: EXPORT_PREFIX }));
  }
  let sentraId: string;
  try {
    sentraId = decodeURIComponent(match[1]);
  } catch {
    throw new ExportRequestError(400, "BAD_USER_INPUT", msg("errors.exportBadEncoding"), "id");
  }
  for (const name of new Set(url.searchParams.keys())) {
    if (!(EXPORT_PARAMETERS as readonly string[]).includes(name)) {
      throw new ExportRequestError(
        400,
        "BAD_USER_INPUT",
        msg("errors.exportUnknownParameter", { name: JSON.stringify(name), known: [...EXPORT_PARAMETERS] }),
        name,
      );
    }
  }
  for (const name of ["depth", "maxNodes", "lang"]) {
    if (url.searchParams.getAll(name).length > 1) throw new ExportRequestError(400, "BAD_USER_INPUT", msg("errors.exportRepeated", { name }), name);
  }
  return {
    sentraId,
    format: match[2] as ExportFormat,
    options: {
      linkageTypes: linkageTypesOf(url.searchParams.getAll("linkageTypes")),
      depth: wholeNumber(url.searchParams.get("depth"), "depth", DEFAULT_DEPTH),
      maxNodes: wholeNumber(url.searchParams.get("maxNodes"), "maxNodes", DEFAULT_MAX_NODES),
      intensities: intensitiesOf(url.searchParams.getAll("intensities")),
      lang: languageOf(url.searchParams.get("lang"), acceptLanguage),
    },
  };
}

/** `linkageTypes=FINANCE,UPSTREAM_SUPPLY` (or the parameter repeated); absent: every type; present but empty: none. */
function linkageTypesOf(values: string[]): LinkageType[] | null {
  return listOf(values, "linkageTypes", LINKAGE_TYPES) as LinkageType[] | null;
}

/** `intensities=ACTIVE,PROACTIVE,UNMEASURED`: only the edges of these intensities (a filter of edges after Sentra.network, as the explorer's); absent: every edge. */
function intensitiesOf(values: string[]): IntensityFilter[] | null {
  return listOf(values, "intensities", INTENSITY_FILTERS) as IntensityFilter[] | null;
}

function listOf(values: string[], name: string, allowed: readonly string[]): string[] | null {
  if (values.length === 0) return null;
  const listed = values
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
  for (const value of listed) {
    if (!allowed.includes(value)) {
      throw new ExportRequestError(
        400,
        "BAD_USER_INPUT",
        msg("errors.exportNotOneOf", { name, value: JSON.stringify(value.slice(0, 40)), allowed: [...allowed] }),
        name,
      );
    }
  }
  return [...new Set(listed)];
}

// Ranges are Sentra.network's to check (and name); here only the shape of a whole number.
function wholeNumber(value: string | null, name: string, fallback: number): number {
  if (value === null) return fallback;
  if (!/^\d{1,9}$/.test(value))
    throw new ExportRequestError(400, "BAD_USER_INPUT", msg("errors.exportNotWhole", { name, value: JSON.stringify(value.slice(0, 40)) }), name);
  return Number(value);
}

function languageOf(value: string | null, acceptLanguage: string | string[] | undefined): ExportLanguage {
  if (value === null) return languageFromHeader(acceptLanguage);
  if (!(EXPORT_LANGUAGES as readonly string[]).includes(value)) {
    throw new ExportRequestError(
      400,
      "BAD_USER_INPUT",
      msg("errors.exportLang", { allowed: [...EXPORT_LANGUAGES], value: JSON.stringify(value.slice(0, 40)) }),
      "lang",
    );
  }
  return value as ExportLanguage;
}

interface GraphqlError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The HTTP status of an export refused by GraphQL, from the error's code. */
export function statusOfErrorCode(code: unknown): number {
  switch (code) {
    case "BAD_USER_INPUT":
    case "GRAPHQL_VALIDATION_FAILED":
    case "GRAPHQL_PARSE_FAILED":
    case "BAD_REQUEST":
    case "QUERY_TOO_LARGE":
    case "TOO_MANY_STATEMENTS":
      return 400;
    case "UNAUTHENTICATED":
      return 401;
    case "FORBIDDEN":
      return 403;
    case "NOT_FOUND":
      return 404;
    case "DATABASE_UNAVAILABLE":
    case "TRANSIENT":
      return 503;
    case "DATABASE_TIMEOUT":
      return 504;
    default:
      return 500;
  }
}

export async function exportNetwork<TContext extends object>(options: ExportRouteOptions<TContext>, req: IncomingMessage, res: ServerResponse, url: URL) {
  let request: ExportRequest;
  try {
    request = parseExportRequest(url, req.headers["accept-language"]);
  } catch (error) {
    if (!(error instanceof ExportRequestError)) throw error;
    // A refused export still answers in the `lang` it asked for, when that part of it was valid.
    const asked = url.searchParams.get("lang");
    const lang = asked === "en" || asked === "id" ? asked : languageFromHeader(req.headers["accept-language"]);
    return sendErrors(res, error.status, [errorBody(render(error.text, lang), error.code, error.argument)]);
  }

  const headers = new HeaderMap();
  headers.set("content-type", "application/json");
  for (const name of ["authorization", "x-api-key"]) {
    const value = req.headers[name];
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const { linkageTypes, depth, maxNodes, lang } = request.options;
  // In the export's language: the network's message and any error come back in it.
  const response = await withLanguage(lang, () =>
    options.admit(() =>
      options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: "POST",
          headers,
          search: "",
          body: { query: EXPORT_QUERY, operationName: "ExportSentraNetwork", variables: { id: request.sentraId, linkageTypes, depth, maxNodes } },
        },
        context: () => options.createContext(req),
      }),
    ),
  );
  if (response.body.kind !== "complete") throw new Error("The export query answered in chunks");
  const answer = JSON.parse(response.body.string) as {
    data?: { sentra: { id: string; name: string; network: DrawableNetwork | null } | null } | null;
    errors?: GraphqlError[];
  };

  if (answer.errors?.length) {
    // Already formatted by Apollo's formatError: client errors as they are, internal ones logged and masked.
    const status = response.status && response.status !== 200 ? response.status : statusOfErrorCode(answer.errors[0].extensions?.code);
    const authenticate = response.headers.get("www-authenticate") ?? (status === 401 ? 'Bearer realm="simpul"' : undefined);
    return sendErrors(
      res,
      status,
      answer.errors.map((e) => ({ message: e.message, extensions: e.extensions })),
      authenticate ? { "www-authenticate": authenticate } : {},
    );
  }
  const sentra = answer.data?.sentra;
  if (!sentra?.network) {
    return sendErrors(res, 404, [
      errorBody(render(msg("errors.exportNoSentra", { id: JSON.stringify(request.sentraId.slice(0, 200)) }), lang), "NOT_FOUND", "id"),
    ]);
  }
  const tables = networkTables({ sentra: { id: sentra.id, name: sentra.name }, network: sentra.network, options: request.options });
  const format = EXPORT_FORMATS[request.format];
  const body = format.write(tables);
  send(res, 200, format.type, body, {
    "content-disposition": contentDisposition(`${sentra.id}.${request.format}`),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "x-simpul-total-nodes": String(tables.totalNodes),
    "x-simpul-truncated": String(tables.truncated),
    "content-language": lang,
    vary: "Accept-Language",
  });
}

function errorBody(message: string, code: string, argument?: string): GraphqlError {
  return { message, extensions: argument === undefined ? { code } : { code, field: argument } };
}

function sendErrors(res: ServerResponse, status: number, errors: GraphqlError[], extra: Record<string, string> = {}) {
  send(res, status, "application/json; charset=utf-8", JSON.stringify({ errors }), { "cache-control": "no-store", ...extra });
}

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._-]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
