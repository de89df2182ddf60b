import type { BackupProgress } from "../services/backup.service";

/**
 * Progress of an export or restore on stderr (stdout keeps the one-line result): one line
 * rewritten in place on a terminal; in a file or a log, a line at each tenth of a phase and at its end.
 */
export function backupProgress(verb: string, stream: NodeJS.WriteStream = process.stderr): BackupProgress & { finish(): void } {
  let phase = "";
  let line = "";
  let written = "";
  let tenth = -1;
  const finish = () => {
    if (!line) return;
    if (stream.isTTY) stream.write("\n");
    else if (written !== line) stream.write(`${line}\n`);
    line = "";
  };
  const report: BackupProgress = (next, done, total) => {
    if (next !== phase) {
      finish();
      phase = next;
      tenth = -1;
    }
    line = `${verb} ${next.padEnd(13)} ${String(done).padStart(9)}/${total}`;
    if (stream.isTTY) {
      stream.write(`\r${line}`);
      return;
    }
    const reached = total > 0 ? Math.floor((10 * done) / total) : 10;
    if (reached !== tenth) {
      tenth = reached;
      stream.write(`${line}\n`);
      written = line;
    }
  };
  return Object.assign(report, { finish });
}
