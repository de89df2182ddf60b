import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { postGraphql } from "../support/app";
import { ARTIFACTS, explorerInBrowser, seriousAxeViolations, until } from "../support/browser";

/**
 * The compare view of /explore, as a regional planner uses it: compare Ceper, Juwana and Tegal (all
 * early clusters) and find, without notes, which is closest to the next stage and what it misses.
 * Everything is found by its accessible name and checked against the same API the page asks; the
 * user actions of each job are counted in its name.
 */
jest.setTimeout(300_000);

const CEPER = "sentra-ceper-metal-casting";
const JUWANA = "sentra-juwana-brass-craft";
const TEGAL = "sentra-tegal-metal-engineering";
const MEASURED = [CEPER, JUWANA, TEGAL];

const COMPARE = `query ($ids: [ID!]!, $lang: Language) {
  compareSentra(ids: $ids, lang: $lang) {
    missingIds
    analyses {
      sentra { id name }
      verdict { stage criteria { id description passed requiredFor shortfall } }
      valueChain { completeness }
      concentration { coreFirms }
      cooperation { horizontal { metrics { density } } }
    }
  }
}`;

interface Analysis {
  sentra: { id: string; name: string };
  verdict: { stage: string; criteria: Array<{ id: string; description: string; passed: boolean | null; requiredFor: string; shortfall: string | null }> };
  valueChain: { completeness: number };
  concentration: { coreFirms: number };
  cooperation: { horizontal: { metrics: { density: number | null } } };
}

const LADDER = ["EMBRYO", "SENTRA", "EARLY_CLUSTER", "CLUSTER", "DYNAMIC_CLUSTER"];
const STATE_WORDS = {
  en: { true: "met", false: "failed", null: "cannot be judged yet" },
  id: { true: "terpenuhi", false: "gagal", null: "belum dapat dinilai" },
} as const;

/**
 * The rule of the one-line answer, recomputed here from the API's data (not imported from the page):
 * the next stage is the rung above; missing are that rung's criteria that failed or cannot be judged;
 * closest = fewest missing, then higher stage, then more criteria met, then name.
 */
function expectedClosest(analyses: Analysis[]) {
  const scored = analyses
    .filter((a) => a.verdict.stage !== "DYNAMIC_CLUSTER")
    .map((a) => {
      const rank = LADDER.indexOf(a.verdict.stage);
      const next = LADDER[rank + 1];
      return {
        analysis: a,
        next,
        rank,
        missing: a.verdict.criteria.filter((c) => c.requiredFor === next && c.passed !== true),
        met: a.verdict.criteria.filter((c) => c.passed === true).length,
      };
    });
  scored.sort((x, y) => x.missing.length - y.missing.length || y.rank - x.rank || y.met - x.met || (x.analysis.sentra.name < y.analysis.sentra.name ? -1 : 1));
  return scored[0];
}

describe("the compare view of /explore in headless Chromium", () => {
  const ex = explorerInBrowser();
  const names = new Map<string, string>();

  /** The comparison over HTTP, as the page asks for it (the request's language is set per HTTP request). */
  async function apiCompare(ids: string[], lang: "EN" | "ID" = "EN") {
    type Answer = { compareSentra: { missingIds: string[]; analyses: Analysis[] } };
    const { status, body } = await postGraphql<Answer>(ex.api.url, COMPARE, { ids, lang }, { "accept-language": lang.toLowerCase() });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    for (const analysis of body.data!.compareSentra.analyses) names.set(analysis.sentra.id, analysis.sentra.name);
    return body.data!.compareSentra;
  }

  /** The view shown: the other views' <main> are hidden. */
  const view = (page: Page) => page.getByRole("main");
  const answer = (page: Page) => page.getByRole("region", { name: /closest to the next stage|paling dekat ke tahap berikutnya/ });
  const headline = (page: Page) => page.getByRole("table", { name: /Headline figures|Angka utama/ });
  const matrix = (page: Page) => page.getByRole("table", { name: /Criteria by sentra|Kriteria per sentra/ });

  /** The sentra names of the headline table's rows, in the order shown. */
  async function headlineNames(page: Page): Promise<string[]> {
    const table = headline(page);
    if ((await table.count()) === 0) return [];
    return table.locator("tbody").getByRole("rowheader").allInnerTexts();
  }

  /** The matrix as shown: each row's criterion text and its cells' visible words. */
  async function matrixRows(table: Locator) {
    return table.evaluate((element) =>
      Array.from((element as any).tBodies[0].rows as ArrayLike<any>).map((row: any) => ({
        criterion: row.cells[0].innerText as string,
        requiredFor: row.cells[1].innerText as string,
        cells: Array.from(row.cells as ArrayLike<any>)
          .slice(2)
          .map((cell: any) => (cell.innerText as string).trim()),
      })),
    );
  }

  async function openCompare(page: Page, hash: string) {
    // A fresh load, as when a link is opened.
    await page.goto("about:blank");
    await page.goto(`${ex.base}/explore#${hash}`);
  }

  test("compares the three measured sentra by searching and adding them (5 actions) and answers which is closest, naming what is missing", async () => {
    const { page } = ex;
    const api = await apiCompare(MEASURED);
    await openCompare(page, "view=compare&lang=en");
    await page.getByRole("heading", { name: "Compare sentra" }).waitFor();
    await page.getByText("Choose at least two sentra to compare.").waitFor();

    // Actions 1-2: type a word and search.
    const search = view(page).getByLabel(/Search sentra to add/);
    await search.fill("metal");
    await search.press("Enter");
    // Actions 3-5: add the three.
    for (const id of MEASURED) await page.getByRole("button", { name: `Add ${names.get(id)}`, exact: true }).click();

    await until(
      () => headlineNames(page),
      (shown) => shown.length === 3,
      "three compared sentra",
    );
    expect(await headlineNames(page)).toEqual(MEASURED.map((id) => names.get(id)));
    expect(new URL(page.url()).hash).toContain(`ids=${MEASURED.join(",")}`);
    // Each chosen sentra is a removable chip.
    for (const id of MEASURED) await page.getByRole("button", { name: `Remove ${names.get(id)}` }).waitFor();

    // The one-line answer names the sentra the rule picks and what it misses, failed or not judged.
    const expected = expectedClosest(api.analyses);
    const text = await answer(page).innerText();
    const line = text.split("\n").find((l) => l.includes("(Early cluster) is closest to"))!;
    expect(line).toContain(`${expected.analysis.sentra.name} (Early cluster) is closest to Cluster: ${expected.missing.length} criteria missing`);
    // Each missing criterion by its description (a long one shortened) and whether it failed or cannot be judged.
    for (const missing of expected.missing) expect(line).toContain(missing.description.slice(0, 25));
    expect(line.split("(failed)").length - 1).toBe(expected.missing.filter((m) => m.passed === false).length);
    expect(line.split("(cannot be judged yet)").length - 1).toBe(expected.missing.filter((m) => m.passed === null).length);
    // On the seed: Tegal, missing active cooperation, specialisation, assistance under agreement (failed) and institutions serving firms (not judged).
    expect(expected.analysis.sentra.id).toBe(TEGAL);

    // Each name links to the one-sentra view.
    const link = answer(page)
      .getByRole("link", { name: names.get(TEGAL) })
      .first();
    expect(await link.getAttribute("href")).toContain(`sentra=${TEGAL}`);
    expect(await link.getAttribute("href")).toContain("view=sentra");

    // The ladder puts each on its stage.
    const ladder = page.getByRole("list", { name: "Ladder of stages" });
    const earlyRung = ladder.getByRole("listitem").filter({ hasText: /^Early cluster/ });
    for (const id of MEASURED) expect(await earlyRung.innerText()).toContain(names.get(id));

    // The request behind it is offered.
    await view(page).getByText("Show the query").waitFor();

    await page.screenshot({ path: path.join(ARTIFACTS, "explore-compare.png") });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test("the matrix has every criterion × sentra with the API's results, shortfalls on hover and keyboard focus; sorting a column reorders the rows (2 actions)", async () => {
    const { page } = ex;
    const api = await apiCompare(MEASURED);
    const table = matrix(page);
    const rows = await matrixRows(table);
    const criteria = api.analyses[0].verdict.criteria;
    expect(rows.length).toBe(criteria.length);
    rows.forEach((row, r) => expect(row.criterion.startsWith(criteria[r].description.trim())).toBe(true));
    expect(rows.map((row) => row.requiredFor)).toEqual(
      criteria.map(
        (c) => ({ SENTRA: "Sentra", EARLY_CLUSTER: "Early cluster", CLUSTER: "Cluster", DYNAMIC_CLUSTER: "Dynamic cluster", EMBRYO: "Embryo" })[c.requiredFor],
      ),
    );
    rows.forEach((row, r) => {
      expect(row.cells).toEqual(
        api.analyses.map(
          (a) =>
            `${{ true: "✓", false: "✗", null: "?" }[String(a.verdict.criteria[r].passed) as "true"]} ${STATE_WORDS.en[String(a.verdict.criteria[r].passed) as "true"]}`,
        ),
      );
    });

    // A failed cell: focus it by keyboard and its shortfall shows and describes it.
    const failedRow = criteria.findIndex((c) => c.id === "ACTIVE_COOPERATION");
    // Cells: 0 is "required for", then one per sentra in the order chosen.
    const ceperCell = table.locator("tbody tr").nth(failedRow).getByRole("cell").nth(1);
    await ceperCell.focus();
    const tipId = (await ceperCell.getAttribute("aria-describedby"))!;
    const tip = page.locator(`[id="${tipId}"]`);
    expect(await tip.getAttribute("role")).toBe("tooltip");
    await tip.waitFor({ state: "visible" });
    const shortfall = api.analyses[0].verdict.criteria[failedRow].shortfall!;
    expect(await tip.innerText()).toContain(shortfall.slice(0, 40));
    expect(await tip.innerText()).toContain("needs at least 2");
    // Escape hides it; hover shows another.
    await page.keyboard.press("Escape");
    await tip.waitFor({ state: "hidden" });
    const juwanaCell = table.locator("tbody tr").nth(failedRow).getByRole("cell").nth(2);
    await juwanaCell.hover();
    await page.locator(`[id="${await juwanaCell.getAttribute("aria-describedby")}"]`).waitFor({ state: "visible" });

    // Actions 1-2: sort by core firms, then again to turn it round.
    const coreHeader = headline(page).getByRole("columnheader", { name: "Core firms", exact: true });
    await coreHeader.getByRole("button", { name: "Core firms", exact: true }).click();
    expect(await coreHeader.getAttribute("aria-sort")).toBe("ascending");
    const ascending = [...api.analyses].sort((a, b) => a.concentration.coreFirms - b.concentration.coreFirms).map((a) => a.sentra.name);
    expect(await headlineNames(page)).toEqual(ascending);
    await headline(page).getByRole("button", { name: "Core firms", exact: true }).click();
    expect(await headline(page).getByRole("columnheader", { name: "Core firms", exact: true }).getAttribute("aria-sort")).toBe("descending");
    expect(await headlineNames(page)).toEqual([...ascending].reverse());
    expect(await headlineNames(page)).not.toEqual(MEASURED.map((id) => names.get(id)));
    // The sort is in the address (replaced, no Back step).
    expect(new URL(page.url()).hash).toContain("csort=-core");
  });

  test("an address opened fresh restores the comparison; adding one (3 actions) and Back returns to the previous set", async () => {
    const { page } = ex;
    await openCompare(page, `view=compare&lang=en&ids=${JUWANA},${CEPER}`);
    await until(
      () => headlineNames(page),
      (shown) => shown.length === 2,
      "the two sentra of the address",
    );
    expect(await headlineNames(page)).toEqual([names.get(JUWANA), names.get(CEPER)]);

    const search = view(page).getByLabel(/Search sentra to add/);
    await search.fill("Tegal");
    await search.press("Enter");
    await page.getByRole("button", { name: `Add ${names.get(TEGAL)}`, exact: true }).click();
    await until(
      () => headlineNames(page),
      (shown) => shown.length === 3,
      "three after adding",
    );
    expect(await headlineNames(page)).toEqual([names.get(JUWANA), names.get(CEPER), names.get(TEGAL)]);

    await page.goBack();
    await until(
      () => headlineNames(page),
      (shown) => shown.length === 2,
      "two after Back",
    );
    expect(await headlineNames(page)).toEqual([names.get(JUWANA), names.get(CEPER)]);
    expect(new URL(page.url()).hash).toContain(`ids=${JUWANA},${CEPER}`);
    // The answer is that of the two.
    const expected = expectedClosest((await apiCompare([JUWANA, CEPER])).analyses);
    expect(await answer(page).innerText()).toContain(`${expected.analysis.sentra.name} (Early cluster) is closest to Cluster`);

    // Removing a chip (1 action) leaves one: the view asks for at least two.
    await page.getByRole("button", { name: `Remove ${names.get(CEPER)}` }).click();
    await page.getByText("Choose at least two sentra to compare.").waitFor();
    expect(await headline(page).count()).toBe(0);
  });

  test("adding all sentra of a region (3 actions); more than 20 is refused with a message", async () => {
    const { page } = ex;
    await openCompare(page, `view=compare&lang=en&ids=${CEPER}`);
    await page.getByRole("button", { name: `Remove ${names.get(CEPER)}` }).waitFor();
    const province = view(page).getByLabel("Province", { exact: true });
    await until(
      () => province.locator("option").count(),
      (n) => n > 1,
      "provinces",
    );
    await province.selectOption({ label: "Jawa Tengah" });
    const regency = view(page).getByLabel("Regency or city", { exact: true });
    await until(
      () => regency.locator("option").count(),
      (n) => n > 1,
      "regencies",
    );
    await regency.selectOption({ label: "Kabupaten Tegal" });
    await page.getByRole("button", { name: "Add all sentra of this region" }).click();
    const { data } = await ex.api.run<any>(
      `{ regions(nameContains: "Kabupaten Tegal", first: 1) { edges { node { sentra(first: 100) { edges { node { id name analysis { verdict { stage lowestPossibleStage } } } } } } } } }`,
    );
    const tegalIds: string[] = data.regions.edges[0].node.sentra.edges.map((e: any) => e.node.id);
    await until(
      () => headlineNames(page),
      (shown) => shown.length === 1 + tegalIds.length,
      "the region's sentra added",
    );
    // A sentra whose verdict is incomplete shows on the ladder where it could also be.
    const ranged = data.regions.edges[0].node.sentra.edges.map((e: any) => e.node).find((n: any) => n.analysis.verdict.lowestPossibleStage === "EMBRYO");
    expect(ranged.analysis.verdict.stage).toBe("EARLY_CLUSTER");
    const ladder = page.getByRole("list", { name: "Ladder of stages" });
    const embryo = await ladder
      .getByRole("listitem")
      .filter({ hasText: /^Embryo/ })
      .innerText();
    expect(embryo).toContain(`${ranged.name} (possible, verdict incomplete)`);
    const early = await ladder
      .getByRole("listitem")
      .filter({ hasText: /^Early cluster/ })
      .innerText();
    expect(early).toContain(`${ranged.name} (verdict incomplete: could be Embryo to Early cluster)`);

    // An address naming 21 sentra is refused, and says so.
    const many = Array.from({ length: 21 }, (_, i) => `sentra-${i}`);
    await openCompare(page, `view=compare&lang=en&ids=${many.join(",")}`);
    await page.getByText("This address names 21 sentra; at most 20 can be compared.").waitFor();
    expect(await headline(page).count()).toBe(0);
  });

  test("an unknown id is listed as not found while the others compare", async () => {
    const { page } = ex;
    await openCompare(page, `view=compare&lang=en&ids=${CEPER},sentra-nowhere,${TEGAL}`);
    await page.getByText("Not found: sentra-nowhere").waitFor();
    await until(
      () => headlineNames(page),
      (shown) => shown.length === 2,
      "the two found",
    );
    expect(await headlineNames(page)).toEqual([names.get(CEPER), names.get(TEGAL)]);
    await page.getByRole("button", { name: "Remove sentra-nowhere" }).waitFor();
  });

  test("a failed request shows the error where the result was, and the old result goes", async () => {
    const { page } = ex;
    await openCompare(page, `view=compare&lang=en&ids=${CEPER},${JUWANA}`);
    await until(
      () => headlineNames(page),
      (shown) => shown.length === 2,
      "the comparison",
    );
    await page.route("**/graphql", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ errors: [{ message: "the database is away" }] }) }),
    );
    try {
      await page.evaluate((hash) => ((globalThis as any).location.hash = hash), `lang=en&view=compare&ids=${CEPER},${JUWANA},${TEGAL}`);
      await page.getByRole("alert").filter({ hasText: "the database is away" }).waitFor();
      expect(await headline(page).count()).toBe(0);
      expect(await matrix(page).count()).toBe(0);
    } finally {
      await page.unroute("**/graphql");
    }
  });

  test("in Indonesian (1 action: the language button) the answer and matrix speak Indonesian, with comma decimals; axe finds nothing serious", async () => {
    const { page } = ex;
    const apiId = await apiCompare(MEASURED, "ID");
    await openCompare(page, `view=compare&lang=en&ids=${MEASURED.join(",")}`);
    await until(
      () => headlineNames(page),
      (shown) => shown.length === 3,
      "the comparison",
    );

    await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
    await page.getByRole("heading", { name: "Mana yang paling dekat ke tahap berikutnya, dan apa yang kurang" }).waitFor();
    await until(
      () => matrix(page).count(),
      (n) => n === 1,
      "the Indonesian matrix",
    );

    const expected = expectedClosest(apiId.analyses);
    const text = await answer(page).innerText();
    expect(text).toContain(
      `${expected.analysis.sentra.name} (Klaster awal) paling dekat ke tahap Klaster: ${expected.missing.length} kriteria belum terpenuhi`,
    );
    const line = text.split("\n").find((l) => l.includes("(Klaster awal) paling dekat"))!;
    for (const missing of expected.missing) expect(line).toContain(missing.description.slice(0, 25));
    expect(line.split("(gagal)").length - 1).toBe(expected.missing.filter((m) => m.passed === false).length);
    expect(line.split("(belum dapat dinilai)").length - 1).toBe(expected.missing.filter((m) => m.passed === null).length);

    const rows = await matrixRows(matrix(page));
    expect(rows.length).toBe(apiId.analyses[0].verdict.criteria.length);
    rows.forEach((row, r) => expect(row.criterion.startsWith(apiId.analyses[0].verdict.criteria[r].description.trim())).toBe(true));
    rows.forEach((row, r) => {
      expect(row.cells.map((cell) => cell.replace(/^[✓✗?] /, ""))).toEqual(
        apiId.analyses.map((a) => STATE_WORDS.id[String(a.verdict.criteria[r].passed) as "true"]),
      );
    });

    // Comma decimals: value-chain completeness and horizontal density.
    const ceper = apiId.analyses[0];
    const ceperRow = headline(page).getByRole("row").filter({ hasText: ceper.sentra.name });
    const rowText = await ceperRow.innerText();
    const percent = ceper.valueChain.completeness.toLocaleString("id-ID", { style: "percent", maximumFractionDigits: 1 });
    expect(percent).toContain(",");
    expect(rowText).toContain(percent);
    expect(rowText).toContain(ceper.cooperation.horizontal.metrics.density!.toFixed(3).replace(".", ","));
    await headline(page).getByRole("button", { name: "Kriteria terpenuhi", exact: true }).waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    // Back to English for whoever comes next in this context.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Compare sentra" }).waitFor();
    expect(ex.problems).toEqual([]);
  });
});
