/**
 * Lists exported as CSV from the page itself (no request): the partner panel's firms and
 * candidates, the provider view's firms lacking a service. CSV is for spreadsheets and scripts, so
 * its numbers have a dot decimal in either language; its header is in the page's language; fields
 * are quoted as RFC 4180 says, lines end in CRLF, and a UTF-8 byte-order mark lets Excel read
 * Indonesian names right.
 */
export type CsvCell = string | number | null | undefined;

/** A number for machines: a dot decimal, at most `digits` decimals, no grouping; empty when unknown. */
export function csvNumber(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  const rounded = Number(value.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** One field, quoted when it holds a comma, a quote, a line break or edge spaces (quotes doubled). */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? csvNumber(value) : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file's text: the byte-order mark, the header, then one line per row. */
export function csvText(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** A file name part from an id or a need: letters, digits, dot, dash and underscore only. */
export function fileNamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, "_");
}

/** Saves the text as a UTF-8 CSV file through a Blob link (nothing leaves the page). */
export function downloadCsv(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = name;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
