import { msg, type Message } from "../../i18n/message";
import { criterion, type ConcentrationBasis, type ConcentrationMeasure, type Criterion, type CriterionContext } from "./criteria";
import { DEFAULT_THRESHOLDS } from "./thresholds";
import type { RegionLevel } from "../vocabulary";

/** Region levels small enough that a sentra placed there has its firms close together. */
const CLOSE_LEVELS: readonly RegionLevel[] = ["VILLAGE", "DISTRICT"];

/** The count of the sentra's own firms Simpul has: a recorded statistic, else only the survey's sample. */
export function firmCountBasis(c: ConcentrationMeasure): ConcentrationBasis {
  return c.recordedFirms === null ? "SURVEYED_FIRMS" : "RECORDED_FIRMS";
}

/**
 * Concentration: same-type firms located close together (Bappenas's second key element), judged
 * per line (a sentra's, a cluster's). A survey samples a sentra's firms, so surveyed firms at or
 * above the line show it met, but below it they cannot show the sentra too small: then the firms
 * the sentra is recorded to have decide, and without such a record the criterion is undetermined.
 * A recorded count says how many, not how close: at or above the line it passes on its own only
 * where the sentra's region is a village or district (its firms lie close together); placed at a
 * regency, a city or above (or at an unrecorded level), it is undetermined until the firms'
 * coordinates (or a surveyed sample that reaches the line) show them close. Below the line it
 * fails wherever the sentra lies. A recorded count below the core firms already surveyed is
 * inconsistent: the larger count is used, and the detail says so.
 */
export function concentrationCriteria(ctx: CriterionContext): Criterion[] {
  return [
    concentration(ctx, { id: "SENTRA_CONCENTRATION", requiredFor: "SENTRA", thresholdName: "sentraMinFirms" }),
    concentration(ctx, { id: "CLUSTER_CONCENTRATION", requiredFor: "CLUSTER", thresholdName: "clusterMinFirms" }),
  ];
}

interface Spec {
  id: string;
  requiredFor: "SENTRA" | "CLUSTER";
  thresholdName: "sentraMinFirms" | "clusterMinFirms";
}

interface Judgement {
  basis: ConcentrationBasis;
  measured: number | null;
  passed: boolean | null;
  detail: Message;
  shortfall: Message | null;
  settledBy?: Message;
}

function judgeConcentration(c: ConcentrationMeasure, minimum: number, radius: number, stage: Message): Judgement {
  const sameRadius = Math.abs(c.radiusKm - radius) < 1e-9;
  const surveyed = sameRadius && c.withCoordinates > 0 ? c.maxWithinRadius : null;
  const survey = !sameRadius
    ? msg("concentration.survey.otherRadius", { measuredKm: c.radiusKm, radiusKm: radius, placed: c.withCoordinates, core: c.coreFirms })
    : surveyed === null
      ? msg("concentration.survey.unplaced", { core: c.coreFirms })
      : msg("concentration.survey.within", { within: surveyed, radiusKm: radius, placed: c.withCoordinates, core: c.coreFirms });
  if (surveyed !== null && surveyed >= minimum) {
    return { basis: "SURVEYED_FIRMS", measured: surveyed, passed: true, detail: msg("concentration.detail.surveyed", { survey }), shortfall: null };
  }
  if (c.recordedFirms !== null) {
    // A recorded count below the core firms already surveyed is inconsistent: the larger is used.
    const firms = Math.max(c.recordedFirms, c.coreFirms);
    const year = String(c.recordedYear);
    const recorded =
      c.recordedFirms < c.coreFirms
        ? msg("concentration.recordedBelowSurvey", { recordedFirms: c.recordedFirms, year, core: c.coreFirms })
        : msg("concentration.recorded", { firms, year });
    if (firms < minimum) {
      return {
        basis: "RECORDED_FIRMS",
        measured: firms,
        passed: false,
        detail: msg("concentration.detail.recorded", { recorded, survey }),
        shortfall: msg("concentration.shortfall.recorded", { firms, minimum, stage }),
      };
    }
    const level = c.regionLevel ?? null;
    const close = level !== null && CLOSE_LEVELS.includes(level);
    const place =
      level === null
        ? msg("concentration.place.unknown", { radiusKm: radius })
        : msg(close ? "concentration.place.close" : "concentration.place.wide", { level: msg(`concentration.level.${level}`), radiusKm: radius });
    return {
      basis: "RECORDED_FIRMS",
      measured: firms,
      passed: close ? true : null,
      detail: msg("concentration.detail.recordedPlaced", { recorded, place, survey }),
      shortfall: close ? null : msg("concentration.shortfall.notClose", { firms, minimum, stage, radiusKm: radius }),
      settledBy: close ? undefined : msg("verdict.settledBy.firmCoordinates", { radiusKm: radius }),
    };
  }
  const settledBy = !sameRadius
    ? msg("verdict.settledBy.firmCountOrRecompute", { radiusKm: radius })
    : surveyed === null
      ? msg("verdict.settledBy.firmCountOrCoordinates")
      : msg("verdict.settledBy.firmCount");
  return {
    basis: "SURVEYED_FIRMS",
    measured: surveyed,
    passed: null,
    detail: msg("concentration.detail.sampleOnly", { survey }),
    shortfall:
      surveyed === null
        ? msg("concentration.shortfall.unplaced")
        : msg("concentration.shortfall.sampleOnly", { within: surveyed, radiusKm: radius, minimum, stage }),
    settledBy,
  };
}

function concentration(ctx: CriterionContext, spec: Spec): Criterion {
  const minimum = ctx.thresholds[spec.thresholdName];
  const radius = ctx.thresholds.concentrationRadiusKm;
  const stage = msg(`verdict.stage.${spec.requiredFor}`);
  const judged = judgeConcentration(ctx.concentration, minimum, radius, stage);
  return criterion(ctx, {
    id: spec.id,
    group: "CONCENTRATION",
    requiredFor: spec.requiredFor,
    description: msg("concentration.description", { minimum, radiusKm: radius, stage }),
    measured: judged.measured,
    thresholdName: spec.thresholdName,
    comparison: "AT_LEAST",
    passed: () => judged.passed,
    // The verdict rests on two thresholds: the number of firms and the radius they must lie within.
    source: msg("concentration.source", { firms: DEFAULT_THRESHOLDS[spec.thresholdName].source, radius: DEFAULT_THRESHOLDS.concentrationRadiusKm.source }),
    citations: [...new Set([...DEFAULT_THRESHOLDS[spec.thresholdName].citations, ...DEFAULT_THRESHOLDS.concentrationRadiusKm.citations])],
    detail: msg("concentration.detail.basis", { basis: msg(`concentration.basis.${judged.basis}`), detail: judged.detail }),
    shortfall: () => judged.shortfall,
    settledBy: judged.settledBy,
    basis: judged.basis,
  });
}
