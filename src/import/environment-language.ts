import type { Lang } from "../i18n/message";

/**
 * The language a command-line run writes its problems in: Indonesian when the locale of the shell
 * says so (LC_ALL, LC_MESSAGES or LANG starting with id or in, e.g. id_ID.UTF-8), else English.
 */
export function languageOfEnvironment(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^(id|in)([_.@-]|$)/i.test(locale) ? "id" : "en";
}
