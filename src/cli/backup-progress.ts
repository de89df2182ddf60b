import type { BackupProgress } from "../services/backup.service";
import { progressBar } from "./progress-bar";

/**
 * Progress of an export or restore on stderr (stdout keeps the one-line result), as the shared
 * progress bar draws it: counts only (phases have no total worth a bar), a line a tenth in a log.
 */
export function backupProgress(verb: string, stream: NodeJS.WriteStream = process.stderr): BackupProgress & { finish(): void } {
  const bar = progressBar({ label: verb, stream, width: 0, phaseWidth: 13 });
  const report: BackupProgress = (phase, done, total) => bar.update(phase, done, total);
  return Object.assign(report, { finish: bar.finish });
}
