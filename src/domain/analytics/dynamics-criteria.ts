import { msg } from "../../i18n/message";
import { JICA_ASPECTS } from "../vocabulary";
import { criterion, type Criterion, type CriterionContext } from "./criteria";

/**
 * JICA's six dynamics aspects (research/001 Table 2), each judged on its unrounded mean over the
 * latest round: the printed, rounded mean is shown in the detail but a 2.9 is not yet a 3.
 */
export function dynamicsCriteria(ctx: CriterionContext): Criterion[] {
  return JICA_ASPECTS.map((aspect) => {
    const summary = ctx.survey?.indicators[aspect] ?? null;
    const measured = summary?.mean ?? null;
    const name = msg(`criteria.aspect.${aspect}`);
    const coverage = ctx.survey
      ? msg("criteria.jica.coverage", { scored: summary!.scored, core: ctx.survey.coverage.coreMembers, round: ctx.survey.roundName || ctx.survey.roundId })
      : msg("criteria.jica.noRound");
    return criterion(ctx, {
      id: `JICA_${aspect.toUpperCase()}`,
      group: "DYNAMICS",
      requiredFor: "DYNAMIC_CLUSTER",
      description: msg("criteria.jica.description", { aspect: name }),
      measured,
      thresholdName: "jicaDynamicMean",
      comparison: "AT_LEAST",
      detail:
        measured === null
          ? msg("criteria.jica.noScores", { aspect: name, coverage })
          : msg("criteria.jica.detail", { mean: measured, printed: summary!.displayMean, min: summary!.min, max: summary!.max, coverage }),
      shortfall: ({ passed, threshold }) =>
        passed === true
          ? null
          : passed === false
            ? msg("criteria.jica.shortfall", { aspect: name, mean: measured, threshold })
            : msg("criteria.jica.undetermined", { aspect: name }),
    });
  });
}
