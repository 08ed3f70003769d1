// A small seedable PRNG for every random choice an augmentation makes. Results depend only on the
// seed (never on torch's global generator, the device or the thread), so a pipeline run with
// `new Rng(k)` is reproducible. Pixel noise is drawn here too and copied to a tensor, which keeps
// it identical on CPU and CUDA.
//
// Generator: xoshiro128** (Blackman & Vigna), state seeded through splitmix32. Doubles take 53 bits
// from two outputs. Distributions: uniform, integers (unbiased), normal (Box-Muller), gamma
// (Marsaglia-Tsang), beta, Dirichlet, Poisson (Knuth below 12, PTRS above, as NumPy).
import * as torch from '@must/torch';

/** Anything that seeds an Rng: an integer (any size), a bigint or a string (hashed). */
export type Seed = number | bigint | string;

function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a over the UTF-16 code units, then mixed: a 32-bit hash of a string. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function seedWords(seed: Seed): number[] {
  if (typeof seed === 'string') return [hashString(seed), hashString(`${seed}\u0001`)];
  let b = typeof seed === 'bigint' ? seed : BigInt(Math.trunc(seed));
  if (b < 0n) b = -b * 2n + 1n;
  const words: number[] = [];
  do {
    words.push(Number(b & 0xffffffffn));
    b >>= 32n;
  } while (b > 0n);
  return words;
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

const TWO_PI = 2 * Math.PI;

/** Seedable pseudo-random generator (xoshiro128**). */
export class Rng {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;

  constructor(seed: Seed = 0) {
    const st = { s: 0 };
    for (const w of seedWords(seed)) {
      st.s = (st.s ^ w) | 0;
      st.s = splitmix32(st) | 0;
    }
    this.s0 = splitmix32(st);
    this.s1 = splitmix32(st);
    this.s2 = splitmix32(st);
    this.s3 = splitmix32(st);
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.s1 << 9) >>> 0;
    this.s2 = (this.s2 ^ this.s0) >>> 0;
    this.s3 = (this.s3 ^ this.s1) >>> 0;
    this.s1 = (this.s1 ^ this.s2) >>> 0;
    this.s0 = (this.s0 ^ this.s3) >>> 0;
    this.s2 = (this.s2 ^ t) >>> 0;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform double in [0, 1) with 53 random bits. */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** Uniform in [low, high). */
  uniform(low = 0, high = 1): number {
    return low + (high - low) * this.random();
  }

  /** Integer uniform in [low, high) (like numpy/torch randint), unbiased. */
  randint(low: number, high: number): number {
    const n = high - low;
    if (!(n >= 1) || !Number.isInteger(n)) throw new RangeError(`randint: empty or non-integer range [${low}, ${high})`);
    if (n <= 0x100000000) {
      // Lemire-style rejection on 32 bits.
      const limit = 0x100000000 - (0x100000000 % n);
      let x = this.nextUint32();
      while (x >= limit) x = this.nextUint32();
      return low + (x % n);
    }
    return low + Math.floor(this.random() * n);
  }

  /** True with probability p. */
  bool(p = 0.5): boolean {
    return this.random() < p;
  }

  /** Normal(mean, std) by Box-Muller (one draw per call, two uniforms). */
  normal(mean = 0, std = 1): number {
    let u = this.random();
    while (u <= 0) u = this.random();
    const v = this.random();
    return mean + std * Math.sqrt(-2 * Math.log(u)) * Math.cos(TWO_PI * v);
  }

  /** Gamma(shape, 1) by Marsaglia-Tsang (shape < 1 via the u^(1/shape) boost). */
  gamma(shape: number): number {
    if (!(shape > 0)) throw new RangeError(`gamma: shape must be positive, got ${shape}`);
    if (shape < 1) {
      let u = this.random();
      while (u <= 0) u = this.random();
      return this.gamma(shape + 1) * Math.pow(u, 1 / shape);
    }
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.random();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /** Beta(a, b) from two gammas. */
  beta(a: number, b: number): number {
    const x = this.gamma(a);
    const y = this.gamma(b);
    return x / (x + y);
  }

  /** Dirichlet(alphas): a probability vector. */
  dirichlet(alphas: number[]): number[] {
    const g = alphas.map((a) => this.gamma(a));
    const s = g.reduce((p, q) => p + q, 0);
    return g.map((x) => x / s);
  }

  /** Poisson(lam): Knuth's product method below 12, PTRS (Hormann 1993) above, as NumPy. */
  poisson(lam: number): number {
    if (lam <= 0) return 0;
    if (lam < 12) {
      const l = Math.exp(-lam);
      let k = 0;
      let p = this.random();
      while (p > l) {
        k++;
        p *= this.random();
      }
      return k;
    }
    const slam = Math.sqrt(lam);
    const loglam = Math.log(lam);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.random() - 0.5;
      const v = this.random();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor((2 * a / us + b) * u + lam + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lam + k * loglam - lgamma(k + 1)) return k;
    }
  }

  /** A uniformly chosen element. */
  choice<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('choice: empty list');
    return items[this.randint(0, items.length)];
  }

  /** Shuffles in place (Fisher-Yates) and returns the array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.randint(0, i + 1);
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }

  /** A random permutation of 0..n-1. */
  permutation(n: number): number[] {
    return this.shuffle(Array.from({ length: n }, (_, i) => i));
  }

  /** k distinct indices of 0..n-1, in random order. */
  sample(n: number, k: number): number[] {
    if (k > n) throw new RangeError(`sample: cannot take ${k} of ${n}`);
    return this.permutation(n).slice(0, k);
  }

  /** A new generator seeded from this one's stream (an independent sub-stream). */
  fork(): Rng {
    return new Rng((BigInt(this.nextUint32()) << 32n) | BigInt(this.nextUint32()));
  }

  /** A 31-bit integer seed drawn from this stream (for code that wants a plain seed). */
  seed(): number {
    return this.nextUint32() >>> 1;
  }

  /** The generator's state (4 uint32), to restore with setState. */
  getState(): number[] {
    return [this.s0, this.s1, this.s2, this.s3];
  }

  setState(state: readonly number[]): this {
    if (state.length !== 4) throw new RangeError('setState: expected 4 words');
    [this.s0, this.s1, this.s2, this.s3] = state.map((x) => x >>> 0);
    return this;
  }

  /** A copy with the same state. */
  clone(): Rng {
    return new Rng(0).setState(this.getState());
  }

  // ---- arrays and tensors of draws ----

  /** n uniforms in [low, high) as a Float32Array. */
  uniformArray(n: number, low = 0, high = 1): Float32Array {
    const out = new Float32Array(n);
    const span = high - low;
    for (let i = 0; i < n; i++) out[i] = low + span * this.random();
    return out;
  }

  /** n standard normals (Box-Muller, both outputs used) times std plus mean, as a Float32Array. */
  normalArray(n: number, mean = 0, std = 1): Float32Array {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i += 2) {
      let u = this.random();
      while (u <= 0) u = this.random();
      const v = this.random();
      const r = Math.sqrt(-2 * Math.log(u));
      out[i] = mean + std * r * Math.cos(TWO_PI * v);
      if (i + 1 < n) out[i + 1] = mean + std * r * Math.sin(TWO_PI * v);
    }
    return out;
  }

  /** Uniform [low, high) tensor (float32) of a shape on a device. */
  rand(shape: number[], opts: { low?: number; high?: number; device?: string } = {}): torch.Tensor {
    const n = shape.reduce((a, b) => a * b, 1);
    return toDevice(torch.tensor(this.uniformArray(n, opts.low ?? 0, opts.high ?? 1), { shape }), opts.device);
  }

  /** Normal tensor (float32) of a shape on a device. */
  randn(shape: number[], opts: { mean?: number; std?: number; device?: string } = {}): torch.Tensor {
    const n = shape.reduce((a, b) => a * b, 1);
    return toDevice(torch.tensor(this.normalArray(n, opts.mean ?? 0, opts.std ?? 1), { shape }), opts.device);
  }
}

function toDevice(t: torch.Tensor, device?: string): torch.Tensor {
  if (!device || device === 'cpu') return t;
  const out = t.to({ device });
  t.dispose();
  return out;
}

// log Gamma by the Lanczos approximation (g = 7, 9 terms), accurate to ~1e-15 for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
function lgamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  x -= 1;
  let a = LANCZOS[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (x + i);
  return 0.5 * Math.log(TWO_PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Any generator of uint32s (e.g. the data loader's per-sample stream in data/rng.ts). */
export interface Uint32Source {
  nextU32?(): number;
  nextUint32?(): number;
}

/**
 * An Rng from a seed, the Rng itself, or one seeded by two draws of another generator that has
 * nextU32() / nextUint32() (so a loader's per-sample stream drives the augmentations).
 */
export function toRng(r: Rng | Seed | Uint32Source | undefined): Rng {
  if (r instanceof Rng) return r;
  if (r !== null && typeof r === 'object') {
    const src = r as Uint32Source;
    const draw = src.nextUint32 ? () => src.nextUint32!() : src.nextU32 ? () => src.nextU32!() : null;
    if (!draw) throw new TypeError('toRng: expected an Rng, a seed, or an object with nextU32()');
    return new Rng((BigInt(draw() >>> 0) << 32n) | BigInt(draw() >>> 0));
  }
  return new Rng(r ?? 0);
}
