/**
 * The one text progress bar of the commands (seed, import, generate, export and restore), on stderr
 * so that stdout keeps the result. On a terminal one line is redrawn in place; in a file or a log a
 * line is printed at each `steps`-th of a phase and at its end, so a log stays short but shows progress.
 */
export interface ProgressBar {
  /** Shows `done` of `total` in `phase`; `detail` follows the counts (a time, say). */
  update(phase: string, done: number, total: number, detail?: string): void;
  /** Ends the current line (on a terminal) or prints the last state (in a log) if not printed yet. */
  finish(): void;
}

export interface ProgressBarOptions {
  /** The word in front of every line: "importing", "seeding", "exported". */
  label: string;
  stream?: NodeJS.WriteStream;
  /** Characters between the brackets; 0 draws no bar, only counts. */
  width?: number;
  /** Padding of the phase name, so that the bars of successive phases line up. */
  phaseWidth?: number;
  /** Lines per phase in a log (besides its end). */
  steps?: number;
}

/** `[#####-----]`: `share` (0..1) of `width` filled. */
export function barOf(share: number, width: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, share)) * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
}

export function progressBar({ label, stream = process.stderr, width = 30, phaseWidth = 14, steps = 10 }: ProgressBarOptions): ProgressBar {
  let phase: string | undefined;
  let line = "";
  let printed = "";
  let step = -1;
  let drawn = 0; // length of the line on the terminal, to blank what a shorter one leaves

  const finish = () => {
    if (!line) return;
    if (stream.isTTY) stream.write("\n");
    else if (printed !== line) stream.write(`${line}\n`);
    line = "";
    drawn = 0;
  };

  const update = (next: string, done: number, total: number, detail?: string) => {
    if (next !== phase) {
      finish();
      phase = next;
      step = -1;
    }
    const share = total === 0 ? 1 : done / total;
    const bar = width > 0 ? ` ${barOf(share, width)}` : "";
    line = `${label} ${next.padEnd(phaseWidth)}${bar} ${String(done).padStart(6)}/${total}${detail ? ` ${detail}` : ""}`;
    if (stream.isTTY) {
      stream.write(`\r${line.padEnd(drawn)}`);
      drawn = line.length;
      if (done >= total) finish();
      return;
    }
    const reached = Math.floor(Math.min(1, share) * steps);
    if (reached !== step || done >= total) {
      step = reached;
      if (printed !== line) stream.write(`${line}\n`);
      printed = line;
      if (done >= total) line = "";
    }
  };

  return { update, finish };
}
