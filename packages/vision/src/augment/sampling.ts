// Sampling "taps" of an affine warp: for every output pixel, the flat indices and weights of the
// input pixels it reads (nearest: 1 tap; bilinear: up to 4), computed once in double precision and
// cached. Applying them is a few index_select calls, several times faster than grid_sampler on the
// CPU, works on any dtype for nearest (uint8 masks and semantic labels directly), and gives one
// rounding rule for nearest sampling everywhere: the source coordinate rounded half to even, in
// float64 (grid_sampler rounds in float32, which can differ for pixels exactly half-way). The taps
// are computed with tensor ops on the device.
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
  /** int64 input indices with inH * inW where the map reads outside (nearest; built on first use by fillIndex). */
  idxFill?: T;
}

const CACHE = new Map<string, Taps>();
// at most 32 transforms and 128 MiB of taps
const CACHE_SIZE = 32;
const CACHE_BYTES = 128 * 2 ** 20;
let cacheBytes = 0;
const SEEN = new Map<string, number>();

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

/**
 * The taps, computed with tensor ops in float64 on the device (vectorized, so cheap for large
 * images and on CUDA). Source coordinates are evaluated in the order ((a (j + .5) + b (i + .5)) + c)
 * - .5, nearest rounds half to even (torch.round).
 */
function buildTaps(inv: Affine, inH: number, inW: number, outH: number, outW: number, mode: 'nearest' | 'bilinear', device: string): Taps {
  const [a, b, c, d, e, f] = inv;
  return torch.tidy(() => {
    const jj = torch.arange(outW, { dtype: 'float64', device }).add_(0.5).view([1, outW]);
    const ii = torch.arange(outH, { dtype: 'float64', device }).add_(0.5).view([outH, 1]);
    const x = jj.mul(a).add(ii.mul(b)).add_(c).sub_(0.5);
    const y = jj.mul(d).add(ii.mul(e)).add_(f).sub_(0.5);
    const inside = (xs: torch.Tensor, ys: torch.Tensor) => xs.ge(0).logicalAnd_(xs.lt(inW)).logicalAnd_(ys.ge(0)).logicalAnd_(ys.lt(inH));
    const flatIdx = (xs: torch.Tensor, ys: torch.Tensor, ok: torch.Tensor) => torch.where(ok, ys.mul(inW).add_(xs), 0).to('int32').reshape([-1]);
    if (mode === 'nearest') {
      const xi = x.round();
      const yi = y.round();
      const ok = inside(xi, yi);
      const anyOutside = !(ok.all().item() as boolean);
      const w = ok.to('float32').view([1, 1, outH, outW]);
      return {
        idx: [flatIdx(xi, yi, ok).keep()],
        wts: [w.keep()],
        outside: anyOutside ? ok.logicalNot().keep() : null,
        coverage: anyOutside ? w.clone().keep() : null,
        outH, outW, nearest: true,
      };
    }
    const x0 = x.floor();
    const y0 = y.floor();
    const fx = x.sub(x0);
    const fy = y.sub(y0);
    const gx = torch.rsub(fx, 1);
    const gy = torch.rsub(fy, 1);
    const x1 = x0.add(1);
    const y1 = y0.add(1);
    const cand: [torch.Tensor, torch.Tensor, torch.Tensor][] = [[x0, y0, gx.mul(gy)], [x1, y0, fx.mul(gy)], [x0, y1, gx.mul(fy)], [x1, y1, fx.mul(fy)]];
    const idx: torch.Tensor[] = [];
    const wts: torch.Tensor[] = [];
    let cov: torch.Tensor | null = null;
    for (const [xs, ys, wt] of cand) {
      const ok = inside(xs, ys);
      const w = wt.mul(ok);
      const wf = w.to('float32');
      cov = cov === null ? w : cov.add(w);
      // taps whose weight is zero everywhere (e.g. the second row of a horizontal shear) are dropped
      if (!(wf.ne(0).any().item() as boolean)) continue;
      idx.push(flatIdx(xs, ys, ok).keep());
      wts.push(wf.view([1, 1, outH, outW]).keep());
    }
    const covT = cov!;
    const partial = covT.lt(1 - 1e-6).any().item() as boolean;
    if (idx.length === 0) {
      idx.push(torch.zeros([outH * outW], { dtype: 'int32', device }).keep());
      wts.push(torch.zeros([1, 1, outH, outW], { device }).keep());
    }
    const outside = covT.eq(0);
    return {
      idx, wts,
      outside: (outside.any().item() as boolean) ? outside.keep() : null,
      coverage: partial ? covT.to('float32').view([1, 1, outH, outW]).keep() : null,
      outH, outW, nearest: false,
    };
  });
}

function tapsBytes(t: Taps): number {
  let b = 0;
  for (const x of [...t.idx, ...t.wts]) b += x.numel * 4;
  if (t.outside) b += t.outside.numel;
  if (t.coverage) b += t.coverage.numel * 4;
  if (t.idxFill) b += t.idxFill.numel * 8;
  return b;
}

export function disposeTaps(t: Taps): void {
  for (const x of [...t.idx, ...t.wts]) x.dispose();
  t.idxFill?.dispose();
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
  cacheBytes += tapsBytes(taps);
  while (CACHE.size > 1 && (CACHE.size > CACHE_SIZE || cacheBytes > CACHE_BYTES)) {
    const first = CACHE.keys().next().value as string;
    const old = CACHE.get(first)!;
    cacheBytes -= tapsBytes(old);
    disposeTaps(old);
    CACHE.delete(first);
  }
  return taps;
}

/** Frees the cached taps (e.g. before counting live tensors). */
export function clearSamplingCache(): void {
  for (const t of CACHE.values()) disposeTaps(t);
  CACHE.clear();
  SEEN.clear();
  cacheBytes = 0;
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

/**
 * The input index of every output pixel of 1-tap nearest taps as int64, pointing one past the last
 * input pixel (inH * inW) where the map reads outside: a gather from the input with one fill pixel
 * appended needs no masking pass (gather is the fastest ATen sampling kernel for uint8 on the CPU).
 */
export function fillIndex(taps: Taps, inHW: number): T {
  if (!taps.nearest || taps.idx.length !== 1) throw new RangeError('fillIndex: needs 1-tap nearest taps');
  if (!taps.idxFill || taps.idxFill.isDisposed) {
    taps.idxFill = torch.tidy(() => {
      const i = taps.idx[0].to('int64');
      return (taps.outside ? i.maskedFill(taps.outside.reshape([-1]), inHW) : i).keep();
    });
    // cached taps count it from now on (tapsBytes includes it when they are evicted)
    for (const c of CACHE.values()) {
      if (c === taps) {
        cacheBytes += taps.idxFill.numel * 8;
        break;
      }
    }
  }
  return taps.idxFill;
}

/** Same-size warp of float images v [n, C, H, W] in place by taps. */
export function applyTapsInPlace(v: T, taps: Taps, fill: number | readonly number[] = 0): void {
  torch.tidy(() => { v.copy_(sampleTaps(v, taps, fill)); });
}
