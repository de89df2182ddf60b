import fs from "node:fs";
import path from "node:path";
import type { ServerResponse } from "node:http";
import { defaultProjectRoot } from "../config";
import { send, sendText } from "./replies";

/** The network explorer: a page for people, built only on the public GraphQL API. */
export const EXPLORE_PATH = "/explore";

const ASSETS: Record<string, { file: string; type: string }> = {
  [EXPLORE_PATH]: { file: "index.html", type: "text/html; charset=utf-8" },
  [`${EXPLORE_PATH}/`]: { file: "index.html", type: "text/html; charset=utf-8" },
  [`${EXPLORE_PATH}/explore.js`]: { file: "explore.js", type: "text/javascript; charset=utf-8" },
  [`${EXPLORE_PATH}/explore.css`]: { file: "explore.css", type: "text/css; charset=utf-8" },
};

/**
 * The page's policy: its own script and style only (no inline code, no other origin), GraphQL
 * and the exports on this origin, images from itself, data: and blob: (the PNG export);
 * WebGL and canvas need no permission. Nothing may frame it.
 */
export const EXPLORE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = {
  "content-security-policy": EXPLORE_CSP,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
};

/** Whether a path belongs to the explorer (the page and its two bundled files). */
export function isExplorePath(pathname: string): boolean {
  return pathname in ASSETS;
}

/** Serves the page or one of its bundled files from dist/explore (built by `npm run build`). */
export function serveExplore(res: ServerResponse, pathname: string, bundleDir = path.join(defaultProjectRoot(), "dist", "explore")): void {
  const asset = ASSETS[pathname];
  if (!asset) return sendText(res, 404, "Not found");
  let body: Buffer;
  try {
    body = fs.readFileSync(path.join(bundleDir, asset.file));
  } catch {
    return send(res, 503, "text/plain; charset=utf-8", "The explorer is not built: run `npm run build` (npm start does it).", SECURITY_HEADERS);
  }
  // The page is small and changes with each build: browsers revalidate instead of caching it.
  send(res, 200, asset.type, body, { ...SECURITY_HEADERS, "cache-control": "no-cache" });
}
