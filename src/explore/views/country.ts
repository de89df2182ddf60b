import { fill, h } from "../dom";
import type { View } from "./view";

/** The country view (being built). */
export class CountryView implements View {
  readonly name = "country" as const;
  private root!: HTMLElement;

  mount(root: HTMLElement): void {
    this.root = root;
  }

  show(): void {
    fill(this.root, h("p", {}, "…"));
  }
}
