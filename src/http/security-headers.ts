import type { ServerResponse } from "node:http";

/**
 * Headers every answer carries: browsers must not guess a type other than the one sent (a JSON
 * answer read as HTML), and no other site may frame a page of this server. A page adds its own
 * Content-Security-Policy.
 */
export const BASELINE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
};

/** Set before any route answers; a route's own writeHead headers of the same name win. */
export function setBaselineSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(BASELINE_SECURITY_HEADERS)) res.setHeader(name, value);
}

const NOTHING_ELSE = ["base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"];

/** A page of plain HTML with no script, style or image (the page shown when the IDE is off). */
export const STATIC_PAGE_CSP = ["default-src 'none'", ...NOTHING_ELSE].join("; ");

/**
 * The GraphiQL page: its bundled scripts and styles from this origin only (no inline code), the
 * fonts and icons its stylesheet embeds as data: URLs, and GraphQL on this origin.
 */
export const IDE_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  ...NOTHING_ELSE,
].join("; ");
