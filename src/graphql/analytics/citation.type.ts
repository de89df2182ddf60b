import { Field, ObjectType } from "type-graphql";
import type { Message } from "../../i18n/message";
import { TextScalar } from "../common/text.scalar";

@ObjectType({
  description:
    "Where a threshold, criterion or seven-step title comes from, checkable: a seed document of the research (research/000 to research/004) and its section, with the document's own words verbatim (Indonesian, never translated) and their translation; or a work of the literature, named without a quote.",
})
export class Citation {
  @Field({ description: 'The document: "research/000" to "research/004", or the literature\'s own name.' })
  document!: string;

  @Field(() => String, { nullable: true, description: "The file in research/ that holds the document; null for literature outside it." })
  file!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The section, in the document\'s own numbering (e.g. "B.4", "A.2.a, Tabel 4"); null where none is cited.',
  })
  section!: string | null;

  @Field(() => String, { nullable: true, description: "The document's words, verbatim, as found in its text; null where the work is named without a quote." })
  quote!: string | null;

  @Field(() => TextScalar, {
    nullable: true,
    description: "The quote in the request's language (in Indonesian, a plain gloss of the older wording); null without a quote.",
  })
  translation!: Message | null;
}
