/**
 * The compare view's result panels, drawn from one Query.compareSentra answer: the one-line answer
 * (which sentra is closest to its next stage, and what it misses), the ladder, the headline figures
 * (sortable by any column) and the criteria matrix. Each is readable without colour: every mark has
 * a word or a symbol with an accessible text.
 */
import { addressWith } from "../address";
import { formatNumber, h, type Child } from "../dom";
import { currentLang, label, t } from "../i18n";
import { STAGES, closestToNextStage, shortDescription, stageRank } from "./compare-closest";
import type { ComparedAnalysis, ComparedCriterion } from "./compare-query";

/** A share as a percentage in the page's language: 76.9% in English, 76,9% in Indonesian. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return "–";
  return value.toLocaleString(currentLang() === "id" ? "id-ID" : "en-US", { style: "percent", maximumFractionDigits: 1 });
}

/** A link to the one-sentra view of this sentra. */
export function sentraLink(id: string, name: string): HTMLAnchorElement {
  return h("a", { href: addressWith({ view: "sentra", sentra: id }) }, name);
}

/** A UI text whose {placeholders} may be elements (a link inside a sentence). */
function sentence(key: string, values: Record<string, Child>): Child[] {
  const parts: Child[] = [];
  const text = t(key);
  const pattern = /\{(\w+)\}/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    parts.push(text.slice(last, match.index));
    parts.push(match[1] in values ? values[match[1]] : match[0]);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** "could be Embryo to Cluster" for an incomplete verdict, or that its stage holds either way. */
export function possibleRange(verdict: ComparedAnalysis["verdict"]): string {
  return verdict.lowestPossibleStage === verdict.highestPossibleStage
    ? t("cmpStageHolds")
    : t("cmpPossibleRange", { low: label(verdict.lowestPossibleStage), high: label(verdict.highestPossibleStage) });
}

function missingCount(count: number): string {
  return t(count === 1 ? "cmpMissingOne" : "cmpMissingMany", { n: count });
}

function toInput(analysis: ComparedAnalysis) {
  return { id: analysis.sentra.id, name: analysis.sentra.name, stage: analysis.verdict.stage, criteria: analysis.verdict.criteria };
}

/** "Which is closest to the next stage, and what is missing", in one line (and who follows). */
export function answerPanel(analyses: ComparedAnalysis[]): HTMLElement {
  const { ranking, dynamic } = closestToNextStage(analyses.map(toInput));
  const body: Child[] = [];
  if (ranking.length === 0) {
    body.push(h("p", { id: "cmp-answer-text", class: "cmp-answer-line" }, t("cmpAllDynamic")));
  } else {
    const best = ranking[0];
    const list = best.missing.map((missing, index) => [
      index > 0 ? "; " : "",
      h("span", { class: "cmp-missing-item" }, shortDescription(missing.description)),
      ` (${t(missing.state === "failed" ? "cmpStateFailed" : "cmpStateUndetermined")})`,
    ]);
    const line =
      best.missing.length === 0
        ? sentence("cmpClosestNone", { name: sentraLink(best.id, best.name), stage: label(best.stage), next: label(best.nextStage) })
        : sentence("cmpClosest", {
            name: h("strong", {}, sentraLink(best.id, best.name)),
            stage: label(best.stage),
            next: h("strong", {}, label(best.nextStage)),
            count: missingCount(best.missing.length),
            list: h("span", {}, list.flat()),
          });
    body.push(h("p", { id: "cmp-answer-text", class: "cmp-answer-line" }, line));
    if (ranking.length > 1) {
      body.push(
        h(
          "p",
          { class: "small", id: "cmp-answer-then" },
          `${t("cmpThen")} `,
          ranking
            .slice(1)
            .flatMap((other, index) => [
              index > 0 ? "; " : "",
              sentraLink(other.id, other.name),
              ` (${label(other.nextStage)}: ${missingCount(other.missing.length)})`,
            ]),
          ".",
        ),
      );
    }
  }
  if (dynamic.length > 0 && ranking.length > 0) {
    body.push(
      h(
        "p",
        { class: "small" },
        `${t("cmpAlreadyDynamic")} `,
        dynamic.flatMap((one, index) => [index > 0 ? ", " : "", sentraLink(one.id, one.name)]),
        ".",
      ),
    );
  }
  body.push(h("p", { class: "small" }, t("cmpRule")));
  return h("section", { class: "cmp-answer", "aria-labelledby": "cmp-answer-heading" }, h("h2", { id: "cmp-answer-heading" }, t("cmpAnswerHeading")), body);
}

/** The five rungs, top rung first, each with the sentra on it and those that could be on it. */
export function ladderPanel(analyses: ComparedAnalysis[]): HTMLElement {
  const rungs = [...STAGES].reverse().map((stage) => {
    const rank = stageRank(stage);
    const here = analyses.filter((a) => a.verdict.stage === stage);
    const possible = analyses.filter(
      (a) => a.verdict.stage !== stage && stageRank(a.verdict.lowestPossibleStage) <= rank && rank <= stageRank(a.verdict.highestPossibleStage),
    );
    return h(
      "li",
      { class: `cmp-rung cmp-rung-${rank}`, "data-stage": stage },
      h("span", { class: "cmp-rung-name" }, label(stage), h("span", { class: "cmp-rung-count" }, ` (${here.length})`)),
      here.length + possible.length > 0 &&
        h(
          "ul",
          { class: "cmp-rung-list" },
          here.map((a) =>
            h(
              "li",
              { class: "cmp-on" },
              h("span", { "aria-hidden": "true" }, "● "),
              sentraLink(a.sentra.id, a.sentra.name),
              !a.verdict.complete && h("span", { class: "small" }, ` (${possibleRange(a.verdict)})`),
            ),
          ),
          possible.map((a) =>
            h(
              "li",
              { class: "cmp-possible" },
              h("span", { "aria-hidden": "true" }, "◌ "),
              a.sentra.name,
              h("span", { class: "small" }, ` (${t("cmpCouldBeHere")})`),
            ),
          ),
        ),
    );
  });
  return h(
    "section",
    { class: "cmp-ladder-panel", "aria-labelledby": "cmp-ladder-heading" },
    h("h2", { id: "cmp-ladder-heading" }, t("cmpLadderHeading")),
    h("p", { class: "hint" }, t("cmpLadderHint")),
    h("ol", { class: "cmp-ladder", "aria-labelledby": "cmp-ladder-heading", reversed: true }, rungs),
  );
}

function stateOf(criterion: ComparedCriterion): "met" | "failed" | "undetermined" {
  return criterion.passed === true ? "met" : criterion.passed === false ? "failed" : "undetermined";
}

const SYMBOL = { met: "✓", failed: "✗", undetermined: "?" } as const;
const STATE_TEXT = { met: "cmpStateMet", failed: "cmpStateFailed", undetermined: "cmpStateUndetermined" } as const;

function tipText(criterion: ComparedCriterion): string {
  const parts: string[] = [];
  if (criterion.measured === null) parts.push(t("cmpTipNoMeasure"));
  else
    parts.push(
      t(criterion.comparison === "AT_LEAST" ? "cmpTipAtLeast" : "cmpTipAtMost", {
        measured: formatNumber(criterion.measured, 2),
        threshold: formatNumber(criterion.threshold, 2),
      }),
    );
  if (criterion.shortfall) parts.push(criterion.shortfall);
  return parts.join(" ");
}

/**
 * The criteria matrix: a row per criterion (with the rung it is required for), a column per sentra;
 * each cell says met, failed or cannot be judged in a word and a symbol, and is focusable: its
 * measured value, threshold and shortfall show on hover and keyboard focus and are its description.
 */
export function matrixPanel(analyses: ComparedAnalysis[]): HTMLElement {
  const criteria: ComparedCriterion[] = [];
  for (const analysis of analyses)
    for (const criterion of analysis.verdict.criteria) if (!criteria.some((c) => c.id === criterion.id)) criteria.push(criterion);
  const rows = criteria.map((criterion, rowIndex) =>
    h(
      "tr",
      { "data-criterion-id": criterion.id },
      h("th", { scope: "row", class: "cmp-criterion" }, criterion.description, h("span", { class: "source" }, ` ${label(criterion.group)}`)),
      h("td", {}, label(criterion.requiredFor)),
      analyses.map((analysis, columnIndex) => {
        const own = analysis.verdict.criteria.find((c) => c.id === criterion.id);
        if (!own) return h("td", {}, "–");
        const state = stateOf(own);
        const tipId = `cmp-tip-${rowIndex}-${columnIndex}`;
        return h(
          "td",
          { class: `cmp-cell cmp-${state}`, tabindex: "0", "aria-describedby": tipId, "data-passed": String(own.passed) },
          h("span", { "aria-hidden": "true", class: "cmp-symbol" }, SYMBOL[state]),
          " ",
          t(STATE_TEXT[state]),
          h("span", { role: "tooltip", id: tipId, class: "cmp-tip" }, tipText(own)),
        );
      }),
    ),
  );
  const table = h(
    "table",
    { class: "cmp-matrix", id: "cmp-matrix" },
    h("caption", {}, t("cmpMatrixCaption")),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, t("cmpColCriterion")),
        h("th", { scope: "col" }, t("cmpColRequiredFor")),
        analyses.map((analysis) => h("th", { scope: "col" }, sentraLink(analysis.sentra.id, analysis.sentra.name))),
      ),
    ),
    h("tbody", {}, rows),
  );
  placeTips(table);
  return h(
    "section",
    { class: "cmp-matrix-panel", "aria-labelledby": "cmp-matrix-heading" },
    h("h2", { id: "cmp-matrix-heading" }, t("cmpMatrixHeading")),
    h("p", { class: "hint" }, t("cmpMatrixHint")),
    h("div", { class: "table-wrap" }, table),
  );
}

/**
 * A cell's tooltip is shown by CSS on hover and focus; here it is placed beside the cell (fixed, so a
 * scrolling table does not clip it) and Escape hides it until the cell is left.
 */
function placeTips(table: HTMLTableElement): void {
  const place = (event: Event) => {
    const cell = (event.target as Element | null)?.closest?.("td.cmp-cell") as HTMLElement | null;
    const tip = cell?.querySelector<HTMLElement>(".cmp-tip");
    if (!cell || !tip) return;
    const rect = cell.getBoundingClientRect();
    const width = Math.min(320, window.innerWidth - 16);
    tip.style.maxWidth = `${width}px`;
    tip.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - width - 8))}px`;
    tip.style.top = `${rect.bottom}px`;
    const height = tip.offsetHeight;
    if (height > 0 && rect.bottom + height > window.innerHeight && rect.top - height > 0) tip.style.top = `${rect.top - height}px`;
  };
  table.addEventListener("mouseover", place);
  table.addEventListener("focusin", (event) => {
    (event.target as HTMLElement).classList?.remove("cmp-tip-dismissed");
    place(event);
  });
  table.addEventListener("mouseleave", () => table.querySelectorAll(".cmp-tip-dismissed").forEach((cell) => cell.classList.remove("cmp-tip-dismissed")));
  table.addEventListener("keydown", (event) => {
    if (event.key === "Escape") (event.target as HTMLElement).closest?.("td.cmp-cell")?.classList.add("cmp-tip-dismissed");
  });
}
