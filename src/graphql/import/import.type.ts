import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Text } from "../../i18n/message";
import { enumOf } from "../common/enums";
import { TextScalar } from "../common/text.scalar";

export const SurveyImportFormatEnum = enumOf(["CSV", "JSON"] as const);
registerEnumType(SurveyImportFormatEnum, { name: "SurveyImportFormat", description: "The text format of a survey upload (seed/import/README.md)." });

export const SurveyImportFileEnum = enumOf(["FIRMS", "LINKAGES"] as const);
registerEnumType(SurveyImportFileEnum, { name: "SurveyImportFile", description: "Which part of a survey upload a problem is in." });

@ArgsType()
export class ImportSurveyArgs {
  @Field(() => ID, { description: "The survey round the answers and scores belong to; it must exist." })
  roundId!: string;

  @Field(() => SurveyImportFormatEnum, { defaultValue: "CSV", description: "CSV text, or JSON (an array of firm rows, or { firms, linkages })." })
  format!: "CSV" | "JSON";

  @Field(() => String, { description: "The firms file: one row a firm, as in seed/import/README.md." })
  firms!: string;

  @Field(() => String, { nullable: true, description: "The linkages file, in the same format as `firms`." })
  linkages?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The uploaded file\'s name, for the audit trail: the Change records of the import say "import:<fileName>" ("import:upload" without one).',
  })
  fileName?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "Validate only and write nothing." })
  dryRun!: boolean;
}

@ObjectType({ description: "One bad row, cell or file of a survey upload." })
export class SurveyImportProblem {
  @Field(() => SurveyImportFileEnum, { description: "The firms file or the linkages file." })
  file!: "FIRMS" | "LINKAGES";

  @Field(() => Int, { description: "The CSV line the row starts on (header = 1), or the row's 1-based position in a JSON array; 0 for the upload as a whole." })
  line!: number;

  @Field(() => String, { nullable: true, description: "The column at fault, when one is." })
  column!: string | null;

  @Field(() => TextScalar, { description: "What is wrong, naming the rule and the bad value, in the request's language." })
  reason!: Text;
}

@ObjectType({ description: "What a survey upload did: every problem (then nothing was written) or the counts written." })
export class SurveyImportResult {
  @Field({ description: "True when the upload was written (all of it, in one transaction)." })
  written!: boolean;

  @Field(() => [SurveyImportProblem], { description: "Every bad row, cell or file, in file order; empty when the upload is valid." })
  problems!: SurveyImportProblem[];

  @Field(() => Int, { description: "Firm rows that are valid." })
  firms!: number;

  @Field(() => Int, { description: "Observations (answers and scores) the valid rows make." })
  observations!: number;

  @Field(() => Int, { description: "Linkages that are valid." })
  linkages!: number;

  @Field(() => [ID], { description: "The sentra the upload touches; their stored metrics are recomputed after a write." })
  sentraIds!: string[];
}
