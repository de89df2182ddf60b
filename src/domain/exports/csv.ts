import type { Cell, Column, Row } from "./network-table";

/**
 * Cells a spreadsheet would read as a formula (CSV or formula injection, OWASP): text beginning
 * with =, +, -, @, a tab or a carriage return. Such a text cell gets a leading apostrophe, which
 * Excel, LibreOffice and Google Sheets show as text and do not evaluate. Numbers (coordinates,
 * depth) are written as numbers and never changed: "-7.675" is a latitude, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell per RFC 4180: quoted when it holds a comma, a quote, a CR or a LF, quotes doubled. */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table per RFC 4180: a header row of column names, then one record per row, each line ended by CRLF; UTF-8, no byte-order mark. */
export function toCsv(columns: readonly Column[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => csvCell(c.name)), ...rows.map((row) => columns.map((c) => csvCell(row[c.name] ?? null)))];
  return lines.map((cells) => cells.join(",") + "\r\n").join("");
}
