import type { ViewName } from "../address";

/**
 * One of the page's views. The shell (main.ts) mounts each once, then calls `show` with the
 * address every time it changes (a link, Back, the language switch); `previous` is the address
 * before, so a view fetches again only what changed. A language change arrives as a changed
 * `lang`: the view renders its own texts again and asks the API again for its texts.
 */
export interface View {
  readonly name: ViewName;
  mount(root: HTMLElement): void;
  show(params: URLSearchParams, previous: URLSearchParams | null): Promise<void> | void;
}

/** Whether any of these parameters differs between two addresses (or there was none before). */
export function changed(params: URLSearchParams, previous: URLSearchParams | null, ...names: string[]): boolean {
  if (!previous) return true;
  return names.some((name) => params.get(name) !== previous.get(name));
}
