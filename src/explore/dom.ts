import { currentLang } from "./i18n";
/** A tiny element builder: text goes in as text nodes, never as HTML, so API data cannot inject markup. */
export type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | number | boolean | undefined | null> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") element.className = String(value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}

/** Replaces an element's children. */
export function fill(element: Element, ...children: (Child | Child[])[]): void {
  element.replaceChildren();
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A figure in the page's language: 0.235 in English, 0,235 in Indonesian. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return "–";
  const locale = currentLang() === "id" ? "id-ID" : "en-US";
  const fraction = Number.isInteger(value) ? 0 : digits;
  return value.toLocaleString(locale, { minimumFractionDigits: fraction, maximumFractionDigits: fraction });
}

/** A share as a percentage in the page's language, one decimal at most: 33.3% in English, 33,3% in Indonesian. */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined) return "–";
  const locale = currentLang() === "id" ? "id-ID" : "en-US";
  return share.toLocaleString(locale, { style: "percent", maximumFractionDigits: 1 });
}
