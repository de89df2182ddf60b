import { Field, ObjectType, registerEnumType } from "type-graphql";
import { CONCENTRATION_BASES, type ClusterStage } from "../../domain/analytics/criteria";
import type { Text } from "../../i18n/message";
import { enumOf } from "../common/enums";
import { TextScalar } from "../common/text.scalar";
import { ClusterStageEnum } from "./analytics.enums";

export const ConcentrationBasisEnum = enumOf(CONCENTRATION_BASES);
registerEnumType(ConcentrationBasisEnum, {
  name: "ConcentrationBasis",
  description:
    "Which count of firms a concentration judgement rests on. RECORDED_FIRMS: the firms the sentra is recorded to have (its latest `firms` statistic; a sentra is one village or district, so they lie close together). SURVEYED_FIRMS: the core firms surveyed with coordinates within the radius, a sample that can show a sentra large enough but never too small.",
});

@ObjectType({ description: "A criterion the data cannot judge yet: it does not decide the stage, and this says what would settle it." })
export class UndeterminedCriterion {
  @Field({ description: "The criterion's id, as in `criteria`." })
  id!: string;

  @Field(() => ClusterStageEnum, { description: "The rung it holds back: the lowest stage that needs it passed." })
  requiredFor!: ClusterStage;

  @Field(() => TextScalar, { description: 'The data that would settle it, e.g. "the number of firms in the sentra" or "coordinates of the core firms".' })
  settledBy!: Text;
}
