import { ApiError, authHeaders, gql, storeApiKey, storedApiKey } from "./api";
import { byId, fill, h } from "./dom";
import { INTENSITY_STYLES, ISOLATE_MARK, KIND_COLOURS, LINKAGE_COLOURS, NetworkView, OUTSIDE_MARK, ROLE_SHAPES, type DrawnGraph } from "./graph";
import { currentLang, label, setLang, t } from "./i18n";
import { actorView, densityView, partnersView, roundsView, sevenStepsView, valueChainView, verdictView } from "./panels";
import {
  ACTOR,
  ANALYSIS,
  INTENSITIES,
  LINKAGE_TYPES,
  NETWORK,
  PARTNER_NEEDS,
  PARTNERS,
  PROVINCES,
  REGENCIES,
  SEARCH_SENTRA,
  SENTRA_IN_REGION,
  SENTRA_PLACE,
  type ActorDetails,
  type Analysis,
  type Connection,
  type DrawableNetwork,
  type IntensityFilter,
  type LinkageType,
  type Named,
  type PartnerSearch,
} from "./queries";

/** The sentra shown when the address names none: Ceper, the first of the research's measured sentra, when this graph has it. */
const FEATURED_SENTRA = "sentra-ceper-metal-casting";
const MAX_NODES = 150;

interface Hook {
  state: "idle" | "loading" | "drawn" | "error";
  sentraId: string | null;
  nodes: string[];
  edges: string[];
  selected: string | null;
  linkageTypes: LinkageType[];
  intensities: IntensityFilter[];
  depth: number;
  analysisLoaded: boolean;
  viewportPosition(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    /** What the page drew, for tests and for anyone checking the drawing against the API. */
    __simpulExplore: Hook;
  }
}

const state = {
  sentraId: null as string | null,
  sentraName: "",
  network: undefined as DrawableNetwork | undefined,
  analysis: undefined as Analysis | undefined,
  actor: undefined as ActorDetails | undefined,
  partners: undefined as PartnerSearch | undefined,
  roundPair: [0, 0] as [number, number],
  types: new Set<LinkageType>(LINKAGE_TYPES),
  intensities: new Set<IntensityFilter>(INTENSITIES),
  depth: 1,
  drawn: { nodes: [], edges: [] } as DrawnGraph,
  requestSeq: 0,
};

let view: NetworkView;

const hook: Hook = {
  state: "idle",
  sentraId: null,
  nodes: [],
  edges: [],
  selected: null,
  linkageTypes: [...LINKAGE_TYPES],
  intensities: [...INTENSITIES],
  depth: 1,
  analysisLoaded: false,
  viewportPosition: (id) => view?.viewportPosition(id) ?? null,
};
window.__simpulExplore = hook;

function setGraphState(next: Hook["state"]): void {
  hook.state = next;
  byId("graph").dataset.state = next;
}

function showError(error: unknown): void {
  const alert = byId("alert");
  if (error instanceof ApiError && (error.code === "UNAUTHENTICATED" || error.code === "FORBIDDEN")) {
    alert.textContent = `${t("needKey")} (${error.message})`;
    (byId("key-box") as HTMLDetailsElement).open = true;
  } else {
    alert.textContent = `${t("error")}: ${error instanceof Error ? error.message : String(error)}`;
  }
  alert.hidden = false;
}

function clearError(): void {
  byId("alert").hidden = true;
}

// ---------------------------------------------------------------- static texts and language

function applyStaticTexts(): void {
  document.documentElement.lang = currentLang();
  document.title = t("title");
  for (const element of document.querySelectorAll<HTMLElement>("[data-t]")) element.textContent = t(element.dataset.t!);
  for (const element of document.querySelectorAll<HTMLElement>("[data-t-title]")) element.title = t(element.dataset.tTitle!);
  for (const element of document.querySelectorAll<HTMLElement>("[data-t-label]")) element.setAttribute("aria-label", t(element.dataset.tLabel!));
  byId("lang-toggle").setAttribute("lang", currentLang() === "en" ? "id" : "en");
}

function renderAll(): void {
  applyStaticTexts();
  renderFilters();
  renderNeeds();
  renderLegend();
  renderNodeList();
  renderStatus();
  renderAnalysis();
  renderActor();
  renderPartners();
  for (const id of ["province", "regency", "sentra"]) {
    const placeholder = byId<HTMLSelectElement>(id).querySelector<HTMLOptionElement>("option[value='']");
    if (placeholder) placeholder.textContent = t("pick");
  }
}

// ---------------------------------------------------------------- pickers

/** Fills a picker, keeping what was chosen in it when the new list still has it. */
function options(select: HTMLSelectElement, items: Named[], chosen?: string): void {
  const keep = chosen ?? select.value;
  fill(
    select,
    h("option", { value: "" }, t("pick")),
    items.map((item) => h("option", { value: item.id, selected: item.id === keep }, item.name)),
  );
}

async function loadProvinces(chosen?: string): Promise<void> {
  const data = await gql<{ regions: Connection<Named> }>(PROVINCES);
  const provinces = data.regions.edges.map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name));
  options(byId("province"), provinces, chosen ?? (provinces.length === 1 ? provinces[0].id : undefined));
}

async function loadRegencies(provinceId: string, chosen?: string): Promise<void> {
  const data = await gql<{ region: { children: Connection<Named & { level: string }> } | null }>(REGENCIES, { id: provinceId });
  const regencies = (data.region?.children.edges ?? []).map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name));
  options(byId("regency"), regencies, chosen);
}

async function loadSentraOf(regionId: string, chosen?: string): Promise<void> {
  const data = await gql<{ region: { sentra: Connection<Named> } | null }>(SENTRA_IN_REGION, { id: regionId });
  const sentra = (data.region?.sentra.edges ?? []).map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name));
  options(byId("sentra"), sentra, chosen);
}

interface Place extends Named {
  level: string;
  parent?: Place | null;
}

/** Sets the three pickers to where a sentra lies, then draws it. */
async function openSentra(id: string): Promise<void> {
  const data = await gql<{ sentra: { id: string; name: string; region: Place | null } | null }>(SENTRA_PLACE, { id });
  if (!data.sentra) throw new Error(`no sentra ${id}`);
  const chain: Place[] = [];
  for (let region: Place | null | undefined = data.sentra.region; region; region = region.parent) chain.push(region);
  const province = chain.find((r) => r.level === "PROVINCE");
  const regency = chain.find((r) => r.level === "REGENCY" || r.level === "CITY");
  if (province) {
    await loadProvinces(province.id);
    await loadRegencies(province.id, regency?.id);
  }
  if (regency) await loadSentraOf(regency.id, id);
  else options(byId("sentra"), [{ id, name: data.sentra.name }], id);
  await drawSentra(id, data.sentra.name);
}

async function search(text: string): Promise<void> {
  const list = byId("search-results");
  const data = await gql<{ sentraList: Connection<Named & { region: Named | null }> }>(SEARCH_SENTRA, { text });
  const found = data.sentraList.edges.map((e) => e.node);
  if (found.length === 0) return fill(list, h("li", { class: "small" }, t("noResults")));
  fill(
    list,
    found.map((s) => {
      const button = h("button", { type: "button", class: "link", "data-sentra-id": s.id }, s.name);
      button.addEventListener("click", () => void openSentra(s.id).catch(showError));
      return h("li", {}, button, s.region ? h("span", { class: "small" }, ` · ${s.region.name}`) : null);
    }),
  );
}

// ---------------------------------------------------------------- the network

function networkVariables(id: string) {
  const all = state.types.size === LINKAGE_TYPES.length;
  return { id, depth: state.depth, maxNodes: MAX_NODES, types: all ? null : LINKAGE_TYPES.filter((type) => state.types.has(type)) };
}

async function drawSentra(id: string, name: string): Promise<void> {
  clearError();
  const changed = state.sentraId !== id;
  state.sentraId = id;
  state.sentraName = name;
  hook.sentraId = id;
  history.replaceState(null, "", `#sentra=${encodeURIComponent(id)}`);
  byId("sentra-name").textContent = `· ${name}`;
  updateExportLinks();
  if (changed) {
    state.actor = undefined;
    state.partners = undefined;
    state.analysis = undefined;
    hook.analysisLoaded = false;
    hook.selected = null;
    renderActor();
    renderPartners();
    renderAnalysis();
    void loadAnalysis(id);
  }
  await loadNetwork();
}

async function loadNetwork(): Promise<void> {
  const id = state.sentraId;
  if (!id) return;
  const seq = ++state.requestSeq;
  setGraphState("loading");
  renderStatus();
  try {
    const data = await gql<{ sentra: { network: DrawableNetwork | null } | null }>(NETWORK, networkVariables(id));
    if (seq !== state.requestSeq) return;
    const network = data.sentra?.network;
    if (!network) throw new Error(`no network for ${id}`);
    state.network = network;
    state.drawn = view.show(network, state.intensities);
    if (hook.selected && state.drawn.nodes.includes(hook.selected)) view.select(hook.selected);
    publishDrawn();
  } catch (error) {
    if (seq !== state.requestSeq) return;
    setGraphState("error");
    showError(error);
  }
}

function redrawIntensities(): void {
  if (!state.network) return;
  state.drawn = view.redraw(state.intensities);
  if (hook.selected) view.select(hook.selected);
  publishDrawn();
}

function publishDrawn(): void {
  hook.nodes = [...state.drawn.nodes];
  hook.edges = [...state.drawn.edges];
  hook.linkageTypes = LINKAGE_TYPES.filter((type) => state.types.has(type));
  hook.intensities = INTENSITIES.filter((i) => state.intensities.has(i));
  hook.depth = state.depth;
  setGraphState("drawn");
  renderNodeList();
  renderLegend();
  renderStatus();
  (byId("export-png") as HTMLButtonElement).disabled = false;
}

function renderStatus(): void {
  const status = byId("status");
  if (!state.sentraId) return void (status.textContent = t("nothingChosen"));
  if (hook.state === "loading") return void (status.textContent = t("loading"));
  const network = state.network;
  if (!network) return void (status.textContent = "");
  const hidden = network.edges.length - state.drawn.edges.length;
  const parts = [t("drawn", { n: state.drawn.nodes.length, e: state.drawn.edges.length })];
  if (hidden > 0) parts.push(t("hiddenByIntensity", { h: hidden }));
  if (network.truncated) parts.push(`${t("truncated")}: ${network.message ?? ""}`);
  status.textContent = parts.join(" · ");
}

function renderNodeList(): void {
  const list = byId("node-list");
  const network = state.network;
  if (!network) return fill(list);
  const nodes = [...network.nodes].sort((a, b) => Number(b.isCore) - Number(a.isCore) || a.name.localeCompare(b.name));
  fill(
    list,
    nodes.map((node) => {
      const shape = ROLE_SHAPES.find(([role]) => node.roles.includes(role))?.[1] ?? "circle";
      const marks = [node.isOutsideNetwork && t("outsideShort"), node.untied && t("untiedShort"), node.isIsolate && t("isolateShort")]
        .filter(Boolean)
        .join(", ");
      const button = h(
        "button",
        {
          type: "button",
          "data-node-id": node.id,
          "aria-pressed": String(node.id === hook.selected),
          title: `${label(node.kind)} · ${node.roles.map(label).join(", ") || t("noRole")}`,
        },
        swatchShape(shape, KIND_COLOURS[node.kind] ?? "#999"),
        h("span", {}, node.name),
        marks && h("span", { class: "mark" }, `(${marks})`),
      );
      button.addEventListener("click", () => void selectNode(node.id));
      return h("li", {}, button);
    }),
  );
}

function swatchShape(shape: string, colour: string): HTMLElement {
  const element = h("span", { class: `shape ${shape}`, "aria-hidden": "true" });
  element.style.background = colour;
  return element;
}

async function selectNode(id: string): Promise<void> {
  hook.selected = id;
  view.select(id);
  for (const button of byId("node-list").querySelectorAll<HTMLButtonElement>("button[data-node-id]")) {
    button.setAttribute("aria-pressed", String(button.dataset.nodeId === id));
  }
  try {
    const data = await gql<{ actor: ActorDetails | null }>(ACTOR, { id });
    if (hook.selected !== id) return;
    state.actor = data.actor ?? undefined;
    renderActor();
  } catch (error) {
    showError(error);
  }
}

function renderActor(): void {
  const target = byId("node-details");
  const actor = state.actor;
  if (!actor) return fill(target, h("p", { class: "hint" }, t("clickNode")));
  const drawn = state.network?.nodes.find((n) => n.id === actor.id);
  fill(
    target,
    actorView(
      actor,
      drawn,
      (id) => void selectNode(id),
      (sentraId) => void openSentra(sentraId).catch(showError),
      (id) => state.drawn.nodes.includes(id),
    ),
  );
}

// ---------------------------------------------------------------- filters and legend

function renderFilters(): void {
  const types = byId("type-filter");
  fill(
    types,
    h("legend", {}, t("linkageTypes")),
    LINKAGE_TYPES.map((type) => {
      const box = h("input", { type: "checkbox", name: "linkageType", value: type, checked: state.types.has(type) });
      box.addEventListener("change", () => {
        if (box.checked) state.types.add(type);
        else state.types.delete(type);
        updateExportLinks();
        void loadNetwork();
      });
      const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
      swatch.style.borderTopColor = LINKAGE_COLOURS[type];
      return h("label", {}, box, swatch, label(type));
    }),
  );
  const intensities = byId("intensity-filter");
  fill(
    intensities,
    h("legend", {}, t("intensities")),
    INTENSITIES.map((intensity) => {
      const box = h("input", { type: "checkbox", name: "intensity", value: intensity, checked: state.intensities.has(intensity) });
      box.addEventListener("change", () => {
        if (box.checked) state.intensities.add(intensity);
        else state.intensities.delete(intensity);
        updateExportLinks();
        redrawIntensities();
      });
      return h("label", {}, box, intensitySwatch(intensity), label(intensity));
    }),
  );
}

function intensitySwatch(intensity: IntensityFilter): HTMLElement {
  const style = INTENSITY_STYLES[intensity];
  const swatch = h("span", { class: `swatch ${style.dash === 0 ? "" : style.dash > 3 ? "dashed" : "dotted"}`, "aria-hidden": "true" });
  swatch.style.borderTopWidth = `${Math.max(1, Math.round(style.size))}px`;
  swatch.style.borderTopColor = "#444";
  return swatch;
}

function renderLegend(): void {
  const nodes = state.network?.nodes ?? [];
  const kinds = [...new Set(nodes.map((n) => n.kind))].sort();
  const types = [...new Set((state.network?.edges ?? []).map((e) => e.type))];
  const ring = (colour: string) => {
    const element = h("span", { class: "ring", "aria-hidden": "true" });
    element.style.borderColor = colour;
    return element;
  };
  fill(
    byId("legend-body"),
    h("h3", {}, t("legendKinds")),
    h(
      "ul",
      { class: "legend-list", id: "legend-kinds" },
      kinds.map((kind) => {
        const dot = h("span", { class: "dot", "aria-hidden": "true" });
        dot.style.background = KIND_COLOURS[kind] ?? "#999";
        return h("li", { "data-kind": kind }, dot, label(kind));
      }),
    ),
    h("h3", {}, t("legendRoles")),
    h(
      "ul",
      { class: "legend-list" },
      ROLE_SHAPES.map(([role, shape]) => h("li", {}, swatchShape(shape, "#555"), label(role))),
      h("li", {}, swatchShape("circle", "#999"), t("noRoleSmaller")),
    ),
    h("h3", {}, t("legendEdges")),
    h(
      "ul",
      { class: "legend-list" },
      LINKAGE_TYPES.filter((type) => types.includes(type)).map((type) => {
        const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
        swatch.style.borderTopColor = LINKAGE_COLOURS[type];
        return h("li", {}, swatch, label(type));
      }),
      INTENSITIES.map((intensity) => h("li", {}, intensitySwatch(intensity), label(intensity))),
    ),
    h("h3", {}, t("legendMarks")),
    h(
      "ul",
      { class: "legend-list" },
      h("li", {}, ring(ISOLATE_MARK), t("isolate")),
      h("li", {}, ring(OUTSIDE_MARK), t("outside")),
      h("li", {}, ring("#f2b705"), t("details")),
    ),
  );
}

function renderNeeds(): void {
  const select = byId<HTMLSelectElement>("need");
  const chosen = select.value || "FINANCE";
  fill(
    select,
    PARTNER_NEEDS.map((need) => h("option", { value: need, selected: need === chosen }, label(need))),
  );
}

// ---------------------------------------------------------------- the diagnosis

async function loadAnalysis(id: string): Promise<void> {
  try {
    const data = await gql<{ sentra: { analysis: Analysis } | null }>(ANALYSIS, { id });
    if (state.sentraId !== id || !data.sentra) return;
    state.analysis = data.sentra.analysis;
    const rounds = state.analysis.surveyRounds.length;
    state.roundPair = [Math.max(0, rounds - 2), Math.max(0, rounds - 1)];
    hook.analysisLoaded = true;
    renderAnalysis();
  } catch (error) {
    showError(error);
  }
}

function renderAnalysis(): void {
  const analysis = state.analysis;
  const targets = ["verdict", "value-chain", "density", "seven-steps", "rounds"].map((id) => byId(id));
  if (!analysis) {
    for (const target of targets) fill(target, state.sentraId ? h("p", { class: "hint" }, t("loading")) : null);
    return;
  }
  fill(byId("verdict"), verdictView(analysis));
  fill(byId("value-chain"), valueChainView(analysis));
  fill(byId("density"), densityView(analysis));
  fill(byId("seven-steps"), sevenStepsView(analysis));
  renderRounds();
}

function renderRounds(): void {
  const analysis = state.analysis;
  if (!analysis) return;
  fill(
    byId("rounds"),
    roundsView(analysis.surveyRounds, state.roundPair, (pair) => {
      state.roundPair = pair;
      renderRounds();
    }),
  );
}

async function loadPartners(): Promise<void> {
  const id = state.sentraId;
  if (!id) return;
  const need = byId<HTMLSelectElement>("need").value;
  fill(byId("partners"), h("p", { class: "hint" }, t("loading")));
  try {
    const data = await gql<{ sentra: { partners: PartnerSearch } | null }>(PARTNERS, { id, need });
    state.partners = data.sentra?.partners;
    renderPartners();
  } catch (error) {
    showError(error);
  }
}

function renderPartners(): void {
  fill(byId("partners"), state.partners ? partnersView(state.partners) : null);
}

// ---------------------------------------------------------------- exports

const EXPORTS: Array<[id: string, suffix: string]> = [
  ["export-graphml", "graphml"],
  ["export-gexf", "gexf"],
  ["export-nodes", "nodes.csv"],
  ["export-edges", "edges.csv"],
];

/** The export endpoints take Sentra.network's arguments as query parameters, plus the page's intensity filter and language. */
function exportUrl(suffix: string): string {
  const params = new URLSearchParams({ depth: String(state.depth), maxNodes: String(MAX_NODES) });
  if (state.types.size !== LINKAGE_TYPES.length) params.set("linkageTypes", LINKAGE_TYPES.filter((type) => state.types.has(type)).join(","));
  if (state.intensities.size !== INTENSITIES.length) params.set("intensities", INTENSITIES.filter((i) => state.intensities.has(i)).join(","));
  params.set("lang", currentLang());
  return `/export/sentra/${encodeURIComponent(state.sentraId ?? "")}.${suffix}?${params}`;
}

function updateExportLinks(): void {
  for (const [id, suffix] of EXPORTS) {
    const link = byId<HTMLAnchorElement>(id);
    if (!state.sentraId) {
      link.removeAttribute("href");
      link.setAttribute("aria-disabled", "true");
      continue;
    }
    link.href = exportUrl(suffix);
    link.download = `${state.sentraId}.${suffix}`;
    link.removeAttribute("aria-disabled");
  }
}

/** With an API key, a plain link cannot send it: fetch the file with the key, then save it. */
async function downloadWithKey(link: HTMLAnchorElement): Promise<void> {
  const response = await fetch(link.href, { headers: authHeaders() });
  if (!response.ok) throw new Error(`${link.textContent}: HTTP ${response.status}`);
  saveBlob(await response.blob(), link.download);
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = h("a", { href: url, download: name });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---------------------------------------------------------------- start

function wire(): void {
  // A sentra named in the address (a shared link, the browser's back button) is opened.
  window.addEventListener("hashchange", () => {
    const id = new URLSearchParams(location.hash.slice(1)).get("sentra");
    if (id && id !== state.sentraId) void openSentra(id).catch(showError);
  });
  byId("lang-toggle").addEventListener("click", () => {
    setLang(currentLang() === "en" ? "id" : "en");
    renderAll();
    updateExportLinks();
    // The API's texts come in the language asked for: ask again in the new one.
    if (state.sentraId) {
      void loadAnalysis(state.sentraId);
      void loadNetwork();
      if (state.partners) void loadPartners();
    }
  });
  const keyInput = byId<HTMLInputElement>("api-key");
  keyInput.value = storedApiKey();
  byId("key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    storeApiKey(keyInput.value.trim());
    clearError();
    void start();
  });
  byId("province").addEventListener("change", () => {
    const id = byId<HTMLSelectElement>("province").value;
    options(byId("sentra"), []);
    if (id) void loadRegencies(id).catch(showError);
    else options(byId("regency"), []);
  });
  byId("regency").addEventListener("change", () => {
    const id = byId<HTMLSelectElement>("regency").value;
    if (id) void loadSentraOf(id).catch(showError);
    else options(byId("sentra"), []);
  });
  byId("sentra").addEventListener("change", () => {
    const select = byId<HTMLSelectElement>("sentra");
    if (select.value) void drawSentra(select.value, select.selectedOptions[0].textContent ?? select.value).catch(showError);
  });
  byId("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = byId<HTMLInputElement>("search").value.trim();
    if (text) void search(text).catch(showError);
  });
  byId("depth").addEventListener("change", () => {
    state.depth = Number(byId<HTMLSelectElement>("depth").value);
    updateExportLinks();
    void loadNetwork();
  });
  byId("partners-form").addEventListener("submit", (event) => {
    event.preventDefault();
    void loadPartners();
  });
  byId("export-png").addEventListener("click", () => {
    view
      .toPng(`${state.sentraName} · Simpul`)
      .then((blob) => saveBlob(blob, `${state.sentraId ?? "network"}.png`))
      .catch(showError);
  });
  for (const [id] of EXPORTS) {
    const link = byId<HTMLAnchorElement>(id);
    link.addEventListener("click", (event) => {
      if (!authHeaders().authorization) return;
      event.preventDefault();
      void downloadWithKey(link).catch(showError);
    });
  }
}

async function start(): Promise<void> {
  try {
    const fromAddress = new URLSearchParams(location.hash.slice(1)).get("sentra");
    if (fromAddress) return await openSentra(fromAddress);
    try {
      return await openSentra(FEATURED_SENTRA);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      await loadProvinces();
      const province = byId<HTMLSelectElement>("province").value;
      if (province) await loadRegencies(province);
      renderStatus();
    }
  } catch (error) {
    setGraphState("error");
    showError(error);
  }
}

function main(): void {
  view = new NetworkView(byId("graph"), (id) => void selectNode(id));
  wire();
  renderAll();
  updateExportLinks();
  void start();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
else main();
