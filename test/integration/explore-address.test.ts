import path from "node:path";
import { LINKAGE_TYPES } from "../../src/domain/vocabulary";
import { ARTIFACTS, explorerInBrowser, seriousAxeViolations } from "../support/browser";

/**
 * The explorer's state lives in its address: opening an address restores the view (sentra,
 * filters, depth, need, language), Back walks back through what the user did, an unknown sentra
 * or a failed request says so where the drawing would be and never leaves the old drawing under
 * a new name, and each panel shows the GraphQL request behind it, runnable in GraphiQL.
 */
jest.setTimeout(240_000);

const CEPER = "sentra-ceper-metal-casting";
const JUWANA = "sentra-juwana-brass-craft";
const TEGAL = "sentra-tegal-metal-engineering";

/** The one-sentra view's part of the page (the other views have pickers of the same names). */
const view = (page: import("playwright-core").Page) => page.locator("#view-sentra");

interface Drawn {
  state: string;
  sentraId: string | null;
  nodes: string[];
  edges: string[];
  linkageTypes: string[];
  depth: number;
}

describe("the explorer's address, Back button and failures", () => {
  const ex = explorerInBrowser();
  const drawn = () => ex.page.evaluate(() => JSON.parse(JSON.stringify((globalThis as any).__simpulExplore)) as Drawn);

  async function waitForDrawing(sentraId: string, extra: { depth?: number; types?: string[] } = {}): Promise<Drawn> {
    await ex.page.waitForFunction(
      (w) => {
        const d = (globalThis as any).__simpulExplore;
        if (!d || d.state !== "drawn" || d.sentraId !== w.sentraId) return false;
        if (w.depth !== undefined && d.depth !== w.depth) return false;
        return !w.types || JSON.stringify(d.linkageTypes) === JSON.stringify(w.types);
      },
      { sentraId, ...extra },
      { timeout: 90_000 },
    );
    return drawn();
  }

  it("restores a one-sentra view from its address: sentra, linkage types, depth, need and language", async () => {
    const page = ex.page;
    // 1 action: open the address.
    await page.goto(`${ex.base}/explore#depth=0&lang=id&need=FINANCE&sentra=${TEGAL}&types=HORIZONTAL_COOPERATION&view=sentra`);
    const shown = await waitForDrawing(TEGAL, { depth: 0, types: ["HORIZONTAL_COOPERATION"] });
    const { data } = await ex.api.run<any>(
      `query ($id: ID!) { sentra(id: $id) { network(depth: 0, maxNodes: 150, linkageTypes: [HORIZONTAL_COOPERATION]) { nodes { id } edges { id } } } }`,
      { id: TEGAL },
    );
    expect([...shown.edges].sort()).toEqual(data.sentra.network.edges.map((e: any) => e.id).sort());
    expect([...shown.nodes].sort()).toEqual(data.sentra.network.nodes.map((n: any) => n.id).sort());
    await page.waitForFunction(() => (globalThis as any).document.documentElement.lang === "id");
    expect(await view(page).getByLabel("Kedalaman").inputValue()).toBe("0");
    expect(await page.getByRole("checkbox", { name: "Kerja sama industri sejenis" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "Pembiayaan" }).isChecked()).toBe(false);
    expect(await view(page).getByRole("combobox", { name: "Kebutuhan" }).inputValue()).toBe("FINANCE");
    expect(await page.getByRole("link", { name: "Satu sentra" }).getAttribute("aria-current")).toBe("page");
  });

  it("walks back with the Back button through sentra and filters, and forward again", async () => {
    const page = ex.page;
    await page.goto(`${ex.base}/explore#lang=en&sentra=${CEPER}&view=sentra`);
    await waitForDrawing(CEPER, { depth: 1 });
    // Three steps: another depth, another sentra, a linkage type unticked.
    await view(page).getByLabel("Depth").selectOption("2");
    await waitForDrawing(CEPER, { depth: 2 });
    await view(page)
      .getByRole("searchbox", { name: /Search sentra/ })
      .fill("juwana");
    await view(page).getByRole("button", { name: "Search", exact: true }).click();
    await page
      .getByRole("button", { name: /Juwana/ })
      .first()
      .click();
    await waitForDrawing(JUWANA, { depth: 2 });
    await page.getByRole("checkbox", { name: "Finance" }).uncheck();
    await waitForDrawing(JUWANA, {
      types: LINKAGE_TYPES.filter((type) => type !== "FINANCE"),
    });
    expect(page.url()).toContain("types=");

    await page.goBack();
    await waitForDrawing(JUWANA, {
      depth: 2,
      types: [...LINKAGE_TYPES],
    });
    expect(await page.getByRole("checkbox", { name: "Finance" }).isChecked()).toBe(true);
    await page.goBack();
    await waitForDrawing(CEPER, { depth: 2 });
    expect(await view(page).getByLabel("Sentra", { exact: true }).inputValue()).toBe(CEPER);
    await page.goBack();
    await waitForDrawing(CEPER, { depth: 1 });
    expect(await view(page).getByLabel("Depth").inputValue()).toBe("1");
    await page.goForward();
    await waitForDrawing(CEPER, { depth: 2 });
  });

  it("says which sentra was not found, draws nothing, and keeps the pickers usable", async () => {
    const page = ex.page;
    await page.goto(`${ex.base}/explore#lang=en&sentra=sentra-nowhere&view=sentra`);
    const error = page.locator("#graph-error").getByRole("alert");
    await error.waitFor();
    expect(await error.textContent()).toContain("No sentra has the id “sentra-nowhere”");
    const state = await drawn();
    expect(state.nodes).toEqual([]);
    expect(await page.locator("#sentra-name").textContent()).toBe("");
    // The pickers still lead to a sentra: province, regency, sentra (3 actions).
    await view(page).getByLabel("Province").selectOption("region-jawa-tengah");
    await view(page).getByLabel("Regency or city").selectOption("region-klaten");
    await page.locator(`#sentra option[value="${CEPER}"]`).waitFor({ state: "attached" });
    await view(page).getByLabel("Sentra", { exact: true }).selectOption(CEPER);
    const shown = await waitForDrawing(CEPER);
    expect(shown.nodes.length).toBeGreaterThan(10);
    expect(await page.locator("#graph-error").isHidden()).toBe(true);
  });

  it("shows a failed request where the drawing was, and no old drawing under the new name", async () => {
    const page = ex.page;
    await page.goto(`${ex.base}/explore#lang=en&sentra=${CEPER}&view=sentra`);
    const before = await waitForDrawing(CEPER);
    expect(before.nodes.length).toBeGreaterThan(0);
    // The network request for the next sentra fails at the server's door.
    await page.route("**/graphql", async (route) => {
      const body = route.request().postData() ?? "";
      if (body.includes("query Network") && body.includes(JUWANA))
        await route.fulfill({
          status: 503,
          contentType: "application/json",
          body: JSON.stringify({ errors: [{ message: "Service Unavailable", extensions: { code: "DATABASE_UNAVAILABLE" } }] }),
        });
      else await route.continue();
    });
    try {
      await page.goto(`${ex.base}/explore#lang=en&sentra=${JUWANA}&view=sentra`);
      await page.waitForFunction(() => (globalThis as any).__simpulExplore.state === "error");
      const error = page.locator("#graph-error").getByRole("alert");
      expect(await error.textContent()).toContain("Service Unavailable");
      const after = await drawn();
      expect(after.sentraId).toBe(JUWANA);
      expect(after.nodes).toEqual([]);
      expect(
        await page
          .getByRole("list", { name: /Actors in the drawing/ })
          .getByRole("button")
          .count(),
      ).toBe(0);
      expect(await page.locator("#sentra-name").textContent()).toContain("Juwana");
    } finally {
      await page.unroute("**/graphql");
    }
    // The next good request draws again and takes the error away.
    await page.goto(`${ex.base}/explore#lang=en&sentra=${CEPER}&view=sentra`);
    await waitForDrawing(CEPER);
    expect(await page.locator("#graph-error").isHidden()).toBe(true);
  });

  it("shows the query behind the drawing and opens it in GraphiQL, filled in", async () => {
    const page = ex.page;
    await page.goto(`${ex.base}/explore#lang=en&sentra=${CEPER}&view=sentra`);
    await waitForDrawing(CEPER);
    const panel = page.locator("#network-query");
    await panel.getByText("Show the query").click();
    expect(await panel.getByLabel("GraphQL query").textContent()).toContain("network(depth: $depth");
    expect(await panel.getByLabel("Variables").textContent()).toContain(CEPER);
    const href = (await panel.getByRole("link", { name: "Run it in GraphiQL" }).getAttribute("href"))!;
    const graphiql = await ex.context.newPage();
    try {
      await graphiql.goto(`${ex.base}${href}`);
      await graphiql.getByText("network(depth: $depth", { exact: false }).first().waitFor({ timeout: 30_000 });
      await graphiql.screenshot({ path: path.join(ARTIFACTS, "explore-show-query-graphiql.png") });
    } finally {
      await graphiql.close();
    }
  });

  it("breaks no serious or critical axe-core rule on the one-sentra view, in English and in Indonesian", async () => {
    const page = ex.page;
    for (const lang of ["en", "id"]) {
      await page.goto(`${ex.base}/explore#lang=${lang}&need=FINANCE&sentra=${TEGAL}&view=sentra`);
      await waitForDrawing(TEGAL);
      await page.waitForFunction(() => (globalThis as any).__simpulExplore.analysisLoaded === true);
      await page.locator("#partners").getByRole("button").first().waitFor();
      expect({ lang, violations: await seriousAxeViolations(page) }).toEqual({ lang, violations: [] });
    }
  });

  it("logged no errors and asked nothing of any other origin", () => {
    // The failed request above was made on purpose; anything else is a fault.
    expect(ex.problems.filter((p) => !p.includes("503"))).toEqual([]);
  });
});
