import { SURVEY_QUESTIONS, type Intensity } from "../vocabulary";
import { criterion, fixed, judgeWithUnknowns, type Criterion, type CriterionContext } from "./criteria";
import { INTENSITY_WEIGHT, countIntensities, strongerOf } from "./intensity";
import { answeredBy, coreMemberIds, latestRound, pairKey, sentraTies, share } from "./network-views";

/** Linkage: are the firms linked, do they cooperate as one web, actively, with specialised partners? */
export function linkageCriteria(ctx: CriterionContext): Criterion[] {
  return [linkedCoreFirms(ctx), horizontalWeb(ctx), activeCooperation(ctx), specialisation(ctx)];
}

function linkedCoreFirms(ctx: CriterionContext): Criterion {
  const core = coreMemberIds(ctx.network);
  const tied = new Set(sentraTies(ctx.network).flatMap((t) => [t.fromId, t.toId]));
  const answered = answeredBy(latestRound(ctx.network), SURVEY_QUESTIONS);
  const linked = [...core].filter((id) => tied.has(id)).length;
  const silent = [...core].filter((id) => !tied.has(id) && !answered.has(id)).length;
  const measured = share(linked, core.size);
  return criterion(ctx, {
    id: "LINKED_CORE_FIRMS",
    group: "LINKAGE",
    requiredFor: "EARLY_CLUSTER",
    description: "Share of core firms with at least one tie in the sentra's value chain (Bappenas: the firms are linked).",
    measured,
    thresholdName: "linkedCoreShare",
    comparison: "AT_LEAST",
    // Silent members could at best all hold a tie.
    passed: (threshold) => judgeWithUnknowns(measured, share(linked + silent, core.size), threshold),
    detail: `${linked} of ${core.size} core firms hold a tie; ${silent} have neither a tie nor a survey answer.`,
    shortfall: ({ passed }) =>
      passed === true ? null : `the firms are not linked: only ${linked} of ${core.size} core firms hold any tie in the value chain.`,
  });
}

function horizontalWeb(ctx: CriterionContext): Criterion {
  const { metrics, coverage } = ctx.cooperation.horizontal;
  const largest = metrics.components.largestSize;
  const measured = metrics.components.largestShare;
  // Silent members could at best all join the largest web.
  const best = share(largest + coverage.noData, metrics.nodeCount);
  return criterion(ctx, {
    id: "HORIZONTAL_WEB",
    group: "LINKAGE",
    requiredFor: "CLUSTER",
    description: "Share of core firms in the largest connected web of horizontal cooperation.",
    measured,
    thresholdName: "horizontalWebShare",
    comparison: "AT_LEAST",
    passed: (threshold) => judgeWithUnknowns(measured, best, threshold),
    detail:
      `Largest web: ${largest} of ${metrics.nodeCount} core firms; ${metrics.components.count} separate groups; ` +
      `${metrics.edgeCount} cooperating pairs; density ${fixed(metrics.density)}; ${coverage.answeredSurvey} answered the same-type question, ${coverage.noData} have no data.`,
    shortfall: ({ passed, threshold }) =>
      passed === true
        ? null
        : `members compete rather than cooperate: horizontal cooperation joins at most ${largest} of ${metrics.nodeCount} core firms in one web (${fixed(measured)}, needs ${fixed(threshold)}); the rest cooperate in isolated pairs or not at all.`,
  });
}

function activeCooperation(ctx: CriterionContext): Criterion {
  // One observation per linkage type and pair, at its strongest; unmeasured ties say nothing about intensity.
  const strongest = new Map<string, Intensity | null>();
  for (const tie of sentraTies(ctx.network)) {
    const key = `${tie.type}\u0000${pairKey(tie.fromId, tie.toId)}`;
    strongest.set(key, strongest.has(key) ? strongerOf(strongest.get(key)!, tie.intensity) : tie.intensity);
  }
  const measuredTies = [...strongest.values()].filter((i): i is Intensity => i !== null);
  const counts = countIntensities(strongest.values());
  const measured = measuredTies.length === 0 ? null : measuredTies.reduce((s, i) => s + INTENSITY_WEIGHT[i], 0) / measuredTies.length;
  return criterion(ctx, {
    id: "ACTIVE_COOPERATION",
    group: "LINKAGE",
    requiredFor: "CLUSTER",
    description: "Mean intensity of the sentra's measured ties (passive 1, active 2, proactive 3).",
    measured,
    thresholdName: "meanTieIntensity",
    comparison: "AT_LEAST",
    detail: `${measuredTies.length} tied pairs with a measured intensity: ${counts.passive} passive, ${counts.active} active, ${counts.proactive} proactive; ${counts.unmeasured} pairs unmeasured (not counted).`,
    shortfall: ({ passed, threshold }) =>
      passed === true
        ? null
        : passed === false
          ? `cooperation is mostly passive: mean intensity ${fixed(measured)} on the 1 (passive) to 3 (proactive) scale, ${fixed(threshold)} needed; ${counts.passive} of ${measuredTies.length} measured ties are passive.`
          : "cooperation intensity is unknown: no tie of the sentra has a measured intensity.",
  });
}

function specialisation(ctx: CriterionContext): Criterion {
  const stage = ctx.valueChain.stages.find((s) => s.stage === "SUPPORTING_AND_RELATED_INDUSTRY")!;
  const linked = stage.actors.filter((a) => a.status === "LINKED");
  const state =
    stage.status === "MISSING"
      ? "No supporting or related industry (processing, finishing, packaging) is recorded in the sentra."
      : `${stage.actors.length} supporting or related industries recorded, ${linked.length} tied to core firms${linked.length ? `: ${linked.map((a) => a.name).join(", ")}` : ""}.`;
  return criterion(ctx, {
    id: "SPECIALISATION",
    group: "LINKAGE",
    requiredFor: "CLUSTER",
    description: "Supporting and related industries (processing, finishing, packaging) tied to core firms.",
    measured: linked.length,
    thresholdName: "linkedSupportingIndustries",
    comparison: "AT_LEAST",
    detail: state,
    shortfall: ({ passed }) =>
      passed
        ? null
        : `no specialisation: ${state.charAt(0).toLowerCase()}${state.slice(1)} Every core firm makes the whole product itself and competes with the others.`,
  });
}
