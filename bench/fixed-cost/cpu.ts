import fs from "node:fs";

/** CPU time (user and system) a process has used so far in ms, from /proc; NaN when unreadable. */
export function processCpuMs(pid: number): number {
  try {
    // Fields 14 and 15 (utime, stime) in clock ticks, after the command name in parentheses.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Wraps `work` so that the CPU time of this process spent in each call (calls one at a time) is added up. */
export function cpuCounted(work: (i: number) => Promise<unknown>) {
  const counted = { ms: 0, calls: 0 };
  const run = async (i: number) => {
    const before = process.cpuUsage();
    await work(i);
    const used = process.cpuUsage(before);
    counted.ms += (used.user + used.system) / 1000;
    counted.calls += 1;
  };
  return { run, counted };
}
