import { gql } from "../api";
import { go } from "../address";
import { fill, formatNumber, h } from "../dom";
import { label, t } from "../i18n";
import { IndonesiaMap } from "../map";
import { PROVINCES, REGENCIES, type Connection, type Named } from "../queries";
import { errorBox, loadingBox, queryLink } from "../ui";
import {
  DEFAULT_METRIC,
  HEADLINE_METRICS,
  PAGE_SIZE,
  pickersOf,
  queryOf,
  RANKING,
  rankingVariables,
  REGION_PLACE,
  type CountryQuery,
  type RankedRow,
  type RankingPage,
  type RegionPlace,
} from "./country-data";
import { STAGES } from "./country-palette";
import { mapPoints, rankingTable, stageLegend } from "./country-table";
import { changed, type View } from "./view";

/**
 * The country and provinces view: for a planner, the sentra of all Indonesia, a province or a
 * regency ranked by any stored headline figure (Query.sentraRanking), filtered by product and
 * stage, and the same sentra on a map of Indonesia coloured by stage and sized by core firms. The
 * whole choice lives in the address (region, metric, order, product, stages); "More" loads the
 * next page of the same ranking onto the table and the map.
 */
export class CountryView implements View {
  readonly name = "country" as const;
  private root!: HTMLElement;
  private map!: IndonesiaMap;
  private query: CountryQuery = queryOf(new URLSearchParams());
  private rows: RankedRow[] = [];
  private total = 0;
  private endCursor: string | null = null;
  private hasMore = false;
  private seq = 0;
  private provinces: Named[] | null = null;
  private readonly el = {} as Record<
    "heading" | "intro" | "controlsHeading" | "status" | "mapHeading" | "legend" | "mapNote" | "rankingHeading" | "ranking" | "query" | "regionNote",
    HTMLElement
  > & {
    more: HTMLButtonElement;
    province: HTMLSelectElement;
    regency: HTMLSelectElement;
    metric: HTMLSelectElement;
    order: HTMLSelectElement;
    product: HTMLInputElement;
    stages: HTMLFieldSetElement;
    stagesLegend: HTMLLegendElement;
    stageBoxes: HTMLInputElement[];
    stageTexts: HTMLSpanElement[];
    labels: HTMLElement[];
  };

  mount(root: HTMLElement): void {
    this.root = root;
    this.build();
    this.map = new IndonesiaMap(this.root.querySelector<HTMLElement>("#country-map")!, (id) => go({ view: "sentra", sentra: id }));
    this.wire();
  }

  async show(params: URLSearchParams, previous: URLSearchParams | null): Promise<void> {
    const langChanged = changed(params, previous, "lang");
    this.query = queryOf(params);
    if (langChanged) this.renderTexts();
    this.renderControls();
    const regionChanged = changed(params, previous, "region");
    const dataChanged = langChanged || changed(params, previous, "region", "metric", "order", "product", "stages");
    if (!dataChanged) return;
    await Promise.all([regionChanged || langChanged ? this.syncRegionPickers() : undefined, this.loadRanking()]);
  }

  // ---------------------------------------------------------------- building

  private build(): void {
    const e = this.el;
    // An element whose text is the UI text `key`, set again on each language switch.
    const text = (tag: "h2" | "h3" | "p" | "label", props: Record<string, string>, key: string) => h(tag, { ...props, "data-country-t": key });
    e.heading = text("h2", { id: "country-heading" }, "countryHeading");
    e.intro = text("p", { class: "hint" }, "countryIntro");
    e.controlsHeading = text("h3", { id: "country-controls-heading" }, "countryControls");
    e.province = h("select", { id: "country-province" });
    e.regency = h("select", { id: "country-regency" });
    e.regionNote = h("p", { class: "hint", id: "country-region-note" });
    e.metric = h("select", { id: "country-metric" });
    e.order = h("select", { id: "country-order" });
    e.product = h("input", { id: "country-product", type: "search", autocomplete: "off" });
    // The stage boxes are made once, so a box keeps the keyboard focus while the view reloads.
    e.stagesLegend = h("legend", {});
    e.stageTexts = STAGES.map(() => h("span", {}));
    e.stageBoxes = STAGES.map((stage) => h("input", { type: "checkbox", value: stage }));
    e.stages = h(
      "fieldset",
      { id: "country-stages", class: "country-stages" },
      e.stagesLegend,
      STAGES.map((_, i) => h("label", { class: "check" }, e.stageBoxes[i], e.stageTexts[i])),
    );
    e.status = h("p", { id: "country-status", class: "status", role: "status", "aria-live": "polite" });
    e.mapHeading = text("h3", { id: "country-map-heading" }, "countryMap");
    e.legend = h("div", { id: "country-legend" });
    e.mapNote = h("p", { id: "country-map-note", class: "hint" });
    e.rankingHeading = text("h3", { id: "country-ranking-heading" }, "countryRanking");
    e.ranking = h("div", { id: "country-ranking", class: "country-ranking" });
    e.more = h("button", { type: "button", id: "country-more", hidden: true });
    e.query = h("div", { id: "country-query" });
    const applyButton = h("button", { type: "submit", "data-country-t": "countryApply" });
    fill(
      this.root,
      h("header", { class: "country-head" }, e.heading, e.intro),
      h(
        "div",
        { class: "country-layout" },
        h(
          "aside",
          { class: "controls country-controls", "aria-labelledby": "country-controls-heading" },
          e.controlsHeading,
          text("label", { for: "country-province" }, "countryProvince"),
          e.province,
          text("label", { for: "country-regency" }, "countryRegency"),
          e.regency,
          e.regionNote,
          text("label", { for: "country-metric" }, "countryMetric"),
          e.metric,
          text("label", { for: "country-order" }, "countryOrder"),
          e.order,
          h(
            "form",
            { id: "country-product-form", role: "search", "aria-labelledby": "country-product-label" },
            text("label", { for: "country-product", id: "country-product-label" }, "countryProduct"),
            h("div", { class: "row" }, e.product, applyButton),
          ),
          e.stages,
        ),
        h(
          "div",
          { class: "country-results" },
          e.status,
          h(
            "section",
            { class: "country-map-section", "aria-labelledby": "country-map-heading" },
            e.mapHeading,
            h("div", { id: "country-map" }),
            e.legend,
            e.mapNote,
          ),
          h("section", { class: "country-ranking-section", "aria-labelledby": "country-ranking-heading" }, e.rankingHeading, e.ranking, e.more, e.query),
        ),
      ),
    );
    e.labels = [...this.root.querySelectorAll<HTMLElement>("[data-country-t]")];
  }

  private wire(): void {
    const e = this.el;
    e.province.addEventListener("change", () => go({ view: "country", region: e.province.value || null }));
    e.regency.addEventListener("change", () => go({ view: "country", region: e.regency.value || e.province.value || null }));
    e.metric.addEventListener("change", () => go({ view: "country", metric: e.metric.value === DEFAULT_METRIC ? null : e.metric.value }));
    e.order.addEventListener("change", () => go({ view: "country", order: e.order.value === "asc" ? "asc" : null }));
    this.root.querySelector("#country-product-form")!.addEventListener("submit", (event) => {
      event.preventDefault();
      go({ view: "country", product: e.product.value.trim() || null });
    });
    e.stages.addEventListener("change", () => {
      const ticked = e.stageBoxes.filter((box) => box.checked).map((box) => box.value);
      go({ view: "country", stages: ticked });
    });
    e.more.addEventListener("click", () => void this.loadMore());
  }

  /** The view's own texts, in the page's language. */
  private renderTexts(): void {
    for (const element of this.el.labels) element.textContent = t(element.dataset.countryT!);
  }

  /** The pickers and filters as the address says (their option texts in the page's language). */
  private renderControls(): void {
    const e = this.el;
    const q = this.query;
    fill(
      e.metric,
      HEADLINE_METRICS.map((metric) => h("option", { value: metric, selected: metric === q.metric }, t(`metric_${metric}`))),
    );
    fill(
      e.order,
      h("option", { value: "desc", selected: q.descending }, t("countryHighFirst")),
      h("option", { value: "asc", selected: !q.descending }, t("countryLowFirst")),
    );
    if (document.activeElement !== e.product) e.product.value = q.product;
    e.stagesLegend.textContent = t("countryStages");
    STAGES.forEach((stage, i) => {
      e.stageBoxes[i].checked = q.stages.includes(stage);
      e.stageTexts[i].textContent = label(stage);
    });
  }

  // ---------------------------------------------------------------- region pickers

  private async syncRegionPickers(): Promise<void> {
    const e = this.el;
    const regionId = this.query.regionId;
    try {
      this.provinces ??= (await gql<{ regions: Connection<Named> }>(PROVINCES)).regions.edges
        .map((edge) => edge.node)
        .sort((a, b) => a.name.localeCompare(b.name));
      let chosen = { province: null as string | null, regency: null as string | null };
      let place: RegionPlace | null = null;
      if (regionId) {
        place = (await gql<{ region: RegionPlace | null }>(REGION_PLACE, { id: regionId })).region;
        if (place) chosen = pickersOf(place);
      }
      if (regionId !== this.query.regionId) return;
      fill(
        e.province,
        h("option", { value: "" }, t("countryAll")),
        this.provinces.map((p) => h("option", { value: p.id, selected: p.id === chosen.province }, p.name)),
      );
      await this.fillRegencies(chosen.province, chosen.regency);
      // A district or village chosen by a link: the pickers show where it lies, the note names it.
      const deeper = place && place.id !== chosen.province && place.id !== chosen.regency;
      e.regionNote.textContent = regionId && !place ? t("countryNoRegion", { id: regionId }) : deeper ? t("countryInRegion", { name: place!.name }) : "";
    } catch (error) {
      fill(e.regionNote, errorBox(error));
    }
  }

  private async fillRegencies(provinceId: string | null, chosen: string | null): Promise<void> {
    const e = this.el;
    e.regency.disabled = !provinceId;
    if (!provinceId) {
      fill(e.regency, h("option", { value: "" }, t("countryWholeProvince")));
      return;
    }
    const data = await gql<{ region: { children: Connection<Named> } | null }>(REGENCIES, { id: provinceId });
    const regencies = (data.region?.children.edges ?? []).map((edge) => edge.node).sort((a, b) => a.name.localeCompare(b.name));
    fill(
      e.regency,
      h("option", { value: "" }, t("countryWholeProvince")),
      regencies.map((r) => h("option", { value: r.id, selected: r.id === chosen }, r.name)),
    );
  }

  // ---------------------------------------------------------------- ranking and map

  private async loadRanking(): Promise<void> {
    const seq = ++this.seq;
    const e = this.el;
    const variables = rankingVariables(this.query);
    // Nothing of the previous ranking stays under the new choice while it loads.
    this.rows = [];
    e.more.hidden = true;
    e.status.textContent = t("loading");
    fill(e.ranking, loadingBox());
    fill(e.query, queryLink(RANKING, variables));
    fill(e.mapNote);
    fill(e.legend);
    this.map.show([]);
    try {
      const page = await gql<RankingPage>(RANKING, variables);
      if (seq !== this.seq) return;
      this.take(page);
      this.render();
    } catch (error) {
      if (seq !== this.seq) return;
      e.status.textContent = "";
      fill(e.ranking, errorBox(error));
      fill(e.mapNote, errorBox(error));
    }
  }

  private async loadMore(): Promise<void> {
    const seq = this.seq;
    const e = this.el;
    e.more.disabled = true;
    try {
      const page = await gql<RankingPage>(RANKING, rankingVariables(this.query, this.endCursor));
      if (seq !== this.seq) return;
      this.take(page);
      this.render();
      // The reader continues where the new rows start.
      e.ranking.querySelectorAll<HTMLAnchorElement>("tbody a")[this.rows.length - page.sentraRanking.edges.length]?.focus();
    } catch (error) {
      if (seq !== this.seq) return;
      e.more.hidden = true;
      e.ranking.append(errorBox(error));
    } finally {
      e.more.disabled = false;
    }
  }

  private take(page: RankingPage): void {
    const ranking = page.sentraRanking;
    this.rows = [...this.rows, ...ranking.edges];
    this.total = ranking.totalCount;
    this.endCursor = ranking.pageInfo.endCursor;
    this.hasMore = ranking.pageInfo.hasNextPage;
  }

  private render(): void {
    const e = this.el;
    const q = this.query;
    e.status.textContent = t("countryShown", { shown: formatNumber(this.rows.length), total: formatNumber(this.total) });
    fill(e.ranking, this.rows.length > 0 ? rankingTable(this.rows, q) : h("p", {}, t("countryNone")));
    e.more.hidden = !this.hasMore;
    e.more.textContent = t("countryMore", { n: formatNumber(Math.min(this.total - this.rows.length, PAGE_SIZE)) });
    const points = mapPoints(this.rows);
    // A region's map fits its sentra; all Indonesia shows the whole country.
    this.map.show(points, q.regionId && points.length > 0 ? points : undefined);
    fill(e.legend, stageLegend(this.rows));
    const unplaced = this.rows.length - points.length;
    e.mapNote.textContent = unplaced > 0 ? t("countryNoLocation", { n: formatNumber(unplaced) }) : this.rows.length > 0 ? t("countryAllLocated") : "";
  }
}
