import { progressBar } from "../src/cli/progress-bar";
import type { Progress } from "../src/repositories/dataset.writer";

/** Progress of `npm run seed` for people, drawn by the shared progress bar (on stderr; stdout keeps the result). */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const bar = progressBar({ label: "seeding", stream, phaseWidth: 20, steps: 1 });
  return (collection, done, total) => bar.update(collection, done, total);
}
