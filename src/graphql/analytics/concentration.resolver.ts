import { FieldResolver, Resolver, Root } from "type-graphql";
import { firmCountBasis } from "../../domain/analytics/concentration-criteria";
import type { ConcentrationBasis, ConcentrationMeasure } from "../../domain/analytics/criteria";
import { Concentration } from "./analysis.type";
import { ConcentrationBasisEnum } from "./undetermined.type";

@Resolver(() => Concentration)
export class ConcentrationResolver {
  @FieldResolver(() => ConcentrationBasisEnum, {
    description:
      "The count of the sentra's own firms Simpul has: RECORDED_FIRMS when a `firms` statistic is recorded, else SURVEYED_FIRMS (only the survey's sample). Each concentration criterion's `basis` says which count it used.",
  })
  basis(@Root() concentration: ConcentrationMeasure): ConcentrationBasis {
    return firmCountBasis(concentration);
  }
}
