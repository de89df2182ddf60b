import { chromium, type Browser } from "playwright-core";
import { buildExplore } from "../../src/cli/build-explore";
import { EXPLORE_CSP } from "../../src/http/explore";
import { IDE_PAGE_CSP, STATIC_PAGE_CSP } from "../../src/http/security-headers";
import { CHROMIUM, CHROMIUM_ARGS } from "../support/browser";
import { PROJECT_ROOT, startTestApi, type TestApi } from "../support/app";

jest.setTimeout(180_000);

/** Headers a browser needs to keep a page from being framed or an answer from being read as another type. */
function expectNotFramedNorSniffed(response: Response) {
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("x-frame-options")).toBe("DENY");
}

/** The directives of a Content-Security-Policy header, by name. */
function directives(response: Response): Map<string, string[]> {
  const header = response.headers.get("content-security-policy") ?? "";
  return new Map(
    header
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function expectNoInlineCodeAllowed(policy: Map<string, string[]>) {
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  for (const directive of ["default-src", "script-src", "style-src"]) {
    expect(policy.get(directive) ?? []).not.toContain("'unsafe-inline'");
    expect(policy.get(directive) ?? []).not.toContain("'unsafe-eval'");
  }
  expect(policy.get("default-src")).toEqual(["'none'"]);
}

describe("security headers in production (NODE_ENV=production: no IDE)", () => {
  let api: TestApi;
  const base = () => api.url.replace(/\/graphql$/, "");

  beforeAll(async () => {
    await buildExplore(PROJECT_ROOT);
    api = await startTestApi({ NODE_ENV: "production" });
  });
  afterAll(() => api.stop());

  it("sends / and the browser page at /graphql with a CSP that allows nothing but the page, no framing and nosniff", async () => {
    for (const url of [`${base()}/`, api.url]) {
      const response = await fetch(url, { headers: { accept: "text/html" } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expectNotFramedNorSniffed(response);
      expect(response.headers.get("content-security-policy")).toBe(STATIC_PAGE_CSP);
      expectNoInlineCodeAllowed(directives(response));
      expect(await response.text()).not.toMatch(/<script|<style|style=/);
    }
  });

  it("answers a GraphQL POST, a refusal and /health with nosniff", async () => {
    const answer = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    expectNotFramedNorSniffed(answer);
    const refused = await fetch(api.url, { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" });
    expect(refused.status).toBe(415);
    expectNotFramedNorSniffed(refused);
    expectNotFramedNorSniffed(await fetch(`${base()}/health`));
  });

  it("keeps the explorer's own policy on /explore and its files", async () => {
    for (const file of ["/explore", "/explore/explore.js", "/explore/explore.css"]) {
      const response = await fetch(`${base()}${file}`);
      expect(response.status).toBe(200);
      expectNotFramedNorSniffed(response);
      expect(response.headers.get("content-security-policy")).toBe(EXPLORE_CSP);
    }
  });
});

describe("security headers of the GraphiQL page (IDE on)", () => {
  let api: TestApi;
  let browser: Browser;
  const base = () => api.url.replace(/\/graphql$/, "");

  beforeAll(async () => {
    api = await startTestApi({ SIMPUL_IDE: "true" });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it("serves the page with no inline code under a CSP of this origin only, and its files with nosniff", async () => {
    const page = await fetch(api.url, { headers: { accept: "text/html" } });
    expectNotFramedNorSniffed(page);
    expect(page.headers.get("content-security-policy")).toBe(IDE_PAGE_CSP);
    const policy = directives(page);
    expectNoInlineCodeAllowed(policy);
    expect(policy.get("script-src")).toEqual(["'self'"]);
    const html = await page.text();
    expect(html).not.toMatch(/<script>|<script(?![^>]*\ssrc=)[^>]*>|<style|style=/);
    for (const [asset, type] of [
      ["/ide/start.js", "text/javascript"],
      ["/ide/page.css", "text/css"],
    ]) {
      const response = await fetch(`${base()}${asset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(type);
      expectNotFramedNorSniffed(response);
    }
  });

  it("still runs GraphiQL in Chromium under that CSP: it renders, runs a query and reports no violation", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    // A failed load is named by its response below (the console line does not say which file).
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) problems.push(`console: ${message.text()}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) problems.push(`${response.status()} ${response.url()}`);
    });
    // Chromium also logs a blocked resource; this names every violation, reported or not.
    await page.addInitScript({
      content: `document.addEventListener("securitypolicyviolation", (event) => console.error("CSP violation: " + event.violatedDirective + " " + event.blockedURI));`,
    });
    try {
      const query = "{ serverInfo { version } }";
      await page.goto(`${api.url}?query=${encodeURIComponent(query)}`);
      await page.locator(".graphiql-container").waitFor();
      await page.locator(".graphiql-execute-button").click();
      await page.locator(".result-window", { hasText: '"version"' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
