import type { IncomingMessage, ServerResponse } from "node:http";
import { languageFromHeader } from "../i18n/language";
import type { Text } from "../i18n/message";
import { render } from "../i18n/render";

/** Bytes of a refused body read and thrown away so its sender can finish and read the answer. */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;
const DRAIN_TIMEOUT_MS = 5_000;

export function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": type, ...extra });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, "application/json", JSON.stringify(value));
}

export function sendText(res: ServerResponse, status: number, text: string) {
  send(res, status, "text/plain; charset=utf-8", text);
}

export function redirect(res: ServerResponse, location: string) {
  res.writeHead(302, { location });
  res.end();
}

/** Whether the request announced a body (HTTP/1.1: a Transfer-Encoding or a non-zero Content-Length). */
export function announcesBody(req: IncomingMessage): boolean {
  return req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
}

/**
 * Refuses a request with a GraphQL-shaped error ({ errors: [{ message, extensions: { code } }] }),
 * as Apollo answers its own refusals. When the body is still unread, the answer says
 * `Connection: close` and the socket stays open until the client has sent the rest (up to a bound):
 * closing at once would reset a client still sending, and keeping the connection alive would
 * read the rest of the body as its next request.
 */
export function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: Text, extra: Record<string, string> = {}) {
  // Written in the language the request prefers, as /graphql answers are (src/i18n/language.ts).
  const lang = languageFromHeader(req.headers["accept-language"]);
  const body = JSON.stringify({ errors: [{ message: render(message, lang), extensions: { code } }] });
  const headers = {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(body)),
    "content-language": lang,
    ...extra,
  };
  if (req.readableEnded || req.destroyed || !announcesBody(req)) {
    res.writeHead(status, headers);
    res.end(body);
    return;
  }
  res.writeHead(status, { ...headers, connection: "close" });
  res.write(body);
  drainThenEnd(req, res);
}

function drainThenEnd(req: IncomingMessage, res: ServerResponse) {
  let drained = 0;
  const finish = () => {
    clearTimeout(timer);
    req.off("data", count).off("end", finish).off("close", finish).off("error", finish);
    if (!res.writableEnded) res.end();
  };
  const count = (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > MAX_DRAIN_BYTES) finish();
  };
  const timer = setTimeout(finish, DRAIN_TIMEOUT_MS);
  req.on("data", count).once("end", finish).once("close", finish).once("error", finish);
  req.resume();
}
