import { gql } from "../api";
import { byId, fill, h } from "../dom";
import { label } from "../i18n";
import { partnersView } from "../panels";
import { PARTNER_NEEDS, PARTNERS, type PartnerSearch } from "../queries";
import { errorBox, loadingBox } from "../ui";

/** The one-sentra view's partner panel: for a need, the core firms lacking it and who could fill the gap. */
export class PartnersPanel {
  private search: PartnerSearch | undefined;
  private shownFor = "";

  constructor(private readonly onNeed: (need: string) => void) {}

  mount(): void {
    byId("partners-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.onNeed(byId<HTMLSelectElement>("need").value);
    });
    this.renderNeeds(null);
  }

  renderNeeds(chosen: string | null): void {
    const select = byId<HTMLSelectElement>("need");
    const keep = chosen ?? (select.value || "FINANCE");
    fill(
      select,
      PARTNER_NEEDS.map((need) => h("option", { value: need, selected: need === keep }, label(need))),
    );
  }

  /** Shows the suggestions for a sentra and need (none asked yet: nothing), fetching them when either or the language changed. */
  async show(sentraId: string | null, need: string | null, langChanged: boolean): Promise<void> {
    this.renderNeeds(need);
    const key = `${sentraId}|${need}`;
    if (!sentraId || !need) {
      this.search = undefined;
      this.shownFor = key;
      return fill(byId("partners"));
    }
    if (key === this.shownFor && !langChanged) return;
    this.shownFor = key;
    this.search = undefined;
    fill(byId("partners"), loadingBox());
    try {
      const data = await gql<{ sentra: { partners: PartnerSearch } | null }>(PARTNERS, { id: sentraId, need });
      if (this.shownFor !== key) return;
      this.search = data.sentra?.partners;
      fill(byId("partners"), this.search ? partnersView(this.search) : null);
    } catch (error) {
      if (this.shownFor === key) fill(byId("partners"), errorBox(error));
    }
  }

  rerender(): void {
    fill(byId("partners"), this.search ? partnersView(this.search) : null);
  }
}
