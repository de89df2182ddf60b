/**
 * The page's whole state lives in the address after `#` (view, sentra, compared ids, filters,
 * depth, need, language), so a link restores a view and the Back button walks back through it.
 * Pushing a new address makes a history entry (the browser fires `hashchange`); replacing one
 * keeps the entry (a figure that needs no Back step, such as the selected actor).
 */
export const VIEWS = ["sentra", "compare", "country", "provider", "report"] as const;
export type ViewName = (typeof VIEWS)[number];

export type AddressChange = Record<string, string | number | readonly string[] | null | undefined>;

export function readAddress(): URLSearchParams {
  return new URLSearchParams(location.hash.replace(/^#/, ""));
}

/** The view an address names; an address with only a sentra is the one-sentra view (older links). */
export function viewOf(params: URLSearchParams): ViewName {
  const named = params.get("view");
  return (VIEWS as readonly string[]).includes(named ?? "") ? (named as ViewName) : "sentra";
}

/** A list kept in one parameter, comma-separated; empty when absent. */
export function listParam(params: URLSearchParams, name: string): string[] {
  const value = params.get(name);
  return value ? value.split(",").filter(Boolean) : [];
}

/** The address with these parameters changed (null or undefined removes one), as `#…`. */
export function addressWith(change: AddressChange, from: URLSearchParams = readAddress()): string {
  const next = new URLSearchParams(from);
  for (const [name, value] of Object.entries(change)) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) next.delete(name);
    else next.set(name, Array.isArray(value) ? value.join(",") : String(value));
  }
  // A stable order, so the same view always has the same address.
  next.sort();
  return `#${next.toString().replace(/%2C/g, ",")}`;
}

/** Goes to an address: a new history entry (Back returns here), or the same entry replaced. */
export function go(change: AddressChange, options: { replace?: boolean } = {}): void {
  const target = addressWith(change);
  if (target === location.hash || (target === "#" && location.hash === "")) return;
  if (options.replace) {
    history.replaceState(null, "", target);
    return;
  }
  location.hash = target;
}
