import { ArgsType, Field, ID } from "type-graphql";
import { msg } from "../../i18n/message";
import { badInput } from "../errors";
import type { ActorKind, Intensity, LinkageType, SentraRole, SurveyQuestion } from "../../domain/vocabulary";
import { PageArgs } from "../common/connection";
import { ActorKindEnum, IntensityEnum, LinkageTypeEnum, SentraRoleEnum, SurveyQuestionEnum } from "../common/enums";

@ArgsType()
export class SentraListArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Only sentra whose name, product or sector, KBLI code or KBLI title (in English or Indonesian, of the code or its division), or the name of whose region or of any region above it (village, district, regency, province), contains this text, ignoring case and surrounding spaces (at most 200 characters): "Pati" finds the sentra of Kabupaten Pati, "metal" or "logam" those of the metal sector, "243" the casting sentra.',
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

/** The longest search text a sentra search takes: longer than any name, product or region name. */
export const MAX_SEARCH_LENGTH = 200;

/** A sentra search's text, refused when longer than any stored name could be. */
export function checkedSearch(text: string | null | undefined): string | undefined {
  if (text === null || text === undefined) return undefined;
  if (text.length > MAX_SEARCH_LENGTH)
    throw badInput("nameContains", msg("errors.textTooLong", { field: "nameContains", max: MAX_SEARCH_LENGTH, length: text.length }));
  return text;
}
