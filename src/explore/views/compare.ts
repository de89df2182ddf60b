import { fill, h } from "../dom";
import type { View } from "./view";

/** The compare view (being built). */
export class CompareView implements View {
  readonly name = "compare" as const;
  private root!: HTMLElement;

  mount(root: HTMLElement): void {
    this.root = root;
  }

  show(): void {
    fill(this.root, h("p", {}, "…"));
  }
}
