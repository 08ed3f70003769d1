// Sampling "taps" of an affine warp: for every output pixel, the flat indices and weights of the
// input pixels it reads (nearest: 1 tap; bilinear: 4), computed once in double precision and
// cached. Applying them is a few index_select calls, several times faster than grid_sampler on the
// CPU, works on any dtype for nearest (uint8 masks and semantic labels directly), and gives one
// rounding rule for nearest sampling everywhere: the source coordinate rounded half to even, in
// float64 (grid_sampler rounds in float32, which can differ for pixels exactly half-way).
// Conventions as grid_sampler with align_corners false: pixel centres at i + 0.5, zeros outside.
import * as torch from '@must/torch';
import type { Affine } from './boxes';

type T = torch.Tensor;

export interface Taps {
  /** int32 flat input indices [outH * outW], one tensor per tap. */
  idx: T[];
  /** float32 weights [1, 1, outH, outW] per tap (bilinear, or nearest with some outside pixels). */
  wts: T[];
  /** Output pixels that read outside the input (bool [outH, outW]), or null when none do. */
  outside: T | null;
  /** Sum of the weights [1, 1, outH, outW] when some outputs read (partly) outside, else null. */
  coverage: T | null;
  outH: number;
  outW: number;
  /** Nearest sampling (weights 0/1). */
  nearest: boolean;
}

const CACHE = new Map<string, Taps>();
const CACHE_SIZE = 32;
const SEEN = new Map<string, number>();

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

export function tapsKey(inv: Affine, inH: number, inW: number, outH: number, outW: number, mode: 'nearest' | 'bilinear', device: string): string {
  return `${device}|${mode}|${inH}x${inW}>${outH}x${outW}|${inv.map((v) => v.toPrecision(15)).join(',')}`;
}

/** Counts uses of a transform key; true from its second use (or when its taps are cached). */
export function seenTwice(key: string): boolean {
  if (CACHE.has(key)) return true;
  const k = (SEEN.get(key) ?? 0) + 1;
  SEEN.delete(key);
  SEEN.set(key, k);
  while (SEEN.size > 1024) SEEN.delete(SEEN.keys().next().value as string);
  return k >= 2;
}

function buildTaps(inv: Affine, inH: number, inW: number, outH: number, outW: number, mode: 'nearest' | 'bilinear', device: string): Taps {
  const n = outH * outW;
  const k = mode === 'nearest' ? 1 : 4;
  const idx = Array.from({ length: k }, () => new Int32Array(n));
  const wts = Array.from({ length: k }, () => new Float32Array(n));
  const used = new Array<boolean>(k).fill(false);
  const cov = new Float32Array(n);
  const outside = new Uint8Array(n);
  let anyOutside = false;
  let partial = false;
  const [a, b, c, d, e, f] = inv;
  for (let i = 0; i < outH; i++) {
    for (let j = 0; j < outW; j++) {
      const p = i * outW + j;
      // input index coordinates (pixel centres at integers)
      const x = a * (j + 0.5) + b * (i + 0.5) + c - 0.5;
      const y = d * (j + 0.5) + e * (i + 0.5) + f - 0.5;
      if (k === 1) {
        const xi = roundHalfEven(x);
        const yi = roundHalfEven(y);
        if (xi >= 0 && xi < inW && yi >= 0 && yi < inH) {
          idx[0][p] = yi * inW + xi;
          wts[0][p] = 1;
          cov[p] = 1;
        } else {
          outside[p] = 1;
          anyOutside = true;
          partial = true;
        }
        continue;
      }
      const x0 = Math.floor(x);
      const y0 = Math.floor(y);
      const fx = x - x0;
      const fy = y - y0;
      const inX0 = x0 >= 0 && x0 < inW;
      const inX1 = x0 + 1 >= 0 && x0 + 1 < inW;
      const inY0 = y0 >= 0 && y0 < inH;
      const inY1 = y0 + 1 >= 0 && y0 + 1 < inH;
      let sum = 0;
      let wt = (1 - fx) * (1 - fy);
      if (inX0 && inY0 && wt !== 0) { idx[0][p] = y0 * inW + x0; wts[0][p] = wt; sum += wt; used[0] = true; }
      wt = fx * (1 - fy);
      if (inX1 && inY0 && wt !== 0) { idx[1][p] = y0 * inW + x0 + 1; wts[1][p] = wt; sum += wt; used[1] = true; }
      wt = (1 - fx) * fy;
      if (inX0 && inY1 && wt !== 0) { idx[2][p] = (y0 + 1) * inW + x0; wts[2][p] = wt; sum += wt; used[2] = true; }
      wt = fx * fy;
      if (inX1 && inY1 && wt !== 0) { idx[3][p] = (y0 + 1) * inW + x0 + 1; wts[3][p] = wt; sum += wt; used[3] = true; }
      cov[p] = sum;
      if (sum < 1 - 1e-6) partial = true;
      if (sum === 0) { outside[p] = 1; anyOutside = true; }
    }
  }
  // taps whose weight is zero everywhere (e.g. the second row of a horizontal shear) are dropped
  const keepTaps = k === 1 ? [0] : [0, 1, 2, 3].filter((t) => used[t]);
  if (keepTaps.length === 0) keepTaps.push(0);
  const keep = (t: T) => t.keep();
  return {
    idx: keepTaps.map((t) => keep(torch.tensor(idx[t], { device }))),
    wts: keepTaps.map((t) => keep(torch.tensor(wts[t], { shape: [1, 1, outH, outW], device }))),
    outside: anyOutside ? keep(torch.tensor(outside, { shape: [outH, outW], dtype: 'bool', device })) : null,
    coverage: partial ? keep(torch.tensor(cov, { shape: [1, 1, outH, outW], device })) : null,
    outH,
    outW,
    nearest: k === 1,
  };
}

export function disposeTaps(t: Taps): void {
  for (const x of [...t.idx, ...t.wts]) x.dispose();
  t.outside?.dispose();
  t.coverage?.dispose();
}

/**
 * The (cached) taps of an inverse affine map (output -> input). With cache false the taps are
 * built for one use: the caller frees them with disposeTaps.
 */
export function getTaps(inv: Affine, inH: number, inW: number, outH: number, outW: number, mode: 'nearest' | 'bilinear', device = 'cpu', cache = true): Taps {
  if (!cache) return buildTaps(inv, inH, inW, outH, outW, mode, device);
  const key = tapsKey(inv, inH, inW, outH, outW, mode, device);
  const hit = CACHE.get(key);
  if (hit && !hit.idx[0].isDisposed) {
    CACHE.delete(key);
    CACHE.set(key, hit);
    return hit;
  }
  const taps = buildTaps(inv, inH, inW, outH, outW, mode, device);
  CACHE.set(key, taps);
  while (CACHE.size > CACHE_SIZE) {
    const first = CACHE.keys().next().value as string;
    disposeTaps(CACHE.get(first)!);
    CACHE.delete(first);
  }
  return taps;
}

/** Frees the cached taps (e.g. before counting live tensors). */
export function clearSamplingCache(): void {
  for (const t of CACHE.values()) disposeTaps(t);
  CACHE.clear();
  SEEN.clear();
}

/**
 * Samples x [..., inH, inW] (any dtype for 1-tap nearest; float for bilinear) by taps into
 * [..., outH, outW]; `fill` (a number, or one per channel of dim -3) where the map reads outside.
 */
export function sampleTaps(x: T, taps: Taps, fill: number | readonly number[] = 0): T {
  return torch.tidy(() => {
    const sh = x.shape;
    const inHW = sh[sh.length - 2] * sh[sh.length - 1];
    const lead = sh.slice(0, -2);
    const flat = x.reshape([-1, inHW]);
    const outShape = [...lead, taps.outH, taps.outW];
    const zeroFill = typeof fill === 'number' ? fill === 0 : fill.every((v) => v === 0);
    if (taps.idx.length === 1 && taps.wts.length === 1 && taps.nearest) {
      let out = flat.indexSelect(1, taps.idx[0]).view(outShape);
      const floating = x.dtype === 'float32' || x.dtype === 'float64';
      if (taps.outside && floating && typeof fill === 'number') {
        // multiplying by the 0/1 weights is faster than masked_fill
        out.mul_(taps.wts[0].view([taps.outH, taps.outW]));
        if (fill !== 0) out.add_(taps.outside.to(x.dtype).mul_(fill));
      } else if (taps.outside) {
        if (typeof fill === 'number' || fill.every((v) => v === fill[0])) {
          out = out.maskedFill(taps.outside, typeof fill === 'number' ? fill : fill[0]);
        } else {
          const ft = torch.tensor(Float32Array.from(fill), { shape: [fill.length, 1, 1], device: x.device }).to(x.dtype);
          out = torch.where(taps.outside, ft, out);
        }
      }
      return out;
    }
    let out: T | null = null;
    taps.idx.forEach((ix, t) => {
      const g = flat.indexSelect(1, ix).view(outShape);
      const wt = taps.wts[t].view([taps.outH, taps.outW]);
      out = out === null ? g.mul_(wt) : out.addcmul_(g, wt);
    });
    const res = out!;
    if (taps.coverage && !zeroFill) {
      const fv = typeof fill === 'number' ? [fill] : [...fill];
      const ft = torch.tensor(Float32Array.from(fv), { shape: [fv.length, 1, 1], device: x.device });
      res.addcmul_(torch.rsub(taps.coverage.view([taps.outH, taps.outW]), 1), ft);
    }
    return res;
  });
}

/** Same-size warp of float images v [n, C, H, W] in place by taps. */
export function applyTapsInPlace(v: T, taps: Taps, fill: number | readonly number[] = 0): void {
  torch.tidy(() => { v.copy_(sampleTaps(v, taps, fill)); });
}
