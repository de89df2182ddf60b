import fs from "node:fs";
import path from "node:path";
import { msg, type Message } from "../i18n/message";

/**
 * Where a file the manifest names lies, if it stays inside the backup folder: a relative name with
 * no `..` segment whose real path (symbolic links followed) is inside the folder's real path.
 * Otherwise the refusal, so a manifest cannot make restore read another backup or any other file.
 */
export function fileInBackup(dir: string, name: string): { file: string } | { refused: Message } {
  const segments = name.split(/[\\/]/);
  if (name === "" || name.includes("\0") || path.isAbsolute(name) || path.win32.isAbsolute(name) || segments.includes("..")) {
    return { refused: msg("errors.backupFileOutside", { name, dir }) };
  }
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) return { file };
  const real = fs.realpathSync(file);
  if (!isInside(fs.realpathSync(dir), real)) return { refused: msg("errors.backupFileLinksOutside", { name, target: real, dir }) };
  return { file: real };
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== "" && !relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative);
}
