import { msg, type Message, type Text } from "../../i18n/message";
import { LINKAGE_TYPES, type Intensity, type LinkageType } from "../vocabulary";
import { criterion, type Criterion, type CriterionContext } from "./criteria";
import { joined, linkageTypeName, thresholdOrigin } from "./criterion-text";
import { INTENSITY_WEIGHT, countIntensities, strongerOf, type IntensityCounts } from "./intensity";
import { pairKey, sentraTies } from "./network-views";

interface TypeSplit {
  type: LinkageType;
  counts: IntensityCounts;
  measured: number;
}

/**
 * How intense the measured cooperation is: the mean over measured ties (passive 1, active 2,
 * proactive 3; Simpul's weights), said per linkage type, because the research finds the types
 * differ (research/001: same-type cooperation mostly active, downstream sales mostly passive).
 */
export function activeCooperation(ctx: CriterionContext): Criterion {
  // One observation per linkage type and pair, at its strongest; unmeasured ties say nothing about intensity.
  const strongest = new Map<string, { type: LinkageType; intensity: Intensity | null }>();
  for (const tie of sentraTies(ctx.network)) {
    const key = `${tie.type}\u0000${pairKey(tie.fromId, tie.toId)}`;
    const seen = strongest.get(key);
    strongest.set(key, { type: tie.type, intensity: seen ? strongerOf(seen.intensity, tie.intensity) : tie.intensity });
  }
  const observations = [...strongest.values()];
  const intensities = observations.map((o) => o.intensity).filter((i): i is Intensity => i !== null);
  const counts = countIntensities(observations.map((o) => o.intensity));
  const measured = intensities.length === 0 ? null : intensities.reduce((s, i) => s + INTENSITY_WEIGHT[i], 0) / intensities.length;
  const splits = LINKAGE_TYPES.map((type): TypeSplit => {
    const ofType = countIntensities(observations.filter((o) => o.type === type).map((o) => o.intensity));
    return { type, counts: ofType, measured: ofType.passive + ofType.active + ofType.proactive };
  }).filter((s) => s.measured + s.counts.unmeasured > 0);

  return criterion(ctx, {
    id: "ACTIVE_COOPERATION",
    group: "LINKAGE",
    requiredFor: "CLUSTER",
    description: msg("criteria.active.description"),
    measured,
    thresholdName: "meanTieIntensity",
    comparison: "AT_LEAST",
    detail: msg("criteria.active.detail", { ...countParams(counts, intensities.length), byType: joined(splits.map(typeSplitText)) }),
    shortfall: ({ passed, threshold }) =>
      passed === true
        ? null
        : passed === false
          ? msg("criteria.active.shortfall", { mean: measured, threshold, origin: thresholdOrigin("meanTieIntensity", threshold), split: leaningText(splits) })
          : msg("criteria.active.undetermined"),
  });
}

function countParams(counts: IntensityCounts, measured: number) {
  return { measured, passive: counts.passive, active: counts.active, proactive: counts.proactive, unmeasured: counts.unmeasured };
}

function typeSplitText(split: TypeSplit): Message {
  const type = linkageTypeName(split.type);
  return split.measured === 0
    ? msg("criteria.active.typeUnmeasured", { type, unmeasured: split.counts.unmeasured })
    : msg("criteria.active.type", { type, ...countParams(split.counts, split.measured) });
}

/** Which types lean passive, which active or proactive, which are even: the research's own reading of Tables 4 to 6. */
function leaningText(splits: readonly TypeSplit[]): Text {
  const measured = splits.filter((s) => s.measured > 0);
  const share = (s: TypeSplit) => msg("criteria.active.typeShare", { type: linkageTypeName(s.type), passive: s.counts.passive, measured: s.measured });
  const passive = measured.filter((s) => s.counts.passive * 2 > s.measured);
  const active = measured.filter((s) => (s.counts.active + s.counts.proactive) * 2 > s.measured);
  const even = measured.filter((s) => !passive.includes(s) && !active.includes(s));
  const parts: Text[] = [];
  if (passive.length > 0) parts.push(msg("criteria.active.mostlyPassive", { types: passive.map(share) }));
  if (even.length > 0) parts.push(msg("criteria.active.halfPassive", { types: even.map(share) }));
  if (active.length > 0) parts.push(msg("criteria.active.mostlyActive", { types: active.map(share) }));
  if (passive.length === 0) parts.push(msg("criteria.active.noTypeMostlyPassive"));
  return joined(parts);
}
