import { msg, type Message } from "../i18n/message";

/**
 * The API key a request presents: `Authorization: Bearer <key>` or `x-api-key: <key>` (both may
 * be sent if they agree). Anything else in those headers is refused rather than ignored, so a
 * client with a broken header learns it instead of silently reading as an anonymous caller.
 */
export type Presented = { kind: "none" } | { kind: "key"; key: string } | { kind: "malformed"; reason: Message };

type Headers = Record<string, string | string[] | undefined>;

export function presentedKey(headers: Headers): Presented {
  const authorization = single(headers.authorization);
  const apiKeyHeader = single(headers["x-api-key"]);
  if (authorization === null || apiKeyHeader === null) return { kind: "malformed", reason: msg("errors.keyHeadersSeveral") };
  let bearer: string | undefined;
  if (authorization !== undefined) {
    const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(authorization);
    if (!match) return { kind: "malformed", reason: msg("errors.keyHeaderNotBearer") };
    bearer = match[1];
  }
  const fromHeader = apiKeyHeader?.trim();
  if (fromHeader === "") return { kind: "malformed", reason: msg("errors.keyHeaderEmpty") };
  if (bearer !== undefined && fromHeader !== undefined && bearer !== fromHeader) {
    return { kind: "malformed", reason: msg("errors.keyHeadersDiffer") };
  }
  const key = bearer ?? fromHeader;
  return key === undefined ? { kind: "none" } : { kind: "key", key };
}

// Node joins most repeated headers with ", " but keeps arrays for some; either way, several is an error (null).
function single(value: string | string[] | undefined): string | undefined | null {
  if (Array.isArray(value)) return value.length === 1 ? value[0] : null;
  if (value !== undefined && value.includes(",")) return null;
  return value;
}
