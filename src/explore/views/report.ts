import { go } from "../address";
import { gql } from "../api";
import { fill, formatNumber, h, type Child } from "../dom";
import { currentLang, label, t } from "../i18n";
import type { DrawableNetwork } from "../queries";
import { errorBox, loadingBox, queryLink } from "../ui";
import { networkLegend, networkSvg, numberedActors } from "./report-drawing";
import { changed, type View } from "./view";

/**
 * The printable report of one sentra (`#view=report&sentra=<id>`), for a planner who takes one or
 * two pages to a meeting: where and what it is, which survey the figures come from, the stage on
 * the ladder and why, the value chain, density and coverage, the next step, and the network drawn
 * as a vector figure with its legend. One request brings all of it, in the page's language; the
 * print stylesheet (styles/report.css) leaves only the document on the page.
 */

/** The ladder of cluster development, lowest rung first (schema: ClusterStage). */
export const LADDER = ["EMBRYO", "SENTRA", "EARLY_CLUSTER", "CLUSTER", "DYNAMIC_CLUSTER"] as const;
const MAX_NODES = 150;

export const REPORT = `query Report($id: ID!) {
  sentra(id: $id) {
    id name product kbliTitle
    region { id name level parent { id name level parent { id name level } } }
    analysis {
      verdict {
        stage complete lowestPossibleStage highestPossibleStage dynamic reasons
        undetermined { id requiredFor settledBy }
        criteria { id description }
        sevenSteps { nextStep { step title } steps { step title evidenced missing } }
      }
      valueChain { completeness coreMembers stages { stage label status weak coreMembersReached } }
      cooperation {
        horizontal { metrics { density tiedShare components { count largestShare } } coverage { coreMembers answeredSurvey noData } }
        wholeNetwork { metrics { density tiedShare components { count largestShare } } coverage { coreMembers answeredSurvey noData } }
      }
      surveyRounds { roundId roundName date }
    }
    network(depth: 1, maxNodes: ${MAX_NODES}) {
      totalNodes truncated message
      nodes { id name kind roles stage isCore isIsolate isOutsideNetwork untied depth }
      edges { id fromId toId type intensity }
    }
  }
}`;

interface Region {
  id: string;
  name: string;
  level: string;
  parent?: Region | null;
}
interface Density {
  metrics: { density: number | null; tiedShare: number | null; components: { count: number; largestShare: number | null } };
  coverage: { coreMembers: number; answeredSurvey: number; noData: number };
}
export interface ReportData {
  id: string;
  name: string;
  product: string;
  kbliTitle: string | null;
  region: Region | null;
  analysis: {
    verdict: {
      stage: string;
      complete: boolean;
      lowestPossibleStage: string;
      highestPossibleStage: string;
      dynamic: boolean | null;
      reasons: string[];
      undetermined: Array<{ id: string; requiredFor: string; settledBy: string }>;
      criteria: Array<{ id: string; description: string }>;
      sevenSteps: {
        nextStep: { step: number; title: string } | null;
        steps: Array<{ step: number; title: string; evidenced: boolean; missing: string[] }>;
      };
    };
    valueChain: {
      completeness: number;
      coreMembers: number;
      stages: Array<{ stage: string; label: string; status: string; weak: boolean; coreMembersReached: number }>;
    };
    cooperation: { horizontal: Density; wholeNetwork: Density };
    surveyRounds: Array<{ roundId: string; roundName: string; date: string }>;
  };
  network: DrawableNetwork;
}

function locale(): string {
  return currentLang() === "id" ? "id-ID" : "en-GB";
}

/** A date in the page's language (15 June 2009, 15 Juni 2009); a text that is no ISO date stays as it is. */
function formatDate(value: string | Date): string {
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale(), { day: "numeric", month: "long", year: "numeric", timeZone: typeof value === "string" ? "UTC" : undefined }).format(
    date,
  );
}

function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : `${formatNumber(Math.round(value * 1000) / 10, 1)}%`;
}

function section(id: string, heading: string, ...children: (Child | Child[])[]): HTMLElement {
  return h("section", { class: "report-section", "aria-labelledby": id }, h("h2", { id }, heading), ...children);
}

/** The report view: a document built from one request, with Print and Back to the sentra (hidden in print). */
export class ReportView implements View {
  readonly name = "report" as const;
  private root!: HTMLElement;
  private seq = 0;
  private sentraId: string | null = null;
  /** The document's title while printing (a saved PDF is named after it); the page's own title otherwise. */
  private printTitle: string | null = null;
  private pageTitle = "";

  mount(root: HTMLElement): void {
    this.root = root;
    window.addEventListener("beforeprint", () => {
      if (this.root.hidden || !this.printTitle) return;
      this.pageTitle = document.title;
      document.title = this.printTitle;
    });
    window.addEventListener("afterprint", () => {
      if (this.pageTitle) document.title = this.pageTitle;
      this.pageTitle = "";
    });
  }

  async show(params: URLSearchParams, previous: URLSearchParams | null): Promise<void> {
    const id = params.get("sentra");
    // The report reads only the sentra and the language: other changes of the address keep it.
    if (!changed(params, previous, "sentra", "lang") && id === this.sentraId && this.root.childElementCount > 0) return;
    this.sentraId = id;
    this.printTitle = null;
    const seq = ++this.seq;
    if (!id) {
      fill(this.root, this.actions(null), h("p", { class: "report-empty" }, t("rpNoSentra")));
      return;
    }
    fill(this.root, this.actions(id), loadingBox());
    try {
      const data = await gql<{ sentra: ReportData | null }>(REPORT, { id });
      if (seq !== this.seq) return;
      if (!data.sentra) throw new Error(t("sentraNotFound", { id }));
      this.printTitle = `${data.sentra.name} · ${t("rpTitle")}`;
      fill(this.root, this.actions(id), this.documentOf(data.sentra), h("div", { class: "report-query" }, queryLink(REPORT, { id })));
    } catch (error) {
      if (seq !== this.seq) return;
      // The error where the report would be, never an older report under this address.
      fill(this.root, this.actions(id), errorBox(error), h("div", { class: "report-query" }, queryLink(REPORT, { id })));
    }
  }

  /** Print and Back to the sentra: on screen only. */
  private actions(id: string | null): HTMLElement {
    const print = h("button", { type: "button" }, t("rpPrint"));
    print.addEventListener("click", () => window.print());
    const back = h("button", { type: "button", class: "secondary" }, t("rpBack"));
    back.addEventListener("click", () => go({ view: "sentra", sentra: id }));
    return h("div", { class: "report-actions", role: "toolbar", "aria-label": t("rpActions") }, print, back, h("span", { class: "hint" }, t("rpPrintHint")));
  }

  private documentOf(data: ReportData): HTMLElement {
    const verdict = data.analysis.verdict;
    return h(
      "article",
      { class: "report-document", "aria-labelledby": "report-title", "data-sentra-id": data.id, "data-stage": verdict.stage },
      this.title(data),
      h("div", { class: "report-columns" }, h("div", {}, this.ladder(data), this.density(data)), h("div", {}, this.valueChain(data), this.nextStep(data))),
      // Full width (two columns on paper): the reasons are the longest part of an incomplete verdict.
      this.reasons(data),
      this.drawing(data),
    );
  }

  private title(data: ReportData): HTMLElement {
    const places: string[] = [];
    for (let region: Region | null | undefined = data.region; region; region = region.parent) places.push(region.name);
    const rounds = data.analysis.surveyRounds;
    const roundText = (r: { roundName: string; date: string }) => `${r.roundName} (${formatDate(r.date)})`;
    let source: string;
    if (rounds.length === 0) source = t("rpNeverSurveyed");
    else if (rounds.length === 1) source = t("rpFromRound", { round: roundText(rounds[0]) });
    else source = t("rpFromRounds", { rounds: rounds.map(roundText).join("; "), latest: rounds[rounds.length - 1].roundName });
    return h(
      "header",
      { class: "report-head" },
      h("p", { class: "report-kicker" }, t("rpTitle")),
      h("h1", { id: "report-title" }, data.name),
      h(
        "dl",
        { class: "report-facts" },
        h("dt", {}, t("rpRegion")),
        h("dd", {}, places.join(", ") || "–"),
        h("dt", {}, t("rpProduct")),
        h("dd", {}, data.product, data.kbliTitle && ` (KBLI: ${data.kbliTitle})`),
        h("dt", {}, t("rpData")),
        h("dd", { id: "report-source", "data-rounds": rounds.length }, source),
        h("dt", {}, t("rpPrintedOn")),
        h("dd", { id: "report-date" }, formatDate(new Date())),
      ),
    );
  }

  private ladder(data: ReportData): HTMLElement {
    const verdict = data.analysis.verdict;
    const low = LADDER.indexOf(verdict.lowestPossibleStage as (typeof LADDER)[number]);
    const high = LADDER.indexOf(verdict.highestPossibleStage as (typeof LADDER)[number]);
    const ranged = !verdict.complete && low !== high;
    const dynamic = verdict.dynamic === null ? t("rpUnknown") : verdict.dynamic ? t("rpYes") : t("rpNo");
    return section(
      "report-ladder-heading",
      t("rpLadder"),
      h(
        "ol",
        { class: "report-ladder", "aria-label": t("rpLadderLabel") },
        LADDER.map((rung, i) => {
          const here = rung === verdict.stage;
          const possible = ranged && i >= low && i <= high && !here;
          return h(
            "li",
            { class: here ? "here" : possible ? "possible" : undefined, "data-rung": rung, "aria-current": here ? "step" : undefined },
            h("span", { class: "rung-name" }, label(rung)),
            here && h("span", { class: "rung-mark" }, t("rpHere")),
            possible && h("span", { class: "rung-mark" }, t("rpPossible")),
          );
        }),
      ),
      h("p", { id: "report-stage" }, t("rpStageIs"), " ", h("strong", {}, label(verdict.stage))),
      h(
        "p",
        {},
        ranged
          ? t("rpRange", { low: label(verdict.lowestPossibleStage), high: label(verdict.highestPossibleStage) })
          : verdict.complete
            ? t("rpComplete")
            : t("rpIncompleteSame"),
      ),
      h("p", {}, t("rpDynamic"), " ", h("strong", {}, dynamic)),
    );
  }

  private reasons(data: ReportData): HTMLElement {
    const verdict = data.analysis.verdict;
    return section(
      "report-reasons-heading",
      t("rpReasons"),
      verdict.reasons.length > 0
        ? h(
            "ol",
            { class: "report-reasons" },
            verdict.reasons.map((reason) => h("li", {}, reason)),
          )
        : h("p", {}, t("rpNoReasons")),
      // Each reason of an undetermined criterion already says what would settle it: one line counts them.
      verdict.undetermined.length > 0 && h("p", { class: "report-settle" }, t("rpSettleCount", { n: verdict.undetermined.length })),
    );
  }

  private valueChain(data: ReportData): HTMLElement {
    const chain = data.analysis.valueChain;
    const status = (s: { status: string; weak: boolean }) =>
      s.status === "MISSING" ? t("rpMissing") : s.status === "UNLINKED" ? t("rpUnlinked") : s.weak ? t("rpWeak") : t("rpLinked");
    return section(
      "report-chain-heading",
      t("rpValueChain"),
      h("p", {}, t("rpCompleteness", { p: percent(chain.completeness), c: chain.coreMembers })),
      h(
        "table",
        { class: "report-table report-chain" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, t("rpChainStage")),
            h("th", { scope: "col" }, t("rpStatus")),
            h("th", { scope: "col", class: "num" }, t("rpReached")),
          ),
        ),
        h(
          "tbody",
          {},
          chain.stages.map((s) =>
            h(
              "tr",
              { "data-status": s.status === "LINKED" && s.weak ? "WEAK" : s.status },
              h("th", { scope: "row" }, s.label),
              h("td", {}, status(s)),
              h("td", { class: "num" }, s.status === "MISSING" ? "–" : s.coreMembersReached),
            ),
          ),
        ),
      ),
    );
  }

  private density(data: ReportData): HTMLElement {
    const { horizontal, wholeNetwork } = data.analysis.cooperation;
    const row = (name: string, value: (d: Density) => string | number) =>
      h("tr", {}, h("th", { scope: "row" }, name), h("td", { class: "num" }, value(horizontal)), h("td", { class: "num" }, value(wholeNetwork)));
    return section(
      "report-density-heading",
      t("rpDensity"),
      h(
        "table",
        { class: "report-table report-density" },
        h(
          "thead",
          {},
          h("tr", {}, h("td", {}), h("th", { scope: "col", class: "num" }, t("rpHorizontal")), h("th", { scope: "col", class: "num" }, t("rpWhole"))),
        ),
        h(
          "tbody",
          {},
          row(t("rpDensityValue"), (d) => formatNumber(d.metrics.density, 3)),
          row(t("rpTiedShare"), (d) => percent(d.metrics.tiedShare)),
          row(t("rpComponents"), (d) => `${d.metrics.components.count} (${percent(d.metrics.components.largestShare)})`),
          row(t("rpCoreFirms"), (d) => d.coverage.coreMembers),
          row(t("rpAnswered"), (d) => d.coverage.answeredSurvey),
          row(t("rpNoData"), (d) => d.coverage.noData),
        ),
      ),
    );
  }

  private nextStep(data: ReportData): HTMLElement {
    const path = data.analysis.verdict.sevenSteps;
    const next = path.nextStep;
    const missing = next ? (path.steps.find((s) => s.step === next.step)?.missing ?? []) : [];
    const done = path.steps.filter((s) => s.evidenced).length;
    return section(
      "report-next-heading",
      t("rpNextStep"),
      next ? h("p", { id: "report-next-step" }, h("strong", {}, `${next.step}. ${next.title}`)) : h("p", {}, t("rpAllDone")),
      next && missing.length > 0 && h("p", { class: "report-missing-heading" }, t("rpMissingFor")),
      next &&
        missing.length > 0 &&
        h(
          "ul",
          { class: "report-missing" },
          missing.map((m) => h("li", {}, m)),
        ),
      h("p", { class: "small" }, t("rpStepsDone", { n: done, of: path.steps.length })),
    );
  }

  private drawing(data: ReportData): HTMLElement {
    const network = data.network;
    const actors = numberedActors(network);
    const numbers = new Map(actors.map((node, i) => [node.id, i + 1]));
    return h(
      "section",
      { class: "report-section report-figure-section", "aria-labelledby": "report-drawing-heading" },
      h("h2", { id: "report-drawing-heading" }, t("rpDrawing")),
      h(
        "figure",
        { class: "report-figure" },
        network.nodes.length > 0 ? networkSvg(network, data.name, numbers) : h("p", {}, t("rpNoNetwork")),
        h(
          "figcaption",
          {},
          h(
            "p",
            { class: "small" },
            t("rpDrawingCaption", { n: network.nodes.length, e: network.edges.length }),
            network.truncated && network.message ? ` ${network.message}` : "",
          ),
          actors.length > 0 && h("h3", { id: "report-key-heading" }, t("rpKey")),
          actors.length > 0 &&
            h(
              "ol",
              { class: "report-key", "aria-labelledby": "report-key-heading" },
              actors.map((node) => h("li", { "data-actor-id": node.id }, node.name)),
            ),
          networkLegend(network),
        ),
      ),
    );
  }
}
