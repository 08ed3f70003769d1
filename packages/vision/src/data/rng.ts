// A small seeded PRNG (xoshiro128**, seeded by splitmix32 over a list of integer keys). Used for
// synthetic scenes (one stream per (seed, split, index)), the loader's shuffling and the random
// stream each transform gets per (seed, epoch, index). Deterministic across platforms and runs.

/** splitmix32 finalizer: a 32-bit integer hash. */
export function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Hashes a list of integers (any JavaScript numbers; non-integers are truncated) to 32 bits. */
export function hashKeys(keys: readonly number[]): number {
  let h = 0x243f6a88;
  for (const k of keys) {
    const lo = k | 0;
    const hi = Math.floor(k / 4294967296) | 0; // keys above 2^32 still differ
    h = mix32(h ^ mix32(lo));
    if (hi !== 0 && hi !== -1) h = mix32(h ^ mix32(hi ^ 0x5bd1e995));
  }
  return h;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A stream determined by the keys, e.g. `new Rng(seed, index)`. */
  constructor(...keys: number[]) {
    let s = hashKeys(keys);
    s = mix32(s); this.a = s | 0;
    s = mix32(s ^ 0x1b873593); this.b = s | 0;
    s = mix32(s ^ 0xcc9e2d51); this.c = s | 0;
    s = mix32(s ^ 0xe6546b64); this.d = s | 0;
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** A uniform 32-bit unsigned integer. */
  nextU32(): number {
    const r = Math.imul(rotl(Math.imul(this.b, 5), 7), 9);
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return r >>> 0;
  }
  /** Uniform in [0, 1) with 32 bits of resolution. */
  next(): number {
    return this.nextU32() / 4294967296;
  }
  /** Uniform in [lo, hi). */
  uniform(lo = 0, hi = 1): number {
    return lo + (hi - lo) * this.next();
  }
  /** Uniform integer in [lo, hi) (hi exclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo));
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length)];
  }
  /** Fisher-Yates shuffle in place. */
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = this.int(0, i + 1);
      const t = xs[i]; xs[i] = xs[j]; xs[j] = t;
    }
    return xs;
  }
  /** A 32-bit seed derived from this stream (for seeding another generator). */
  seed(): number {
    return this.nextU32();
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A permutation of 0..n-1 determined by the keys. */
export function permutation(n: number, ...keys: number[]): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  const r = new Rng(...keys);
  for (let i = n - 1; i > 0; i--) {
    const j = r.int(0, i + 1);
    const t = p[i]; p[i] = p[j]; p[j] = t;
  }
  return p;
}
