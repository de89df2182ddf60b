/** The provider view's result: the sentra and firm tables, the map's points and the CSV. */
import { addressWith } from "../address";
import { formatNumber, h } from "../dom";
import { label, t } from "../i18n";
import type { MapPoint } from "../map";
import { needInSentence } from "./partners-panel";
import { csvNumber, csvText } from "./provider-csv";
import type { GapMember, ProviderDetails, ProviderGaps, SentraGap } from "./provider-queries";

export const PROVIDER_COLOUR = "#0b5fad";
export const FIRM_COLOUR = "#b42318";

/** Needs inside a sentence: "finance", "finance, technical assistance (LPT)". */
export function needsInSentence(needs: readonly string[]): string {
  return needs.map(needInSentence).join(", ");
}

function km(value: number | null): string {
  return value === null ? "–" : formatNumber(value, 1);
}

/** The needs its listed firms lack, for one sentra, in the order the search asked them. */
function needsOfSentra(gaps: ProviderGaps, sentraId: string): string[] {
  const lacking = new Set(gaps.members.edges.filter((e) => e.node.sentraId === sentraId).flatMap((e) => e.node.missingNeeds));
  const ordered = gaps.needs.filter((need) => lacking.has(need));
  return ordered.length > 0 ? ordered : gaps.needs;
}

/** The grouped reading: each sentra, how many of its firms lack a service, and links that open it with that need's partner panel. */
export function sentraTable(gaps: ProviderGaps, radiusText: string): HTMLElement {
  const rows = gaps.sentra.edges.map(({ node }: { node: SentraGap }) => {
    const needs = needsOfSentra(gaps, node.sentraId);
    const open = (need: string, text: string, name?: string) =>
      h("a", { href: addressWith({ view: "sentra", sentra: node.sentraId, need, actor: null }), "aria-label": name }, text);
    return h(
      "tr",
      { "data-sentra-id": node.sentraId },
      h("th", { scope: "row" }, open(needs[0], node.sentraName)),
      h("td", { class: "num" }, t("providerLackingOf", { n: node.lackingCount, c: node.membersConsidered, p: `${formatNumber(node.lackingShare * 100, 0)}%` })),
      h("td", { class: "num" }, km(node.nearestKm)),
      h(
        "td",
        {},
        needs.flatMap((need, index) => [index > 0 ? ", " : "", open(need, label(need), t("providerOpenNeed", { sentra: node.sentraName, need: label(need) }))]),
      ),
    );
  });
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "provider-sentra" },
      h("caption", {}, t("providerSentraCaption", { needs: needsInSentence(gaps.needs), radius: radiusText })),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, t("providerColSentra")),
          h("th", { scope: "col" }, t("providerColLacking")),
          h("th", { scope: "col" }, t("providerColNearest")),
          h("th", { scope: "col" }, t("providerColOpen")),
        ),
      ),
      h("tbody", {}, rows),
    ),
  );
}

/** The list: every firm lacking a service, nearest first, opening in its sentra with its details and the need's panel. */
export function firmTable(gaps: ProviderGaps, caption: string): HTMLElement {
  const rows = gaps.members.edges.map(({ node }: { node: GapMember }, index) =>
    h(
      "tr",
      { "data-member-id": node.memberId, id: `provider-firm-${node.memberId}` },
      h("td", { class: "num" }, index + 1),
      h(
        "th",
        { scope: "row" },
        h("a", { href: addressWith({ view: "sentra", sentra: node.sentraId, need: node.missingNeeds[0], actor: node.memberId }) }, node.memberName),
      ),
      h("td", {}, node.sentraName),
      h("td", {}, node.missingNeeds.map(label).join(", ")),
      h("td", { class: "num" }, km(node.distanceKm)),
    ),
  );
  return h(
    "div",
    { class: "table-wrap provider-firms-wrap" },
    h(
      "table",
      { class: "provider-firms" },
      h("caption", {}, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "#"),
          h("th", { scope: "col" }, t("providerColFirm")),
          h("th", { scope: "col" }, t("providerColSentra")),
          h("th", { scope: "col" }, t("providerColNeeds")),
          h("th", { scope: "col" }, t("providerColDistance")),
        ),
      ),
      h("tbody", {}, rows),
    ),
  );
}

/** The map's points: the provider as a square, each placed firm lacking a service as a circle. */
export function mapPoints(provider: ProviderDetails, gaps: ProviderGaps, places: Map<string, { latitude: number; longitude: number }>): MapPoint[] {
  const points: MapPoint[] = [];
  if (provider.location) {
    points.push({
      id: provider.id,
      name: provider.name,
      latitude: provider.location.latitude,
      longitude: provider.location.longitude,
      colour: PROVIDER_COLOUR,
      radius: 8,
      label: t("providerPointSelf", { name: provider.name, kind: label(provider.kind) }),
      shape: "square",
    });
  }
  for (const { node } of gaps.members.edges) {
    const place = places.get(node.memberId);
    if (!place) continue;
    points.push({
      id: node.memberId,
      name: node.memberName,
      latitude: place.latitude,
      longitude: place.longitude,
      colour: FIRM_COLOUR,
      radius: 5,
      label: t("providerPointFirm", { firm: node.memberName, sentra: node.sentraName, needs: needsInSentence(node.missingNeeds), km: km(node.distanceKm) }),
      shape: "circle",
    });
  }
  return points;
}

/** What the map's marks mean: the provider's square, the firms' circles. */
export function mapLegend(providerName: string): HTMLElement {
  const mark = (shape: string, colour: string) => {
    const element = h("span", { class: `mark ${shape}`, "aria-hidden": "true" });
    element.style.background = colour;
    return element;
  };
  return h(
    "p",
    { class: "provider-map-legend" },
    h("span", {}, mark("square", PROVIDER_COLOUR), t("providerLegendSelf", { name: providerName })),
    h("span", {}, mark("circle", FIRM_COLOUR), t("providerLegendFirms")),
  );
}

/** The CSV of the list: one row per firm and need it lacks, nearest first. */
export function gapsCsv(gaps: ProviderGaps): string {
  const header = [t("csvFirmId"), t("csvFirmName"), t("csvSentraId"), t("csvSentraName"), t("csvNeed"), t("csvDistance")];
  const rows = gaps.members.edges.flatMap(({ node }) =>
    node.missingNeeds.map((need) => [node.memberId, node.memberName, node.sentraId, node.sentraName, need, csvNumber(node.distanceKm, 2)]),
  );
  return csvText(header, rows);
}
