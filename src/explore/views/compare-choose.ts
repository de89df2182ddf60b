import { go, listParam, readAddress } from "../address";
import { gql } from "../api";
import { fill, h } from "../dom";
import { t } from "../i18n";
import { errorBox, loadingBox } from "../ui";
import { sentraLink } from "./compare-panels";
import { COMPARE_PROVINCES, COMPARE_REGION_CHILDREN, COMPARE_REGION_SENTRA, COMPARE_SEARCH, type RegionNode, type SentraHit } from "./compare-query";

/** The most sentra one comparison takes (Query.compareSentra refuses more). */
export const MAX_COMPARED = 20;

type Edges<T> = { edges: Array<{ node: T }> };

/**
 * The compare view's chooser: a search whose results have "Add" buttons, a region picker (province,
 * then regency or city) that adds all sentra of a region, and the chosen sentra as removable chips.
 * Every change of the set goes to the address (`go({ ids })`), so Back walks through the sets; more
 * than 20 is refused with a message.
 */
export class CompareChooser {
  readonly element: HTMLElement;
  /** Elements whose text is a UI text, written again when the language changes. */
  private texts: Array<{ element: HTMLElement; key: string }> = [];
  private ids: string[] = [];
  private hits: SentraHit[] | null = null;
  private hitButtons = new Map<string, HTMLButtonElement>();
  private provincesAsked = false;
  private focusChipAfterRemoval: number | null = null;
  private found: ReadonlySet<string> = new Set();

  private searchInput: HTMLInputElement;
  private searchResults: HTMLElement;
  private province: HTMLSelectElement;
  private regency: HTMLSelectElement;
  private message: HTMLElement;
  private chipsHeading: HTMLElement;
  private chips: HTMLUListElement;

  /** `names` is the view's: sentra names learnt from searches, regions and comparisons. */
  constructor(private readonly names: Map<string, string>) {
    const text = <K extends keyof HTMLElementTagNameMap>(tag: K, key: string, props: Record<string, string> = {}) => {
      const element = h(tag, props, t(key));
      this.texts.push({ element, key });
      return element;
    };
    this.searchInput = h("input", { id: "cmp-search", type: "search", autocomplete: "off" });
    const searchForm = h(
      "form",
      { role: "search", class: "cmp-search-form" },
      text("label", "cmpSearchLabel", { for: "cmp-search" }),
      h("div", { class: "row" }, this.searchInput, text("button", "cmpSearchButton", { type: "submit" })),
    );
    searchForm.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.search(this.searchInput.value.trim());
    });
    this.searchResults = h("div", { class: "cmp-search-results", "aria-live": "polite" });

    this.province = h("select", { id: "cmp-province" });
    this.regency = h("select", { id: "cmp-regency", disabled: true });
    this.province.addEventListener("change", () => void this.loadRegencies());
    const addRegion = text("button", "cmpAddRegion", { type: "button" });
    addRegion.addEventListener("click", () => void this.addRegion());

    this.message = h("p", { class: "cmp-message", role: "status", "aria-live": "polite" });
    this.chipsHeading = h("h3", { id: "cmp-chips-heading" });
    this.chips = h("ul", { class: "cmp-chips", "aria-labelledby": "cmp-chips-heading" });
    this.element = h(
      "aside",
      { class: "cmp-choose", "aria-labelledby": "cmp-choose-heading" },
      text("h2", "cmpChooseHeading", { id: "cmp-choose-heading" }),
      searchForm,
      this.searchResults,
      text("h3", "cmpRegionHeading"),
      text("label", "cmpProvince", { for: "cmp-province" }),
      this.province,
      text("label", "cmpRegency", { for: "cmp-regency" }),
      this.regency,
      h("div", { class: "cmp-region-add" }, addRegion),
      this.message,
      this.chipsHeading,
      this.chips,
    );
    this.fillRegionSelect(this.province, [], "cmpPick");
    this.fillRegionSelect(this.regency, [], "cmpWholeProvince");
  }

  /** The chosen set as the view shows it now; `found` are the ids the comparison found. */
  setChosen(ids: string[], found: ReadonlySet<string>): void {
    this.ids = ids;
    this.renderChips(found);
    if (!this.provincesAsked) {
      this.provincesAsked = true;
      void this.loadProvinces();
    }
  }

  /** The language changed: every own text again, and no message left in the old language. */
  retext(): void {
    for (const { element, key } of this.texts) element.textContent = t(key);
    this.say("");
    this.renderHits();
    for (const select of [this.province, this.regency]) {
      const first = select.options[0];
      if (first) first.textContent = t(select === this.province ? "cmpPick" : "cmpWholeProvince");
    }
  }

  private say(message: string): void {
    this.message.textContent = message;
  }

  private nameOf(id: string): string {
    return this.names.get(id) ?? id;
  }

  /**
   * The set as the address holds it now: `go` changes the address at once, the view hears of it only
   * on `hashchange`, so two quick clicks both build on the latest set.
   */
  private chosenNow(): string[] {
    return [...new Set(listParam(readAddress(), "ids"))];
  }

  private add(wanted: string[]): void {
    const chosen = this.chosenNow();
    const adding = [...new Set(wanted)].filter((id) => !chosen.includes(id));
    if (adding.length === 0) {
      this.say(t("cmpAlreadyChosen"));
      return;
    }
    const total = chosen.length + adding.length;
    if (total > MAX_COMPARED) {
      this.say(t("cmpTooMany", { max: MAX_COMPARED, chosen: chosen.length, adding: adding.length, total }));
      return;
    }
    this.say("");
    go({ ids: [...chosen, ...adding] });
  }

  private remove(id: string): void {
    const chosen = this.chosenNow();
    this.focusChipAfterRemoval = chosen.indexOf(id);
    this.say("");
    go({ ids: chosen.filter((other) => other !== id) });
  }

  private async search(text: string): Promise<void> {
    if (!text) {
      this.hits = null;
      fill(this.searchResults);
      return;
    }
    fill(this.searchResults, loadingBox());
    try {
      const data = await gql<{ sentraList: Edges<SentraHit> }>(COMPARE_SEARCH, { text });
      this.hits = data.sentraList.edges.map((edge) => edge.node);
      for (const hit of this.hits) this.names.set(hit.id, hit.name);
      this.renderHits();
    } catch (error) {
      this.hits = null;
      fill(this.searchResults, errorBox(error));
    }
  }

  private renderHits(): void {
    this.hitButtons.clear();
    if (this.hits === null) return;
    if (this.hits.length === 0) {
      fill(this.searchResults, h("p", { class: "hint" }, t("cmpNoResults")));
      return;
    }
    fill(
      this.searchResults,
      h("p", { class: "small" }, t("cmpFound", { n: this.hits.length })),
      h(
        "ul",
        { class: "plain-list cmp-hits" },
        this.hits.map((hit) => {
          const button = h("button", { type: "button", class: "cmp-add" });
          button.addEventListener("click", () => this.add([hit.id]));
          this.hitButtons.set(hit.id, button);
          this.updateHitButton(hit.id, hit.name);
          return h("li", {}, h("span", { class: "cmp-hit-name" }, hit.name, hit.region && h("span", { class: "small" }, ` · ${hit.region.name}`)), button);
        }),
      ),
    );
  }

  /** A result already chosen says so (and stays focusable, so the keyboard does not lose its place). */
  private updateHitButton(id: string, name: string): void {
    const button = this.hitButtons.get(id);
    if (!button) return;
    const chosen = this.ids.includes(id);
    button.textContent = t(chosen ? "cmpAdded" : "cmpAdd");
    button.setAttribute("aria-label", t(chosen ? "cmpAddedNamed" : "cmpAddNamed", { name }));
    if (chosen) button.setAttribute("aria-disabled", "true");
    else button.removeAttribute("aria-disabled");
  }

  private fillRegionSelect(select: HTMLSelectElement, regions: RegionNode[], firstKey: string): void {
    fill(
      select,
      h("option", { value: "" }, t(firstKey)),
      regions.map((region) => h("option", { value: region.id }, region.name)),
    );
  }

  private async loadProvinces(): Promise<void> {
    try {
      const data = await gql<{ regions: Edges<RegionNode> }>(COMPARE_PROVINCES);
      this.fillRegionSelect(
        this.province,
        data.regions.edges.map((edge) => edge.node),
        "cmpPick",
      );
    } catch (error) {
      this.provincesAsked = false;
      this.say(`${t("cmpRegionsFailed")} ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async loadRegencies(): Promise<void> {
    const id = this.province.value;
    this.fillRegionSelect(this.regency, [], "cmpWholeProvince");
    this.regency.disabled = !id;
    if (!id) return;
    try {
      const data = await gql<{ region: { children: Edges<RegionNode> } | null }>(COMPARE_REGION_CHILDREN, { id });
      if (this.province.value !== id) return;
      this.fillRegionSelect(
        this.regency,
        (data.region?.children.edges ?? []).map((edge) => edge.node),
        "cmpWholeProvince",
      );
    } catch (error) {
      this.say(`${t("cmpRegionsFailed")} ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Adds every sentra of the regency chosen, or of the whole province when no regency is. */
  private async addRegion(): Promise<void> {
    const id = this.regency.value || this.province.value;
    if (!id) {
      this.say(t("cmpPickRegionFirst"));
      return;
    }
    this.say(t("loading"));
    try {
      const data = await gql<{ region: { name: string; sentra: Edges<SentraHit> & { totalCount: number } } | null }>(COMPARE_REGION_SENTRA, { id });
      const region = data.region;
      if (!region || region.sentra.totalCount === 0) {
        this.say(t("cmpRegionEmpty", { region: region?.name ?? id }));
        return;
      }
      const found = region.sentra.edges.map((edge) => edge.node);
      for (const one of found) this.names.set(one.id, one.name);
      // Sentra beyond the first page (more than 100) would all be new: too many either way.
      const chosen = this.chosenNow();
      const adding = found.filter((one) => !chosen.includes(one.id)).length + (region.sentra.totalCount - found.length);
      if (chosen.length + adding > MAX_COMPARED) {
        this.say(
          t("cmpRegionTooMany", {
            region: region.name,
            n: region.sentra.totalCount,
            chosen: chosen.length,
            max: MAX_COMPARED,
          }),
        );
        return;
      }
      this.add(found.map((one) => one.id));
    } catch (error) {
      this.say(`${t("requestFailed")} ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private renderChips(found: ReadonlySet<string> = this.found): void {
    this.found = found;
    this.chipsHeading.textContent = t("cmpChosen", { n: this.ids.length, max: MAX_COMPARED });
    fill(
      this.chips,
      this.ids.map((id) => {
        const name = this.nameOf(id);
        const remove = h(
          "button",
          { type: "button", class: "cmp-remove", "aria-label": t("cmpRemoveNamed", { name }) },
          h("span", { "aria-hidden": "true" }, "×"),
        );
        remove.addEventListener("click", () => this.remove(id));
        return h("li", { class: "cmp-chip" }, found.has(id) || this.names.has(id) ? sentraLink(id, name) : h("span", {}, name), remove);
      }),
    );
    if (this.ids.length === 0) this.chips.append(h("li", { class: "hint" }, t("cmpNoneChosen")));
    for (const hit of this.hits ?? []) this.updateHitButton(hit.id, hit.name);
    if (this.focusChipAfterRemoval !== null) {
      const buttons = this.chips.querySelectorAll<HTMLButtonElement>("button.cmp-remove");
      const next = buttons[Math.min(this.focusChipAfterRemoval, buttons.length - 1)];
      (next ?? this.searchInput).focus();
      this.focusChipAfterRemoval = null;
    }
  }
}
