import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { ENUMS } from "../../src/explore/labels";
import { postGraphql } from "../support/app";
import { ARTIFACTS, explorerInBrowser, seriousAxeViolations } from "../support/browser";

/**
 * The printable report of a sentra, end to end: a planner opens it from the one-sentra view,
 * prints it in English and in Indonesian, and the printed PDF (read back with pdfjs-dist) holds
 * the verdict's stage and every reason the API gives, on one or two A4 pages. The drawing is
 * checked against the API's network, node for node. Elements are found by their accessible names.
 */
jest.setTimeout(240_000);

const CEPER = "sentra-ceper-metal-casting";
const ANSWER = `query ($id: ID!, $lang: Language) {
  sentra(id: $id) {
    name
    analysis(lang: $lang) { verdict { stage reasons } }
    network(depth: 1, maxNodes: 150) { nodes { id kind } }
  }
}`;

interface Answer {
  name: string;
  analysis: { verdict: { stage: string; reasons: string[] } };
  network: { nodes: Array<{ id: string; kind: string }> };
}

const run = promisify(execFile);
/** pdfjs-dist ships ES modules only, which Jest's CommonJS run cannot load: a Node child reads the PDF. */
const READ_PDF = `
import fs from "node:fs";
import { pathToFileURL } from "node:url";
const { getDocument } = await import(pathToFileURL(process.argv[1]).href);
const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(process.argv[2])), isEvalSupported: false }).promise;
const pages = [];
for (let i = 1; i <= doc.numPages; i++) {
  const content = await (await doc.getPage(i)).getTextContent();
  pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\\n" : " ") : "")).join(""));
}
process.stdout.write(JSON.stringify(pages));
`;

/** The text of each page of a PDF file. */
async function pdfPages(file: string): Promise<string[]> {
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", READ_PDF, require.resolve("pdfjs-dist/legacy/build/pdf.mjs"), file], {
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(stdout) as string[];
}

/** Lines wrap anywhere on paper: compare texts with every space and line break taken out. */
const squash = (text: string) => text.replace(/\s+/g, "");

describe("the printable report of a sentra (/explore, view=report)", () => {
  const ex = explorerInBrowser();

  /** The API's answer over HTTP, in a language as `analysis(lang:)` asks for it (the page asks by Accept-Language). */
  async function answer(lang: "EN" | "ID"): Promise<Answer> {
    const { status, body } = await postGraphql<{ sentra: Answer }>(ex.api.url, ANSWER, { id: CEPER, lang });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return body.data!.sentra;
  }

  /** Prints the page as the browser would (print media, A4) and reads the PDF back. */
  async function printed(file: string): Promise<{ pages: string[]; text: string }> {
    await ex.page.emulateMedia({ media: "print" });
    const pdf = await ex.page.pdf({ format: "A4" });
    await ex.page.emulateMedia({ media: "screen" });
    const target = path.join(ARTIFACTS, file);
    fs.writeFileSync(target, pdf);
    const pages = await pdfPages(target);
    return { pages, text: squash(pages.join(" ")) };
  }

  it("opens from the one-sentra view of Ceper in 1 action, and prints in English on one or two pages with the stage and every reason", async () => {
    const { page, base } = ex;
    const api = await answer("EN");
    await page.goto(`${base}/explore/#view=sentra&sentra=${CEPER}&lang=en`);
    const link = page.getByRole("link", { name: "Printable report" });
    await expect(link.getAttribute("href")).resolves.toContain("view=report");
    // Action 1: follow the report link.
    await link.click();
    await page.getByRole("heading", { level: 1, name: api.name }).waitFor();
    expect(page.url()).toContain(`sentra=${CEPER}`);
    expect(page.url()).toContain("view=report");
    await expect(page.getByRole("button", { name: "Print" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Back to the sentra" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("main").getByText("Show the query").isVisible()).resolves.toBe(true);

    const stage = ENUMS[api.analysis.verdict.stage][0];
    expect(stage).toBe("Early cluster");
    await expect(page.getByRole("main").getByText(`Stage: ${stage}`).isVisible()).resolves.toBe(true);
    // The ladder's five rungs, the stage the current one.
    const rungs = page.getByRole("list", { name: "The ladder of cluster development, lowest rung first" }).getByRole("listitem");
    await expect(rungs.allInnerTexts()).resolves.toHaveLength(5);
    await expect(rungs.filter({ hasText: stage }).getAttribute("aria-current")).resolves.toBe("step");

    expect(await seriousAxeViolations(page)).toEqual([]);

    const { pages, text } = await printed("explore-report.pdf");
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    expect(text).toContain(squash(`Stage: ${stage}`));
    expect(api.analysis.verdict.reasons.length).toBeGreaterThan(0);
    for (const reason of api.analysis.verdict.reasons) expect(text).toContain(squash(reason));
    expect(text).toContain(squash(api.name));
    // What stays on screen does not reach the paper.
    expect(text).not.toContain(squash("Show the query"));
    expect(text).not.toContain(squash("Back to the sentra"));
  });

  it("draws one shape per actor of the API's network, and its legend lists the kinds present (0 actions)", async () => {
    const { page } = ex;
    const api = await answer("EN");
    const drawing = page.getByRole("img", { name: `Drawing of the network of ${api.name}: ${api.network.nodes.length} actors`, exact: false });
    const drawn = await drawing.locator("[data-node-id]").evaluateAll((shapes) => shapes.map((shape) => shape.getAttribute("data-node-id")));
    expect([...drawn].sort()).toEqual(api.network.nodes.map((n) => n.id).sort());
    // Every shape is a vector element of the SVG, numbered as in the key.
    const key = page.getByRole("list", { name: "Actors, by their number in the drawing" }).getByRole("listitem");
    await expect(key.count()).resolves.toBe(api.network.nodes.length);

    const kinds = [...new Set(api.network.nodes.map((n) => n.kind))].map((kind) => ENUMS[kind][0]).sort();
    const legend = await page.getByRole("list", { name: "Colour: kind of actor" }).getByRole("listitem").allInnerTexts();
    expect(legend.map((text) => text.trim()).sort()).toEqual(kinds);
  });

  it("prints in Indonesian after 1 action (the language switch): Klaster awal and the API's Indonesian reasons", async () => {
    const { page } = ex;
    const api = await answer("ID");
    // Action 1: switch the language.
    await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
    await page.getByRole("main").getByText("Tahap: Klaster awal").waitFor();
    expect(page.url()).toContain("lang=id");
    await expect(page.getByRole("button", { name: "Cetak" }).isVisible()).resolves.toBe(true);
    const reasons = await page.getByRole("heading", { name: "Mengapa belum lebih tinggi" }).locator("xpath=..").getByRole("listitem").allInnerTexts();
    expect(reasons).toEqual(api.analysis.verdict.reasons);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const { pages, text } = await printed("explore-report-id.pdf");
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    expect(text).toContain(squash("Tahap: Klaster awal"));
    for (const reason of api.analysis.verdict.reasons) expect(text).toContain(squash(reason));
    expect(text).not.toContain(squash("Why not higher"));
  });

  it("Print opens the browser's print (1 action); Back to the sentra returns to its one-sentra view (1 action), which prints without its controls", async () => {
    const { page } = ex;
    // The browser's print dialog cannot open headless: count the calls instead.
    await page.evaluate(() => {
      (globalThis as any).__printCalls = 0;
      (globalThis as any).print = () => (globalThis as any).__printCalls++;
    });
    await page.getByRole("button", { name: "Cetak" }).click();
    await expect(page.evaluate(() => (globalThis as any).__printCalls)).resolves.toBe(1);

    await page.getByRole("button", { name: "Kembali ke sentra" }).click();
    await page.getByRole("link", { name: "Laporan untuk dicetak" }).waitFor();
    expect(page.url()).toContain("view=sentra");
    expect(page.url()).toContain(`sentra=${CEPER}`);
    await expect(page.getByRole("heading", { level: 1, name: "Sentra Cor Logam Ceper" }).count()).resolves.toBe(0);
    // The one-sentra view shows Ceper again once its diagnosis has come in Indonesian.
    const api = await answer("ID");
    await page.getByRole("main").getByText(api.analysis.verdict.reasons[0]).waitFor();

    const { text } = await printed("explore-sentra-print.pdf");
    expect(text).toContain(squash("Klaster awal"));
    expect(text).toContain(squash(api.analysis.verdict.reasons[0]));
    // The pickers, the partner form and the export links stay off the paper.
    expect(text).not.toContain(squash("Pilih sentra"));
    expect(text).not.toContain(squash("Sarankan mitra"));
    expect(text).not.toContain(squash("Laporan untuk dicetak"));
  });

  it("says when a sentra was never surveyed and marks the stages its incomplete verdict could still reach (1 action: the address)", async () => {
    const { page, base } = ex;
    const { status, body } = await postGraphql<{
      sentra: { analysis: { verdict: { stage: string; lowestPossibleStage: string; highestPossibleStage: string } } };
    }>(
      ex.api.url,
      `{ sentra(id: "sentra-blora-handicraft") { analysis { verdict { stage lowestPossibleStage highestPossibleStage } surveyRounds { roundId } } } }`,
    );
    expect(status).toBe(200);
    const verdict = body.data!.sentra.analysis.verdict;
    expect(verdict.lowestPossibleStage).not.toBe(verdict.highestPossibleStage);
    await page.goto(`${base}/explore/#view=report&sentra=sentra-blora-handicraft&lang=en`);
    await page.getByRole("heading", { level: 1, name: "Sentra Kerajinan Tangan Blora" }).waitFor();
    const main = page.getByRole("main");
    await expect(main.getByText("Never surveyed: the figures rest on the recorded network only.").isVisible()).resolves.toBe(true);
    await expect(
      main.getByText(`anywhere from ${ENUMS[verdict.lowestPossibleStage][0]} to ${ENUMS[verdict.highestPossibleStage][0]}`, { exact: false }).isVisible(),
    ).resolves.toBe(true);
    const ladder = ["EMBRYO", "SENTRA", "EARLY_CLUSTER", "CLUSTER", "DYNAMIC_CLUSTER"];
    const possible = ladder.filter(
      (rung, i) => rung !== verdict.stage && i >= ladder.indexOf(verdict.lowestPossibleStage) && i <= ladder.indexOf(verdict.highestPossibleStage),
    );
    const marked = await main
      .getByRole("list", { name: "The ladder of cluster development, lowest rung first" })
      .getByRole("listitem")
      .filter({ hasText: "possible" })
      .allInnerTexts();
    expect(marked.map((text) => text.replace(/\s*possible\s*$/, "")).sort()).toEqual(possible.map((rung) => ENUMS[rung][0]).sort());
  });

  it("shows an error where the report would be for an unknown sentra, with no old report under its address (1 action: the address)", async () => {
    const { page, base } = ex;
    await page.goto(`${base}/explore/#view=report&sentra=no-such-sentra&lang=en`);
    await page.getByRole("alert").filter({ hasText: "no-such-sentra" }).waitFor();
    await expect(page.getByRole("heading", { level: 1, name: "Sentra Cor Logam Ceper" }).count()).resolves.toBe(0);
    await expect(page.getByRole("img", { name: /Drawing of the network/ }).count()).resolves.toBe(0);
    expect(ex.problems).toEqual([]);
  });

  it("prints every seeded sentra on one or two A4 pages, in English and in Indonesian (1 action each: the address)", async () => {
    const { page, base } = ex;
    const { data } = await ex.api.run<{ sentraList: { edges: Array<{ node: { id: string } }> } }>(`{ sentraList(first: 100) { edges { node { id } } } }`);
    const ids = data!.sentraList.edges.map((e) => e.node.id);
    expect(ids.length).toBeGreaterThanOrEqual(14);
    const over: string[] = [];
    for (const lang of ["en", "id"]) {
      for (const id of ids) {
        await page.goto(`${base}/explore/#view=report&sentra=${id}&lang=${lang}`);
        // This sentra's report, not the previous one still shown while it loads.
        await page
          .locator(`article[data-sentra-id="${id}"]`)
          .getByRole("img", { name: /Drawing of the network|Gambar jaringan/ })
          .waitFor({ timeout: 60_000 });
        const { pages } = await printed(`explore-report-${lang}-${id}.pdf`);
        if (pages.length > 2) over.push(`${lang} ${id}: ${pages.length} pages`);
      }
    }
    expect(over).toEqual([]);
  });
});
