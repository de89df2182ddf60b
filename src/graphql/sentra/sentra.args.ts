import { ArgsType, Field, ID } from "type-graphql";
import type { ActorKind, Intensity, LinkageType, SentraRole, SurveyQuestion } from "../../domain/vocabulary";
import { PageArgs } from "../common/connection";
import { ActorKindEnum, IntensityEnum, LinkageTypeEnum, SentraRoleEnum, SurveyQuestionEnum } from "../common/enums";

@ArgsType()
export class SentraListArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Only sentra whose name, product or sector, or the name of whose region or of any region above it (village, district, regency, province), contains this text, ignoring case: "Pati" finds the sentra of Kabupaten Pati, "metal" those of the metal sector.',
  })
  nameContains?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only sentra that are (true) or are not (false) a designated leading industry." })
  unggulan?: boolean | null;
}

@ArgsType()
export class SentraQueryArgs extends SentraListArgs {
  @Field(() => ID, { nullable: true, description: "Only sentra in this region or below it." })
  regionId?: string | null;
}

@ArgsType()
export class MemberArgs extends PageArgs {
  @Field(() => [SentraRoleEnum], { nullable: true, description: "Only members playing one of these roles." })
  roles?: SentraRole[] | null;

  @Field(() => [ActorKindEnum], { nullable: true, description: "Only members of these kinds." })
  kinds?: ActorKind[] | null;
}

@ArgsType()
export class SentraLinkageArgs extends PageArgs {
  @Field(() => [LinkageTypeEnum], { nullable: true, description: "Only ties of these types." })
  types?: LinkageType[] | null;

  @Field(() => [IntensityEnum], { nullable: true, description: "Only ties of these intensities (ties with no recorded intensity never match)." })
  intensities?: Intensity[] | null;
}

@ArgsType()
export class SentraObservationArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only observations of this survey round." })
  roundId?: string | null;
}

@ArgsType()
export class SentraResponseArgs extends SentraObservationArgs {
  @Field(() => [SurveyQuestionEnum], { nullable: true, description: "Only answers to these questions." })
  questions?: SurveyQuestion[] | null;
}
