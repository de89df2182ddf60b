import { INTENSITIES, type Intensity } from "../vocabulary";

/**
 * The research's cooperation scale (pasif, aktif, proaktif) as weights. A tie whose intensity
 * was never measured weighs like a passive one: it proves a tie exists, not that it is strong,
 * so counting it as passive can never overstate how intense cooperation is.
 */
export const INTENSITY_WEIGHT: Record<Intensity, number> = { PASSIVE: 1, ACTIVE: 2, PROACTIVE: 3 };
export const UNMEASURED_WEIGHT = 1;
export const MAX_INTENSITY_WEIGHT = 3;

export function weightOf(intensity: Intensity | null): number {
  return intensity === null ? UNMEASURED_WEIGHT : INTENSITY_WEIGHT[intensity];
}

/** Rank for "keep the strongest": unmeasured < passive < active < proactive. */
function rankOf(intensity: Intensity | null): number {
  return intensity === null ? 0 : INTENSITIES.indexOf(intensity) + 1;
}

export function strongerOf(a: Intensity | null, b: Intensity | null): Intensity | null {
  return rankOf(b) > rankOf(a) ? b : a;
}

/** How many things (core members, ties) fall at each intensity; `unmeasured` where none was recorded. */
export interface IntensityCounts {
  passive: number;
  active: number;
  proactive: number;
  unmeasured: number;
}

export function emptyIntensityCounts(): IntensityCounts {
  return { passive: 0, active: 0, proactive: 0, unmeasured: 0 };
}

export function countIntensities(intensities: Iterable<Intensity | null>): IntensityCounts {
  const counts = emptyIntensityCounts();
  for (const intensity of intensities) {
    if (intensity === "PASSIVE") counts.passive++;
    else if (intensity === "ACTIVE") counts.active++;
    else if (intensity === "PROACTIVE") counts.proactive++;
    else counts.unmeasured++;
  }
  return counts;
}

/** Each count divided by `total` (0 when total is 0), for "share of core members" figures. */
export function intensityShares(counts: IntensityCounts, total: number): IntensityCounts {
  const share = (n: number) => (total === 0 ? 0 : n / total);
  return {
    passive: share(counts.passive),
    active: share(counts.active),
    proactive: share(counts.proactive),
    unmeasured: share(counts.unmeasured),
  };
}
