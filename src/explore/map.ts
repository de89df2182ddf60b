/**
 * Indonesia on a map, drawn offline: the country's outline (Natural Earth, bundled with the page)
 * and points for sentra or firms. Being built; this is the interface the views use.
 */
export interface MapPoint {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  /** Fill colour (a stage, a kind). */
  colour: string;
  /** Radius in CSS pixels (by firms). */
  radius: number;
  /** The accessible name: what a screen reader says for the point (name, stage, figures). */
  label: string;
  shape?: "circle" | "square";
}

export class IndonesiaMap {
  constructor(
    private readonly container: HTMLElement,
    private readonly onPick: (id: string) => void,
  ) {}

  /** Draws these points; the view fits `focus` (default: the whole country). */
  show(points: readonly MapPoint[], focus?: ReadonlyArray<{ latitude: number; longitude: number }>): void {
    void points;
    void focus;
    void this.container;
    void this.onPick;
  }
}
