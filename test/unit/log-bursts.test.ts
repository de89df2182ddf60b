import { BurstLog } from "../../src/log-bursts";

describe("BurstLog", () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  it("logs the first of a burst in full and the rest as one count per window, then in full again after a quiet window", () => {
    const lines: string[] = [];
    const burst = new BurstLog(10_000);
    const event = () =>
      burst.record(
        () => lines.push("full"),
        (count, windowMs) => lines.push(`${count} more in ${windowMs} ms`),
      );

    for (let i = 0; i < 500; i++) event(); // an outage: every request fails at once
    expect(lines).toEqual(["full"]);

    jest.advanceTimersByTime(10_000);
    expect(lines).toEqual(["full", "499 more in 10000 ms"]);

    jest.advanceTimersByTime(2_000);
    for (let i = 0; i < 30; i++) event(); // the outage goes on: still counted, not in full
    jest.advanceTimersByTime(8_000);
    expect(lines).toEqual(["full", "499 more in 10000 ms", "30 more in 10000 ms"]);

    jest.advanceTimersByTime(60_000); // quiet; the next failure starts a new burst
    event();
    expect(lines).toEqual(["full", "499 more in 10000 ms", "30 more in 10000 ms", "full"]);
  });

  it("logs single events far apart in full each time", () => {
    const lines: string[] = [];
    const burst = new BurstLog(1_000);
    for (let i = 0; i < 3; i++) {
      burst.record(
        () => lines.push("full"),
        () => lines.push("count"),
      );
      jest.advanceTimersByTime(5_000);
    }
    expect(lines).toEqual(["full", "full", "full"]);
  });
});
