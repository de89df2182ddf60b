import { ASSISTANCE_ROLES, LINKAGES_BY_QUESTION } from "../vocabulary";
import { criterion, fixed, judgeWithUnknowns, type Criterion, type CriterionContext } from "./criteria";
import { answeredBy, coreMemberIds, latestRound, sentraTies, share } from "./network-views";

const SUPPORTING_TYPES = LINKAGES_BY_QUESTION.SUPPORTING;
const OUTSIDE = "supporting institutions are outside the network";

/**
 * Institutions inside the web (Porter; research/000 B.2 says they stay "outside" the sentra):
 * seen from the firms, from the institutions, and as the FKAK's formal LPT/PKE agreements.
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
    description: "Share of core firms tied to a supporting institution (finance, technical or economic assistance, promotion, certification).",
    measured,
    thresholdName: "coreServedShare",
    comparison: "AT_LEAST",
    // Silent members could at best all be served.
    passed: (threshold) => judgeWithUnknowns(measured, share(served.size + silent, core.size), threshold),
    detail: `${served.size} of ${core.size} core firms are served; ${answered.size} answered the supporting-institutions question; ${silent} have neither a tie nor an answer.`,
    shortfall: ({ passed, threshold }) =>
      passed === true
        ? null
        : passed === false
          ? `${OUTSIDE}: only ${served.size} of ${core.size} core firms are tied to any of them (${fixed(measured)}, needs ${fixed(threshold)}).`
          : `whether institutions serve the firms cannot be judged: ${silent} of ${core.size} core firms have neither a tie nor an answer.`,
  });
}

function institutionsTied(ctx: CriterionContext): Criterion {
  const core = coreMemberIds(ctx.network);
  const institutions = ctx.network.actors.filter((a) => a.roles.includes("SUPPORTING_INSTITUTION") && !core.has(a.id));
  const ties = sentraTies(ctx.network);
  const tied = institutions.filter((i) => ties.some((t) => (t.fromId === i.id && core.has(t.toId)) || (t.toId === i.id && core.has(t.fromId))));
  const outside = institutions.filter((i) => !tied.includes(i)).map((i) => i.name);
  return criterion(ctx, {
    id: "INSTITUTIONS_TIED_TO_CORE",
    group: "INSTITUTIONS",
    requiredFor: "CLUSTER",
    description: "Share of the sentra's supporting institutions tied to at least one core firm.",
    measured: share(tied.length, institutions.length),
    thresholdName: "institutionsTiedShare",
    comparison: "AT_LEAST",
    detail: `${tied.length} of ${institutions.length} supporting institutions are tied to a core firm${outside.length ? `; not tied: ${outside.join(", ")}` : ""}.`,
    shortfall: ({ passed }) =>
      passed === true
        ? null
        : passed === false
          ? `${OUTSIDE}: ${outside.length} of ${institutions.length} of the sentra's supporting institutions have no tie to any core firm.`
          : "no supporting institution is recorded for the sentra.",
  });
}

function assistanceUnderAgreement(ctx: CriterionContext): Criterion {
  const fkakIds = new Set(ctx.network.forums.filter((f) => f.kind === "FKAK").map((f) => f.id));
  const agreements = ctx.network.agreements.filter((a) => fkakIds.has(a.forumId));
  const engaged = ASSISTANCE_ROLES.filter((role) => agreements.some((a) => a.providerRole === role));
  const lacking = ASSISTANCE_ROLES.filter((role) => !engaged.includes(role));
  const periods = agreements.map((a) => `${a.providerRole} ${a.startDate} to ${a.endDate ?? "open"}`);
  return criterion(ctx, {
    id: "ASSISTANCE_UNDER_AGREEMENT",
    group: "INSTITUTIONS",
    requiredFor: "CLUSTER",
    description: "Assistance roles (LPT, PKE) engaged by the FKAK under a formal B2B agreement.",
    measured: engaged.length,
    thresholdName: "assistanceRolesUnderAgreement",
    comparison: "AT_LEAST",
    detail:
      fkakIds.size === 0 ? "No FKAK is recorded, so no agreement can exist." : `Agreements with the FKAK: ${periods.length ? periods.join("; ") : "none"}.`,
    shortfall: ({ passed }) =>
      passed ? null : `${OUTSIDE}: the institutions serve single firms, not the cluster; no ${lacking.join(" or ")} works for the FKAK under an agreement.`,
  });
}
