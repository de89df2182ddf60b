import { msg } from "../../i18n/message";
import { answersTo } from "./active-cooperation";
import { criterion, judgeWithUnknowns, type Criterion, type CriterionContext } from "./criteria";
import { thresholdOrigin } from "./criterion-text";
import { coreMemberIds, latestRound, pairKey, sentraTies, share } from "./network-views";

/**
 * Horizontal cooperation as the survey measured it (research/001 Table 4): where the latest round
 * has same-type answers, the share of core firms that answered yes among those that answered (the
 * research's own figure: Tegal 17 of 19, Pati 13 of 17, Ceper 4 of 12). A core firm that did not
 * answer is no data, whatever ties it holds: the survey asks each firm yes or no, not with whom, so
 * who cooperates with whom is recorded (or, in the seed, reconstructed), not surveyed, and the detail
 * says how many firms without an answer hold such a tie. Without survey answers, the recorded
 * horizontal ties decide: a firm holding one cooperates, the others are no data. The largest web of
 * ties is reported, not judged.
 */
export function horizontalCooperation(ctx: CriterionContext): Criterion {
  const core = coreMemberIds(ctx.network);
  const round = latestRound(ctx.network);
  const answers = new Map([...answersTo(round, "SAME_TYPE")].filter(([id]) => core.has(id)).map(([id, r]) => [id, r.cooperates]));
  const ties = sentraTies(ctx.network).filter((t) => t.type === "HORIZONTAL_COOPERATION" && t.fromId !== t.toId && core.has(t.fromId) && core.has(t.toId));
  const pairs = new Map(ties.map((t) => [pairKey(t.fromId, t.toId), [t.fromId, t.toId] as const]));
  const tied = new Set([...pairs.values()].flat());
  const surveyed = round !== null && answers.size > 0;

  // With survey answers: yes among those that answered; without: a recorded tie.
  const cooperating = surveyed ? [...answers.values()].filter(Boolean).length : tied.size;
  const withData = surveyed ? answers.size : tied.size;
  const noDataIds = [...core].filter((id) => (surveyed ? !answers.has(id) : !tied.has(id)));
  const noData = noDataIds.length;
  const measured = share(cooperating, withData);
  const yesAnswers = ([a, b]: readonly [string, string]) => Number(answers.get(a) === true) + Number(answers.get(b) === true);
  const backedPairs = [...pairs.values()].filter((pair) => yesAnswers(pair) === 2).length;
  const halfBackedPairs = [...pairs.values()].filter((pair) => yesAnswers(pair) === 1).length;
  const web = ctx.cooperation.horizontal.metrics;

  const firms = surveyed
    ? msg(noData > 0 ? "criteria.horizontal.firmsSurvey" : "criteria.horizontal.firmsSurveyAll", {
        yes: cooperating,
        answered: withData,
        share: measured,
        no: withData - cooperating,
        round: round.name || round.roundId,
        noData,
        core: core.size,
        tiedNoData: noDataIds.filter((id) => tied.has(id)).length,
      })
    : msg("criteria.horizontal.firmsNoSurvey", { tied: cooperating, core: core.size, noData });
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
          : msg(surveyed ? "criteria.horizontal.undetermined" : "criteria.horizontal.undeterminedNoSurvey", { noData, core: core.size }),
    settledBy: msg("criteria.horizontal.settledBy", { noData }),
  });
}
