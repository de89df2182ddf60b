import { fill, h } from "../dom";
import type { View } from "./view";

/** The report view (being built). */
export class ReportView implements View {
  readonly name = "report" as const;
  private root!: HTMLElement;

  mount(root: HTMLElement): void {
    this.root = root;
  }

  show(): void {
    fill(this.root, h("p", {}, "…"));
  }
}
