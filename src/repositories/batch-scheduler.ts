/** How to run the batches of one statement (see runBatches). */
export interface BatchRun<B> {
  /** Batches running at once, at most. */
  concurrency: number;
  /** What a batch writes (the ids of its rows): batches sharing a key never run at once. */
  keys: (batch: B) => Iterable<string>;
  run: (batch: B) => Promise<void>;
  /** Called with each batch's index once it and every batch before it have finished: in order. */
  onDone?: (index: number) => void;
}

/**
 * Runs batches up to `concurrency` at once, started in their order, leaving what running them one
 * after another would: a batch starts only once every running batch that shares one of its keys
 * has finished, so a key's later row is still written after its earlier one. Batches are taken
 * from `batches` only when they are about to start, so a lazy iterable holds a few at a time.
 *
 * On the first failure (of a batch, of `keys`, of `onDone` or of the iterable itself) no further
 * batch starts; the running ones are waited for, then that failure is thrown.
 */
export async function runBatches<B>(batches: Iterable<B>, { concurrency, keys, run, onDone = () => {} }: BatchRun<B>): Promise<void> {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a whole number from 1, got ${concurrency}`);
  // Running batches never reject (their failure is recorded instead), so waiting on them is safe.
  const running = new Set<Promise<void>>();
  const holderOf = new Map<string, Promise<void>>();
  const finished = new Set<number>();
  let reported = 0;
  let failure: { error: unknown } | undefined;
  const fail = (error: unknown) => {
    failure ??= { error };
  };
  const reportInOrder = () => {
    while (finished.delete(reported)) {
      onDone(reported);
      reported += 1;
    }
  };

  try {
    let index = 0;
    for (const batch of batches) {
      const own = new Set(keys(batch));
      const conflicts = new Set<Promise<void>>();
      for (const key of own) {
        const holder = holderOf.get(key);
        if (holder) conflicts.add(holder);
      }
      await Promise.all(conflicts);
      while (running.size >= concurrency) await Promise.race(running);
      if (failure) break;

      const current = index;
      index += 1;
      const task: Promise<void> = (async () => run(batch))()
        .then(() => {
          finished.add(current);
          reportInOrder();
        })
        .catch(fail)
        .finally(() => {
          running.delete(task);
          for (const key of own) if (holderOf.get(key) === task) holderOf.delete(key);
        });
      running.add(task);
      for (const key of own) holderOf.set(key, task);
    }
  } catch (error) {
    fail(error);
  }
  await Promise.all(running);
  if (failure) throw failure.error;
}
