import { LINKAGE_TYPES } from "../../src/domain/vocabulary";
import fs from "node:fs";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Page } from "playwright-core";
import { NODE_SPACING } from "../../src/domain/drawing/layout";
import { KIND_COLOURS, rgbOf } from "../../src/domain/drawing/palette";
import { ARTIFACTS, explorerInBrowser, seriousAxeViolations, until } from "../support/browser";

/**
 * The one-sentra drawing as a user of Kumu, Gephi Lite or Neo4j Bloom would use it: find an actor
 * by name, zoom and fit, walk the actors with the keyboard, keep one linkage type only, details
 * brought into view on a tablet, a PNG with title and legend at a chosen size, a GEXF file with the
 * page's positions and colours, and no serious accessibility fault. Each test names its user actions.
 */
jest.setTimeout(240_000);

const CEPER = "sentra-ceper-metal-casting";
const NETWORK = `query ($id: ID!, $types: [LinkageType!]) {
  sentra(id: $id) { name network(depth: 1, maxNodes: 150, linkageTypes: $types) { nodes { id name kind isCore } edges { id type } } }
}`;

interface Hook {
  state: string;
  sentraId: string | null;
  nodes: string[];
  edges: string[];
  selected: string | null;
  linkageTypes: string[];
}

const view = (page: Page) => page.locator("#view-sentra");

describe("the one-sentra drawing", () => {
  const ex = explorerInBrowser();
  const hook = () => ex.page.evaluate(() => JSON.parse(JSON.stringify((globalThis as any).__simpulExplore)) as Hook);
  const ratio = () => ex.page.evaluate(() => (globalThis as any).__simpulExplore.cameraRatio() as number);
  const positions = () => ex.page.evaluate(() => (globalThis as any).__simpulExplore.positions() as Record<string, { x: number; y: number }>);

  async function apiNetwork(id: string, types: string[] | null = null) {
    const { data, errors } = await ex.api.run<any>(NETWORK, { id, types });
    expect(errors).toBeUndefined();
    return data.sentra as {
      name: string;
      network: { nodes: Array<{ id: string; name: string; kind: string; isCore: boolean }>; edges: Array<{ id: string; type: string }> };
    };
  }

  async function waitForDrawing(sentraId: string, types?: string[]): Promise<Hook> {
    await ex.page.waitForFunction(
      (w) => {
        const d = (globalThis as any).__simpulExplore;
        if (!d || d.state !== "drawn" || d.sentraId !== w.sentraId) return false;
        return !w.types || JSON.stringify(d.linkageTypes) === JSON.stringify(w.types);
      },
      { sentraId, types },
      { timeout: 90_000 },
    );
    return hook();
  }

  /** Waits until the camera has stopped moving and returns its ratio. */
  async function settledRatio(): Promise<number> {
    await ex.page.waitForTimeout(400);
    let last = await ratio();
    for (;;) {
      await ex.page.waitForTimeout(120);
      const now = await ratio();
      if (Math.abs(now - last) < 1e-6) return now;
      last = now;
    }
  }

  it("finds an actor by name: the camera moves to it, it is selected and its details shown (2 actions)", async () => {
    const page = ex.page;
    await page.goto(`${ex.base}/explore#sentra=${CEPER}`);
    await waitForDrawing(CEPER);
    const { network } = await apiNetwork(CEPER);
    const target = network.nodes.find((n) => !n.isCore)!;
    await view(page).getByLabel("Find an actor in the drawing").fill(target.name);
    await view(page).getByLabel("Find an actor in the drawing").press("Enter");
    await page.waitForSelector(`#actor[data-actor-id="${target.id}"]`);
    expect((await hook()).selected).toBe(target.id);
    // Frames can be slow on a loaded machine (WebGL in software): wait for the camera to start zooming in, then to settle.
    await until(ratio, (r) => r < 1, "the camera to move in on the actor", 20_000);
    expect(await settledRatio()).toBeLessThan(1);
    expect(page.url()).toContain(`actor=${target.id}`);
    // The camera is on it: once it stops moving (the ratio may settle before the centre does), the actor sits near the middle of the drawing.
    const position = () => page.evaluate((id) => (globalThis as any).__simpulExplore.viewportPosition(id) as { x: number; y: number }, target.id);
    let at = await position();
    for (let still = 0; still < 3;) {
      await page.waitForTimeout(300);
      const now = await position();
      still = Math.hypot(now.x - at.x, now.y - at.y) < 0.5 ? still + 1 : 0;
      at = now;
    }
    const box = (await page.locator("#graph").boundingBox())!;
    expect(Math.abs(at.x - box.width / 2)).toBeLessThan(box.width * 0.1);
    expect(Math.abs(at.y - box.height / 2)).toBeLessThan(box.height * 0.1);
  });

  it("zooms in and out with the buttons, and fits the whole drawing again (3 actions)", async () => {
    const drawing = view(ex.page);
    const ratioBelow = (limit: number) => ex.page.waitForFunction((l) => (globalThis as any).__simpulExplore.cameraRatio() < l, limit, { timeout: 5_000 });
    const ratioAbove = (limit: number) => ex.page.waitForFunction((l) => (globalThis as any).__simpulExplore.cameraRatio() > l, limit, { timeout: 5_000 });
    const before = await settledRatio();
    await drawing.getByRole("button", { name: "Zoom in" }).click();
    await ratioBelow(before * 0.9);
    const closer = await settledRatio();
    await drawing.getByRole("button", { name: "Zoom out" }).click();
    await ratioAbove(closer * 1.1);
    await settledRatio();
    await drawing.getByRole("button", { name: "Fit the drawing" }).click();
    await ex.page.waitForFunction(() => Math.abs((globalThis as any).__simpulExplore.cameraRatio() - 1) < 1e-6, undefined, { timeout: 5_000 });
  });

  it("walks the actors with the keyboard: n and p move the selection and say which, Enter shows the details (5 actions)", async () => {
    const page = ex.page;
    const graph = page.getByRole("application", { name: /Network drawing of/ });
    await expect(graph.getAttribute("tabindex")).resolves.toBe("0");
    expect(await page.locator("#graph-keys").textContent()).toContain("n and p");
    await graph.focus();
    await page.keyboard.press("Escape");
    const order = await page.$$eval("#node-list button[data-node-id]", (buttons) => buttons.map((b: any) => b.dataset.nodeId as string));
    await page.keyboard.press("n");
    await page.waitForFunction((id) => (globalThis as any).__simpulExplore.selected === id, order[0]);
    await page.keyboard.press("n");
    await page.waitForFunction((id) => (globalThis as any).__simpulExplore.selected === id, order[1]);
    const name = await page.textContent(`#node-list button[data-node-id="${order[1]}"] span:not(.shape):not(.mark)`);
    expect(await page.textContent("#graph-announce")).toContain(name!);
    expect(await page.textContent("#graph-announce")).toContain(`(2 of ${order.length})`);
    await page.keyboard.press("p");
    await page.waitForFunction((id) => (globalThis as any).__simpulExplore.selected === id, order[0]);
    await page.keyboard.press("Enter");
    await page.waitForSelector(`#actor[data-actor-id="${order[0]}"]`);
    // Arrow keys and + move the camera.
    await graph.focus();
    const before = await settledRatio();
    await page.keyboard.press("+");
    await page.waitForFunction((b) => (globalThis as any).__simpulExplore.cameraRatio() < b * 0.9, before, { timeout: 5_000 });
    await settledRatio();
    await page.keyboard.press("0");
    await page.waitForFunction(() => Math.abs((globalThis as any).__simpulExplore.cameraRatio() - 1) < 1e-6, undefined, { timeout: 5_000 });
  });

  it("keeps only one linkage type with its 'only' button, tie for tie with the API (1 action, Back restores)", async () => {
    const page = ex.page;
    await view(page).getByRole("button", { name: "Only Finance" }).click();
    const shown = await waitForDrawing(CEPER, ["FINANCE"]);
    const expected = (await apiNetwork(CEPER, ["FINANCE"])).network;
    expect(expected.edges.length).toBeGreaterThan(0);
    expect(expected.edges.every((e) => e.type === "FINANCE")).toBe(true);
    expect([...shown.edges].sort()).toEqual(expected.edges.map((e) => e.id).sort());
    expect(page.url()).toMatch(/types=FINANCE(&|$)/);
    expect(await page.getByRole("checkbox", { name: "Finance" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "Horizontal cooperation" }).isChecked()).toBe(false);
    await page.goBack();
    const all = await waitForDrawing(CEPER, [...LINKAGE_TYPES]);
    expect(all.edges.length).toBe((await apiNetwork(CEPER)).network.edges.length);
  });

  it("has no serious or critical accessibility fault on the one-sentra view (axe-core)", async () => {
    await ex.page.waitForFunction(() => (globalThis as any).__simpulExplore.analysisLoaded === true);
    expect(await seriousAxeViolations(ex.page)).toEqual([]);
  });

  it("exports a PNG of the chosen size with title and legend beside the drawing (2 actions)", async () => {
    const page = ex.page;
    await view(page).getByLabel("Picture size").selectOption("1920x1080");
    const [download] = await Promise.all([page.waitForEvent("download"), view(page).getByRole("button", { name: "Drawing as PNG" }).click()]);
    expect(download.suggestedFilename()).toBe(`${CEPER}.png`);
    const file = path.join(ARTIFACTS, "explore-ceper-picture.png");
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    // Width and height from the IHDR chunk.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
    const counts = await page.evaluate(async (b64) => {
      const g = globalThis as any;
      const data = Uint8Array.from(g.atob(b64) as string, (c) => c.charCodeAt(0));
      const bitmap = await g.createImageBitmap(new g.Blob([data], { type: "image/png" }));
      const context = new g.OffscreenCanvas(bitmap.width, bitmap.height).getContext("2d");
      context.drawImage(bitmap, 0, 0);
      const pixels: Uint8ClampedArray = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const legendFrom = Math.floor(bitmap.width * 0.74);
      const result = { drawing: 0, legend: 0, title: 0 };
      for (let i = 0; i < pixels.length; i += 4) {
        const x = (i / 4) % bitmap.width;
        const y = Math.floor(i / 4 / bitmap.width);
        const inked = pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200;
        if (!inked) continue;
        if (y < 80) result.title++;
        else if (x >= legendFrom) result.legend++;
        else result.drawing++;
      }
      return result;
    }, bytes.toString("base64"));
    expect(counts.title).toBeGreaterThan(500);
    expect(counts.legend).toBeGreaterThan(2000);
    expect(counts.drawing).toBeGreaterThan(2000);
  });

  it("exports GEXF whose viz positions are the page's, and whose colours are the palette's (1 action)", async () => {
    const page = ex.page;
    const href = await view(page).getByRole("link", { name: "GEXF (Gephi)" }).getAttribute("href");
    const response = await fetch(`${ex.base}${href}`);
    expect(response.status).toBe(200);
    const graph = parseGexf(MultiDirectedGraph, await response.text(), { respectInputGraphType: true });
    const drawnAt = await positions();
    const { network } = await apiNetwork(CEPER);
    expect(graph.nodes().sort()).toEqual(Object.keys(drawnAt).sort());
    for (const node of network.nodes) {
      const a = graph.getNodeAttributes(node.id);
      expect({ id: node.id, x: a.x, y: a.y }).toEqual({ id: node.id, ...drawnAt[node.id] });
      const [r, g, b] = rgbOf(KIND_COLOURS[node.kind]);
      expect(a.color).toBe(`rgb(${r},${g},${b})`);
    }
  });

  it("draws a sentra with no ties as a grid without overlap (1 action)", async () => {
    const page = ex.page;
    const region = (await ex.api.run<any>(`{ sentra(id: "${CEPER}") { region { id } } }`)).data.sentra.region.id;
    const made = await ex.api.run<any>(
      `mutation ($region: ID!) { createSentra(input: { id: "sentra-drawing-untied", name: "Sentra Uji Tanpa Keterkaitan", product: "gerabah", sector: "ceramics", description: "Three potters, no ties", unggulan: false, regionId: $region }) { id } }`,
      { region },
    );
    expect(made.errors).toBeUndefined();
    for (const i of [1, 2, 3]) {
      const actor = await ex.api.run<any>(`mutation { createActor(input: { id: "ikm-drawing-untied-${i}", name: "Perajin Uji ${i}", kind: IKM }) { id } }`);
      expect(actor.errors).toBeUndefined();
      const part = await ex.api.run<any>(
        `mutation { createParticipation(input: { actorId: "ikm-drawing-untied-${i}", sentraId: "sentra-drawing-untied", role: CORE }) { role } }`,
      );
      expect(part.errors).toBeUndefined();
    }
    await page.goto(`${ex.base}/explore#sentra=sentra-drawing-untied`);
    const shown = await waitForDrawing("sentra-drawing-untied");
    expect(shown.nodes).toHaveLength(3);
    expect(shown.edges).toHaveLength(0);
    const at = await positions();
    const points = Object.values(at);
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) expect(Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y)).toBeGreaterThanOrEqual(NODE_SPACING);
    // On screen: apart, inside the drawing, and not stretched to its edges.
    const box = (await page.locator("#graph").boundingBox())!;
    const onScreen = await page.evaluate((ids) => ids.map((id) => (globalThis as any).__simpulExplore.viewportPosition(id)), shown.nodes);
    for (const p of onScreen) {
      expect(p.x).toBeGreaterThan(box.width * 0.15);
      expect(p.x).toBeLessThan(box.width * 0.85);
    }
    for (let i = 0; i < onScreen.length; i++)
      for (let j = i + 1; j < onScreen.length; j++) expect(Math.hypot(onScreen[i].x - onScreen[j].x, onScreen[i].y - onScreen[j].y)).toBeGreaterThan(30);
    await page.locator("#graph").screenshot({ path: path.join(ARTIFACTS, "explore-untied-sentra.png") });
  });

  it("brings the chosen actor's details into view on a tablet (2 actions)", async () => {
    const page = ex.page;
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.goto(`${ex.base}/explore#sentra=${CEPER}`);
    await waitForDrawing(CEPER);
    await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
    const { network } = await apiNetwork(CEPER);
    const target = network.nodes.find((n) => n.isCore)!;
    await view(page).getByLabel("Find an actor in the drawing").fill(target.name);
    await view(page).getByLabel("Find an actor in the drawing").press("Enter");
    await page.waitForSelector(`#actor[data-actor-id="${target.id}"]`);
    const panel = await page.evaluate(() => {
      const g = globalThis as any;
      const box = g.document.querySelector("#node-panel").getBoundingClientRect();
      return { top: box.top, height: g.innerHeight, focused: g.document.activeElement?.id };
    });
    expect(panel.top).toBeGreaterThanOrEqual(0);
    expect(panel.top).toBeLessThan(panel.height - 100);
    expect(panel.focused).toBe("node-heading");
    await page.screenshot({ path: path.join(ARTIFACTS, "explore-details-tablet.png") });
    await page.setViewportSize({ width: 1440, height: 960 });
  });

  it("logged no errors, broke no policy and asked nothing from any other origin", () => {
    expect(ex.problems).toEqual([]);
  });
});
