import { ArgsType, Field } from "type-graphql";
import { Language } from "./text.scalar";

/** The `lang` argument of the fields whose answers carry texts (analyses, partners, communities, drawings). */
@ArgsType()
export class LanguageArgs {
  @Field(() => Language, {
    nullable: true,
    description:
      "The language of every text in the answer: EN or ID. It wins over the Accept-Language header and applies to the whole request (two fields asking for different languages are refused).",
  })
  lang?: Language | null;
}
