import { msg } from "../../i18n/message";
import { criterion, judgeWithUnknowns, type Criterion, type CriterionContext } from "./criteria";
import { thresholdOrigin } from "./criterion-text";
import { coreMemberIds, latestRound, pairKey, sentraTies, share } from "./network-views";

/**
 * Horizontal cooperation as the survey measured it (research/001 Table 4): the share of core firms
 * that cooperate with same-type firms, among those with data. The survey asks each firm yes or no,
 * not with whom, so a tie between two firms is at most consistent with both firms' answers: who
 * cooperates with whom is recorded (or, in the seed, reconstructed), not surveyed. A firm counts as
 * cooperating when it answered yes or holds a horizontal tie; the largest web of ties is reported,
 * not judged.
 */
export function horizontalCooperation(ctx: CriterionContext): Criterion {
  const core = coreMemberIds(ctx.network);
  const round = latestRound(ctx.network);
  const answers = new Map((round?.responses ?? []).filter((r) => r.question === "SAME_TYPE" && core.has(r.actorId)).map((r) => [r.actorId, r.cooperates]));
  const ties = sentraTies(ctx.network).filter((t) => t.type === "HORIZONTAL_COOPERATION" && t.fromId !== t.toId && core.has(t.fromId) && core.has(t.toId));
  const pairs = new Map(ties.map((t) => [pairKey(t.fromId, t.toId), [t.fromId, t.toId] as const]));
  const tied = new Set([...pairs.values()].flat());

  const saidYes = [...core].filter((id) => answers.get(id) === true);
  const tiedOnly = [...tied].filter((id) => answers.get(id) !== true);
  const saidNo = [...core].filter((id) => answers.get(id) === false && !tied.has(id));
  const noData = core.size - saidYes.length - tiedOnly.length - saidNo.length;
  const cooperating = saidYes.length + tiedOnly.length;
  const withData = cooperating + saidNo.length;
  const measured = share(cooperating, withData);
  const yesAnswers = ([a, b]: readonly [string, string]) => Number(answers.get(a) === true) + Number(answers.get(b) === true);
  const backedPairs = [...pairs.values()].filter((pair) => yesAnswers(pair) === 2).length;
  const halfBackedPairs = [...pairs.values()].filter((pair) => yesAnswers(pair) === 1).length;
  const web = ctx.cooperation.horizontal.metrics;

  const firms = msg("criteria.horizontal.firms", {
    cooperating,
    withData,
    share: measured,
    yes: saidYes.length,
    tiedOnly: tiedOnly.length,
    no: saidNo.length,
    noData,
    core: core.size,
  });
  const pairsText = round
    ? msg("criteria.horizontal.pairs", {
        pairs: pairs.size,
        backed: backedPairs,
        halfBacked: halfBackedPairs,
        unbacked: pairs.size - backedPairs - halfBackedPairs,
      })
    : msg("criteria.horizontal.pairsNoSurvey", { pairs: pairs.size });
  const webText = msg("criteria.horizontal.web", {
    largest: web.components.largestSize,
    core: web.nodeCount,
    groups: web.components.count,
    density: web.density,
  });
  return criterion(ctx, {
    id: "HORIZONTAL_COOPERATION",
    group: "LINKAGE",
    requiredFor: "CLUSTER",
    description: msg("criteria.horizontal.description"),
    measured,
    thresholdName: "horizontalCooperationShare",
    comparison: "AT_LEAST",
    // The firms without data could at best all cooperate.
    passed: (threshold) => judgeWithUnknowns(measured, share(cooperating + noData, withData + noData), threshold),
    detail: msg("criteria.horizontal.detail", { firms, pairs: pairsText, web: webText }),
    shortfall: ({ passed, threshold }) =>
      passed === true
        ? null
        : passed === false
          ? msg("criteria.horizontal.shortfall", {
              cooperating,
              withData,
              share: measured,
              threshold,
              origin: thresholdOrigin("horizontalCooperationShare", threshold),
            })
          : msg("criteria.horizontal.undetermined", { noData, core: core.size }),
    settledBy: msg("criteria.horizontal.settledBy", { noData }),
  });
}
