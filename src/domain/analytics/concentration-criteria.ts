import { criterion, judgeWithUnknowns, type Criterion, type CriterionContext } from "./criteria";
import { DEFAULT_THRESHOLDS } from "./thresholds";

/**
 * Concentration: same-type firms located close together (Bappenas's second key element). Firms
 * without coordinates cannot be placed: if they could tip a failure into a pass, the verdict is
 * null rather than a failure.
 */
export function concentrationCriteria(ctx: CriterionContext): Criterion[] {
  return [
    concentration(ctx, { id: "SENTRA_CONCENTRATION", requiredFor: "SENTRA", thresholdName: "sentraMinFirms", what: "a sentra" }),
    concentration(ctx, { id: "CLUSTER_CONCENTRATION", requiredFor: "CLUSTER", thresholdName: "clusterMinFirms", what: "a cluster" }),
  ];
}

interface Spec {
  id: string;
  requiredFor: Criterion["requiredFor"];
  thresholdName: "sentraMinFirms" | "clusterMinFirms";
  what: string;
}

function concentration(ctx: CriterionContext, spec: Spec): Criterion {
  const c = ctx.concentration;
  const minimum = ctx.thresholds[spec.thresholdName];
  const radius = ctx.thresholds.concentrationRadiusKm;
  const unplaced = Math.max(0, c.coreFirms - c.withCoordinates);
  const sameRadius = Math.abs(c.radiusKm - radius) < 1e-9;
  const measured = c.withCoordinates === 0 ? null : c.maxWithinRadius;
  const coverage = `${c.withCoordinates} of ${c.coreFirms} core firms have coordinates`;
  const detail = !sameRadius
    ? `Measured within ${c.radiusKm} km, but the threshold asks for ${radius} km: recompute the concentration at ${radius} km. ${coverage}.`
    : measured === null
      ? `No core firm has coordinates (${c.coreFirms} core firms).`
      : `At most ${measured} core firms lie within ${radius} km of one core firm; ${coverage}.`;
  return criterion(ctx, {
    id: spec.id,
    group: "CONCENTRATION",
    requiredFor: spec.requiredFor,
    description: `At least ${minimum} core firms within ${radius} km of one another (${spec.what}).`,
    measured,
    thresholdName: spec.thresholdName,
    comparison: "AT_LEAST",
    // A count taken at another radius answers another question, so it is not judged at all.
    passed: (threshold) => (sameRadius ? judgeWithUnknowns(measured, measured === null ? null : measured + unplaced, threshold) : null),
    // The verdict rests on two thresholds: the number of firms and the radius they must lie within.
    source: `${DEFAULT_THRESHOLDS[spec.thresholdName].source} Radius: ${DEFAULT_THRESHOLDS.concentrationRadiusKm.source}`,
    detail,
    shortfall: ({ passed }) =>
      passed === true
        ? null
        : passed === false
          ? `too few firms close together: at most ${measured} core firms within ${radius} km, ${minimum} needed for ${spec.what}.`
          : `concentration cannot be judged: ${detail}`,
  });
}
