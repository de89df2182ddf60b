import { go, listParam } from "../address";
import { gql } from "../api";
import { fill, h } from "../dom";
import { t } from "../i18n";
import { errorBox, loadingBox, queryLink } from "../ui";
import { CompareChooser, MAX_COMPARED } from "./compare-choose";
import { headlinePanel, parseSort, sortParam, type SortState } from "./compare-headline";
import { answerPanel, ladderPanel, matrixPanel, sentraLink } from "./compare-panels";
import { COMPARE_SENTRA, type Comparison } from "./compare-query";
import { changed, type View } from "./view";

/**
 * Compare sentra side by side (`#view=compare&ids=a,b,c`, 2 to 20, in the order chosen): which is
 * closest to its next stage and what it misses, the ladder, the headline figures and the criteria
 * matrix, all from one Query.compareSentra request. Every change of the chosen set is a new address,
 * so Back walks through the sets and a link restores one.
 */
export class CompareView implements View {
  readonly name = "compare" as const;
  private root!: HTMLElement;
  private chooser!: CompareChooser;
  private texts: Array<{ element: HTMLElement; key: string }> = [];
  private ids: string[] = [];
  private sort: SortState | null = null;
  private names = new Map<string, string>();
  private comparison: Comparison | null = null;
  private ticket = 0;
  private result!: HTMLElement;
  private query!: HTMLElement;

  mount(root: HTMLElement): void {
    this.root = root;
    this.root.classList.add("cmp-view");
    const text = <K extends keyof HTMLElementTagNameMap>(tag: K, key: string, props: Record<string, string> = {}) => {
      const element = h(tag, props, t(key));
      this.texts.push({ element, key });
      return element;
    };
    this.chooser = new CompareChooser(this.names);
    this.result = h("div", { class: "cmp-result", id: "cmp-result" });
    this.query = h("div", { class: "cmp-query" });
    fill(
      this.root,
      h("div", { class: "cmp-intro" }, text("h2", "cmpHeading", { id: "cmp-heading" }), text("p", "cmpIntro", { class: "hint" })),
      h("div", { class: "cmp-layout" }, this.chooser.element, h("div", { class: "cmp-main" }, this.result, this.query)),
    );
  }

  async show(params: URLSearchParams, previous: URLSearchParams | null): Promise<void> {
    this.ids = [...new Set(listParam(params, "ids"))];
    this.sort = parseSort(params.get("csort"));
    if (changed(params, previous, "lang")) {
      for (const { element, key } of this.texts) element.textContent = t(key);
      this.chooser.retext();
    }
    if (changed(params, previous, "ids", "lang") || !this.comparison) await this.load();
    else this.renderResult();
  }

  private async load(): Promise<void> {
    const ticket = ++this.ticket;
    const ids = this.ids;
    this.comparison = null;
    this.chooser.setChosen(ids, new Set());
    fill(this.query);
    if (ids.length === 0) {
      fill(this.result, h("p", { class: "cmp-notice", id: "cmp-notice" }, t("cmpChooseTwo")));
      return;
    }
    if (ids.length > MAX_COMPARED) {
      fill(this.result, h("p", { class: "cmp-notice", id: "cmp-notice", role: "alert" }, t("cmpAddressTooMany", { max: MAX_COMPARED, n: ids.length })));
      return;
    }
    fill(this.query, queryLink(COMPARE_SENTRA, { ids }));
    // The old result goes at once: it never stands under the new set.
    fill(this.result, loadingBox());
    try {
      const data = await gql<{ compareSentra: Comparison | null }>(COMPARE_SENTRA, { ids });
      if (ticket !== this.ticket) return;
      if (!data.compareSentra) throw new Error(t("cmpRefused"));
      this.comparison = data.compareSentra;
      for (const analysis of this.comparison.analyses) this.names.set(analysis.sentra.id, analysis.sentra.name);
      this.chooser.setChosen(ids, new Set(this.comparison.analyses.map((a) => a.sentra.id)));
      this.renderResult();
    } catch (error) {
      if (ticket !== this.ticket) return;
      this.comparison = null;
      fill(this.result, errorBox(error));
    }
  }

  private renderResult(): void {
    const comparison = this.comparison;
    if (!comparison) return;
    const analyses = comparison.analyses;
    const notFound =
      comparison.missingIds.length > 0 &&
      h("p", { class: "cmp-not-found", id: "cmp-not-found", role: "alert" }, `${t("cmpNotFound")} ${comparison.missingIds.join(", ")}`);
    if (analyses.length < 2) {
      fill(
        this.result,
        notFound,
        h(
          "p",
          { class: "cmp-notice", id: "cmp-notice" },
          t("cmpChooseTwo"),
          analyses.length === 1 && [" ", t("cmpOnlyOne"), " ", sentraLink(analyses[0].sentra.id, analyses[0].sentra.name), "."],
        ),
      );
      return;
    }
    fill(
      this.result,
      answerPanel(analyses),
      notFound,
      ladderPanel(analyses),
      headlinePanel(analyses, this.sort, (sort) => {
        this.sort = sort;
        // Sorting needs no Back step: the address keeps it for a link, in place.
        go({ csort: sortParam(sort) }, { replace: true });
        this.renderResult();
        this.result.querySelector<HTMLElement>(`#cmp-headline th[aria-sort] button`)?.focus();
      }),
      matrixPanel(analyses),
    );
  }
}
