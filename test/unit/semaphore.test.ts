import { Semaphore } from "../../src/db/semaphore";

describe("Semaphore", () => {
  it("runs at most its permits at once and the rest in arrival order, also after a failure", async () => {
    const semaphore = new Semaphore(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (id: number) =>
      semaphore.use(async () => {
        started.push(id);
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        if (id === 1) throw new Error("task 1 fails");
        return id;
      });
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map(task));
    expect(most).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    // Every permit came back: two more run together at once.
    running = 0;
    most = 0;
    await Promise.all([task(6), task(7)]);
    expect(most).toBe(2);
  });
});
