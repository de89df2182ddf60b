/**
 * The compare view's headline figures: a row per sentra, a column per figure (stage, criteria met,
 * cannot be judged, what the next stage misses, value-chain completeness, horizontal density and
 * ties, JICA sum, core firms, next of the seven steps); every header is a button that sorts by it.
 */
import { formatNumber, h, type Child } from "../dom";
import { label, t } from "../i18n";
import { candidate, stageRank, type Candidate } from "./compare-closest";
import { formatPercent, possibleRange, sentraLink } from "./compare-panels";
import type { ComparedAnalysis } from "./compare-query";

export interface SortState {
  key: string;
  descending: boolean;
}

/** `csort=met` ascending, `csort=-met` descending; null for the order chosen. */
export function parseSort(value: string | null): SortState | null {
  if (!value) return null;
  const descending = value.startsWith("-");
  const key = descending ? value.slice(1) : value;
  return COLUMNS.some((column) => column.key === key) ? { key, descending } : null;
}

export function sortParam(sort: SortState | null): string | null {
  return sort ? `${sort.descending ? "-" : ""}${sort.key}` : null;
}

interface Row {
  analysis: ComparedAnalysis;
  order: number;
  next: Candidate | null;
  met: number;
  judged: number;
  undetermined: number;
}

type SortValue = number | string | number[] | null;

interface Column {
  key: string;
  title: string;
  numeric: boolean;
  value(row: Row): SortValue;
  cell(row: Row): Child | Child[];
}

const COLUMNS: Column[] = [
  {
    key: "name",
    title: "cmpColSentra",
    numeric: false,
    value: (row) => row.analysis.sentra.name.toLowerCase(),
    cell: (row) => sentraLink(row.analysis.sentra.id, row.analysis.sentra.name),
  },
  {
    key: "stage",
    title: "cmpColStage",
    numeric: false,
    // As the API ranks stages: by stage, then the highest, then the lowest possible stage.
    value: (row) => [
      stageRank(row.analysis.verdict.stage),
      stageRank(row.analysis.verdict.highestPossibleStage),
      stageRank(row.analysis.verdict.lowestPossibleStage),
    ],
    cell: (row) => [
      label(row.analysis.verdict.stage),
      !row.analysis.verdict.complete && h("span", { class: "small" }, ` (${possibleRange(row.analysis.verdict)})`),
    ],
  },
  {
    key: "missing",
    title: "cmpColMissing",
    numeric: true,
    value: (row) => (row.next ? row.next.missing.length : null),
    cell: (row) => (row.next ? `${formatNumber(row.next.missing.length)} (${label(row.next.nextStage)})` : t("cmpTopRung")),
  },
  {
    key: "met",
    title: "cmpColMet",
    numeric: true,
    value: (row) => row.met,
    cell: (row) => t("cmpNOfN", { n: formatNumber(row.met), total: formatNumber(row.analysis.verdict.criteria.length) }),
  },
  {
    key: "undetermined",
    title: "cmpColUndetermined",
    numeric: true,
    value: (row) => row.undetermined,
    cell: (row) => formatNumber(row.undetermined),
  },
  {
    key: "completeness",
    title: "cmpColCompleteness",
    numeric: true,
    value: (row) => row.analysis.valueChain.completeness,
    cell: (row) => formatPercent(row.analysis.valueChain.completeness),
  },
  {
    key: "density",
    title: "cmpColDensity",
    numeric: true,
    value: (row) => row.analysis.cooperation.horizontal.metrics.density,
    cell: (row) => formatNumber(row.analysis.cooperation.horizontal.metrics.density, 3),
  },
  {
    key: "tied",
    title: "cmpColTied",
    numeric: true,
    value: (row) => row.analysis.cooperation.horizontal.metrics.tiedShare,
    cell: (row) => formatPercent(row.analysis.cooperation.horizontal.metrics.tiedShare),
  },
  {
    key: "jica",
    title: "cmpColJica",
    numeric: true,
    value: (row) => row.analysis.survey?.indicatorDisplaySum ?? null,
    cell: (row) => formatNumber(row.analysis.survey?.indicatorDisplaySum ?? null),
  },
  {
    key: "core",
    title: "cmpColCore",
    numeric: true,
    value: (row) => row.analysis.concentration.coreFirms,
    cell: (row) => formatNumber(row.analysis.concentration.coreFirms),
  },
  {
    key: "step",
    title: "cmpColNextStep",
    numeric: false,
    // Every step evidenced (no next step) sorts above step 7.
    value: (row) => row.analysis.verdict.sevenSteps.nextStep?.step ?? 8,
    cell: (row) => {
      const step = row.analysis.verdict.sevenSteps.nextStep;
      return step ? `${formatNumber(step.step)}. ${step.title}` : t("cmpAllSteps");
    },
  },
];

function compareValues(a: SortValue, b: SortValue): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return 0;
  }
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  return (a as number) - (b as number);
}

/** The rows in the order asked for; a missing value always sorts last, equal values keep the chosen order. */
function sortRows(rows: Row[], sort: SortState | null): Row[] {
  const column = sort && COLUMNS.find((c) => c.key === sort.key);
  if (!sort || !column) return rows;
  return [...rows].sort((a, b) => {
    const va = column.value(a);
    const vb = column.value(b);
    if (va === null || vb === null) return va === vb ? a.order - b.order : va === null ? 1 : -1;
    const difference = compareValues(va, vb);
    return (sort.descending ? -difference : difference) || a.order - b.order;
  });
}

/** The headline figures, one row per sentra; every header is a button that sorts by its column. */
export function headlinePanel(analyses: ComparedAnalysis[], sort: SortState | null, onSort: (sort: SortState) => void): HTMLElement {
  const rows: Row[] = analyses.map((analysis, order) => {
    const criteria = analysis.verdict.criteria;
    return {
      analysis,
      order,
      next: candidate({ id: analysis.sentra.id, name: analysis.sentra.name, stage: analysis.verdict.stage, criteria }),
      met: criteria.filter((c) => c.passed === true).length,
      judged: criteria.filter((c) => c.passed !== null).length,
      undetermined: criteria.filter((c) => c.passed === null).length,
    };
  });
  const header = COLUMNS.map((column) => {
    const active = sort?.key === column.key;
    const button = h(
      "button",
      { type: "button", class: "cmp-sort" },
      t(column.title),
      h("span", { "aria-hidden": "true", class: "cmp-sort-mark" }, active ? (sort.descending ? " ▼" : " ▲") : " ↕"),
    );
    // The first press sorts ascending; pressing the sorted column again turns it round.
    button.addEventListener("click", () => onSort({ key: column.key, descending: active ? !sort.descending : false }));
    return h(
      "th",
      { scope: "col", class: column.numeric ? "num" : undefined, "aria-sort": active ? (sort.descending ? "descending" : "ascending") : undefined },
      button,
    );
  });
  const body = sortRows(rows, sort).map((row) =>
    h(
      "tr",
      { "data-sentra-id": row.analysis.sentra.id },
      COLUMNS.map((column, index) =>
        index === 0 ? h("th", { scope: "row" }, column.cell(row)) : h("td", { class: column.numeric ? "num" : undefined }, column.cell(row)),
      ),
    ),
  );
  return h(
    "section",
    { class: "cmp-headline-panel", "aria-labelledby": "cmp-headline-heading" },
    h("h2", { id: "cmp-headline-heading" }, t("cmpHeadlineHeading")),
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "cmp-headline", id: "cmp-headline" },
        h("caption", {}, t("cmpHeadlineCaption")),
        h("thead", {}, h("tr", {}, header)),
        h("tbody", {}, body),
      ),
    ),
  );
}
