import { JICA_ASPECTS } from "../vocabulary";
import { criterion, fixed, type Criterion, type CriterionContext } from "./criteria";

/**
 * JICA's six dynamics aspects (research/001 Table 2), each judged on its unrounded mean over the
 * latest round: the printed, rounded mean is shown in the detail but a 2.9 is not yet a 3.
 */
export function dynamicsCriteria(ctx: CriterionContext): Criterion[] {
  return JICA_ASPECTS.map((aspect) => {
    const summary = ctx.survey?.indicators[aspect] ?? null;
    const measured = summary?.mean ?? null;
    const coverage = ctx.survey
      ? `${summary!.scored} of ${ctx.survey.coverage.coreMembers} core firms scored in round ${ctx.survey.roundId}`
      : "no survey round";
    return criterion(ctx, {
      id: `JICA_${aspect.toUpperCase()}`,
      group: "DYNAMICS",
      requiredFor: "DYNAMIC_CLUSTER",
      description: `Mean JICA score for ${aspect} (1 very undynamic to 5 very dynamic).`,
      measured,
      thresholdName: "jicaDynamicMean",
      comparison: "AT_LEAST",
      detail:
        measured === null
          ? `No ${aspect} scores (${coverage}).`
          : `Mean ${fixed(measured)} (printed ${summary!.displayMean}), min ${summary!.min}, max ${summary!.max}; ${coverage}.`,
      shortfall: ({ passed, threshold }) =>
        passed === true
          ? null
          : passed === false
            ? `not yet dynamic in ${aspect}: mean score ${fixed(measured)}, ${threshold} (dynamic) needed.`
            : `dynamics in ${aspect} unknown: no scores.`,
    });
  });
}
