import { msg, type Message } from "../../i18n/message";
import { criterion, type ConcentrationBasis, type ConcentrationMeasure, type Criterion, type CriterionContext } from "./criteria";
import { DEFAULT_THRESHOLDS } from "./thresholds";

/** The count of the sentra's own firms Simpul has: a recorded statistic, else only the survey's sample. */
export function firmCountBasis(c: ConcentrationMeasure): ConcentrationBasis {
  return c.recordedFirms === null ? "SURVEYED_FIRMS" : "RECORDED_FIRMS";
}

/**
 * Concentration: same-type firms located close together (Bappenas's second key element), judged
 * per line (a sentra's, a cluster's). A survey samples a sentra's firms, so surveyed firms at or
 * above the line show it met, but below it they cannot show the sentra too small: then the firms
 * the sentra is recorded to have decide (a sentra is one village or district, so they lie close
 * together), and without such a record the criterion is undetermined.
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
    const recorded = msg("concentration.recorded", { firms: c.recordedFirms, year: String(c.recordedYear) });
    const passed = c.recordedFirms >= minimum;
    return {
      basis: "RECORDED_FIRMS",
      measured: c.recordedFirms,
      passed,
      detail: msg("concentration.detail.recorded", { recorded, survey }),
      shortfall: passed ? null : msg("concentration.shortfall.recorded", { firms: c.recordedFirms, minimum, stage }),
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
