/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32), so that a synthetic
 * network is the same, byte for byte, for the same seed on every machine. Not for secrets.
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i += 1) this.next();
  }

  /** A uniform number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Pareto with minimum 1 and tail index `alpha`: heavy-tailed weights (a few hubs). */
  pareto(alpha: number): number {
    return Math.pow(1 - this.next(), -1 / alpha);
  }

  /** Log-normal with the given median and spread (sigma of the log). */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** A derived generator for an independent stream (same seed and label: same stream). */
  fork(label: number): Prng {
    return new Prng((Math.imul(this.int(0, 0x7fffffff), 31) ^ Math.imul(label + 1, 0x9e3779b1)) >>> 0);
  }
}

/** Picks indices with probability proportional to weights, by binary search over the running sums. */
export class WeightedPicker {
  private readonly sums: Float64Array;
  readonly total: number;

  constructor(weights: ArrayLike<number>) {
    this.sums = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i += 1) {
      total += weights[i];
      this.sums[i] = total;
    }
    this.total = total;
  }

  get size(): number {
    return this.sums.length;
  }

  pick(rng: Prng): number {
    const target = rng.next() * this.total;
    let lo = 0;
    let hi = this.sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sums[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
