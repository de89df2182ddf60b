import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { parseCsv } from "../support/csv";
import { ARTIFACTS, explorerInBrowser, seriousAxeViolations, until } from "../support/browser";

/**
 * The provider view of /explore, as a provider uses it: BRI Cabang Slawi (a bank of the Tegal seed)
 * asks which firms and sentra it could serve; a BDS provider asking about finance is told why not.
 * Everything is found by its accessible name and checked against the same API the page asks; the
 * user actions of each job are counted in its name.
 */
jest.setTimeout(300_000);

const BANK = "bank-bri-slawi";
const BANK_NAME = "BRI Cabang Slawi";
const BDS = "bds-tegal";
const BDS_NAME = "BDS Rekayasa Mandiri Tegal";

const GAPS = `query ($id: ID!, $needs: [PartnerNeed!], $radiusKm: Float!, $lang: Language) {
  providerGaps(providerId: $id, needs: $needs, radiusKm: $radiusKm, lang: $lang) {
    needs
    members(first: 100) { totalCount edges { node { memberId memberName sentraId sentraName distanceKm missingNeeds } } }
    sentra(first: 100) { totalCount edges { node { sentraId sentraName lackingCount membersConsidered nearestKm } } }
  }
}`;

interface Gaps {
  needs: string[];
  members: {
    totalCount: number;
    edges: Array<{ node: { memberId: string; memberName: string; sentraId: string; sentraName: string; distanceKm: number | null; missingNeeds: string[] } }>;
  };
  sentra: {
    totalCount: number;
    edges: Array<{ node: { sentraId: string; sentraName: string; lackingCount: number; membersConsidered: number; nearestKm: number | null } }>;
  };
}

const oneDecimal = (value: number | null) => (value === null ? "–" : value.toFixed(1));

describe("the provider view of /explore in headless Chromium", () => {
  const ex = explorerInBrowser();

  async function apiGaps(id: string, radiusKm = 50, needs: string[] | null = null, lang = "EN") {
    const { data, errors } = await ex.api.run<{ providerGaps: Gaps }>(GAPS, { id, radiusKm, needs, lang });
    return { gaps: data?.providerGaps ?? null, errors };
  }

  const view = (page: Page) => page.getByRole("main");
  const firmTable = (page: Page) => view(page).getByRole("table", { name: /nearest first|terdekat lebih dulu/ });
  const sentraTable = (page: Page) => view(page).getByRole("table", { name: /each link opens the sentra|tiap tautan membuka sentra/ });

  /** The firm list as shown: name, sentra, needs, distance per row. */
  async function shownFirms(page: Page): Promise<string[][]> {
    const table = firmTable(page);
    if ((await table.count()) === 0) return [];
    return table.evaluate((element) =>
      Array.from((element as any).tBodies[0].rows as ArrayLike<any>).map((row: any) =>
        Array.from(row.cells as ArrayLike<any>)
          .slice(1)
          .map((cell: any) => (cell.innerText as string).trim()),
      ),
    );
  }

  const expectedFirms = (gaps: Gaps, needLabel: (need: string) => string = (n) => ({ FINANCE: "Finance" })[n] ?? n) =>
    gaps.members.edges.map(({ node }) => [node.memberName, node.sentraName, node.missingNeeds.map(needLabel).join(", "), oneDecimal(node.distanceKm)]);

  /** Requests to the API still under way: leaving the page would abort them (a failed request is a page problem). */
  const inFlight = new Set<unknown>();
  let watching = false;
  function watch(page: Page) {
    if (watching) return;
    watching = true;
    page.on("request", (request) => request.url().includes("/graphql") && inFlight.add(request));
    page.on("requestfinished", (request) => inFlight.delete(request));
    page.on("requestfailed", (request) => inFlight.delete(request));
  }

  async function open(page: Page, hash: string) {
    watch(page);
    await until(
      async () => inFlight.size,
      (n) => n === 0,
      "the page's requests to finish",
      60_000,
    );
    await page.goto("about:blank");
    await page.goto(`${ex.base}/explore#${hash}`);
  }

  test("a bank sees the firms it could serve, nearest first, equal to the API's providerGaps (2 actions: the Providers tab, the bank)", async () => {
    const { page } = ex;
    const { gaps } = await apiGaps(BANK);
    expect(gaps!.needs).toEqual(["FINANCE"]);
    expect(gaps!.members.edges.length).toBeGreaterThan(0);
    await open(page, "lang=en");
    // Action 1: the view's tab.
    await page.getByRole("link", { name: "For providers" }).click();
    // Action 2: the bank in the short list (its kind is shown beside it).
    const list = view(page).getByRole("list", { name: /Lenders, universities and BDS providers/ });
    const item = list.getByRole("listitem").filter({ hasText: BANK_NAME });
    expect(await item.innerText()).toContain("Bank");
    await item.getByRole("button", { name: BANK_NAME }).click();

    const shown = await until(
      () => shownFirms(page),
      (rows) => rows.length > 0,
      "the firm list",
    );
    expect(shown).toEqual(expectedFirms(gaps!));
    const distances = gaps!.members.edges.map((e) => e.node.distanceKm ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(page.url()).toContain(`provider=${BANK}`);
    await view(page).getByText(`${gaps!.members.totalCount} core firms in ${gaps!.sentra.totalCount} sentra within 50 km lack finance.`).waitFor();
    expect(
      await view(page)
        .getByRole("checkbox", { name: /Finance/ })
        .isChecked(),
    ).toBe(true);

    // The same grouped by sentra; each opens the sentra view with the need's panel.
    const rows = sentraTable(page).locator("tbody tr");
    expect(await rows.count()).toBe(gaps!.sentra.edges.length);
    for (const [index, { node }] of gaps!.sentra.edges.entries()) {
      const row = rows.nth(index);
      const link = row.getByRole("link", { name: node.sentraName, exact: true });
      const href = (await link.getAttribute("href"))!;
      const params = new URLSearchParams(href.slice(1));
      expect([params.get("view"), params.get("sentra"), params.get("need")]).toEqual(["sentra", node.sentraId, "FINANCE"]);
      expect(await row.innerText()).toContain(`${node.lackingCount} of ${node.membersConsidered}`);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, "explore-provider-bank.png"), fullPage: true });
  });

  test("the list downloads as CSV (1 action): one row per firm and need, equal to the API's, dot decimals, with a BOM", async () => {
    const { page } = ex;
    const { gaps } = await apiGaps(BANK);
    const [download] = await Promise.all([page.waitForEvent("download"), view(page).getByRole("button", { name: "Download the list (CSV)" }).click()]);
    expect(download.suggestedFilename()).toBe(`${BANK}-gaps.csv`);
    const file = path.join(ARTIFACTS, `provider-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const text = fs.readFileSync(file, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(["firm id", "firm", "sentra id", "sentra", "need", "distance km"]);
    expect(rows).toEqual(
      gaps!.members.edges.flatMap(({ node }) =>
        node.missingNeeds.map((need) => [
          node.memberId,
          node.memberName,
          node.sentraId,
          node.sentraName,
          need,
          node.distanceKm === null ? "" : String(Number(node.distanceKm.toFixed(2))),
        ]),
      ),
    );
  });

  test("a sentra of the result opens the sentra view with that need's partner panel (1 action)", async () => {
    const { page } = ex;
    const { gaps } = await apiGaps(BANK);
    const first = gaps!.sentra.edges[0].node;
    const { data } = await ex.api.run<any>(
      `query ($id: ID!) { sentra(id: $id) { partners(need: FINANCE, suggestionsPerMember: 3) { lacking(first: 100) { edges { node { member { name } } } } } } }`,
      { id: first.sentraId },
    );
    await sentraTable(page).getByRole("link", { name: first.sentraName, exact: true }).click();
    const lacking = page.getByRole("region", { name: "Partner suggestions" }).getByRole("list", { name: "Firms lacking finance" });
    await lacking.waitFor();
    expect(await lacking.getByRole("listitem").allInnerTexts()).toEqual(data.sentra.partners.lacking.edges.map((e: any) => e.node.member.name));
    const params = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect([params.get("view"), params.get("sentra"), params.get("need")]).toEqual(["sentra", first.sentraId, "FINANCE"]);
    // Back returns to the provider's list.
    await page.goBack();
    await until(
      () => shownFirms(page),
      (rows) => rows.length === gaps!.members.edges.length,
      "the firm list again",
    );
  });

  test("a provider found by the search (2 actions: type, Enter) shows its kind", async () => {
    const { page } = ex;
    const search = view(page).getByLabel("Search providers by name");
    await search.fill("Politeknik");
    await search.press("Enter");
    const results = view(page).getByRole("list", { name: "Providers found" });
    await results.waitFor();
    const texts = await results.getByRole("listitem").allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/Politeknik.* · University/);
  });

  test("a refused need shows the API's message beside the need picker (3 actions: the BDS provider, tick Finance, Show the gaps)", async () => {
    const { page } = ex;
    const { errors } = await apiGaps(BDS, 50, ["TECHNICAL_ASSISTANCE", "ECONOMIC_ASSISTANCE", "FINANCE"]);
    expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const message = errors![0].message;
    await open(page, "view=provider&lang=en");
    await view(page).getByRole("button", { name: BDS_NAME }).click();
    const needs = view(page).getByRole("group", { name: "Needs to look for" });
    // The default: every need its kind can meet.
    await until(
      () => needs.getByRole("checkbox", { checked: true }).evaluateAll((boxes) => boxes.map((box: any) => box.value as string)),
      (values) => values.length > 0,
      "the default needs",
    );
    expect(await needs.getByRole("checkbox", { name: /Finance/ }).isChecked()).toBe(false);
    await needs.getByRole("checkbox", { name: /Finance/ }).check();
    await view(page).getByRole("button", { name: "Show the gaps" }).click();
    const alert = view(page).getByRole("alert");
    await alert.waitFor();
    expect((await alert.innerText()).trim()).toBe(message);
    expect(await firmTable(page).count()).toBe(0);
    // Beside the picker: the need group is described by it.
    expect(await needs.getAttribute("aria-describedby")).toBe("provider-refusal");
  });

  test("the address restores the view: provider, needs and radius (0 actions: a link opened)", async () => {
    const { page } = ex;
    const { gaps } = await apiGaps(BANK, 20, ["FINANCE"]);
    await open(page, `view=provider&provider=${BANK}&needs=FINANCE&radius=20&lang=en`);
    const shown = await until(
      () => shownFirms(page),
      (rows) => rows.length > 0,
      "the restored list",
    );
    expect(shown).toEqual(expectedFirms(gaps!));
    expect(await view(page).getByLabel("Radius around the provider (km)").inputValue()).toBe("20");
    await view(page)
      .getByText(/within 20 km lack finance/)
      .waitFor();
  });

  test("in Indonesian (1 action: the language button) the view speaks Indonesian; axe finds nothing serious; no page problems", async () => {
    const { page } = ex;
    const { gaps } = await apiGaps(BANK, 20, ["FINANCE"], "ID");
    await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
    await view(page).getByRole("heading", { name: "Industri dan sentra mana yang bisa dilayani penyedia layanan?" }).waitFor();
    await view(page)
      .getByText(`${gaps!.members.totalCount} industri inti di ${gaps!.sentra.totalCount} sentra dalam radius 20 km belum mendapat pembiayaan.`)
      .waitFor();
    const shown = await until(
      () => shownFirms(page),
      (rows) => rows.length > 0 && rows[0][2] === "Pembiayaan",
      "the Indonesian list",
    );
    expect(shown).toEqual(
      gaps!.members.edges.map(({ node }) => [
        node.memberName,
        node.sentraName,
        "Pembiayaan",
        node.distanceKm === null ? "–" : node.distanceKm.toFixed(1).replace(".", ","),
      ]),
    );
    await view(page).getByRole("button", { name: "Unduh daftar (CSV)" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "explore-provider-id.png"), fullPage: true });
    expect(ex.problems).toEqual([]);
  });
});
