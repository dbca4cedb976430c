/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32), so the same seed always yields the
 * same data. `Math.random` is never used by the seeder: it cannot be seeded, and a seeder that cannot repeat itself
 * makes a failing test or a screenshot impossible to reproduce.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Every number in `seeds` takes part, so `new Random(seed, customerNumber)` is a stream of its own. */
  constructor(...seeds: readonly number[]) {
    let h = 0x9e3779b9;
    for (const seed of seeds) h = splitmix32(h ^ Math.imul(seed | 0, 0x85ebca6b) ^ Math.floor(seed / 0x100000000));
    this.a = splitmix32(h);
    this.b = splitmix32(this.a);
    this.c = splitmix32(this.b);
    this.d = splitmix32(this.c) | 1;
    // the first outputs of sfc32 still carry the seed's structure: throw them away
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('invariant violated: Random.pick from an empty list');
    return item;
  }

  /** Picks a value with probability proportional to its weight: `weighted([['GOLD', 1], ['STANDARD', 9]])`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (last === undefined) throw new Error('invariant violated: Random.weighted from an empty list');
    return last[0];
  }

  /** An instant uniformly between `from` and `to` (`to` excluded), in whole seconds. */
  dateBetween(from: Date, to: Date): Date {
    const span = Math.max(0, to.getTime() - from.getTime());
    return new Date(from.getTime() + Math.floor((this.next() * span) / 1000) * 1000);
  }

  /** `count` decimal digits, leading zeros kept. */
  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(Math.floor(this.next() * 10));
    return out;
  }

  /** `count` distinct items of `items` (all of them when there are fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      const index = Math.floor(this.next() * pool.length);
      out.push(pool.splice(index, 1)[0] as T);
    }
    return out;
  }
}

function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
