import fs from "node:fs";
import path from "node:path";
import type { Download, Page } from "playwright-core";
import { postGraphql } from "../support/app";
import { parseCsv } from "../support/csv";
import { ARTIFACTS, explorerInBrowser, until } from "../support/browser";

/**
 * The sentra view's partner panel, as a bank uses it: which of Tegal's firms lack finance, who could
 * serve them and why (the score's parts in words and numbers), open a candidate, and take the list
 * away as CSV. Everything is found by its accessible name and checked against the same API the page
 * asks; the user actions of each job are counted in its name.
 */
jest.setTimeout(300_000);

const TEGAL = "sentra-tegal-metal-engineering";

const PARTNERS = `query ($id: ID!, $lang: Language) {
  sentra(id: $id) {
    partners(need: FINANCE, suggestionsPerMember: 3, lang: $lang) {
      coreMembers
      lacking(first: 100) {
        totalCount
        edges { node {
          member { id name }
          suggestions {
            candidate { id name kind } score distanceKm
            reasons { text }
            scoreParts { name weight value contribution explanation }
          }
        } }
      }
    }
  }
}`;

interface Part {
  name: string;
  weight: number;
  value: number;
  contribution: number;
  explanation: string;
}
interface Suggestion {
  candidate: { id: string; name: string; kind: string };
  score: number;
  distanceKm: number | null;
  reasons: Array<{ text: string }>;
  scoreParts: Part[];
}
interface Lacking {
  member: { id: string; name: string };
  suggestions: Suggestion[];
}

/** A number as the CSV writes it: a dot decimal, at most `digits` decimals. */
const machine = (value: number | null, digits = 4) => (value === null ? "" : String(Number(value.toFixed(digits))));

async function downloaded(download: Download): Promise<{ name: string; text: string }> {
  const file = path.join(ARTIFACTS, `partners-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, "utf8") };
}

describe("the sentra view's partner panel in headless Chromium", () => {
  const ex = explorerInBrowser();
  let lacking: Lacking[];
  let coreMembers: number;

  beforeAll(async () => {
    const { data, errors } = await ex.api.run<any>(PARTNERS, { id: TEGAL, lang: "EN" });
    expect(errors).toBeUndefined();
    lacking = data.sentra.partners.lacking.edges.map((e: { node: Lacking }) => e.node);
    coreMembers = data.sentra.partners.coreMembers;
    expect(lacking.length).toBe(data.sentra.partners.lacking.totalCount);
    expect(lacking.length).toBeGreaterThan(0);
  });

  const panel = (page: Page) => page.getByRole("region", { name: /Partner suggestions|Saran mitra/ });
  const candidates = (page: Page) => panel(page).getByRole("list", { name: /Who could fill the gap|Siapa yang bisa mengisi kekurangan/ });
  const highlighted = (page: Page) => page.evaluate(() => [...((globalThis as any).__simpulExplore.highlighted as string[])].sort());

  test("a bank finds Tegal's firms lacking finance (3 actions: open Tegal, choose Finance, Suggest partners), marked in the drawing, with the score explained", async () => {
    const { page } = ex;
    // Action 1: open the sentra (a link, or the pickers).
    await page.goto(`${ex.base}/explore#sentra=${TEGAL}&lang=en`);
    await page.waitForFunction((id) => (globalThis as any).__simpulExplore.state === "drawn" && (globalThis as any).__simpulExplore.sentraId === id, TEGAL);
    // Actions 2-3: the need, then the button.
    await panel(page).getByLabel("Need").selectOption({ label: "Finance" });
    await panel(page).getByRole("button", { name: "Suggest partners" }).click();

    // The lacking firms listed are the API's, in its order, and counted against the core firms.
    const firms = panel(page).getByRole("list", { name: "Firms lacking finance" });
    await firms.waitFor();
    expect(await firms.getByRole("listitem").allInnerTexts()).toEqual(lacking.map((l) => l.member.name));
    await panel(page).getByText(`${lacking.length} of ${coreMembers} core firms lack finance`).waitFor();
    expect(page.url()).toContain("need=FINANCE");

    // Marked in the drawing: the drawn ones among them (the drawing holds every participant).
    const drawn = await page.evaluate(() => (globalThis as any).__simpulExplore.nodes as string[]);
    const expectedMarks = lacking.map((l) => l.member.id).filter((id) => drawn.includes(id));
    expect(expectedMarks.length).toBe(lacking.length);
    expect(
      await until(
        () => highlighted(page),
        (ids) => ids.length > 0,
        "the marked firms",
      ),
    ).toEqual([...expectedMarks].sort());

    // Grouped by candidate first: each says how many of the firms it could serve.
    const byCandidate = new Map<string, Suggestion[]>();
    for (const l of lacking) for (const s of l.suggestions) byCandidate.set(s.candidate.id, [...(byCandidate.get(s.candidate.id) ?? []), s]);
    const groups = candidates(page).locator(":scope > li");
    expect(await groups.count()).toBe(byCandidate.size);
    const first = [...byCandidate.values()].sort((a, b) => b.length - a.length || Math.max(...b.map((s) => s.score)) - Math.max(...a.map((s) => s.score)))[0];
    const firstText = await groups.first().innerText();
    expect(firstText).toContain(`${first[0].candidate.name} (`);
    expect(firstText).toContain(`could serve ${first.length} of ${lacking.length} firms lacking finance`);

    // The score explained: the scale once, then each part as weight × value = contribution with the API's words.
    await panel(page)
      .getByText(/Scores run from 0 to 1, higher is better: 0\.5 × peers served here \+ 0\.3 × same product elsewhere \+ 0\.2 × proximity/)
      .waitFor();
    const best = [...first].sort((a, b) => b.score - a.score)[0];
    const parts = candidates(page)
      .getByRole("list", { name: `Parts of the score ${best.score.toFixed(3)}` })
      .first();
    const shownParts = await parts.getByRole("listitem").allInnerTexts();
    const words: Record<string, string> = { PEERS_SERVED: "peers served here", SAME_PRODUCT: "same product elsewhere", PROXIMITY: "proximity" };
    expect(shownParts).toEqual(
      best.scoreParts.map((p) => {
        const number = (v: number, d: number) => (Number.isInteger(v) ? String(v) : v.toFixed(d));
        return `${words[p.name]}: ${number(p.weight, 1)} × ${number(p.value, 2)} = ${number(p.contribution, 3)} (${p.explanation})`;
      }),
    );
    expect(best.scoreParts.reduce((sum, p) => sum + p.contribution, 0)).toBeCloseTo(best.score, 10);

    // The per-firm list is there too, one row per firm and candidate.
    await panel(page)
      .getByText(/^Per firm:/)
      .click();
    const table = panel(page).getByRole("table", { name: "Candidates for each firm lacking finance, best first" });
    expect(await table.locator("tbody tr").count()).toBe(lacking.reduce((n, l) => n + Math.max(1, l.suggestions.length), 0));
    await page.screenshot({ path: path.join(ARTIFACTS, "explore-partners-finance.png"), fullPage: false });
  });

  test("clicking a candidate opens its details, and a firm too (1 action each)", async () => {
    const { page } = ex;
    const candidate = lacking[0].suggestions[0].candidate;
    await candidates(page).getByRole("button", { name: candidate.name, exact: true }).click();
    const details = page.getByRole("region", { name: "Selected actor" });
    await details.getByRole("heading", { name: candidate.name }).waitFor();
    expect(page.url()).toContain(`actor=${candidate.id}`);

    const firm = lacking[1].member;
    await panel(page).getByRole("list", { name: "Firms lacking finance" }).getByRole("button", { name: firm.name, exact: true }).click();
    await details.getByRole("heading", { name: firm.name }).waitFor();
    expect(page.url()).toContain(`actor=${firm.id}`);
  });

  test("the list downloads as CSV (1 action): one row per firm and candidate, equal to the API's, dot decimals, quoted, with a BOM", async () => {
    const { page } = ex;
    const [download] = await Promise.all([page.waitForEvent("download"), panel(page).getByRole("button", { name: "Download the list (CSV)" }).click()]);
    const { name, text } = await downloaded(download);
    expect(name).toBe(`${TEGAL}-FINANCE.csv`);
    expect(text.startsWith("\uFEFF")).toBe(true);
    await panel(page)
      .getByText(/Numbers have a dot decimal/)
      .waitFor();
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([
      "firm id",
      "firm",
      "candidate id",
      "candidate",
      "candidate kind",
      "score (0 to 1)",
      "contribution: peers served here",
      "contribution: same product elsewhere",
      "contribution: proximity",
      "distance km",
      "reasons",
    ]);
    const part = (s: Suggestion, name: string) => machine(s.scoreParts.find((p) => p.name === name)!.contribution);
    const expected = lacking.flatMap((l) =>
      l.suggestions.map((s) => [
        l.member.id,
        l.member.name,
        s.candidate.id,
        s.candidate.name,
        s.candidate.kind,
        machine(s.score),
        part(s, "PEERS_SERVED"),
        part(s, "SAME_PRODUCT"),
        part(s, "PROXIMITY"),
        machine(s.distanceKm, 2),
        s.reasons.map((r) => r.text).join("; "),
      ]),
    );
    expect(rows).toEqual(expected);
    // The reasons hold commas ("0.6 km from the firm, within 10 km"): such fields are quoted.
    expect(text).toMatch(/,"[^"]*, within 10 km[^"]*"\r\n/);
  });

  test("in Indonesian (1 action: the language button) the panel speaks Indonesian with comma decimals, and the CSV keeps dot decimals under an Indonesian header (1 action)", async () => {
    const { page } = ex;
    await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
    await panel(page).getByText(`${lacking.length} dari ${coreMembers} industri inti belum mendapat pembiayaan`).waitFor();
    await panel(page)
      .getByText(/Skor dari 0 sampai 1, makin tinggi makin baik: 0,5 ×/)
      .waitFor();
    // The API's texts come again in Indonesian (over HTTP, as the page asks: Accept-Language).
    const { body } = await postGraphql<any>(ex.api.url, PARTNERS, { id: TEGAL }, { "accept-language": "id" });
    const explanations = body.data.sentra.partners.lacking.edges.flatMap((e: { node: Lacking }) =>
      e.node.suggestions.flatMap((s) => s.scoreParts.map((p) => p.explanation)),
    );
    expect(explanations.some((text: string) => text.includes("dari 22"))).toBe(true);
    await until(
      () => candidates(page).innerText(),
      (text) => explanations.filter((e: string) => text.includes(e)).length > 0 && !text.includes("share of this sentra"),
      "the API's explanations in Indonesian",
    );
    const [download] = await Promise.all([page.waitForEvent("download"), panel(page).getByRole("button", { name: "Unduh daftar (CSV)" }).click()]);
    const { text } = await downloaded(download);
    const [header, row] = parseCsv(text.slice(1));
    expect(header.slice(0, 3)).toEqual(["id industri", "industri", "id calon mitra"]);
    expect(row[5]).toMatch(/^0\.\d+$/);
    // axe on the panel (the rest of the sentra view belongs to other tests).
    const violations = await page.evaluate(async () => {
      const section = (globalThis as any).document.getElementById("partners").closest("section");
      const result = await (globalThis as any).axe.run(section, { resultTypes: ["violations"] });
      return result.violations.filter((v: any) => v.impact === "serious" || v.impact === "critical").map((v: any) => v.id);
    });
    expect(violations).toEqual([]);
  });

  test("hiding the suggestions (1 action) clears the marks in the drawing and the need from the address", async () => {
    const { page } = ex;
    await panel(page).getByRole("button", { name: "Sembunyikan saran" }).click();
    await until(
      () => highlighted(page),
      (ids) => ids.length === 0,
      "no marked firm",
    );
    expect(page.url()).not.toContain("need=");
    expect(
      await panel(page)
        .getByRole("list", { name: /belum mendapat/ })
        .count(),
    ).toBe(0);
    expect(ex.problems).toEqual([]);
  });
});
