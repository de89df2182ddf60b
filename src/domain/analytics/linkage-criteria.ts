import { msg } from "../../i18n/message";
import { SURVEY_QUESTIONS } from "../vocabulary";
import { activeCooperation } from "./active-cooperation";
import { criterion, judgeWithUnknowns, type Criterion, type CriterionContext } from "./criteria";
import { horizontalCooperation } from "./horizontal-cooperation";
import { answeredBy, coreMemberIds, latestRound, sentraTies, share } from "./network-views";

/** Linkage: are the firms linked, do they cooperate with same-type firms, actively, with specialised partners? */
export function linkageCriteria(ctx: CriterionContext): Criterion[] {
  return [linkedCoreFirms(ctx), horizontalCooperation(ctx), activeCooperation(ctx), specialisation(ctx)];
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
    description: msg("criteria.linked.description"),
    measured,
    thresholdName: "linkedCoreShare",
    comparison: "AT_LEAST",
    // Silent members could at best all hold a tie.
    passed: (threshold) => judgeWithUnknowns(measured, share(linked + silent, core.size), threshold),
    detail: msg("criteria.linked.detail", { linked, core: core.size, silent }),
    shortfall: ({ passed }) =>
      passed === true
        ? null
        : passed === false
          ? msg("criteria.linked.shortfall", { linked, core: core.size })
          : msg("criteria.linked.undetermined", { silent, core: core.size }),
  });
}

function specialisation(ctx: CriterionContext): Criterion {
  const stage = ctx.valueChain.stages.find((s) => s.stage === "SUPPORTING_AND_RELATED_INDUSTRY")!;
  const linked = stage.actors.filter((a) => a.status === "LINKED");
  const state =
    stage.status === "MISSING"
      ? msg("criteria.specialisation.none")
      : linked.length === 0
        ? msg("criteria.specialisation.untied", { recorded: stage.actors.length })
        : msg("criteria.specialisation.tied", { recorded: stage.actors.length, linked: linked.length, names: linked.map((a) => a.name) });
  return criterion(ctx, {
    id: "SPECIALISATION",
    group: "LINKAGE",
    requiredFor: "CLUSTER",
    description: msg("criteria.specialisation.description"),
    measured: linked.length,
    thresholdName: "linkedSupportingIndustries",
    absenceSettledBy: msg("verdict.settledBy.supportingIndustries"),
    comparison: "AT_LEAST",
    detail: state,
    shortfall: ({ passed }) =>
      passed ? null : msg(coreMemberIds(ctx.network).size === 0 ? "criteria.specialisation.shortfallNoCore" : "criteria.specialisation.shortfall", { state }),
  });
}
