import { addressWith, go, listParam } from "../address";
import { ApiError, gql } from "../api";
import { fill, formatNumber, h } from "../dom";
import { currentLang, label, t } from "../i18n";
import { IndonesiaMap } from "../map";
import { errorBox, loadingBox, queryLink } from "../ui";
import { downloadCsv, fileNamePart } from "./provider-csv";
import {
  DEFAULT_RADIUS_KM,
  FEATURED_COUNT,
  FEATURED_KINDS,
  MAX_RADIUS_KM,
  PARTNER_NEEDS,
  PROVIDER,
  PROVIDER_GAPS,
  PROVIDER_GAPS_UNPLACED,
  PROVIDER_KINDS,
  PROVIDER_LIST,
  PROVIDER_SEARCH,
  needsOfKind,
  type GapsAnswer,
  type ProviderDetails,
  type ProviderGaps,
  type ProviderHit,
} from "./provider-queries";
import { firmTable, gapsCsv, mapLegend, mapPoints, needsInSentence, sentraTable } from "./provider-render";
import { changed, type View } from "./view";

type Edges<T> = { totalCount: number; edges: Array<{ node: T }> };

/** The needs an address asks for, known ones only, in the API's order; null (the kind's default) when it names none. */
function needsOf(params: URLSearchParams): string[] | null {
  const named = new Set(listParam(params, "needs"));
  const known = PARTNER_NEEDS.filter((need) => named.has(need));
  return known.length > 0 ? known : null;
}

function radiusOf(params: URLSearchParams): number {
  const value = Number(params.get("radius") ?? DEFAULT_RADIUS_KM);
  return Number.isFinite(value) ? value : DEFAULT_RADIUS_KM;
}

/**
 * The provider view (`#view=provider&provider=<actorId>&needs=A,B&radius=50`): a bank, university
 * or BDS provider asks which firms and sentra it could serve. Query.providerGaps answers with the
 * core firms near it lacking a service its kind can give, nearest first, and the same by sentra;
 * each sentra opens the sentra view with that need's partner panel, the firms are on a map, and
 * the list downloads as CSV. A need its kind cannot meet is refused by the API, whose message
 * shows beside the need picker.
 */
export class ProviderView implements View {
  readonly name = "provider" as const;
  private root!: HTMLElement;
  private texts: Array<{ element: HTMLElement; key: string }> = [];
  private featured: Edges<ProviderHit> | null = null;
  private featuredError: unknown;
  private hits: ProviderHit[] | null = null;
  private hitsError: unknown;
  private providerId: string | null = null;
  private provider: ProviderDetails | null = null;
  private gaps: ProviderGaps | null = null;
  private places = new Map<string, { latitude: number; longitude: number }>();
  private gapsError: unknown;
  private asked: { needs: string[] | null; radius: number } = { needs: null, radius: DEFAULT_RADIUS_KM };
  private ticket = 0;
  /** What the need boxes were last made for (provider, language, ticked needs). */
  private boxesFor = "";
  private map!: IndonesiaMap;

  private searchInput!: HTMLInputElement;
  private searchResults!: HTMLElement;
  private featuredList!: HTMLElement;
  private chosen!: HTMLElement;
  private form!: HTMLFormElement;
  private needBoxes!: HTMLElement;
  private refusal!: HTMLElement;
  private radius!: HTMLInputElement;
  private summary!: HTMLElement;
  private mapBox!: HTMLElement;
  private tables!: HTMLElement;

  mount(root: HTMLElement): void {
    this.root = root;
    root.classList.add("provider-view");
    const text = <K extends keyof HTMLElementTagNameMap>(tag: K, key: string, props: Record<string, string> = {}) => {
      const element = h(tag, props, t(key));
      this.texts.push({ element, key });
      return element;
    };
    this.searchInput = h("input", { type: "search", id: "provider-search", autocomplete: "off" });
    const searchForm = h(
      "form",
      { role: "search", class: "provider-search" },
      text("label", "providerSearchLabel", { for: "provider-search" }),
      h("div", { class: "row" }, this.searchInput, text("button", "providerSearchButton", { type: "submit" })),
    );
    searchForm.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.search(this.searchInput.value.trim());
    });
    this.searchResults = h("div", { id: "provider-search-results", "aria-live": "polite" });
    this.featuredList = h("div", { id: "provider-featured" });

    this.chosen = h("div", { id: "provider-chosen" });
    this.needBoxes = h("fieldset", { id: "provider-needs" });
    this.refusal = h("div", { id: "provider-refusal", class: "provider-refusal" });
    this.radius = h("input", { type: "number", id: "provider-radius", min: "0.1", max: String(MAX_RADIUS_KM), step: "any", required: true });
    this.form = h(
      "form",
      { id: "provider-form", class: "provider-form", hidden: true },
      this.needBoxes,
      this.refusal,
      h("div", { class: "row" }, text("label", "providerRadius", { for: "provider-radius" }), this.radius),
      text("button", "providerShow", { type: "submit" }),
    );
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.submit();
    });
    this.summary = h("div", { id: "provider-summary", "aria-live": "polite" });
    this.mapBox = h("div", { id: "provider-map", class: "provider-map", role: "region", hidden: true });
    this.tables = h("div", { id: "provider-tables" });

    fill(
      root,
      h(
        "div",
        { class: "provider-layout" },
        h(
          "section",
          { class: "provider-pick", "aria-labelledby": "provider-pick-heading" },
          text("h2", "providerChoose", { id: "provider-pick-heading" }),
          searchForm,
          this.searchResults,
          text("h3", "providerFeatured", { id: "provider-featured-heading" }),
          this.featuredList,
        ),
        h(
          "section",
          { class: "provider-main", "aria-labelledby": "provider-heading" },
          text("h2", "providerHeading", { id: "provider-heading" }),
          text("p", "providerIntro", { class: "hint" }),
          this.chosen,
          this.form,
          this.summary,
          this.mapBox,
          this.tables,
        ),
      ),
    );
    this.map = new IndonesiaMap(this.mapBox, (id) => this.pickPoint(id));
  }

  async show(params: URLSearchParams, previous: URLSearchParams | null): Promise<void> {
    const langChanged = changed(params, previous, "lang");
    if (langChanged) for (const { element, key } of this.texts) element.textContent = t(key);
    if (this.featured === null && this.featuredError === undefined) void this.loadFeatured();
    else if (langChanged) this.renderFeatured();
    if (langChanged) this.renderHits();

    const providerId = params.get("provider");
    this.asked = { needs: needsOf(params), radius: radiusOf(params) };
    if (!providerId) {
      this.ticket++;
      this.providerId = null;
      this.provider = null;
      this.gaps = null;
      this.gapsError = undefined;
      this.renderFeatured();
      this.renderResult();
      return;
    }
    if (providerId === this.providerId && !langChanged && !changed(params, previous, "needs", "radius")) return;
    await this.load(providerId, providerId !== this.providerId || langChanged);
  }

  // ---------------------------------------------------------------- picking a provider

  private pickButton(actor: ProviderHit): HTMLElement {
    const button = h(
      "button",
      { type: "button", class: "link", "data-provider-id": actor.id, "aria-pressed": String(actor.id === this.providerId) },
      actor.name,
    );
    button.addEventListener("click", () => go({ view: "provider", provider: actor.id, needs: null }));
    return h("li", {}, button, h("span", { class: "small" }, ` · ${label(actor.kind)}${actor.region ? ` · ${actor.region.name}` : ""}`));
  }

  private async loadFeatured(): Promise<void> {
    try {
      this.featured = (await gql<{ actors: Edges<ProviderHit> }>(PROVIDER_LIST, { kinds: FEATURED_KINDS, first: FEATURED_COUNT })).actors;
      this.featuredError = undefined;
    } catch (error) {
      this.featuredError = error;
    }
    this.renderFeatured();
  }

  private renderFeatured(): void {
    if (this.featuredError !== undefined) return fill(this.featuredList, errorBox(this.featuredError));
    if (!this.featured) return fill(this.featuredList, loadingBox());
    const actors = this.featured.edges.map((e) => e.node).sort((a, b) => label(a.kind).localeCompare(label(b.kind)) || a.name.localeCompare(b.name));
    fill(
      this.featuredList,
      h(
        "ul",
        { class: "plain-list provider-list", "aria-labelledby": "provider-featured-heading" },
        actors.map((a) => this.pickButton(a)),
      ),
      this.featured.totalCount > actors.length && h("p", { class: "small" }, t("providerFeaturedMore", { shown: actors.length, n: this.featured.totalCount })),
      queryLink(PROVIDER_LIST, { kinds: FEATURED_KINDS, first: FEATURED_COUNT }),
    );
  }

  private async search(text: string): Promise<void> {
    if (!text) return;
    fill(this.searchResults, loadingBox());
    try {
      this.hits = (await gql<{ actors: Edges<ProviderHit> }>(PROVIDER_SEARCH, { kinds: PROVIDER_KINDS, text })).actors.edges.map((e) => e.node);
      this.hitsError = undefined;
    } catch (error) {
      this.hits = null;
      this.hitsError = error;
    }
    this.renderHits();
  }

  private renderHits(): void {
    if (this.hitsError !== undefined) return fill(this.searchResults, errorBox(this.hitsError));
    if (this.hits === null) return fill(this.searchResults);
    if (this.hits.length === 0) return fill(this.searchResults, h("p", { class: "small" }, t("providerNoResults")));
    fill(
      this.searchResults,
      h(
        "ul",
        { class: "plain-list provider-list", "aria-label": t("providerSearchResults") },
        this.hits.map((a) => this.pickButton(a)),
      ),
    );
  }

  // ---------------------------------------------------------------- the gaps

  private async load(providerId: string, providerChanged: boolean): Promise<void> {
    const ticket = ++this.ticket;
    const keepShown = !providerChanged || providerId === this.providerId;
    this.providerId = providerId;
    this.gapsError = undefined;
    if (!keepShown) {
      this.provider = null;
      this.gaps = null;
    }
    this.renderFeatured();
    this.renderHits();
    if (!this.gaps) fill(this.summary, loadingBox());
    try {
      if (providerChanged || !this.provider) {
        const actor = (await gql<{ actor: ProviderDetails | null }>(PROVIDER, { id: providerId })).actor;
        if (ticket !== this.ticket) return;
        if (!actor) throw new Error(t("providerNotFound", { id: providerId }));
        this.provider = actor;
      }
      this.renderForm();
      const { query, variables } = this.gapsRequest(this.provider);
      const answer = await gql<GapsAnswer>(query, variables);
      if (ticket !== this.ticket) return;
      if (!answer.providerGaps) throw new Error(t("providerNotFound", { id: providerId }));
      this.gaps = answer.providerGaps;
      this.places = new Map(
        (answer.places?.edges ?? []).flatMap(({ node }) =>
          node.location ? [[node.id, node.location] as [string, { latitude: number; longitude: number }]] : [],
        ),
      );
    } catch (error) {
      if (ticket !== this.ticket) return;
      this.gaps = null;
      this.gapsError = error;
    }
    this.renderForm();
    this.renderResult();
  }

  private gapsRequest(provider: ProviderDetails): { query: string; variables: Record<string, unknown> } {
    const base = { id: provider.id, needs: this.asked.needs, radiusKm: this.asked.radius };
    if (!provider.location) return { query: PROVIDER_GAPS_UNPLACED, variables: base };
    return { query: PROVIDER_GAPS, variables: { ...base, near: { ...provider.location, radiusKm: this.asked.radius } } };
  }

  /** Whether the refusal is about what was asked (a need its kind cannot meet, a radius out of range): shown beside the picker. */
  private refused(): string | null {
    const error = this.gapsError;
    return error instanceof ApiError && error.code === "BAD_USER_INPUT" ? error.message : null;
  }

  private renderForm(): void {
    const provider = this.provider;
    if (!provider) {
      this.form.hidden = true;
      fill(this.chosen);
      return;
    }
    fill(
      this.chosen,
      h(
        "p",
        { class: "provider-chosen" },
        h("strong", {}, provider.name),
        ` · ${label(provider.kind)}`,
        provider.region ? ` · ${provider.region.name}` : "",
        !provider.location && h("span", { class: "small" }, ` · ${t("providerNoLocation")}`),
      ),
    );
    const own = needsOfKind(provider.kind);
    const checked = new Set(this.gaps?.needs ?? this.asked.needs ?? own);
    // The boxes are made again only when what they show changes: a box ticked while an answer is
    // on its way stays ticked.
    const boxesFor = JSON.stringify([provider.id, currentLang(), [...checked].sort()]);
    if (boxesFor !== this.boxesFor) this.renderNeedBoxes(own, checked);
    this.boxesFor = boxesFor;
    const refusal = this.refused();
    fill(this.refusal, refusal && h("p", { role: "alert", class: "panel-error" }, refusal));
    if (refusal) this.needBoxes.setAttribute("aria-describedby", "provider-refusal");
    else this.needBoxes.removeAttribute("aria-describedby");
    if (document.activeElement !== this.radius) this.radius.value = String(this.asked.radius);
    this.form.hidden = false;
  }

  private renderNeedBoxes(own: readonly string[], checked: ReadonlySet<string>): void {
    fill(
      this.needBoxes,
      h("legend", {}, t("providerNeeds")),
      PARTNER_NEEDS.map((need) =>
        h(
          "label",
          {},
          h("input", { type: "checkbox", name: "provider-need", value: need, checked: checked.has(need) }),
          label(need),
          own.includes(need) && h("span", { class: "small" }, ` (${t("providerKindMeets")})`),
        ),
      ),
    );
  }

  private submit(): void {
    const provider = this.provider;
    if (!provider || !this.form.reportValidity()) return;
    const needs = [...this.needBoxes.querySelectorAll<HTMLInputElement>("input[name='provider-need']:checked")].map((box) => box.value);
    const own = needsOfKind(provider.kind);
    const isDefault = needs.length === 0 || (needs.length === own.length && own.every((need) => needs.includes(need)));
    const change = { view: "provider", needs: isDefault ? null : needs, radius: Number(this.radius.value) };
    // The same request again after a failure (the address does not change): ask again.
    if (addressWith(change) === location.hash && this.gapsError !== undefined && this.providerId) void this.load(this.providerId, false);
    else go(change);
  }

  private renderResult(): void {
    const provider = this.provider;
    const gaps = this.gaps;
    const radiusText = `${formatNumber(this.asked.radius, 1)} km`;
    if (!this.providerId) {
      this.form.hidden = true;
      fill(this.chosen);
      fill(this.summary, h("p", { class: "hint" }, t("providerNone")));
      this.mapBox.hidden = true;
      return fill(this.tables);
    }
    const request = provider ? this.gapsRequest(provider) : { query: PROVIDER, variables: { id: this.providerId } };
    if (this.gapsError !== undefined) {
      this.mapBox.hidden = true;
      fill(this.tables);
      // A refused need is said beside the picker; anything else where the result would be.
      return fill(this.summary, this.refused() ? null : errorBox(this.gapsError), queryLink(request.query, request.variables));
    }
    if (!provider || !gaps) return;
    const members = gaps.members;
    const needs = needsInSentence(gaps.needs);
    const where = provider.location ? radiusText : null;
    const firmsCount = members.totalCount;
    const sentraCount = gaps.sentra.totalCount;
    fill(
      this.summary,
      h(
        "p",
        { id: "provider-summary-text" },
        firmsCount === 0
          ? t(where ? "providerNoGap" : "providerNoGapAnywhere", { needs, radius: radiusText })
          : t(where ? "providerSummary" : "providerSummaryAnywhere", { n: firmsCount, s: sentraCount, needs, radius: radiusText }),
      ),
    );
    const points = mapPoints(provider, gaps, this.places);
    const placedFirms = points.filter((p) => p.id !== provider.id).length;
    this.mapBox.hidden = points.length === 0;
    this.mapBox.setAttribute("aria-label", t("providerMapLabel", { name: provider.name }));
    this.map.show(points, points.length > 0 ? points : undefined);
    if (firmsCount === 0) return fill(this.tables, queryLink(request.query, request.variables));

    const exportButton = h("button", { type: "button" }, t("providerExport"));
    exportButton.addEventListener("click", () => downloadCsv(gapsCsv(gaps), `${fileNamePart(provider.id)}-gaps.csv`));
    fill(
      this.tables,
      points.length > 0 && mapLegend(provider.name),
      provider.location &&
        placedFirms < members.edges.length &&
        h("p", { class: "small" }, t("providerMapNote", { placed: placedFirms, n: members.edges.length })),
      h("h3", {}, t("providerBySentra")),
      sentraTable(gaps, radiusText),
      sentraCount > gaps.sentra.edges.length && h("p", { class: "small" }, t("providerFirstSentra", { shown: gaps.sentra.edges.length, n: sentraCount })),
      h("h3", {}, t("providerFirms")),
      firmTable(gaps, t(where ? "providerFirmsCaption" : "providerFirmsCaptionAnywhere", { needs, radius: radiusText, name: provider.name })),
      firmsCount > members.edges.length && h("p", { class: "small" }, t("providerFirstOf", { shown: members.edges.length, n: firmsCount })),
      h("div", { class: "provider-export" }, exportButton, h("p", { class: "hint" }, t("providerExportHint"))),
      queryLink(request.query, request.variables),
    );
  }

  /** A firm picked on the map: its row in the list, brought into view and focused. */
  private pickPoint(id: string): void {
    const row = this.tables.querySelector<HTMLElement>(`tr[data-member-id="${CSS.escape(id)}"]`);
    if (!row) return;
    for (const marked of this.tables.querySelectorAll("tr.picked")) marked.classList.remove("picked");
    row.classList.add("picked");
    row.scrollIntoView({ block: "center" });
    row.querySelector<HTMLElement>("a")?.focus();
  }
}
