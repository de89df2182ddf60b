import { msg, type Message, type Text } from "../../i18n/message";
import { LINKAGE_TYPES, LINKAGES_BY_QUESTION, SURVEY_QUESTIONS, type Intensity, type LinkageType, type SurveyQuestion } from "../vocabulary";
import { criterion, type Criterion, type CriterionContext } from "./criteria";
import { joined, linkageTypeName, thresholdOrigin } from "./criterion-text";
import { INTENSITY_WEIGHT, countIntensities, strongerOf, type IntensityCounts } from "./intensity";
import type { SurveyRoundData } from "./network";
import { latestRound, pairKey, sentraTies } from "./network-views";

/** Where a linkage type's intensities come from: the firms' survey answers (one per firm) or the recorded ties (one per pair). */
type Basis = "SURVEY" | "TIES";

interface TypeSplit {
  type: LinkageType;
  basis: Basis;
  counts: IntensityCounts;
  /** Observations with an intensity: firms that answered one, or pairs with a recorded one. */
  measured: number;
}

const QUESTION_OF_TYPE = new Map<LinkageType, SurveyQuestion>(SURVEY_QUESTIONS.flatMap((q) => LINKAGES_BY_QUESTION[q].map((t) => [t, q] as const)));

/** A round's answers to one question, one per firm (if a round holds two, the later one stands, as in the survey tables). */
export function answersTo(round: SurveyRoundData | null, question: SurveyQuestion): Map<string, SurveyRoundData["responses"][number]> {
  return new Map((round?.responses ?? []).filter((r) => r.question === question).map((r) => [r.actorId, r]));
}

/**
 * How intense the sentra's cooperation is: the mean intensity (passive 1, active 2, proactive 3;
 * Simpul's weights), said per linkage type, because the research finds the types differ
 * (research/001 A.2: same-type cooperation mostly active in Tegal, downstream sales mostly
 * passive). A type rests on what the survey measured where the latest round has intensity
 * answers to that type's question (research/001 Tables 4 to 6: one answer per firm); otherwise,
 * and always for supporting ties (Table 7 records no intensity), on the recorded ties, one per
 * pair at its strongest. Unmeasured ties and yes answers without an intensity say nothing about it.
 */
export function activeCooperation(ctx: CriterionContext): Criterion {
  const round = latestRound(ctx.network);
  // One observation per linkage type and pair, at its strongest.
  const strongest = new Map<string, { type: LinkageType; intensity: Intensity | null }>();
  for (const tie of sentraTies(ctx.network)) {
    const key = `${tie.type}\u0000${pairKey(tie.fromId, tie.toId)}`;
    const seen = strongest.get(key);
    strongest.set(key, { type: tie.type, intensity: seen ? strongerOf(seen.intensity, tie.intensity) : tie.intensity });
  }
  const tieObservations = [...strongest.values()];

  const splits = LINKAGE_TYPES.map((type): TypeSplit => {
    const question = QUESTION_OF_TYPE.get(type)!;
    const yes = [...answersTo(round, question).values()].filter((a) => a.cooperates);
    if (question !== "SUPPORTING" && yes.some((a) => a.intensity !== null)) {
      const counts = countIntensities(yes.map((a) => a.intensity));
      return { type, basis: "SURVEY", counts, measured: counts.passive + counts.active + counts.proactive };
    }
    const counts = countIntensities(tieObservations.filter((o) => o.type === type).map((o) => o.intensity));
    return { type, basis: "TIES", counts, measured: counts.passive + counts.active + counts.proactive };
  }).filter((s) => s.measured + s.counts.unmeasured > 0);

  const total = splits.reduce(
    (sum, s) => ({
      passive: sum.passive + s.counts.passive,
      active: sum.active + s.counts.active,
      proactive: sum.proactive + s.counts.proactive,
      unmeasured: sum.unmeasured + s.counts.unmeasured,
    }),
    countIntensities([]),
  );
  const measuredCount = total.passive + total.active + total.proactive;
  const measured =
    measuredCount === 0
      ? null
      : (total.passive * INTENSITY_WEIGHT.PASSIVE + total.active * INTENSITY_WEIGHT.ACTIVE + total.proactive * INTENSITY_WEIGHT.PROACTIVE) / measuredCount;

  return criterion(ctx, {
    id: "ACTIVE_COOPERATION",
    group: "LINKAGE",
    requiredFor: "CLUSTER",
    description: msg("criteria.active.description"),
    measured,
    thresholdName: "meanTieIntensity",
    comparison: "AT_LEAST",
    detail:
      splits.length === 0
        ? msg("criteria.active.detailEmpty")
        : msg("criteria.active.detail", {
            ...countParams(total, measuredCount),
            byType: joined(splits.map(typeSplitText)),
            sources: sourcesText(splits, round),
          }),
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
  const params = { type, ...countParams(split.counts, split.measured) };
  if (split.basis === "SURVEY") return msg(split.counts.unmeasured > 0 ? "criteria.active.typeSurveyPartial" : "criteria.active.typeSurvey", params);
  if (split.measured === 0) return msg("criteria.active.typeTiesUnmeasured", params);
  return msg(split.counts.unmeasured > 0 ? "criteria.active.typeTiesPartial" : "criteria.active.typeTies", params);
}

/** Which types rest on the firms' survey answers, which on recorded ties. */
function sourcesText(splits: readonly TypeSplit[], round: SurveyRoundData | null): Message {
  const surveyed = splits.filter((s) => s.basis === "SURVEY").map((s) => linkageTypeName(s.type));
  const tied = splits.filter((s) => s.basis === "TIES").map((s) => linkageTypeName(s.type));
  const roundName = round ? round.name || round.roundId : null;
  if (surveyed.length === 0)
    return roundName === null ? msg("criteria.active.sourcesTiesNoSurvey", { tied }) : msg("criteria.active.sourcesTies", { tied, round: roundName });
  return tied.length === 0
    ? msg("criteria.active.sourcesSurvey", { surveyed, round: roundName })
    : msg("criteria.active.sourcesBoth", { surveyed, tied, round: roundName });
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
