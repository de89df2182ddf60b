import { Args, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { msg } from "../../i18n/message";
import { badInput } from "../errors";
import { importData } from "./import.data";
import { ImportSurveyArgs, SurveyImportResult } from "./import.type";

/** The largest upload the mutation takes (firms and linkages text together); bigger files go through `npm run import`. */
export const MAX_SURVEY_UPLOAD_BYTES = 256 * 1024;

@Resolver()
export class SurveyImportResolver {
  @Authorized("ADMIN")
  @Mutation(() => SurveyImportResult, {
    description:
      "Imports a small survey upload (at most 256 KiB of CSV or JSON text) into a round, with the same validation as `npm run import`: " +
      "when any row is bad, `problems` lists each with its line, column and reason and nothing is written; otherwise everything is " +
      "written in one transaction and the affected sentra's stored metrics are recomputed.",
  })
  async importSurvey(@Args() args: ImportSurveyArgs, @Ctx() { data, caller }: Context): Promise<SurveyImportResult> {
    const bytes = Buffer.byteLength(args.firms, "utf8") + Buffer.byteLength(args.linkages ?? "", "utf8");
    if (bytes > MAX_SURVEY_UPLOAD_BYTES) {
      throw badInput("firms", msg("errors.uploadTooLarge", { bytes, max: MAX_SURVEY_UPLOAD_BYTES }));
    }
    if (args.fileName != null && (args.fileName.length === 0 || args.fileName.length > 200))
      throw badInput("fileName", msg("errors.fileNameLength", { length: args.fileName.length }));
    const format = args.format === "JSON" ? "json" : "csv";
    const result = await data
      .of(importData)
      .importSurvey(args.roundId, { format, firms: args.firms, ...(args.linkages != null ? { linkages: args.linkages } : {}) }, args.dryRun, {
        keyId: caller?.keyId ?? null,
        name: caller?.name ?? "system",
        via: `import:${args.fileName ?? "upload"}`,
      });
    return { ...result, problems: result.problems.map((p) => ({ ...p, file: p.file === "firms" ? "FIRMS" : "LINKAGES" })) };
  }
}
