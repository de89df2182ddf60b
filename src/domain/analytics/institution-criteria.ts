import { msg } from "../../i18n/message";
import { ASSISTANCE_ROLES, LINKAGES_BY_QUESTION } from "../vocabulary";
import { criterion, judgeWithUnknowns, type Criterion, type CriterionContext } from "./criteria";
import { answeredBy, coreMemberIds, latestRound, sentraTies, share } from "./network-views";

const SUPPORTING_TYPES = LINKAGES_BY_QUESTION.SUPPORTING;

/**
 * Institutions inside the web (Porter; research/000 B.2 says they stay 'di luar', outside, the
 * sentra): seen from the firms, from the institutions, and as the FKAK's formal LPT/PKE agreements.
 */
export function institutionCriteria(ctx: CriterionContext): Criterion[] {
  return [coreServed(ctx), institutionsTied(ctx), assistanceUnderAgreement(ctx)];
}

function coreServed(ctx: CriterionContext): Criterion {
  const core = coreMemberIds(ctx.network);
  const served = new Set(
    sentraTies(ctx.network)
      .filter((t) => SUPPORTING_TYPES.includes(t.type))
      .flatMap((t) => [t.fromId, t.toId])
      .filter((id) => core.has(id)),
  );
  const answered = answeredBy(latestRound(ctx.network), ["SUPPORTING"]);
  const silent = [...core].filter((id) => !served.has(id) && !answered.has(id)).length;
  const measured = share(served.size, core.size);
  return criterion(ctx, {
    id: "CORE_SERVED_BY_INSTITUTIONS",
    group: "INSTITUTIONS",
    requiredFor: "CLUSTER",
    description: msg("criteria.coreServed.description"),
    measured,
    thresholdName: "coreServedShare",
    comparison: "AT_LEAST",
    // Silent members could at best all be served.
    passed: (threshold) => judgeWithUnknowns(measured, share(served.size + silent, core.size), threshold),
    detail: msg("criteria.coreServed.detail", { served: served.size, core: core.size, answered: answered.size, silent }),
    shortfall: ({ passed, threshold }) =>
      passed === true
        ? null
        : passed === false
          ? msg("criteria.coreServed.shortfall", { served: served.size, core: core.size, share: measured, threshold })
          : msg("criteria.coreServed.undetermined", { silent, core: core.size }),
  });
}

function institutionsTied(ctx: CriterionContext): Criterion {
  const core = coreMemberIds(ctx.network);
  const institutions = ctx.network.actors.filter((a) => a.roles.includes("SUPPORTING_INSTITUTION") && !core.has(a.id));
  const ties = sentraTies(ctx.network);
  const tied = institutions.filter((i) => ties.some((t) => (t.fromId === i.id && core.has(t.toId)) || (t.toId === i.id && core.has(t.fromId))));
  const outside = institutions.filter((i) => !tied.includes(i)).map((i) => i.name);
  const counts = { tied: tied.length, institutions: institutions.length };
  return criterion(ctx, {
    id: "INSTITUTIONS_TIED_TO_CORE",
    group: "INSTITUTIONS",
    requiredFor: "CLUSTER",
    description: msg("criteria.institutionsTied.description"),
    measured: share(tied.length, institutions.length),
    thresholdName: "institutionsTiedShare",
    comparison: "AT_LEAST",
    detail: outside.length ? msg("criteria.institutionsTied.detailOutside", { ...counts, outside }) : msg("criteria.institutionsTied.detail", counts),
    shortfall: ({ passed }) =>
      passed === true
        ? null
        : passed === false
          ? msg("criteria.institutionsTied.shortfall", { outside: outside.length, institutions: institutions.length })
          : msg("criteria.institutionsTied.undetermined"),
  });
}

function assistanceUnderAgreement(ctx: CriterionContext): Criterion {
  const fkakIds = new Set(ctx.network.forums.filter((f) => f.kind === "FKAK").map((f) => f.id));
  const agreements = ctx.network.agreements.filter((a) => fkakIds.has(a.forumId));
  const engaged = ASSISTANCE_ROLES.filter((role) => agreements.some((a) => a.providerRole === role));
  const lacking = ASSISTANCE_ROLES.filter((role) => !engaged.includes(role));
  const periods = agreements.map((a) =>
    a.endDate === null
      ? msg("criteria.assistance.periodOpen", { role: a.providerRole, start: a.startDate })
      : msg("criteria.assistance.period", { role: a.providerRole, start: a.startDate, end: a.endDate }),
  );
  return criterion(ctx, {
    id: "ASSISTANCE_UNDER_AGREEMENT",
    group: "INSTITUTIONS",
    requiredFor: "CLUSTER",
    description: msg("criteria.assistance.description"),
    measured: engaged.length,
    thresholdName: "assistanceRolesUnderAgreement",
    absenceSettledBy: msg("verdict.settledBy.agreements"),
    comparison: "AT_LEAST",
    detail:
      fkakIds.size === 0
        ? msg("criteria.assistance.noFkak")
        : periods.length === 0
          ? msg("criteria.assistance.noAgreements")
          : msg("criteria.assistance.agreements", { periods }),
    shortfall: ({ passed }) => (passed ? null : msg("criteria.assistance.shortfall", { lacking })),
  });
}
