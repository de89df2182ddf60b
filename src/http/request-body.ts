import type { IncomingMessage } from "node:http";
import { msg, type Text } from "../i18n/message";

export const MAX_BODY_BYTES = 1024 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413; message: Text };

/** application/json, with or without parameters such as charset; not a look-alike such as application/jsonx. */
export function isJsonContentType(contentType: string | undefined): boolean {
  return contentType?.split(";")[0].trim().toLowerCase() === "application/json";
}

/**
 * Reads and parses a JSON body of at most MAX_BODY_BYTES. A larger one is refused as soon as its
 * Content-Length or its bytes say so, and the rest is left unread for refuse() to drain.
 */
export function readJsonBody(req: IncomingMessage): Promise<JsonBody> {
  if (Number(req.headers["content-length"]) > MAX_BODY_BYTES) return Promise.resolve(TOO_LARGE);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: JsonBody) => {
      req.off("data", onData).off("end", onEnd).off("error", onLost).off("close", onLost);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) done(TOO_LARGE);
      else chunks.push(chunk);
    };
    const onEnd = () => done(parseJson(Buffer.concat(chunks).toString("utf8")));
    const onLost = () => done({ ok: false, status: 400, message: msg("errors.httpBodyIncomplete") });
    req.on("data", onData).on("end", onEnd).on("error", onLost).on("close", onLost);
  });
}

const TOO_LARGE: JsonBody = { ok: false, status: 413, message: msg("errors.httpBodyTooLarge", { max: MAX_BODY_BYTES }) };

function parseJson(text: string): JsonBody {
  // An empty body goes on to Apollo, which explains what a POST must carry.
  if (text === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, message: msg("errors.httpBodyNotJson") };
  }
}
