import type { SurveyImportText } from "../../import/validate";
import type { ChangeAuthor } from "../../repositories/write/audit";
import { importSurvey } from "../../services/survey-import.service";
import type { DataModule } from "../common/request-data";

export const importData = ((db) => ({
  /** Validates a survey upload and, unless a dry run or a row is bad, writes it in one transaction. */
  importSurvey: (roundId: string, text: SurveyImportText, dryRun: boolean, by: ChangeAuthor) => importSurvey(db, roundId, text, { dryRun, by }),
})) satisfies DataModule<unknown>;
