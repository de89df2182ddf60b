import { formatNumber, formatPercent, h } from "./dom";
import { label, t } from "./i18n";
import type { ActorDetails, Analysis, Criterion, DrawNode, Measure, SurveyTables } from "./queries";

/** The accessible names of the scrolling boxes, by the table's id (others are survey tables). */
const TABLE_NAMES: Record<string, string> = { criteria: "tableCriteria", "round-compare": "tableRounds" };

/**
 * Wide tables scroll inside their column instead of widening the page (tablets). The box is a named
 * region in the tab order, so that a keyboard can reach it and scroll it (WCAG 2.1.1, axe
 * scrollable-region-focusable).
 */
function scrolling(table: HTMLElement): HTMLElement {
  const name = t("scrollTable", { name: t(TABLE_NAMES[table.id] ?? "tableSurvey") });
  return h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": name }, table);
}

const percent = formatPercent;

function resultBadge(passed: boolean | null): HTMLElement {
  if (passed === null) return h("span", { class: "badge nodata" }, t("noData"));
  return h("span", { class: passed ? "badge pass" : "badge fail" }, passed ? t("pass") : t("fail"));
}

export function verdictView(analysis: Analysis): HTMLElement {
  const verdict = analysis.verdict;
  return h(
    "div",
    { id: "verdict-body", "data-stage": verdict.stage },
    h(
      "p",
      {},
      h("span", { class: "small" }, `${t("stageIs")}: `),
      h("span", { class: "stage-big", id: "verdict-stage" }, label(verdict.stage)),
      " ",
      h("span", { class: "small" }, `(${verdict.stage}; ${verdict.dynamic ? t("dynamic") : t("notDynamic")})`),
    ),
    verdict.reasons.length > 0 && h("h3", {}, t("reasons")),
    verdict.reasons.length > 0 &&
      h(
        "ol",
        { id: "verdict-reasons" },
        verdict.reasons.map((reason) => h("li", {}, reason)),
      ),
    h("h3", {}, t("criteria")),
    scrolling(
      h(
        "table",
        { id: "criteria" },
        h("thead", {}, h("tr", {}, h("th", {}, t("criterion")), h("th", {}, t("measured")), h("th", {}, t("threshold")), h("th", {}, t("result")))),
        h(
          "tbody",
          {},
          verdict.criteria.map((criterion) => criterionRow(criterion)),
        ),
      ),
    ),
  );
}

function criterionRow(criterion: Criterion): HTMLElement {
  return h(
    "tr",
    { "data-criterion-id": criterion.id, "data-passed": String(criterion.passed) },
    h(
      "td",
      {},
      h("div", {}, criterion.description),
      h("div", { class: "source" }, `${label(criterion.group)} · ${label(criterion.requiredFor)} · ${criterion.detail}`),
      h("div", { class: "source" }, `${t("source")}: ${criterion.source}`),
      criterion.shortfall && h("div", { class: "source" }, criterion.shortfall),
    ),
    h("td", { class: "num" }, formatNumber(criterion.measured, 3)),
    h("td", { class: "num" }, `${criterion.comparison === "AT_LEAST" ? t("atLeast") : t("atMost")} ${formatNumber(criterion.threshold, 3)}`),
    h("td", {}, resultBadge(criterion.passed)),
  );
}

export function valueChainView(analysis: Analysis): HTMLElement {
  const chain = analysis.valueChain;
  return h(
    "div",
    {},
    h("p", {}, `${t("completeness")}: `, h("strong", { id: "completeness" }, percent(chain.completeness))),
    h(
      "ul",
      { class: "stages", id: "stages" },
      chain.stages.map((stage) => {
        const status = stage.status === "LINKED" && stage.weak ? "WEAK" : stage.status;
        const text = status === "LINKED" ? t("present") : status === "WEAK" ? t("weak") : status === "UNLINKED" ? t("unlinked") : t("missing");
        return h(
          "li",
          { "data-stage": stage.stage, "data-status": status, title: [stage.statusNote, ...stage.weakReasons].join("; ") },
          h("span", {}, stage.label),
          h(
            "span",
            { class: `status-${status}` },
            text,
            stage.status !== "MISSING" && h("span", { class: "small" }, ` · ${stage.coreMembersReached} ${t("reach")}`),
          ),
        );
      }),
    ),
  );
}

function measureRows(measure: Measure): HTMLElement[] {
  const m = measure.metrics;
  return [
    h("tr", {}, h("th", { scope: "row" }, t("nodes")), h("td", { class: "num" }, m.nodeCount)),
    h("tr", {}, h("th", { scope: "row" }, t("ties")), h("td", { class: "num" }, m.edgeCount)),
    h("tr", {}, h("th", { scope: "row" }, t("densityValue")), h("td", { class: "num", "data-figure": "density" }, formatNumber(m.density, 3))),
    h("tr", {}, h("th", { scope: "row" }, t("weightedDensity")), h("td", { class: "num" }, formatNumber(m.weightedDensity, 3))),
    h("tr", {}, h("th", { scope: "row" }, t("tiedShare")), h("td", { class: "num" }, percent(m.tiedShare))),
    h("tr", {}, h("th", { scope: "row" }, t("components")), h("td", { class: "num" }, `${m.components.count} (${percent(m.components.largestShare)})`)),
  ];
}

function coverageText(measure: Measure): string {
  const c = measure.coverage;
  return t("coverageText", { c: c.coreMembers, a: c.answeredSurvey, d: c.noData });
}

export function densityView(analysis: Analysis): HTMLElement {
  const measures: Array<[string, Measure]> = [
    ["horizontal", analysis.cooperation.horizontal],
    ["whole", analysis.cooperation.wholeNetwork],
  ];
  return h(
    "div",
    {},
    measures.map(([key, measure]) =>
      h(
        "div",
        { "data-measure": key },
        h("h3", {}, t(key)),
        h("table", {}, h("tbody", {}, measureRows(measure))),
        h("p", { class: "small" }, `${t("coverage")}: ${coverageText(measure)}`),
        h("p", { class: "source" }, measure.scope),
      ),
    ),
  );
}

export function sevenStepsView(analysis: Analysis): HTMLElement {
  const path = analysis.verdict.sevenSteps;
  return h(
    "div",
    {},
    h("p", { id: "next-step" }, path.nextStep ? [`${t("nextStep")}: `, h("strong", {}, `${path.nextStep.step}. ${path.nextStep.title}`)] : t("allStepsDone")),
    h(
      "ol",
      { class: "steps" },
      path.steps.map((step) =>
        h(
          "li",
          { class: step.evidenced ? "done" : undefined, "data-step": step.id, "data-evidenced": String(step.evidenced) },
          h("strong", {}, step.title),
          " ",
          h("span", { class: step.evidenced ? "badge pass" : "badge fail" }, step.evidenced ? t("evidenced") : t("notEvidenced")),
          step.evidence.length > 0 && h("div", { class: "small" }, step.evidence.join("; ")),
          step.missing.length > 0 && h("div", { class: "small" }, step.missing.join("; ")),
        ),
      ),
    ),
  );
}

function cooperationTable(round: SurveyTables): HTMLElement {
  return scrolling(
    h(
      "table",
      { "data-round": round.roundId },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", {}, t("question")),
          h("th", {}, t("answered")),
          h("th", {}, t("yes")),
          h("th", {}, t("no")),
          h("th", {}, label("PASSIVE")),
          h("th", {}, label("ACTIVE")),
          h("th", {}, label("PROACTIVE")),
        ),
      ),
      h(
        "tbody",
        {},
        round.cooperation.map((row) =>
          h(
            "tr",
            {},
            h("td", {}, label(row.question)),
            h("td", { class: "num" }, row.answered),
            h("td", { class: "num" }, row.yes),
            h("td", { class: "num" }, row.no),
            h("td", { class: "num" }, formatNumber(row.passive)),
            h("td", { class: "num" }, formatNumber(row.active)),
            h("td", { class: "num" }, formatNumber(row.proactive)),
          ),
        ),
      ),
    ),
  );
}

/** One round: its tables, and a plain statement that there is nothing to compare. Two or more: pick two and see the change. */
export function roundsView(rounds: SurveyTables[], pair: [number, number], onPick: (pair: [number, number]) => void): HTMLElement {
  if (rounds.length === 0) return h("p", { id: "rounds-state", "data-rounds": "0" }, t("noRound"));
  if (rounds.length === 1) {
    const only = rounds[0];
    return h(
      "div",
      {},
      h("p", { id: "rounds-state", "data-rounds": "1" }, t("oneRound", { r: only.roundName, d: only.date })),
      cooperationTable(only),
      h("p", { class: "small" }, `${t("indicatorSum")}: ${formatNumber(only.indicatorDisplaySum)}`),
    );
  }
  const [olderIndex, newerIndex] = pair;
  const older = rounds[olderIndex];
  const newer = rounds[newerIndex];
  const picker = (id: string, text: string, index: number, other: (i: number) => [number, number]) => {
    const select = h(
      "select",
      { id },
      rounds.map((r, i) => h("option", { value: i, selected: i === index }, `${r.roundName} (${r.date})`)),
    );
    select.addEventListener("change", () => onPick(other(Number(select.value))));
    return [h("label", { for: id }, text), select];
  };
  return h(
    "div",
    {},
    h("p", { id: "rounds-state", "data-rounds": String(rounds.length) }, `${rounds.length} ${t("rounds").toLowerCase()}`),
    picker("round-older", t("older"), olderIndex, (i) => [i, newerIndex]),
    picker("round-newer", t("newer"), newerIndex, (i) => [olderIndex, i]),
    scrolling(
      h(
        "table",
        { id: "round-compare" },
        h("thead", {}, h("tr", {}, h("th", {}, t("question")), h("th", {}, older.roundName), h("th", {}, newer.roundName), h("th", {}, t("change")))),
        h(
          "tbody",
          {},
          newer.cooperation.map((row) => {
            const before = older.cooperation.find((r) => r.question === row.question);
            const change = before?.yesShare !== null && before?.yesShare !== undefined && row.yesShare !== null ? row.yesShare - before.yesShare : null;
            return h(
              "tr",
              {},
              h("td", {}, label(row.question)),
              h("td", { class: "num" }, before ? `${before.yes}/${before.answered}` : "–"),
              h("td", { class: "num" }, `${row.yes}/${row.answered}`),
              h("td", { class: "num" }, change === null ? "–" : `${change >= 0 ? "+" : ""}${percent(change)}`),
            );
          }),
          h(
            "tr",
            {},
            h("td", {}, t("indicatorSum")),
            h("td", { class: "num" }, formatNumber(older.indicatorDisplaySum)),
            h("td", { class: "num" }, formatNumber(newer.indicatorDisplaySum)),
            h(
              "td",
              { class: "num" },
              older.indicatorDisplaySum !== null && newer.indicatorDisplaySum !== null
                ? formatNumber(newer.indicatorDisplaySum - older.indicatorDisplaySum)
                : "–",
            ),
          ),
        ),
      ),
    ),
  );
}

export function actorView(
  actor: ActorDetails,
  drawn: DrawNode | undefined,
  onPick: (id: string) => void,
  onSentra: (id: string) => void,
  isDrawn: (id: string) => boolean,
): HTMLElement {
  const facts: Array<[string, string | null | undefined]> = [
    [t("kind"), label(actor.kind)],
    [t("roles"), drawn ? (drawn.roles.length ? drawn.roles.map(label).join(", ") : t("noRole")) : undefined],
    [t("stage"), drawn ? label(drawn.stage) : undefined],
    [t("region"), actor.region?.name],
    [t("size"), actor.sizeClass ? label(actor.sizeClass) : undefined],
    [t("workers"), actor.workers !== null ? String(actor.workers) : undefined],
    [t("founded"), actor.yearFounded !== null ? String(actor.yearFounded) : undefined],
    [t("products"), actor.mainProducts?.join(", ")],
  ];
  const marks = drawn ? [drawn.isOutsideNetwork && t("outside"), drawn.untied && t("untied"), drawn.isIsolate && t("isolate")].filter(Boolean) : [];
  return h(
    "div",
    { id: "actor", "data-actor-id": actor.id },
    h("h3", {}, actor.name),
    marks.length > 0 && h("p", { class: "small" }, marks.join("; ")),
    actor.description && h("p", { class: "small" }, actor.description),
    h(
      "dl",
      { class: "facts" },
      facts.filter(([, value]) => value).flatMap(([name, value]) => [h("dt", {}, name), h("dd", {}, value)]),
    ),
    h("h3", {}, t("belongsTo")),
    h(
      "ul",
      { class: "plain-list", id: "actor-sentra" },
      actor.participations.edges.map((p) => {
        const open = h("button", { type: "button", class: "link", "data-sentra-id": p.node.id }, p.node.name);
        open.addEventListener("click", () => onSentra(p.node.id));
        return h("li", {}, open, ` · ${label(p.role)}`);
      }),
    ),
    h("h3", {}, `${t("linkages")} (${actor.linkages.totalCount ?? actor.linkages.edges.length})`),
    actor.linkages.edges.length === 0
      ? h("p", { class: "small" }, t("noLinkages"))
      : h(
          "ul",
          { class: "plain-list", id: "actor-linkages" },
          actor.linkages.edges.map(({ node: l }) => {
            const partner = isDrawn(l.partner.id)
              ? h("button", { type: "button", class: "link", "data-node-id": l.partner.id }, l.partner.name)
              : h("span", {}, l.partner.name);
            partner.addEventListener("click", () => onPick(l.partner.id));
            return h(
              "li",
              { "data-linkage-id": l.id, "data-type": l.type },
              h("strong", {}, label(l.type)),
              ` ${l.direction === "OUTGOING" ? t("outgoing") : t("incoming")} `,
              partner,
              h("div", { class: "small" }, [label(l.intensity ?? "UNMEASURED"), l.flows.map(label).join(", "), l.sentra?.name].filter(Boolean).join(" · ")),
            );
          }),
        ),
  );
}
