/** The country view's ranking table, map points and legend, from the ranked rows. */
import { addressWith } from "../address";
import { formatNumber, h } from "../dom";
import { label, t } from "../i18n";
import type { MapPoint } from "../map";
import { STAGE_RANK_METRICS, type CountryQuery, type HeadlineMetric, type RankedRow } from "./country-data";
import { NO_STAGE_COLOUR, radiusOf, STAGE_COLOURS, STAGES, stageColour } from "./country-palette";

/** A colour sample beside a text that names it (colour is never the only sign). */
function swatchOf(colour: string): HTMLElement {
  const mark = h("span", { class: "dot", "aria-hidden": "true" });
  mark.style.background = colour;
  return mark;
}

/** A row's value as read: a stage rank also names its stage (2, Early cluster). */
export function valueText(metric: HeadlineMetric, value: number | null): string {
  if (value === null) return "–";
  if (STAGE_RANK_METRICS.includes(metric) && Number.isInteger(value) && STAGES[value]) return `${formatNumber(value)} (${label(STAGES[value])})`;
  return formatNumber(value, 3);
}

/** What the table holds, as its caption (and so its name): the metric, the order and the filters in force. */
export function rankingCaption(query: CountryQuery): string {
  const parts = [
    t("countryTableCaption", { metric: t(`metric_${query.metric}`), order: t(query.descending ? "countryHighFirst" : "countryLowFirst").toLowerCase() }),
    query.product && t("countryCaptionProduct", { text: query.product }),
    query.stages.length > 0 && t("countryCaptionStages", { list: query.stages.map((stage) => label(stage)).join(", ") }),
  ];
  return parts.filter(Boolean).join("; ");
}

export function rankingTable(rows: readonly RankedRow[], query: CountryQuery): HTMLTableElement {
  const metric = query.metric;
  const metricName = t(`metric_${metric}`);
  return h(
    "table",
    { class: "country-table" },
    h("caption", {}, rankingCaption(query)),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col", class: "num" }, t("countryRankCol")),
        h("th", { scope: "col" }, t("countrySentraCol")),
        h("th", { scope: "col" }, t("countryRegionCol")),
        h("th", { scope: "col" }, t("countryProductCol")),
        h("th", { scope: "col" }, t("countryStageCol")),
        h("th", { scope: "col", class: "num" }, metricName),
      ),
    ),
    h(
      "tbody",
      {},
      rows.map((row, index) =>
        h(
          "tr",
          { "data-id": row.node.id },
          h("td", { class: "num" }, formatNumber(index + 1)),
          h("th", { scope: "row" }, h("a", { href: addressWith({ view: "sentra", sentra: row.node.id }) }, row.node.name)),
          h("td", {}, row.node.region?.name ?? "–"),
          h("td", {}, row.node.product),
          h("td", {}, swatchOf(stageColour(row.stage)), row.stage ? label(row.stage) : t("countryNoStage")),
          h("td", { class: "num" }, valueText(metric, row.value)),
        ),
      ),
    ),
  );
}

/** The rows that have a place, as map points: colour by stage, radius by core firms (square root), named for screen readers. */
export function mapPoints(rows: readonly RankedRow[]): MapPoint[] {
  const most = Math.max(0, ...rows.map((r) => r.node.headline.coreMembers ?? 0));
  return rows.flatMap((row) => {
    const place = row.node.location;
    if (!place) return [];
    const firms = row.node.headline.coreMembers;
    const stage = row.stage ? label(row.stage) : t("countryNoStage");
    return [
      {
        id: row.node.id,
        name: row.node.name,
        latitude: place.latitude,
        longitude: place.longitude,
        colour: stageColour(row.stage),
        radius: radiusOf(firms, most),
        label: t("countryPointLabel", { name: row.node.name, stage, firms: t("countryFirms", { n: formatNumber(firms ?? 0) }) }),
      },
    ];
  });
}

/** The map's legend: a swatch per stage (and for a stage never computed, when one is shown). */
export function stageLegend(rows: readonly RankedRow[]): HTMLElement {
  const swatch = (colour: string, text: string) => h("li", {}, swatchOf(colour), text);
  return h(
    "div",
    { class: "country-legend" },
    h("p", {}, t("countryLegend")),
    h(
      "ul",
      { class: "plain-list legend-row" },
      STAGES.map((stage) => swatch(STAGE_COLOURS[stage], label(stage))),
      rows.some((r) => !r.stage) && swatch(NO_STAGE_COLOUR, t("countryNoStage")),
    ),
  );
}
