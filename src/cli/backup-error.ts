import { render } from "../i18n/render";
import { languageOfEnvironment } from "../import/environment-language";
import { BackupError } from "../services/backup.service";

/** A backup refusal in the language of the shell (LANG=id_ID.UTF-8 reads Indonesian); other errors as they are. */
export function inShellLanguage(error: unknown): unknown {
  return error instanceof BackupError ? new Error(render(error.text, languageOfEnvironment())) : error;
}
