/** At most `permits` callers run `use` at once; the others wait in arrival order. */
export class Semaphore {
  private readonly waiting: Array<() => void> = [];

  constructor(private permits: number) {}

  async use<T>(work: () => Promise<T>): Promise<T> {
    if (this.permits > 0) this.permits -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // Hand the permit straight to the next in line, or give it back.
      const next = this.waiting.shift();
      if (next) next();
      else this.permits += 1;
    }
  }
}
