import fs from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { buildExplore } from "../../src/cli/build-explore";
import { silentLogger } from "../../src/logger";
import { seedIfEmpty } from "../../src/seeding";
import { PROJECT_ROOT, startTestApi, type TestApi } from "./app";
import { freshGraph } from "./database";

/** Debian's chromium, driven headless by playwright-core (no browser download). */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
/** Headless chromium has no GPU: WebGL 2 runs on SwiftShader, ANGLE's software renderer. */
export const CHROMIUM_ARGS = ["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist", "--no-sandbox"];
export const ARTIFACTS = path.join(PROJECT_ROOT, "test-artifacts");

export interface Explorer {
  readonly api: TestApi;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The server's origin, e.g. http://127.0.0.1:PORT. */
  readonly base: string;
  /** Page errors, console errors, failed or outside requests seen so far. */
  readonly problems: string[];
}

/**
 * For the describe block that calls it: the research seed in a fresh graph, Simpul on it, the
 * explorer bundled by the same function `npm run build` uses, and one Chromium page that may ask
 * nothing of any other origin. Everything stops after the block. Read the fields inside tests only.
 */
export function explorerInBrowser(options: { viewport?: { width: number; height: number }; locale?: string } = {}): Explorer {
  const handle = { problems: [] as string[] } as { -readonly [K in keyof Explorer]: Explorer[K] } & { driver?: Driver };
  beforeAll(async () => {
    ({ driver: handle.driver } = await freshGraph((db) => seedIfEmpty(db, silentLogger)));
    await buildExplore(PROJECT_ROOT);
    handle.api = await startTestApi();
    handle.base = handle.api.url.replace(/\/graphql$/, "");
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    handle.browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    handle.context = await handle.browser.newContext({
      acceptDownloads: true,
      viewport: options.viewport ?? { width: 1440, height: 960 },
      locale: options.locale ?? "en-GB",
    });
    // axe-core for the accessibility checks, added the way the page's CSP allows (not as an inline script).
    await handle.context.addInitScript({ path: require.resolve("axe-core/axe.min.js") });
    handle.page = await handle.context.newPage();
    handle.page.on("pageerror", (error) => handle.problems.push(`page error: ${error.message}`));
    handle.page.on("console", (message) => {
      if (message.type() === "error" && !message.text().includes("favicon")) handle.problems.push(`console: ${message.text()}`);
    });
    // No request may leave the server under test: the page works offline.
    await handle.context.route("**/*", (route) => (route.request().url().startsWith(handle.base) ? route.continue() : route.abort()));
    handle.context.on("requestfailed", (request) => {
      if (!request.url().includes("favicon")) handle.problems.push(`request failed: ${request.url()}`);
    });
  });
  afterAll(async () => {
    await handle.browser?.close();
    await handle.api?.stop();
    await handle.driver?.close();
  });
  return handle;
}

/** Runs axe-core (loaded into every page of the context) on the page; returns the serious and critical rules broken. */
export async function seriousAxeViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  return page.evaluate(async () => {
    const result = await (globalThis as any).axe.run((globalThis as any).document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v: any) => v.impact === "serious" || v.impact === "critical")
      .map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n: any) => n.target.join(" ")) }));
  });
}

/** Polls until `read` gives a value `ok` accepts (the page fetches after each action); fails naming `what` and the last value. */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 30_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
