import { runBatches } from "../../src/repositories/batch-scheduler";

/** A batch of the test: its name, the keys it writes, and how long it runs. */
interface Batch {
  name: string;
  keys: string[];
  ms: number;
  fails?: boolean;
  /** Runs until this other batch has ended (as well as `ms`): an order that holds however slow the machine. */
  outlasts?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `batches` and records when each starts and ends, what ran at once and the progress reported. */
async function schedule(batches: Batch[], concurrency: number) {
  const events: string[] = [];
  const running = new Set<string>();
  const overlaps: string[][] = [];
  let most = 0;
  const done: number[] = [];
  const ended = new Map<string, () => void>();
  const endOf = new Map(batches.map((b) => [b.name, new Promise<void>((resolve) => ended.set(b.name, resolve))]));
  const outcome = runBatches(batches, {
    concurrency,
    keys: (batch) => batch.keys,
    run: async (batch) => {
      events.push(`start ${batch.name}`);
      running.add(batch.name);
      most = Math.max(most, running.size);
      overlaps.push([...running].sort());
      await sleep(batch.ms);
      if (batch.outlasts) await endOf.get(batch.outlasts);
      running.delete(batch.name);
      events.push(`end ${batch.name}`);
      ended.get(batch.name)!();
      if (batch.fails) throw new Error(`${batch.name} fails`);
    },
    onDone: (index) => done.push(index),
  });
  const result = await outcome.then(
    () => "ok",
    (error: Error) => error.message,
  );
  return { result, events, overlaps, most, done };
}

describe("runBatches", () => {
  it("runs at most `concurrency` batches at once, started in order, and reports them in order", async () => {
    const batches: Batch[] = [40, 5, 5, 5, 30, 5].map((ms, i) => ({ name: `b${i}`, keys: [`k${i}`], ms }));
    batches[0].outlasts = "b3";
    const { result, events, most, done } = await schedule(batches, 2);
    expect(result).toBe("ok");
    expect(most).toBe(2);
    expect(events.filter((e) => e.startsWith("start"))).toEqual(batches.map((b) => `start ${b.name}`));
    // b1 to b3 end before b0, yet progress comes in batch order.
    expect(events.indexOf("end b3")).toBeLessThan(events.indexOf("end b0"));
    expect(done).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("starts a batch only after every running batch sharing one of its keys has ended", async () => {
    const batches = [
      { name: "first", keys: ["a", "b"], ms: 30 },
      { name: "other", keys: ["c"], ms: 5 },
      { name: "again", keys: ["d", "b"], ms: 5 },
      { name: "free", keys: ["e"], ms: 5 },
    ];
    const { result, events, overlaps } = await schedule(batches, 4);
    expect(result).toBe("ok");
    expect(events.indexOf("start again")).toBeGreaterThan(events.indexOf("end first"));
    // "other" did not wait for "first"; "free" comes after "again" (batches start in order).
    expect(overlaps).toContainEqual(["first", "other"]);
    expect(events.indexOf("start free")).toBeGreaterThan(events.indexOf("start again"));
    for (const running of overlaps) expect(running.includes("first") && running.includes("again")).toBe(false);
  });

  it("runs one at a time with concurrency 1", async () => {
    const batches = [5, 1, 3].map((ms, i) => ({ name: `b${i}`, keys: [`k${i}`], ms }));
    const { events, most } = await schedule(batches, 1);
    expect(most).toBe(1);
    expect(events).toEqual(["start b0", "end b0", "start b1", "end b1", "start b2", "end b2"]);
  });

  it("on a failure starts no further batch, waits for the running ones and throws the first failure", async () => {
    const batches = [
      { name: "slow", keys: ["a"], ms: 40 },
      { name: "bad", keys: ["b"], ms: 5, fails: true },
      { name: "later", keys: ["c"], ms: 5 },
      { name: "last", keys: ["d"], ms: 5 },
    ];
    const { result, events, done } = await schedule(batches, 2);
    expect(result).toBe("bad fails");
    expect(events).toEqual(["start slow", "start bad", "end bad", "end slow"]);
    // The slow batch before the failure finished and is reported; nothing after it.
    expect(done).toEqual([0]);
  });

  it("throws the first failure in time when two running batches fail", async () => {
    const batches = [
      { name: "late", keys: ["a"], ms: 30, fails: true },
      { name: "early", keys: ["b"], ms: 5, fails: true },
    ];
    expect((await schedule(batches, 2)).result).toBe("early fails");
  });

  it("waits for the running batches when taking the next batch throws", async () => {
    let ended = false;
    function* batches() {
      yield { name: "runs", keys: ["a"], ms: 20 };
      throw new Error("bad record");
    }
    await expect(
      runBatches(batches(), {
        concurrency: 2,
        keys: (batch) => batch.keys,
        run: async (batch) => {
          await sleep(batch.ms);
          ended = true;
        },
      }),
    ).rejects.toThrow("bad record");
    expect(ended).toBe(true);
  });

  it("refuses a concurrency below one", async () => {
    await expect(runBatches([], { concurrency: 0, keys: () => [], run: async () => {} })).rejects.toThrow(RangeError);
  });
});
