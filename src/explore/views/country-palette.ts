/**
 * The map's colours, without the DOM so a unit test can check their contrast: land and sea, and
 * one colour per stage of the ladder, each at least 3:1 against both (WCAG 1.4.11, graphics), so a
 * point stays visible on land and on the coast.
 */
export const MAP_LAND = "#f1ede4";
export const MAP_SEA = "#dbe8f1";
export const MAP_COAST = "#8a7d66";

export const STAGES = ["EMBRYO", "SENTRA", "EARLY_CLUSTER", "CLUSTER", "DYNAMIC_CLUSTER"] as const;
export type Stage = (typeof STAGES)[number];

/** Grey to purple up the ladder; a hue step and a lightness step apart, so neighbours differ in both. */
export const STAGE_COLOURS: Record<Stage, string> = {
  EMBRYO: "#6e6e6e",
  SENTRA: "#a85400",
  EARLY_CLUSTER: "#2b7a2f",
  CLUSTER: "#1d5fa6",
  DYNAMIC_CLUSTER: "#7a2a9c",
};

/** A sentra whose stage was never computed. */
export const NO_STAGE_COLOUR = "#1a1a1a";

export function stageColour(stage: string | null | undefined): string {
  return (STAGE_COLOURS as Record<string, string>)[stage ?? ""] ?? NO_STAGE_COLOUR;
}

/** Radius by firms on a square-root scale (area grows with firms), from MIN_RADIUS to MAX_RADIUS CSS pixels. */
export const MIN_RADIUS = 5;
export const MAX_RADIUS = 16;

export function radiusOf(firms: number | null | undefined, mostFirms: number): number {
  if (!firms || firms <= 0 || mostFirms <= 0) return MIN_RADIUS;
  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.min(firms, mostFirms) / mostFirms);
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
