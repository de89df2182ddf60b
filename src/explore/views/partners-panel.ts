import { gql } from "../api";
import { byId, fill, formatNumber, h } from "../dom";
import { label, t } from "../i18n";
import { PARTNER_NEEDS, type Named } from "../queries";
import { errorBox, loadingBox, queryLink } from "../ui";
import { csvNumber, csvText, downloadCsv, fileNamePart } from "./provider-csv";

/** Candidates asked per lacking firm. */
const SUGGESTIONS_PER_MEMBER = 3;
/** Lacking firms asked in one request (the API's largest page). */
const LACKING_PAGE = 100;

export const PARTNERS_QUERY = `query Partners($id: ID!, $need: PartnerNeed!, $suggestions: Int!, $first: Int!) {
  sentra(id: $id) {
    id
    partners(need: $need, suggestionsPerMember: $suggestions) {
      need coreMembers linkageTypes
      lacking(first: $first) {
        totalCount
        edges { node {
          member { id name }
          suggestions {
            candidate { id name kind }
            score distanceKm distanceTo
            reasons { code text }
            scoreParts { name weight value contribution explanation }
          }
        } }
      }
    }
  }
}`;

/** The three parts of a partner score, in the order the API documents them (weights 0.5, 0.3, 0.2). */
export const SCORE_PARTS = ["PEERS_SERVED", "SAME_PRODUCT", "PROXIMITY"] as const;

export interface ScorePart {
  name: string;
  weight: number;
  value: number;
  contribution: number;
  explanation: string;
}
export interface Suggestion {
  candidate: Named & { kind: string };
  score: number;
  distanceKm: number | null;
  distanceTo: "MEMBER" | "CENTROID" | null;
  reasons: Array<{ code: string; text: string }>;
  scoreParts: ScorePart[];
}
export interface LackingFirm {
  member: Named;
  suggestions: Suggestion[];
}
export interface PartnerSearch {
  need: string;
  coreMembers: number;
  linkageTypes: string[];
  lacking: { totalCount: number; edges: Array<{ node: LackingFirm }> };
}

/** What the panel asks of the sentra view: change the need in the address, mark firms in the drawing, select an actor. */
export interface PartnersHost {
  chooseNeed(need: string | null): void;
  highlight(ids: readonly string[]): void;
  pickActor(id: string): void;
}

/** One candidate and every lacking firm it is suggested for, best first. */
interface CandidateGroup {
  candidate: Named & { kind: string };
  firms: Array<{ member: Named; suggestion: Suggestion }>;
}

/** A need's name inside a sentence: "finance", "technical assistance (LPT)", "pembiayaan". */
export function needInSentence(need: string): string {
  const name = label(need);
  return name.length > 1 && name[1] === name[1].toLowerCase() ? name[0].toLowerCase() + name.slice(1) : name;
}

/** The candidates of a search, each with the firms it could serve: most firms first, then the best score. */
export function groupByCandidate(search: PartnerSearch): CandidateGroup[] {
  const groups = new Map<string, CandidateGroup>();
  for (const { node } of search.lacking.edges) {
    for (const suggestion of node.suggestions) {
      const group = groups.get(suggestion.candidate.id) ?? { candidate: suggestion.candidate, firms: [] };
      group.firms.push({ member: node.member, suggestion });
      groups.set(suggestion.candidate.id, group);
    }
  }
  for (const group of groups.values()) group.firms.sort((a, b) => b.suggestion.score - a.suggestion.score || a.member.name.localeCompare(b.member.name));
  return [...groups.values()].sort(
    (a, b) => b.firms.length - a.firms.length || b.firms[0].suggestion.score - a.firms[0].suggestion.score || a.candidate.name.localeCompare(b.candidate.name),
  );
}

/** The CSV of a search: one row per lacking firm and candidate (a firm without one has a row with empty candidate fields). */
export function partnersCsv(search: PartnerSearch): string {
  const header = [
    t("csvFirmId"),
    t("csvFirmName"),
    t("csvCandidateId"),
    t("csvCandidateName"),
    t("csvCandidateKind"),
    t("csvScore"),
    ...SCORE_PARTS.map((part) => t("csvPart", { part: t(`part${part}`) })),
    t("csvDistance"),
    t("csvReasons"),
  ];
  const rows = search.lacking.edges.flatMap(({ node }) =>
    node.suggestions.length === 0
      ? [[node.member.id, node.member.name]]
      : node.suggestions.map((s) => [
          node.member.id,
          node.member.name,
          s.candidate.id,
          s.candidate.name,
          s.candidate.kind,
          csvNumber(s.score),
          ...SCORE_PARTS.map((part) => csvNumber(s.scoreParts.find((p) => p.name === part)?.contribution)),
          csvNumber(s.distanceKm, 2),
          s.reasons.map((r) => r.text).join("; "),
        ]),
  );
  return csvText(header, rows);
}

/**
 * The one-sentra view's partner panel: for the need in the address, the core firms lacking it
 * (marked in the drawing), who could fill the gap grouped by candidate with the score explained,
 * the same per firm, and the list as CSV.
 */
export class PartnersPanel {
  private search: PartnerSearch | undefined;
  private error: unknown;
  private sentraId: string | null = null;
  private shownFor = "";
  private ticket = 0;

  constructor(private readonly host: PartnersHost) {}

  mount(): void {
    byId("partners-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const need = byId<HTMLSelectElement>("need").value;
      const [sentraId, shownNeed] = this.shownFor.split("|");
      // The same need again after a failure (the address does not change): ask again.
      if (need === shownNeed && this.error !== undefined && this.sentraId === sentraId) void this.show(sentraId, need, true);
      else this.host.chooseNeed(need);
    });
    this.renderNeeds(null);
  }

  private renderNeeds(chosen: string | null): void {
    const select = byId<HTMLSelectElement>("need");
    const keep = chosen ?? (select.value || "FINANCE");
    fill(
      select,
      PARTNER_NEEDS.map((need) => h("option", { value: need, selected: need === keep }, label(need))),
    );
  }

  /** The firms marked in the drawing: the lacking ones while a search is shown, none otherwise. */
  private lackingIds(): string[] {
    return this.search?.lacking.edges.map((e) => e.node.member.id) ?? [];
  }

  /**
   * Shows the suggestions for a sentra and need (none asked: nothing, and no mark in the drawing),
   * fetching them when either or the language changed. The marks are set again every time, since
   * the drawing may have been drawn afresh meanwhile.
   */
  async show(sentraId: string | null, need: string | null, langChanged: boolean): Promise<void> {
    this.renderNeeds(need);
    const key = `${sentraId}|${need}`;
    if (!sentraId || !need) {
      this.ticket++;
      this.search = undefined;
      this.error = undefined;
      this.shownFor = key;
      this.host.highlight([]);
      return fill(byId("partners"));
    }
    if (key === this.shownFor && !langChanged) {
      this.host.highlight(this.lackingIds());
      return;
    }
    const ticket = ++this.ticket;
    const keepShown = key === this.shownFor && this.search !== undefined;
    this.shownFor = key;
    this.sentraId = sentraId;
    this.error = undefined;
    if (!keepShown) {
      this.search = undefined;
      this.host.highlight([]);
      fill(byId("partners"), loadingBox());
    }
    try {
      const data = await gql<{ sentra: { partners: PartnerSearch } | null }>(PARTNERS_QUERY, this.variables(sentraId, need));
      if (ticket !== this.ticket) return;
      this.search = data.sentra?.partners;
    } catch (error) {
      if (ticket !== this.ticket) return;
      this.search = undefined;
      this.error = error;
    }
    this.host.highlight(this.lackingIds());
    this.rerender();
  }

  private variables(sentraId: string, need: string) {
    return { id: sentraId, need, suggestions: SUGGESTIONS_PER_MEMBER, first: LACKING_PAGE };
  }

  /** The panel again from what it holds (the page's own texts in the current language). */
  rerender(): void {
    this.renderNeeds(this.search?.need ?? null);
    const target = byId("partners");
    const [sentraId, need] = this.shownFor.split("|");
    if (this.error !== undefined) return fill(target, errorBox(this.error), queryLink(PARTNERS_QUERY, this.variables(sentraId, need)));
    if (!this.search || !this.sentraId) return fill(target);
    const perFirmOpen = target.querySelector<HTMLDetailsElement>("details.partner-per-firm")?.open ?? false;
    fill(target, this.render(this.search, this.sentraId));
    const perFirm = target.querySelector<HTMLDetailsElement>("details.partner-per-firm");
    if (perFirm) perFirm.open = perFirmOpen;
  }

  private render(search: PartnerSearch, sentraId: string): HTMLElement {
    const need = needInSentence(search.need);
    const lacking = search.lacking.edges.map((e) => e.node);
    const total = search.lacking.totalCount;
    const body = h("div", { id: "partner-results", "data-need": search.need });
    if (total === 0) {
      body.append(h("p", {}, t("partnersNoGap", { need, c: search.coreMembers })));
    } else {
      fill(
        body,
        h("p", { id: "partners-summary" }, t("partnersLacking", { n: total, c: search.coreMembers, need })),
        h(
          "ul",
          { class: "partner-firms", "aria-label": t("partnersFirmsLabel", { need }) },
          lacking.map(({ member }) => h("li", { "data-member-id": member.id }, this.actorButton(member, "data-member-id"))),
        ),
        total > lacking.length && h("p", { class: "small" }, t("partnersFirstOf", { shown: lacking.length, n: total })),
        h("h3", {}, t("partnersWhoHeading")),
        h("p", { class: "small" }, this.scaleText()),
        this.candidates(search, lacking.length, need),
        this.perFirm(search, need),
        this.exportBlock(search, sentraId),
      );
    }
    const hide = h("button", { type: "button", class: "link" }, t("partnersHide"));
    hide.addEventListener("click", () => this.host.chooseNeed(null));
    body.append(h("p", {}, hide), queryLink(PARTNERS_QUERY, this.variables(sentraId, search.need)));
    return body;
  }

  private actorButton(actor: Named, attribute: string): HTMLButtonElement {
    const button = h("button", { type: "button", class: "link", [attribute]: actor.id }, actor.name);
    button.addEventListener("click", () => this.host.pickActor(actor.id));
    return button;
  }

  /** The score's scale and formula, in words with the weights as the API states them. */
  private scaleText(): string {
    return t("partnersScale", { w1: formatNumber(0.5, 1), w2: formatNumber(0.3, 1), w3: formatNumber(0.2, 1), max: formatNumber(0.2, 1) });
  }

  private candidates(search: PartnerSearch, listed: number, need: string): HTMLElement {
    const groups = groupByCandidate(search);
    if (groups.length === 0) return h("p", {}, t("partnersNoCandidate"));
    return h(
      "ol",
      { class: "partner-candidates", "aria-label": t("partnersWhoHeading") },
      groups.map((group) => {
        const best = group.firms[0];
        const scores = group.firms.map((f) => f.suggestion.score);
        const km = group.firms.map((f) => f.suggestion.distanceKm).filter((d): d is number => d !== null);
        const all = group.firms.length === listed;
        return h(
          "li",
          { "data-candidate-id": group.candidate.id },
          h(
            "p",
            { class: "partner-candidate-line" },
            this.actorButton(group.candidate, "data-candidate-id"),
            ` (${label(group.candidate.kind)}) `,
            t("partnersCouldServe", { k: group.firms.length, n: listed, need }),
            all ? "." : ": ",
            !all && h("span", { class: "partner-firm-names" }, joinNodes(group.firms.map((f) => this.actorButton(f.member, "data-member-id")))),
          ),
          h(
            "p",
            { class: "small" },
            [rangeText("partnersScoreRange", "partnersScoreOne", scores, 3), km.length > 0 && rangeText("partnersKmRange", "partnersKmOne", km, 1)]
              .filter(Boolean)
              .join(" · "),
          ),
          h("p", { class: "small" }, t("partnersBest", { s: formatNumber(best.suggestion.score, 3), firm: best.member.name })),
          scorePartsList(best.suggestion),
        );
      }),
    );
  }

  private perFirm(search: PartnerSearch, need: string): HTMLElement {
    const lacking = search.lacking.edges.map((e) => e.node);
    const caption = t("partnersTableCaption", { need });
    const rows = lacking.flatMap(({ member, suggestions }) => {
      const firm = (span: number) => h("th", { scope: "row", rowspan: span > 1 ? span : undefined }, this.actorButton(member, "data-member-id"));
      if (suggestions.length === 0) return [h("tr", {}, firm(1), h("td", { colspan: 4 }, t("partnersNoCandidate")))];
      return suggestions.map((s, index) =>
        h(
          "tr",
          { "data-member-id": member.id, "data-candidate-id": s.candidate.id },
          index === 0 && firm(suggestions.length),
          h("td", {}, this.actorButton(s.candidate, "data-candidate-id"), h("span", { class: "small" }, ` ${label(s.candidate.kind)}`)),
          h("td", { class: "num" }, formatNumber(s.score, 3)),
          h("td", { class: "num" }, distanceText(s)),
          h("td", { class: "small" }, s.reasons.map((r) => r.text).join("; ")),
        ),
      );
    });
    return h(
      "details",
      { class: "partner-per-firm" },
      h("summary", {}, t("partnersPerFirm", { n: lacking.length, k: SUGGESTIONS_PER_MEMBER })),
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          {},
          h("caption", {}, caption),
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", { scope: "col" }, t("partnersFirm")),
              h("th", { scope: "col" }, t("partnersCandidate")),
              h("th", { scope: "col" }, t("partnersScore")),
              h("th", { scope: "col" }, t("partnersDistance")),
              h("th", { scope: "col" }, t("partnersReasons")),
            ),
          ),
          h("tbody", {}, rows),
        ),
      ),
    );
  }

  private exportBlock(search: PartnerSearch, sentraId: string): HTMLElement {
    const button = h("button", { type: "button" }, t("partnersExport"));
    button.addEventListener("click", () => downloadCsv(partnersCsv(search), `${fileNamePart(sentraId)}-${fileNamePart(search.need)}.csv`));
    return h("div", { class: "partner-export" }, button, h("p", { class: "hint" }, t("partnersExportHint")));
  }
}

/** "0.152 to 0.235 of 1", or one figure when all are the same. */
function rangeText(rangeKey: string, oneKey: string, values: number[], digits: number): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const low = formatNumber(min, digits);
  const high = formatNumber(max, digits);
  return low === high ? t(oneKey, { v: high }) : t(rangeKey, { min: low, max: high });
}

function distanceText(s: Suggestion): string {
  if (s.distanceKm === null) return "–";
  const km = `${formatNumber(s.distanceKm, 1)} km`;
  return s.distanceTo === "CENTROID" ? `${km} ${t("partnersToCentre")}` : km;
}

/** The score's parts in words and numbers: weight × value = contribution, with the API's explanation. */
export function scorePartsList(s: Suggestion): HTMLElement {
  return h(
    "ul",
    { class: "score-parts", "aria-label": t("partnersPartsLabel", { s: formatNumber(s.score, 3) }) },
    SCORE_PARTS.map((name) => {
      const part = s.scoreParts.find((p) => p.name === name);
      if (!part) return null;
      return h(
        "li",
        { "data-part": name },
        h("span", { class: "part-name" }, `${t(`part${name}`)}: `),
        h("span", { class: "part-sum" }, `${formatNumber(part.weight, 1)} × ${formatNumber(part.value, 2)} = ${formatNumber(part.contribution, 3)}`),
        h("span", { class: "small" }, ` (${part.explanation})`),
      );
    }),
  );
}

/** Elements separated by commas. */
function joinNodes(nodes: HTMLElement[]): Array<HTMLElement | string> {
  return nodes.flatMap((node, index) => (index === 0 ? [node] : [", ", node]));
}
