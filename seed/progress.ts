import type { Progress } from "../src/repositories/dataset.writer";

/**
 * Progress for people: one line rewritten in place on a terminal, one line per collection
 * when output goes to a file or a log.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stdout): Progress {
  let current = "";
  return (collection, done, total) => {
    const line = `seeding ${collection.padEnd(20)} ${String(done).padStart(5)}/${total}`;
    if (stream.isTTY) {
      stream.write(`\r${line}`);
      if (done === total) stream.write("\n");
    } else if (done === total && collection !== current) {
      stream.write(`${line}\n`);
    }
    if (done === total) current = collection;
  };
}
