import { ApiError, authHeaders, gql } from "../api";
import { addressWith, go, listParam } from "../address";
import { byId, fill, h } from "../dom";
import {
  INTENSITY_STYLES,
  ISOLATE_MARK,
  kindColour,
  LACKING_MARK,
  LINKAGE_COLOURS,
  markOf,
  NetworkView,
  OUTSIDE_MARK,
  ringOf,
  ROLE_SHAPES,
  SELECTED_MARK,
  type DrawnGraph,
  type LegendSection,
  type LegendSwatch,
} from "../graph";
import { currentLang, label, t } from "../i18n";
import { actorView, densityView, roundsView, sevenStepsView, valueChainView, verdictView } from "../panels";
import {
  ACTOR,
  ANALYSIS,
  INTENSITIES,
  LINKAGE_TYPES,
  NETWORK,
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
} from "../queries";
import { errorBox, loadingBox, queryLink } from "../ui";
import { PartnersPanel } from "./partners-panel";
import { changed, type View } from "./view";

/** The sentra shown when the address names none: Ceper, the first of the research's measured sentra, when this graph has it. */
export const FEATURED_SENTRA = "sentra-ceper-metal-casting";
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
  /** The actors marked in the drawing by the partner panel (the firms lacking the need). */
  highlighted: string[];
  viewportPosition(id: string): { x: number; y: number } | null;
  /** The layout's positions of the drawn actors: what the GraphML and GEXF exports carry. */
  positions(): Record<string, { x: number; y: number }>;
  /** The drawing's camera zoom ratio (1: the whole network in view; smaller: closer). */
  cameraRatio(): number;
}

declare global {
  interface Window {
    /** What the page drew, for tests and for anyone checking the drawing against the API. */
    __simpulExplore: Hook;
  }
}

interface Place extends Named {
  level: string;
  parent?: Place | null;
}

/** The linkage types an address asks for: all when it names none (or only unknown ones). */
function typesOf(params: URLSearchParams): Set<LinkageType> {
  const named = listParam(params, "types").filter((type): type is LinkageType => (LINKAGE_TYPES as readonly string[]).includes(type));
  return new Set(named.length > 0 ? named : LINKAGE_TYPES);
}

function intensitiesOf(params: URLSearchParams): Set<IntensityFilter> {
  if (!params.has("intensities")) return new Set(INTENSITIES);
  return new Set(listParam(params, "intensities").filter((i): i is IntensityFilter => (INTENSITIES as readonly string[]).includes(i)));
}

function depthOf(params: URLSearchParams): number {
  const depth = Number(params.get("depth") ?? "1");
  return [0, 1, 2].includes(depth) ? depth : 1;
}

/** The one-sentra view: pickers and search, the drawing with its filters and exports, and the diagnosis panels. */
export class SentraView implements View {
  readonly name = "sentra" as const;
  private network: DrawableNetwork | undefined;
  private analysis: Analysis | undefined;
  private actor: ActorDetails | undefined;
  private roundPair: [number, number] = [0, 0];
  private types = new Set<LinkageType>(LINKAGE_TYPES);
  private intensities = new Set<IntensityFilter>(INTENSITIES);
  private depth = 1;
  private drawn: DrawnGraph = { nodes: [], edges: [] };
  private sentraId: string | null = null;
  private sentraName = "";
  private networkSeq = 0;
  private analysisSeq = 0;
  private graphView!: NetworkView;
  private readonly partners = new PartnersPanel({
    chooseNeed: (need) => go({ view: "sentra", need }),
    // The firms lacking the need are marked in the drawing while the panel shows them.
    highlight: (ids) => {
      this.hook.highlighted = [...ids];
      this.graphView.setHighlighted(ids);
    },
    pickActor: (id) => this.pickActor(id),
  });
  private readonly hook: Hook = {
    state: "idle",
    sentraId: null,
    nodes: [],
    edges: [],
    selected: null,
    linkageTypes: [...LINKAGE_TYPES],
    intensities: [...INTENSITIES],
    depth: 1,
    analysisLoaded: false,
    highlighted: [],
    viewportPosition: (id) => this.graphView?.viewportPosition(id) ?? null,
    positions: () => this.graphView?.layoutPositions() ?? {},
    cameraRatio: () => this.graphView?.cameraRatio() ?? 1,
  };

  mount(): void {
    window.__simpulExplore = this.hook;
    this.graphView = new NetworkView(byId("graph"), (id) => this.pickActor(id));
    this.partners.mount();
    this.wire();
    this.wireDrawing();
  }

  async show(params: URLSearchParams, previous: URLSearchParams | null): Promise<void> {
    const langChanged = changed(params, previous, "lang");
    if (langChanged) this.renderTexts();
    const wanted = params.get("sentra") ?? (previous ? null : FEATURED_SENTRA);
    this.types = typesOf(params);
    this.intensities = intensitiesOf(params);
    this.depth = depthOf(params);
    byId<HTMLSelectElement>("depth").value = String(this.depth);
    this.renderFilters();
    this.updateExportLinks();
    const selected = params.get("actor");

    if (!wanted) {
      if (!previous) await this.fillPickersOnly();
      return;
    }
    const sentraChanged = wanted !== this.sentraId;
    if (sentraChanged) {
      const opened = await this.open(wanted, !params.has("sentra"));
      if (!opened) return;
    }
    // Asked beside the network, not after it. A language switch keeps the diagnosis shown (its own
    // labels already switched) until the API's texts come in the new language.
    if (sentraChanged || langChanged) void this.loadAnalysis(wanted, !sentraChanged);
    const networkChanged = sentraChanged || langChanged || changed(params, previous, "types", "depth");
    if (networkChanged) await this.loadNetwork();
    else if (changed(params, previous, "intensities")) this.redrawIntensities();
    if (selected !== this.hook.selected || langChanged) void this.selectActor(selected);
    await this.partners.show(this.sentraId, params.get("need"), langChanged);
  }

  // ---------------------------------------------------------------- pickers

  private options(select: HTMLSelectElement, items: Named[], chosen?: string): void {
    const keep = chosen ?? select.value;
    fill(
      select,
      h("option", { value: "" }, t("pick")),
      items.map((item) => h("option", { value: item.id, selected: item.id === keep }, item.name)),
    );
  }

  private async loadProvinces(chosen?: string): Promise<void> {
    const data = await gql<{ regions: Connection<Named> }>(PROVINCES);
    const provinces = data.regions.edges.map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name));
    this.options(byId("province"), provinces, chosen ?? (provinces.length === 1 ? provinces[0].id : undefined));
  }

  private async loadRegencies(provinceId: string, chosen?: string): Promise<void> {
    const data = await gql<{ region: { children: Connection<Named & { level: string }> } | null }>(REGENCIES, { id: provinceId });
    const regencies = (data.region?.children.edges ?? []).map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name));
    this.options(byId("regency"), regencies, chosen);
  }

  private async loadSentraOf(regionId: string, chosen?: string): Promise<void> {
    const data = await gql<{ region: { sentra: Connection<Named> } | null }>(SENTRA_IN_REGION, { id: regionId });
    const sentra = (data.region?.sentra.edges ?? []).map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name));
    this.options(byId("sentra"), sentra, chosen);
  }

  /** With nothing to open: the pickers filled as far as they go, ready to choose. */
  private async fillPickersOnly(): Promise<void> {
    try {
      await this.loadProvinces();
      const province = byId<HTMLSelectElement>("province").value;
      if (province) await this.loadRegencies(province);
      this.renderStatus();
    } catch (error) {
      this.failDrawing(error);
    }
  }

  /**
   * Sets the pickers to where a sentra lies and names it. A sentra that is not there empties the
   * drawing and panels, says which id was not found and leaves the pickers usable; the featured
   * sentra missing (another graph) just leaves the pickers.
   */
  private async open(id: string, featured: boolean): Promise<boolean> {
    this.sentraId = id;
    this.hook.sentraId = id;
    this.clearSentra();
    let found: { id: string; name: string; region: Place | null } | null;
    try {
      found = (await gql<{ sentra: { id: string; name: string; region: Place | null } | null }>(SENTRA_PLACE, { id })).sentra;
    } catch (error) {
      this.failDrawing(error);
      await this.fillPickersOnly().catch(() => undefined);
      return false;
    }
    if (this.sentraId !== id) return false;
    if (!found) {
      this.sentraId = null;
      this.hook.sentraId = null;
      await this.fillPickersOnly();
      if (!featured) this.failDrawing(new Error(t("sentraNotFound", { id })));
      return false;
    }
    this.sentraName = found.name;
    byId("sentra-name").textContent = `· ${found.name}`;
    const chain: Place[] = [];
    for (let region: Place | null | undefined = found.region; region; region = region.parent) chain.push(region);
    const province = chain.find((r) => r.level === "PROVINCE");
    const regency = chain.find((r) => r.level === "REGENCY" || r.level === "CITY");
    try {
      if (province) {
        await this.loadProvinces(province.id);
        await this.loadRegencies(province.id, regency?.id);
      }
      if (regency) await this.loadSentraOf(regency.id, id);
      else this.options(byId("sentra"), [{ id, name: found.name }], id);
    } catch (error) {
      this.failDrawing(error);
    }
    this.updateExportLinks();
    return true;
  }

  /** Forgets everything shown of the previous sentra, so nothing old stays under a new name. */
  private clearSentra(): void {
    this.networkSeq++;
    this.analysisSeq++;
    this.network = undefined;
    this.analysis = undefined;
    this.actor = undefined;
    this.drawn = { nodes: [], edges: [] };
    this.hook.analysisLoaded = false;
    this.hook.selected = null;
    this.hook.nodes = [];
    this.hook.edges = [];
    this.sentraName = "";
    byId("sentra-name").textContent = "";
    this.graphView.clear();
    byId("graph-error").hidden = true;
    this.renderNodeList();
    this.renderActor();
    this.renderAnalysis();
    this.renderLegend();
    this.setGraphState("idle");
    byId<HTMLButtonElement>("export-png").disabled = true;
  }

  private async search(text: string): Promise<void> {
    const list = byId("search-results");
    try {
      const data = await gql<{ sentraList: Connection<Named & { region: Named | null }> }>(SEARCH_SENTRA, { text });
      const found = data.sentraList.edges.map((e) => e.node);
      if (found.length === 0) return fill(list, h("li", { class: "small" }, t("noResults")));
      fill(
        list,
        found.map((s) => {
          const button = h("button", { type: "button", class: "link", "data-sentra-id": s.id }, s.name);
          button.addEventListener("click", () => go({ view: "sentra", sentra: s.id, actor: null }));
          return h("li", {}, button, s.region ? h("span", { class: "small" }, ` · ${s.region.name}`) : null);
        }),
      );
    } catch (error) {
      fill(list, h("li", {}, errorBox(error)));
    }
  }

  // ---------------------------------------------------------------- the network

  private networkVariables(id: string) {
    const all = this.types.size === LINKAGE_TYPES.length;
    return { id, depth: this.depth, maxNodes: MAX_NODES, types: all ? null : LINKAGE_TYPES.filter((type) => this.types.has(type)) };
  }

  private setGraphState(next: Hook["state"]): void {
    this.hook.state = next;
    byId("graph").dataset.state = next;
  }

  /** The drawing failed: the error where the drawing was, the drawing emptied. */
  private failDrawing(error: unknown): void {
    this.graphView.clear();
    this.network = undefined;
    this.drawn = { nodes: [], edges: [] };
    this.hook.nodes = [];
    this.hook.edges = [];
    this.renderNodeList();
    this.setGraphState("error");
    fill(byId("graph-error"), errorBox(error));
    byId("graph-error").hidden = false;
    byId("status").textContent = "";
    byId<HTMLButtonElement>("export-png").disabled = true;
  }

  private async loadNetwork(): Promise<void> {
    const id = this.sentraId;
    if (!id) return;
    const seq = ++this.networkSeq;
    this.setGraphState("loading");
    byId("graph-error").hidden = true;
    this.renderStatus();
    const variables = this.networkVariables(id);
    fill(byId("network-query"), queryLink(NETWORK, variables));
    try {
      const data = await gql<{ sentra: { network: DrawableNetwork | null } | null }>(NETWORK, variables);
      if (seq !== this.networkSeq) return;
      const network = data.sentra?.network;
      if (!network) throw new Error(t("sentraNotFound", { id }));
      this.network = network;
      this.drawn = this.graphView.show(network, this.intensities);
      if (this.hook.selected && this.drawn.nodes.includes(this.hook.selected)) this.graphView.select(this.hook.selected);
      this.publishDrawn();
    } catch (error) {
      if (seq === this.networkSeq) this.failDrawing(error);
    }
  }

  private redrawIntensities(): void {
    if (!this.network) return;
    this.drawn = this.graphView.redraw(this.intensities);
    if (this.hook.selected) this.graphView.select(this.hook.selected);
    this.publishDrawn();
  }

  private publishDrawn(): void {
    this.hook.nodes = [...this.drawn.nodes];
    this.hook.edges = [...this.drawn.edges];
    this.hook.linkageTypes = LINKAGE_TYPES.filter((type) => this.types.has(type));
    this.hook.intensities = INTENSITIES.filter((i) => this.intensities.has(i));
    this.hook.depth = this.depth;
    this.setGraphState("drawn");
    this.renderNodeList();
    this.renderLegend();
    this.renderStatus();
    this.renderDrawingTools();
    byId<HTMLButtonElement>("export-png").disabled = false;
  }

  private renderStatus(): void {
    const status = byId("status");
    if (!this.sentraId) return void (status.textContent = t("nothingChosen"));
    if (this.hook.state === "loading") return void (status.textContent = t("loading"));
    const network = this.network;
    if (!network) return void (status.textContent = "");
    const hidden = network.edges.length - this.drawn.edges.length;
    const parts = [t("drawn", { n: this.drawn.nodes.length, e: this.drawn.edges.length })];
    if (hidden > 0) parts.push(t("hiddenByIntensity", { h: hidden }));
    if (network.truncated) parts.push(`${t("truncated")}: ${network.message ?? ""}`);
    status.textContent = parts.join(" · ");
  }

  private renderNodeList(): void {
    const list = byId("node-list");
    const network = this.network;
    if (!network) return fill(list);
    const nodes = this.orderedNodes();
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
            "aria-pressed": String(node.id === this.hook.selected),
            title: `${label(node.kind)} · ${node.roles.map(label).join(", ") || t("noRole")}`,
          },
          swatchShape(shape, kindColour(node.kind)),
          h("span", {}, node.name),
          marks && h("span", { class: "mark" }, `(${marks})`),
        );
        button.addEventListener("click", () => this.pickActor(node.id, { camera: true }));
        return h("li", {}, button);
      }),
    );
  }

  /**
   * Choosing an actor (drawing, list, search, details) is part of the address, replacing it: Back
   * leaves the sentra, not each click. Its details are brought into view when they are off screen
   * (laptop and tablet, where the panels sit below the drawing); the camera moves to it when it was
   * chosen outside the drawing.
   */
  private pickActor(id: string, how: { camera?: boolean; reveal?: boolean } = {}): void {
    go({ actor: id }, { replace: true });
    void this.selectActor(id);
    if (how.camera) void this.graphView.focusNode(id);
    if (how.reveal !== false) this.revealDetails();
  }

  private async selectActor(id: string | null): Promise<void> {
    this.hook.selected = id;
    this.graphView.select(id ?? undefined);
    for (const button of byId("node-list").querySelectorAll<HTMLButtonElement>("button[data-node-id]")) {
      button.setAttribute("aria-pressed", String(button.dataset.nodeId === id));
    }
    if (!id) {
      this.actor = undefined;
      return this.renderActor();
    }
    try {
      const data = await gql<{ actor: ActorDetails | null }>(ACTOR, { id });
      if (this.hook.selected !== id) return;
      this.actor = data.actor ?? undefined;
      this.renderActor();
    } catch (error) {
      if (this.hook.selected === id) fill(byId("node-details"), errorBox(error));
    }
  }

  private renderActor(): void {
    const target = byId("node-details");
    const actor = this.actor;
    if (!actor) return fill(target, h("p", { class: "hint" }, t("clickNode")));
    const drawn = this.network?.nodes.find((n) => n.id === actor.id);
    fill(
      target,
      actorView(
        actor,
        drawn,
        (id) => this.pickActor(id),
        (sentraId) => go({ view: "sentra", sentra: sentraId, actor: null }),
        (id) => this.drawn.nodes.includes(id),
      ),
    );
  }

  // ---------------------------------------------------------------- filters and legend

  private renderFilters(): void {
    fill(
      byId("type-filter"),
      h("legend", {}, t("linkageTypes")),
      LINKAGE_TYPES.map((type) => {
        const box = h("input", { type: "checkbox", name: "linkageType", value: type, checked: this.types.has(type) });
        box.addEventListener("change", () => {
          const next = new Set(this.types);
          if (box.checked) next.add(type);
          else next.delete(type);
          go({ types: next.size === LINKAGE_TYPES.length || next.size === 0 ? null : LINKAGE_TYPES.filter((x) => next.has(x)) });
        });
        const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
        swatch.style.borderTopColor = LINKAGE_COLOURS[type];
        const only = h(
          "button",
          { type: "button", class: "only", "aria-label": t("onlyType", { type: label(type) }), title: t("onlyType", { type: label(type) }) },
          t("onlyShort"),
        );
        only.addEventListener("click", () => go({ types: [type] }));
        return h("div", { class: "filter-row" }, h("label", {}, box, swatch, label(type)), only);
      }),
    );
    fill(
      byId("intensity-filter"),
      h("legend", {}, t("intensities")),
      INTENSITIES.map((intensity) => {
        const box = h("input", { type: "checkbox", name: "intensity", value: intensity, checked: this.intensities.has(intensity) });
        box.addEventListener("change", () => {
          const next = new Set(this.intensities);
          if (box.checked) next.add(intensity);
          else next.delete(intensity);
          go({ intensities: next.size === INTENSITIES.length ? null : INTENSITIES.filter((x) => next.has(x)).join(",") || "none" });
        });
        return h("label", {}, box, intensitySwatch(intensity), label(intensity));
      }),
    );
  }

  /** The legend as data: the page's list and the PNG draw the same entries. */
  private legendSections(): LegendSection[] {
    const nodes = this.network?.nodes ?? [];
    const kinds = [...new Set(nodes.map((n) => n.kind))].sort();
    const types = new Set((this.network?.edges ?? []).map((e) => e.type));
    const marks: LegendSection["items"] = [];
    if (nodes.some((n) => markOf(n) === OUTSIDE_MARK)) marks.push({ label: t("outsideNetwork"), swatch: { kind: "ring", colour: OUTSIDE_MARK } });
    if (nodes.some((n) => markOf(n) === ISOLATE_MARK)) marks.push({ label: t("isolate"), swatch: { kind: "ring", colour: ISOLATE_MARK } });
    marks.push({ label: t("lacksNeed"), swatch: { kind: "ring", colour: LACKING_MARK, dashed: true } });
    marks.push({ label: t("details"), swatch: { kind: "ring", colour: SELECTED_MARK, halo: "#fff3c4" } });
    return [
      {
        heading: t("legendKinds"),
        items: kinds.map((kind) => ({ label: label(kind), swatch: { kind: "dot", fill: kindColour(kind), ring: ringOf(kindColour(kind)) } })),
      },
      {
        heading: t("legendRoles"),
        items: [
          ...ROLE_SHAPES.map(([role, shape]) => ({ label: label(role), swatch: { kind: "shape", shape, fill: "#555555" } satisfies LegendSwatch })),
          { label: t("noRoleSmaller"), swatch: { kind: "shape", shape: "circle", fill: "#8a8a8a" } },
        ],
      },
      {
        heading: t("legendEdges"),
        items: [
          ...LINKAGE_TYPES.filter((type) => types.has(type)).map((type) => ({
            label: label(type),
            swatch: { kind: "line", colour: LINKAGE_COLOURS[type], width: 3, dash: 0, gap: 0 } satisfies LegendSwatch,
          })),
          ...INTENSITIES.map((intensity) => {
            const style = INTENSITY_STYLES[intensity];
            return {
              label: label(intensity),
              swatch: { kind: "line", colour: "#444444", width: style.size, dash: style.dash, gap: style.gap } satisfies LegendSwatch,
            };
          }),
        ],
      },
      { heading: t("legendMarks"), items: marks },
    ];
  }

  private renderLegend(): void {
    fill(
      byId("legend-body"),
      this.legendSections().flatMap((section, i) => [
        h("h3", {}, section.heading),
        h(
          "ul",
          { class: "legend-list", id: i === 0 ? "legend-kinds" : undefined },
          section.items.map((item) => h("li", {}, legendSwatch(item.swatch), item.label)),
        ),
      ]),
    );
  }

  // ---------------------------------------------------------------- the diagnosis

  private async loadAnalysis(id: string, keepShown: boolean): Promise<void> {
    const seq = ++this.analysisSeq;
    if (!keepShown) {
      this.analysis = undefined;
      this.hook.analysisLoaded = false;
    }
    this.renderAnalysis();
    fill(byId("analysis-query"), queryLink(ANALYSIS, { id }));
    try {
      const data = await gql<{ sentra: { analysis: Analysis } | null }>(ANALYSIS, { id });
      if (seq !== this.analysisSeq || !data.sentra) return;
      this.analysis = data.sentra.analysis;
      const rounds = this.analysis.surveyRounds.length;
      this.roundPair = [Math.max(0, rounds - 2), Math.max(0, rounds - 1)];
      this.hook.analysisLoaded = true;
      this.renderAnalysis();
    } catch (error) {
      if (seq !== this.analysisSeq) return;
      fill(byId("verdict"), errorBox(error));
      for (const target of ["value-chain", "density", "seven-steps", "rounds"]) fill(byId(target));
    }
  }

  private renderAnalysis(): void {
    const analysis = this.analysis;
    const targets = ["verdict", "value-chain", "density", "seven-steps", "rounds"].map((id) => byId(id));
    if (!analysis) {
      for (const target of targets) fill(target, this.sentraId && target.id === "verdict" ? loadingBox() : null);
      return;
    }
    fill(byId("verdict"), verdictView(analysis));
    fill(byId("value-chain"), valueChainView(analysis));
    fill(byId("density"), densityView(analysis));
    fill(byId("seven-steps"), sevenStepsView(analysis));
    this.renderRounds();
  }

  private renderRounds(): void {
    const analysis = this.analysis;
    if (!analysis) return;
    fill(
      byId("rounds"),
      roundsView(analysis.surveyRounds, this.roundPair, (pair) => {
        this.roundPair = pair;
        this.renderRounds();
      }),
    );
  }

  /** The page's own texts of this view, again in the current language (the API's come with the next fetch). */
  private renderTexts(): void {
    this.renderFilters();
    this.renderLegend();
    this.renderNodeList();
    this.renderStatus();
    this.renderActor();
    this.renderAnalysis();
    this.partners.rerender();
    for (const id of ["province", "regency", "sentra"]) {
      const placeholder = byId<HTMLSelectElement>(id).querySelector<HTMLOptionElement>("option[value='']");
      if (placeholder) placeholder.textContent = t("pick");
    }
    this.updateExportLinks();
  }

  // ---------------------------------------------------------------- exports

  /** The export endpoints take Sentra.network's arguments as query parameters, plus the page's intensity filter and language. */
  private exportUrl(suffix: string): string {
    const params = new URLSearchParams({ depth: String(this.depth), maxNodes: String(MAX_NODES) });
    if (this.types.size !== LINKAGE_TYPES.length) params.set("linkageTypes", LINKAGE_TYPES.filter((type) => this.types.has(type)).join(","));
    if (this.intensities.size !== INTENSITIES.length) params.set("intensities", INTENSITIES.filter((i) => this.intensities.has(i)).join(","));
    params.set("lang", currentLang());
    return `/export/sentra/${encodeURIComponent(this.sentraId ?? "")}.${suffix}?${params}`;
  }

  private updateExportLinks(): void {
    const report = byId<HTMLAnchorElement>("report-link");
    if (this.sentraId) report.href = addressWith({ view: "report", sentra: this.sentraId });
    else report.removeAttribute("href");
    for (const [id, suffix] of EXPORTS) {
      const link = byId<HTMLAnchorElement>(id);
      if (!this.sentraId) {
        link.removeAttribute("href");
        link.setAttribute("aria-disabled", "true");
        continue;
      }
      link.href = this.exportUrl(suffix);
      link.download = `${this.sentraId}.${suffix}`;
      link.removeAttribute("aria-disabled");
    }
  }

  // ---------------------------------------------------------------- drawing tools

  /** The drawn actors in the list's order (core firms first, then by name): the order n and p walk. */
  private orderedNodes(): DrawableNetwork["nodes"] {
    const nodes = this.network?.nodes ?? [];
    return [...nodes].sort((a, b) => Number(b.isCore) - Number(a.isCore) || a.name.localeCompare(b.name));
  }

  /** The actor search's choices and the drawing's accessible name, after each drawing. */
  private renderDrawingTools(): void {
    fill(
      byId("actor-names"),
      this.orderedNodes().map((node) => h("option", { value: node.name })),
    );
    byId("graph").setAttribute(
      "aria-label",
      this.network ? t("graphName", { name: this.sentraName, n: this.drawn.nodes.length, e: this.drawn.edges.length }) : t("graphLabel"),
    );
  }

  /** Finds a drawn actor by name: the exact name, else the first whose name holds the text. */
  private findActor(text: string): void {
    const wanted = text.trim().toLocaleLowerCase();
    if (!wanted) return;
    const nodes = this.orderedNodes().filter((n) => this.drawn.nodes.includes(n.id));
    const found = nodes.find((n) => n.name.toLocaleLowerCase() === wanted) ?? nodes.find((n) => n.name.toLocaleLowerCase().includes(wanted));
    if (!found) {
      byId("graph-announce").textContent = t("actorNotFound", { name: text.trim() });
      byId("status").textContent = t("actorNotFound", { name: text.trim() });
      return;
    }
    this.pickActor(found.id, { camera: true });
  }

  /**
   * Brings the selected actor's details into view when they are off screen, and moves the focus to
   * their heading so that the keyboard continues there.
   */
  private revealDetails(): void {
    const panel = byId("node-panel");
    const box = panel.getBoundingClientRect();
    const visible = box.top >= 0 && box.top < window.innerHeight - 80;
    if (visible) return;
    panel.scrollIntoView({ block: "start" });
    byId("node-heading").focus({ preventScroll: true });
  }

  /** Moves the selection to the next (1) or previous (-1) drawn actor and says which it is. */
  private step(direction: 1 | -1): void {
    const nodes = this.orderedNodes().filter((n) => this.drawn.nodes.includes(n.id));
    if (nodes.length === 0) return;
    const at = nodes.findIndex((n) => n.id === this.hook.selected);
    const next = at < 0 ? (direction === 1 ? 0 : nodes.length - 1) : (at + direction + nodes.length) % nodes.length;
    const node = nodes[next];
    this.pickActor(node.id, { camera: true, reveal: false });
    const ties = (this.network?.edges ?? []).filter((e) => this.drawn.edges.includes(e.id) && (e.fromId === node.id || e.toId === node.id)).length;
    byId("graph-announce").textContent = t("actorAnnounced", {
      name: node.name,
      kind: label(node.kind),
      roles: node.roles.map(label).join(", ") || t("noRole"),
      ties,
      i: next + 1,
      n: nodes.length,
    });
  }

  /** The PNG's title, subtitle and legend. */
  private pictureOptions(width: number, height: number) {
    const date = new Intl.DateTimeFormat(currentLang() === "id" ? "id-ID" : "en-GB", { dateStyle: "long" }).format(new Date());
    const rounds = this.analysis?.surveyRounds ?? [];
    const round = rounds[rounds.length - 1] as { name?: string; roundId?: string } | undefined;
    const parts = [t("pngSubtitle", { date, n: this.drawn.nodes.length, e: this.drawn.edges.length })];
    if (round) parts.push(t("pngRound", { round: round.name ?? round.roundId ?? "" }));
    return { width, height, title: t("pngTitle", { name: this.sentraName }), subtitle: parts.join(" · "), legend: this.legendSections() };
  }

  private wireDrawing(): void {
    // The details' heading takes the focus when a choice brings them into view.
    byId("node-heading").tabIndex = -1;
    byId("actor-search-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.findActor(byId<HTMLInputElement>("actor-search").value);
    });
    // Choosing a name from the list of suggestions finds it at once.
    byId("actor-search").addEventListener("change", () => {
      const value = byId<HTMLInputElement>("actor-search").value.trim().toLocaleLowerCase();
      if (this.network?.nodes.some((n) => n.name.toLocaleLowerCase() === value)) this.findActor(value);
    });
    byId("zoom-in").addEventListener("click", () => void this.graphView.zoomIn());
    byId("zoom-out").addEventListener("click", () => void this.graphView.zoomOut());
    byId("zoom-fit").addEventListener("click", () => void this.graphView.fit());
    byId("zoom-reset").addEventListener("click", () => {
      void this.graphView.fit();
      if (this.hook.selected) {
        go({ actor: null }, { replace: true });
        void this.selectActor(null);
      }
    });
    const graph = byId("graph");
    graph.addEventListener("keydown", (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const actions: Record<string, () => void> = {
        "+": () => void this.graphView.zoomIn(),
        "=": () => void this.graphView.zoomIn(),
        "-": () => void this.graphView.zoomOut(),
        _: () => void this.graphView.zoomOut(),
        "0": () => void this.graphView.fit(),
        Home: () => void this.graphView.fit(),
        ArrowLeft: () => void this.graphView.pan(-0.1, 0),
        ArrowRight: () => void this.graphView.pan(0.1, 0),
        ArrowUp: () => void this.graphView.pan(0, 0.1),
        ArrowDown: () => void this.graphView.pan(0, -0.1),
        n: () => this.step(1),
        "]": () => this.step(1),
        p: () => this.step(-1),
        "[": () => this.step(-1),
        Enter: () => {
          if (this.hook.selected) this.pickActor(this.hook.selected);
        },
        Escape: () => {
          go({ actor: null }, { replace: true });
          void this.selectActor(null);
          byId("graph-announce").textContent = t("selectionCleared");
        },
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    });
  }

  // ---------------------------------------------------------------- wiring

  private wire(): void {
    byId("province").addEventListener("change", () => {
      const id = byId<HTMLSelectElement>("province").value;
      this.options(byId("sentra"), []);
      if (id) void this.loadRegencies(id).catch((error) => this.failDrawing(error));
      else this.options(byId("regency"), []);
    });
    byId("regency").addEventListener("change", () => {
      const id = byId<HTMLSelectElement>("regency").value;
      if (id) void this.loadSentraOf(id).catch((error) => this.failDrawing(error));
      else this.options(byId("sentra"), []);
    });
    byId("sentra").addEventListener("change", () => {
      const select = byId<HTMLSelectElement>("sentra");
      if (select.value) go({ view: "sentra", sentra: select.value, actor: null });
    });
    byId("search-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const text = byId<HTMLInputElement>("search").value.trim();
      if (text) void this.search(text);
    });
    byId("depth").addEventListener("change", () =>
      go({ depth: byId<HTMLSelectElement>("depth").value === "1" ? null : byId<HTMLSelectElement>("depth").value }),
    );
    byId("export-png").addEventListener("click", () => {
      const [width, height] = byId<HTMLSelectElement>("png-size").value.split("x").map(Number);
      this.graphView
        .toPng(this.pictureOptions(width, height))
        .then((blob) => saveBlob(blob, `${this.sentraId ?? "network"}.png`))
        .catch((error) => fill(byId("graph-error"), errorBox(error)));
    });
    for (const [id] of EXPORTS) {
      const link = byId<HTMLAnchorElement>(id);
      link.addEventListener("click", (event) => {
        if (!authHeaders().authorization) return;
        event.preventDefault();
        void downloadWithKey(link).catch((error) => fill(byId("graph-error"), errorBox(error)));
      });
    }
  }
}

const EXPORTS: Array<[id: string, suffix: string]> = [
  ["export-graphml", "graphml"],
  ["export-gexf", "gexf"],
  ["export-nodes", "nodes.csv"],
  ["export-edges", "edges.csv"],
];

/** A legend entry's swatch on the page (the PNG paints the same in graph.ts). */
function legendSwatch(swatch: LegendSwatch): HTMLElement {
  switch (swatch.kind) {
    case "dot": {
      const dot = h("span", { class: "dot", "aria-hidden": "true" });
      dot.style.background = swatch.fill;
      dot.style.boxShadow = `inset 0 0 0 1.5px ${swatch.ring}`;
      return dot;
    }
    case "shape":
      return swatchShape(swatch.shape, swatch.fill);
    case "line": {
      const line = h("span", { class: `swatch ${swatch.dash === 0 ? "" : swatch.dash > 3 ? "dashed" : "dotted"}`, "aria-hidden": "true" });
      line.style.borderTopWidth = `${Math.max(1, Math.round(swatch.width))}px`;
      line.style.borderTopColor = swatch.colour;
      return line;
    }
    case "ring": {
      const ring = h("span", { class: `ring${swatch.dashed ? " dashed" : ""}`, "aria-hidden": "true" });
      ring.style.borderColor = swatch.colour;
      if (swatch.halo) ring.style.background = swatch.halo;
      return ring;
    }
  }
}

function swatchShape(shape: string, colour: string): HTMLElement {
  const element = h("span", { class: `shape ${shape}`, "aria-hidden": "true" });
  element.style.background = colour;
  return element;
}

function intensitySwatch(intensity: IntensityFilter): HTMLElement {
  const style = INTENSITY_STYLES[intensity];
  const swatch = h("span", { class: `swatch ${style.dash === 0 ? "" : style.dash > 3 ? "dashed" : "dotted"}`, "aria-hidden": "true" });
  swatch.style.borderTopWidth = `${Math.max(1, Math.round(style.size))}px`;
  swatch.style.borderTopColor = "#444";
  return swatch;
}

/** With an API key, a plain link cannot send it: fetch the file with the key, then save it. */
async function downloadWithKey(link: HTMLAnchorElement): Promise<void> {
  const response = await fetch(link.href, { headers: authHeaders() });
  if (!response.ok) throw new ApiError(`${link.textContent}: HTTP ${response.status}`, undefined);
  saveBlob(await response.blob(), link.download);
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = h("a", { href: url, download: name });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
