import { fill, h } from "../dom";
import type { View } from "./view";

/** The provider view (being built). */
export class ProviderView implements View {
  readonly name = "provider" as const;
  private root!: HTMLElement;

  mount(root: HTMLElement): void {
    this.root = root;
  }

  show(): void {
    fill(this.root, h("p", {}, "…"));
  }
}
