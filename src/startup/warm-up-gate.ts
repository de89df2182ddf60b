/**
 * Admission while Simpul warms up: at most `limit` client requests run at once, the others wait
 * in arrival order; `open()` lets every waiting and later request through at once. A cold Neo4j
 * given 16 requests at once plans and reads for all of them and lets most time out; given two at
 * a time it answers each quickly.
 */
export class WarmUpGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private opened = false;

  constructor(private readonly limit: number) {}

  get isOpen(): boolean {
    return this.opened;
  }

  /** Requests waiting for their turn now. */
  get queued(): number {
    return this.waiting.length;
  }

  async admit<T>(work: () => Promise<T>): Promise<T> {
    if (this.opened) return work();
    if (this.running < this.limit) this.running += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // Hand the place straight to the next in line, so none can slip past the queue.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  open(): void {
    this.opened = true;
    for (const release of this.waiting.splice(0)) {
      this.running += 1;
      release();
    }
  }
}
