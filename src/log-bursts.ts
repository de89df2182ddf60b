/**
 * One event repeated by every request (Neo4j lost, transactions stopped at their timeout) would
 * write a line with a stack per request: thousands a minute during an outage. The first of a burst
 * is logged in full; the rest within `windowMs` become one line counting them at the window's end.
 */
export class BurstLog {
  private windowEnds = 0;
  private suppressed = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  record(logInFull: () => void, logCount: (count: number, windowMs: number) => void): void {
    const now = this.now();
    if (now >= this.windowEnds && this.timer === undefined) {
      this.windowEnds = now + this.windowMs;
      logInFull();
      return;
    }
    this.suppressed += 1;
    this.timer ??= setTimeout(
      () => {
        const count = this.suppressed;
        this.suppressed = 0;
        this.timer = undefined;
        this.windowEnds = this.now() + this.windowMs;
        logCount(count, this.windowMs);
      },
      Math.max(0, this.windowEnds - now),
    ).unref();
  }
}
