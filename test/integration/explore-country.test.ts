import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { ARTIFACTS, explorerInBrowser, seriousAxeViolations } from "../support/browser";

/**
 * The country and provinces view of /explore, as a planner uses it: the sentra of all Indonesia, a
 * province or a regency ranked by a stored figure, filtered by product and stage, and the same
 * sentra on the map of Indonesia. Everything is found by its accessible name and checked against
 * the API the page asks; the user actions of each job are counted in its name.
 */
jest.setTimeout(300_000);

const CEPER = "sentra-ceper-metal-casting";

const RANKING = `query ($metric: HeadlineMetric!, $descending: Boolean!, $regionId: ID, $productContains: String, $stages: [ClusterStage!]) {
  sentraRanking(metric: $metric, descending: $descending, regionId: $regionId, productContains: $productContains, stages: $stages, first: 100) {
    totalCount
    edges { value stage node { id name product location { latitude longitude } } }
  }
}`;

interface Ranked {
  totalCount: number;
  edges: Array<{ value: number | null; stage: string | null; node: { id: string; name: string; product: string; location: { latitude: number } | null } }>;
}

describe("the country view of /explore in headless Chromium", () => {
  const ex = explorerInBrowser();

  async function apiRanking(variables: { metric?: string; descending?: boolean; regionId?: string; productContains?: string; stages?: string[] } = {}) {
    const { data, errors } = await ex.api.run<{ sentraRanking: Ranked }>(RANKING, { metric: "stageRank", descending: true, ...variables });
    expect(errors).toBeUndefined();
    return data!.sentraRanking;
  }

  const view = (page: Page) =>
    page.getByRole("main").filter({ has: page.getByRole("heading", { name: /^(Sentra across Indonesia|Sentra di seluruh Indonesia)$/ }) });
  const map = (page: Page) => page.getByRole("group", { name: /^(Map of Indonesia|Peta Indonesia)/ });
  const ranking = (page: Page) => page.getByRole("table", { name: /^(Sentra ranked by|Sentra menurut)/ });

  /** Waits for the ranking to be in: the status line says how many are shown. */
  async function waitForRanking(page: Page, shown: number, total: number, lang: "en" | "id" = "en") {
    const words = lang === "en" ? `${shown} of ${total} sentra shown.` : `${shown} dari ${total} sentra ditampilkan.`;
    await view(page).getByRole("status").filter({ hasText: words }).waitFor({ timeout: 60_000 });
  }

  const idsOf = (locator: Locator, attribute: string) => locator.evaluateAll((elements, name) => elements.map((e) => e.getAttribute(name)), attribute);
  /** The sentra the map shows: its points' ids. */
  const mapIds = async (page: Page) => (await idsOf(map(page).getByRole("button"), "data-id")).sort();
  /** The ranking's sentra, in table order: the ids its links open. */
  const tableIds = async (page: Page) =>
    (await idsOf(ranking(page).getByRole("link"), "href")).map((href) => new URLSearchParams(href!.replace(/^#/, "")).get("sentra"));
  const located = (r: Ranked) =>
    r.edges
      .filter((e) => e.node.location !== null)
      .map((e) => e.node.id)
      .sort();

  it("opens from its tab on all Indonesia: every located sentra on the map, ranked by stage as the API ranks them (1 action)", async () => {
    const page = ex.page;
    await page.goto(`${ex.base}/explore#lang=en`);
    await page.getByRole("link", { name: "Country and provinces" }).click();
    const api = await apiRanking();
    expect(api.totalCount).toBe(14);
    await waitForRanking(page, 14, 14);

    // The map's points are exactly the sentra whose location the API gives.
    const { data } = await ex.api.run<any>(`{ sentraList(first: 100) { totalCount edges { node { id location { latitude } } } } }`);
    const withLocation = data.sentraList.edges
      .filter((e: any) => e.node.location !== null)
      .map((e: any) => e.node.id)
      .sort();
    expect(withLocation.length).toBeGreaterThan(0);
    expect(await mapIds(page)).toEqual(withLocation);
    const unplaced = 14 - withLocation.length;
    await view(page)
      .getByText(unplaced > 0 ? `${unplaced} of the shown sentra have no location` : "Every shown sentra is on the map.")
      .waitFor();

    // The table is the API's ranking, in its order; the map names each point, has a legend and credits its outline.
    expect(await tableIds(page)).toEqual(api.edges.map((e) => e.node.id));
    const ceper = api.edges.find((e) => e.node.id === CEPER)!;
    await map(page)
      .getByRole("button", { name: new RegExp(`^${ceper.node.name}: Early cluster, \\d+ core firms$`) })
      .waitFor();
    for (const stage of ["Embryo", "Sentra", "Early cluster", "Cluster", "Dynamic cluster"])
      expect(
        await view(page)
          .getByRole("listitem")
          .filter({ hasText: new RegExp(`^${stage}$`) })
          .count(),
      ).toBe(1);
    expect(await view(page).getByText("Outline: Natural Earth").isVisible()).toBe(true);
    await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
    await page.screenshot({ path: path.join(ARTIFACTS, "explore-map.png") });
    // "Show the query" holds the ranking request.
    await view(page).getByText("Show the query").click();
    expect(await view(page).getByLabel("GraphQL query").textContent()).toContain("sentraRanking(");

    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("ranks by a chosen metric, highest or lowest first, in the API's order (2 actions)", async () => {
    const page = ex.page;
    await view(page).getByLabel("Rank by").selectOption({ label: "Value-chain completeness" });
    await page.getByRole("table", { name: "Sentra ranked by Value-chain completeness, highest first", exact: true }).waitFor();
    await waitForRanking(page, 14, 14);
    expect(await tableIds(page)).toEqual((await apiRanking({ metric: "completeness" })).edges.map((e) => e.node.id));
    expect(await ranking(page).getByRole("columnheader", { name: "Value-chain completeness" }).count()).toBe(1);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get("metric")).toBe("completeness");

    await view(page).getByLabel("Order").selectOption({ label: "Lowest first" });
    const lowest = await apiRanking({ metric: "completeness", descending: false });
    await page.getByRole("table", { name: "Sentra ranked by Value-chain completeness, lowest first", exact: true }).waitFor();
    expect(await tableIds(page)).toEqual(lowest.edges.map((e) => e.node.id));
    // Each row shows the API's value, with English decimals.
    const first = lowest.edges[0];
    const row = ranking(page)
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: first.node.name }) });
    expect(await row.getByRole("cell").last().textContent()).toBe(
      first.value!.toLocaleString("en-US", {
        minimumFractionDigits: Number.isInteger(first.value) ? 0 : 3,
        maximumFractionDigits: Number.isInteger(first.value) ? 0 : 3,
      }),
    );
  });

  it("filters by product and by stage: the list and the map follow the API (3 actions)", async () => {
    const page = ex.page;
    const all = await apiRanking({ metric: "completeness", descending: false });
    // A product word that picks some of the sentra but not all: "furniture" (rattan and wood).
    const word = "furniture";
    const byProduct = await apiRanking({ metric: "completeness", descending: false, productContains: word });
    expect(byProduct.totalCount).toBeGreaterThan(0);
    expect(byProduct.totalCount).toBeLessThan(all.totalCount);
    await view(page).getByRole("searchbox", { name: "Product contains" }).fill(word);
    await view(page).getByRole("button", { name: "Apply" }).click();
    await page.getByRole("table", { name: `Sentra ranked by Value-chain completeness, lowest first; product contains “${word}”` }).waitFor();
    await waitForRanking(page, byProduct.totalCount, byProduct.totalCount);
    expect(await tableIds(page)).toEqual(byProduct.edges.map((e) => e.node.id));
    expect(await mapIds(page)).toEqual(located(byProduct));

    // Then only one stage, one the first of those sentra is not at, so the first drops out (its box is a 24-pixel target).
    const LABELS: Record<string, string> = {
      EMBRYO: "Embryo",
      SENTRA: "Sentra",
      EARLY_CLUSTER: "Early cluster",
      CLUSTER: "Cluster",
      DYNAMIC_CLUSTER: "Dynamic cluster",
    };
    const stage = Object.keys(LABELS).find((s) => s !== byProduct.edges[0].stage)!;
    const byStage = await apiRanking({ metric: "completeness", descending: false, productContains: word, stages: [stage] });
    expect(byStage.totalCount).toBeLessThan(byProduct.totalCount);
    const box = view(page).getByRole("checkbox", { name: LABELS[stage], exact: true });
    const target = (await box.locator("xpath=..").boundingBox())!;
    expect(target.height).toBeGreaterThanOrEqual(24);
    await box.check();
    await waitForRanking(page, byStage.totalCount, byStage.totalCount);
    if (byStage.totalCount === 0) await view(page).getByText("No sentra match these filters.").waitFor();
    // The box keeps the keyboard focus while the ranking reloads.
    expect(await box.evaluate((element) => element === (globalThis as any).document.activeElement)).toBe(true);
    expect(await tableIds(page)).toEqual(byStage.edges.map((e) => e.node.id));
    expect(await mapIds(page)).toEqual(located(byStage));
    const address = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect([address.get("product"), address.get("stages")]).toEqual([word, stage]);

    // Back walks back through the filters.
    await page.goBack();
    await page.getByRole("table", { name: `Sentra ranked by Value-chain completeness, lowest first; product contains “${word}”`, exact: true }).waitFor();
    await waitForRanking(page, byProduct.totalCount, byProduct.totalCount);
    expect(await mapIds(page)).toEqual(located(byProduct));
  });

  it("opens a sentra from the map with a click (1 action) and with the keyboard (3 actions: Tab to the map, an arrow to the next point, Enter)", async () => {
    const page = ex.page;
    await page.goto(`${ex.base}/explore#view=country&region=region-jawa-tengah&lang=en`);
    const api = await apiRanking({ regionId: "region-jawa-tengah" });
    await waitForRanking(page, api.totalCount, api.totalCount);
    // The point drawn on top (the smallest) is the one a click at its centre reaches.
    const points = map(page).getByRole("button");
    const topName = (await points.last().getAttribute("aria-label"))!;
    const topId = (await points.last().getAttribute("data-id"))!;
    await map(page).getByRole("button", { name: topName, exact: true }).click();
    await page.waitForURL((url) => url.hash.includes("view=sentra"));
    const opened = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect([opened.get("view"), opened.get("sentra")]).toEqual(["sentra", topId]);

    await page.goBack();
    await waitForRanking(page, api.totalCount, api.totalCount);
    // The keyboard: the map is one tab stop; its first point is the ranking's first located sentra.
    const firstLocated = api.edges.find((e) => e.node.location !== null)!.node.id;
    await view(page).getByRole("button", { name: "Fit the map" }).focus();
    await page.keyboard.press("Tab");
    const focused = () => page.evaluate(() => (globalThis as any).document.activeElement.getAttribute("data-id") as string | null);
    expect(await focused()).toBe(firstLocated);
    // The arrow keys walk the points in ranking order.
    const secondLocated = api.edges.filter((e) => e.node.location !== null)[1].node.id;
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toBe(secondLocated);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.hash.includes("view=sentra"));
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get("sentra")).toBe(secondLocated);
  });

  it("restores a province from its address, narrows to a regency, and reads Indonesian with comma decimals (2 actions)", async () => {
    const page = ex.page;
    await page.goto(`${ex.base}/explore#view=country&region=region-jawa-tengah&metric=completeness&lang=en`);
    const province = await apiRanking({ metric: "completeness", regionId: "region-jawa-tengah" });
    await waitForRanking(page, province.totalCount, province.totalCount);
    expect(await view(page).getByLabel("Province").inputValue()).toBe("region-jawa-tengah");
    expect(await view(page).getByLabel("Rank by").inputValue()).toBe("completeness");
    expect(await tableIds(page)).toEqual(province.edges.map((e) => e.node.id));
    expect(await mapIds(page)).toEqual(located(province));

    await view(page).getByLabel("Regency or city").selectOption({ label: "Kabupaten Klaten" });
    const klaten = await apiRanking({ metric: "completeness", regionId: "region-klaten" });
    await waitForRanking(page, klaten.totalCount, klaten.totalCount);
    expect(await tableIds(page)).toEqual(klaten.edges.map((e) => e.node.id));
    expect(klaten.edges.map((e) => e.node.id)).toContain(CEPER);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get("region")).toBe("region-klaten");

    await page.goBack();
    await waitForRanking(page, province.totalCount, province.totalCount);
    await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
    await waitForRanking(page, province.totalCount, province.totalCount, "id");
    expect(await view(page).getByLabel("Urutkan menurut").inputValue()).toBe("completeness");
    await view(page).getByRole("heading", { name: "Peringkat" }).waitFor();
    expect(await view(page).getByText("Garis batas: Natural Earth").isVisible()).toBe(true);
    const values = await ranking(page)
      .getByRole("row")
      .evaluateAll((rows) => rows.slice(1).map((row) => row.lastElementChild!.textContent!));
    expect(values.some((v) => /^\d+,\d+$/.test(v))).toBe(true);
    expect(values.filter((v) => /\d\.\d/.test(v))).toEqual([]);
    expect(await view(page).getByRole("columnheader", { name: "Kelengkapan rantai nilai" }).count()).toBe(1);
    expect(
      await map(page)
        .getByRole("button", { name: /: Klaster awal, \d+ industri inti$/ })
        .count(),
    ).toBeGreaterThan(0);

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(ex.problems).toEqual([]);
  });
});
