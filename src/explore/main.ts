import { ApiError, storeApiKey, storedApiKey } from "./api";
import { VIEWS, addressWith, go, readAddress, viewOf, type ViewName } from "./address";
import { byId } from "./dom";
import { currentLang, setLang, t, type Lang } from "./i18n";
import { onKeyNeeded } from "./ui";
import { CompareView } from "./views/compare";
import { CountryView } from "./views/country";
import { ProviderView } from "./views/provider";
import { ReportView } from "./views/report";
import { SentraView } from "./views/sentra";
import type { View } from "./views/view";

/**
 * The explorer's shell: the views, the address that holds the whole state, the language and the
 * API key. Each view lives in views/ and draws only inside its own section of the page.
 */
const views: View[] = [new SentraView(), new CompareView(), new CountryView(), new ProviderView(), new ReportView()];
let previous: URLSearchParams | null = null;
let showing: ViewName | null = null;

function applyStaticTexts(): void {
  document.documentElement.lang = currentLang();
  document.title = t("title");
  for (const element of document.querySelectorAll<HTMLElement>("[data-t]")) element.textContent = t(element.dataset.t!);
  for (const element of document.querySelectorAll<HTMLElement>("[data-t-title]")) element.title = t(element.dataset.tTitle!);
  for (const element of document.querySelectorAll<HTMLElement>("[data-t-label]")) element.setAttribute("aria-label", t(element.dataset.tLabel!));
  byId("lang-toggle").setAttribute("lang", currentLang() === "en" ? "id" : "en");
}

/** The tabs link to the other views with everything else in the address kept. */
function updateNavigation(params: URLSearchParams, current: ViewName): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("#views a[data-view]")) {
    link.href = addressWith({ view: link.dataset.view }, params);
    if (link.dataset.view === current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

/** Shows the view the address names and hands it the address; a changed `lang` switches the language first. */
async function route(): Promise<void> {
  const params = readAddress();
  const lang = params.get("lang");
  if ((lang === "en" || lang === "id") && lang !== currentLang()) setLang(lang);
  // The language in force is always in the address, so `changed(..., "lang")` sees a switch.
  if (params.get("lang") !== currentLang()) params.set("lang", currentLang());
  const name = viewOf(params);
  if (previous === null || previous.get("lang") !== params.get("lang")) applyStaticTexts();
  for (const view of views) byId(`view-${view.name}`).hidden = view.name !== name;
  updateNavigation(params, name);
  const view = views.find((v) => v.name === name)!;
  // A view hidden meanwhile gets the whole address again when it comes back.
  const before = showing === name ? previous : null;
  showing = name;
  previous = params;
  await view.show(params, before);
}

function showGlobalError(error: unknown): void {
  const alert = byId("alert");
  if (error instanceof ApiError && (error.code === "UNAUTHENTICATED" || error.code === "FORBIDDEN")) {
    alert.textContent = `${t("needKey")} (${error.message})`;
    byId<HTMLDetailsElement>("key-box").open = true;
  } else {
    alert.textContent = `${t("error")}: ${error instanceof Error ? error.message : String(error)}`;
  }
  alert.hidden = false;
}

function wire(): void {
  onKeyNeeded(showGlobalError);
  window.addEventListener("hashchange", () => void route().catch(showGlobalError));
  byId("lang-toggle").addEventListener("click", () => {
    const next: Lang = currentLang() === "en" ? "id" : "en";
    go({ lang: next });
  });
  const keyInput = byId<HTMLInputElement>("api-key");
  keyInput.value = storedApiKey();
  byId("key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    storeApiKey(keyInput.value.trim());
    byId("alert").hidden = true;
    // Everything shown may have failed for want of the key: show the view afresh.
    previous = null;
    showing = null;
    void route().catch(showGlobalError);
  });
}

function main(): void {
  for (const view of views) view.mount(byId(`view-${view.name}`));
  for (const name of VIEWS) if (!views.some((v) => v.name === name)) document.querySelector(`#views a[data-view="${name}"]`)?.closest("li")?.remove();
  wire();
  void route().catch(showGlobalError);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
else main();
