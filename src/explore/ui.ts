import { ApiError } from "./api";
import { h } from "./dom";
import { t } from "./i18n";

let keyNeeded: ((error: ApiError) => void) | undefined;

/** The shell's answer to a request refused for want of a key (open the key box, say so at the top). */
export function onKeyNeeded(listener: (error: ApiError) => void): void {
  keyNeeded = listener;
}

/**
 * What a panel shows when its request failed: the error where the result would be, so an old
 * result never stays under a new name. Key problems say where to paste a key.
 */
export function errorBox(error: unknown): HTMLElement {
  const needsKey = error instanceof ApiError && (error.code === "UNAUTHENTICATED" || error.code === "FORBIDDEN");
  if (needsKey) keyNeeded?.(error);
  const message = error instanceof Error ? error.message : String(error);
  return h("div", { class: "panel-error", role: "alert" }, h("strong", {}, needsKey ? t("needKey") : t("requestFailed")), " ", h("span", {}, message));
}

export function loadingBox(): HTMLElement {
  return h("p", { class: "hint", role: "status" }, t("loading"));
}

/** The address of GraphiQL (served at /graphql) opened on this request, ready to run. */
export function graphiqlHref(query: string, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({ query });
  if (Object.keys(variables).length > 0) params.set("variables", JSON.stringify(variables, null, 2));
  return `/graphql?${params}`;
}

/**
 * "Show the query": the GraphQL request behind a panel, to read, copy or run in GraphiQL (which
 * opens with it filled in). Frontends build on the same request.
 */
export function queryLink(query: string, variables: Record<string, unknown> = {}): HTMLElement {
  return h(
    "details",
    { class: "query-link" },
    h("summary", {}, t("showQuery")),
    h("pre", { tabindex: "0", "aria-label": t("queryText") }, query),
    Object.keys(variables).length > 0 && h("pre", { tabindex: "0", "aria-label": t("queryVariables") }, JSON.stringify(variables, null, 2)),
    h("a", { href: graphiqlHref(query, variables), target: "_blank", rel: "noopener" }, t("runInGraphiql")),
  );
}
