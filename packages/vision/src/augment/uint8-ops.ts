// The RandAugment / AugMix ops on 8-bit images [n, 3, H, W] (uint8, levels 0..255), in place, with
// torchvision's semantics for uint8 tensors: float arithmetic truncated back to 8 bits, the grey of
// Color and Contrast truncated to 8 bits first, Sharpness' blurred image rounded. 8-bit data is a
// quarter of the memory traffic of float32, which is what these cheap ops are bound by on a CPU.
//
// Two formulations with bit-identical results (a test compares them):
// - CPU: @must/torch's 8-bit kernels (must::remap_u8_, warp_bilinear_u8_, lut_u8_, histogram_u8,
//   extrema_u8, grayscale_u8, blend_u8_, smooth_u8), 2-5x faster than ATen's generic kernels on
//   uint8 (bilinear warps: 5x with cached taps, 14x where the taps are built per transform, as
//   for AugMix's shears: the kernel computes them). The ops
//   whose result depends on the level alone (Brightness, Contrast, Solarize, AutoContrast,
//   Equalize) apply a 256-entry table per image or plane, computed here in float32 arithmetic
//   (Math.fround) as ATen computes the levels.
// - other devices (CUDA): ATen ops. Point ops apply their table with one index_select; nearest
//   geometric ops gather from the image with one fill pixel appended (sampling.fillIndex), bilinear
//   ones weigh the bilinear sampling taps in float32; the colour blends convert to float32 and back.
// Bilinear warps (AugMix's) round the float32 weighted sum of the taps to the nearest level (half
// to even, as torchvision's uint8 warps), one rounding per op; the taps are the float path's
// (getTaps: zeros outside; PIL clamps to the border and truncates).
// Posterize and Invert are bitwise on every device.
import * as torch from '@must/torch';
import { invertAffine } from './boxes';
import { equalizeTables, rgbToGrayscale, sharpnessBlur } from './functional';
import { type ExecOptions, type OpCall, opAffine } from './ops';
import { disposeTaps, fillIndex, getTaps, seenTwice, tapsKey } from './sampling';

type T = torch.Tensor;

/** Applies a 256-entry table per channel: v[c] <- lut[c][v[c]] (lut: uint8 [3 * 256] or [256]). */
function applyLut(v: T, lut: T): void {
  torch.tidy(() => {
    const [n, c, h, w] = v.shape;
    const hw = h * w;
    let keys = v.reshape([n * c, hw]).to('int32');
    if (lut.shape[0] > 256) {
      const offsets = torch.arange(c, { dtype: 'int32', device: v.device }).mul_(256).repeat([n]).unsqueeze(1);
      keys = keys.add_(offsets);
    }
    v.copy_(lut.indexSelect(0, keys.reshape([-1])).view([n, c, h, w]));
  });
}

/** Grey levels of float [n, 3, H, W] holding 0..255, truncated to 8 bits as torchvision's rgb_to_grayscale for uint8. */
function grey8(f: T): T {
  return rgbToGrayscale(f).trunc_();
}

/** v <- trunc(clamp(ratio f + (1 - ratio) other, 0, 255)), written back to the uint8 image. */
function blendBack(v: T, f: T, other: T | number, ratio: number): void {
  if (typeof other === 'number') f.mul_(ratio).add_(other * (1 - ratio));
  else f.mul_(ratio).add_(other.mul(1 - ratio));
  v.copy_(f.clamp_({ min: 0, max: 255 }));
}

/** Equalize: the float path's tables (torchvision's) from per-channel histograms of the 8-bit levels. */
function equalize8(v: T): void {
  torch.tidy(() => {
    const [n, c, h, w] = v.shape;
    const { keys, lut } = equalizeTables(v.reshape([n * c, h * w]), h * w);
    v.copy_(lut.to('uint8').reshape([-1]).indexSelect(0, keys).view([n, c, h, w]));
  });
}

/** A geometric op (nearest) in place: gather from the image with the fill pixel appended. */
function warp8(v: T, c: OpCall, fill: number): void {
  torch.tidy(() => {
    const [n, ch, h, w] = v.shape;
    const taps = getTaps(invertAffine(opAffine(c, h, w)), h, w, h, w, 'nearest', v.device);
    const idx = fillIndex(taps, h * w);
    const src = torch.cat([v.reshape([n * ch, h * w]), torch.full([n * ch, 1], fill, { dtype: 'uint8', device: v.device })], { dim: 1 });
    v.copy_(src.gather(1, idx.unsqueeze(0).expand([n * ch, h * w])).view([n, ch, h, w]));
  });
}

/**
 * A geometric op, bilinear, in place: the float32 sum of the taps times their weights (in tap order,
 * one rounding per product and sum), plus (1 - coverage) fill where sampleTaps adds it, rounded to
 * the nearest level. The taps of one-off transforms are built uncached (AugMix's shears never repeat).
 */
function warpBilinear8(v: T, c: OpCall, fill: number): void {
  const [n, ch, h, w] = v.shape;
  const inv = invertAffine(opAffine(c, h, w));
  const cache = seenTwice(tapsKey(inv, h, w, h, w, 'bilinear', v.device));
  const taps = getTaps(inv, h, w, h, w, 'bilinear', v.device, cache);
  try {
    torch.tidy(() => {
      const f = v.reshape([n * ch, h * w]).to('float32');
      let acc: T | null = null;
      taps.idx.forEach((ix, t) => {
        const term = f.indexSelect(1, ix).mul_(taps.wts[t].view([1, h * w]));
        acc = acc === null ? term : acc.add_(term);
      });
      const sum = acc!;
      if (taps.coverage && fill !== 0) sum.add_(torch.rsub(taps.coverage.view([1, h * w]), 1).mul_(fill));
      v.copy_(sum.round_().clamp_({ min: 0, max: 255 }).view([n, ch, h, w]));
    });
  } finally {
    if (!cache) disposeTaps(taps);
  }
}

// ---- CPU: the 8-bit kernels of @must/torch ----

/** A level from a float32 result as ATen's float -> uint8 copy after clamp(0, 255): truncated. */
function level(y: number): number {
  return y >= 255 ? 255 : y > 0 ? Math.trunc(y) : 0;
}

function u8Table(t: Uint8Array, shape: number[]): T {
  return torch.tensor(t, { shape });
}

/** A table from a function of the level, the same for every plane. */
function levelTable(f: (k: number) => number, device = 'cpu'): T {
  const t = new Uint8Array(256);
  for (let k = 0; k < 256; k++) t[k] = level(f(k));
  return torch.tensor(t, { shape: [256], device });
}

/** Solarize: levels at or above the threshold inverted. */
const solarizeLevel = (threshold: number) => (k: number): number => (k >= threshold ? 255 - k : k);

/** Counts [n * c * 256] of every plane's levels (must::histogram_u8), as numbers. */
function histograms(v: T): Float64Array {
  const h = torch.callOp1('must::histogram_u8', v).dataSync() as BigInt64Array;
  // the int64 counts read as 32-bit halves (converting 768 BigInts costs more than the histogram)
  const w = new Uint32Array(h.buffer, h.byteOffset, 2 * h.length);
  const out = new Float64Array(h.length);
  for (let i = 0; i < h.length; i++) out[i] = w[2 * i] + w[2 * i + 1] * 4294967296;
  return out;
}

/** AutoContrast's tables: per plane, [lo, hi] (must::extrema_u8) stretched to [0, 255] in float32 as the ATen path. */
function autocontrastTables(v: T): T {
  const [n, c] = v.shape;
  const ext = torch.callOp1('must::extrema_u8', v).dataSync() as Uint8Array;
  const t = new Uint8Array(n * c * 256);
  for (let p = 0; p < n * c; p++) {
    const lo = ext[2 * p];
    const hi = ext[2 * p + 1];
    const flat = hi <= lo;
    const scale = flat ? 1 : Math.fround(Math.fround(1 / (hi - lo)) * 255);
    const min = flat ? 0 : lo;
    for (let k = 0; k < 256; k++) t[p * 256 + k] = level(Math.fround((k - min) * scale));
  }
  return u8Table(t, [n, c, 256]);
}

/** Equalize's tables: equalizeTables' algorithm (torchvision's) in integer arithmetic. */
function equalizeLuts(v: T): T {
  const [n, c, H, W] = v.shape;
  const hw = H * W;
  const h = histograms(v);
  const t = new Uint8Array(n * c * 256);
  for (let p = 0; p < n * c; p++) {
    const o = p * 256;
    let top = 255;
    while (top > 0 && h[o + top] === 0) top--;
    const step = Math.floor((hw - h[o + top]) / 255);
    if (step === 0) {
      for (let k = 0; k < 256; k++) t[o + k] = k;
      continue;
    }
    let cum = 0;
    for (let k = 0; k < 255; k++) {
      cum += h[o + k];
      t[o + k + 1] = Math.min(255, Math.floor((cum + Math.floor(step / 2)) / step));
    }
  }
  return u8Table(t, [n, c, 256]);
}

/** Contrast's tables: a blend with each image's mean grey, a constant per image, so a table per image. */
function contrastTables(v: T, ratio: number): T {
  const [n, , H, W] = v.shape;
  const h = histograms(torch.callOp1('must::grayscale_u8', v));
  const r = Math.fround(ratio);
  const rest = Math.fround(1 - ratio);
  const t = new Uint8Array(n * 256);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = 1; k < 256; k++) sum += k * h[i * 256 + k];
    // the ATen path's mean of the truncated grey: its float32 sum equals this exact one below 2^24
    // (images up to 256 x 256 at least), divided by H * W in float32
    const mean = Math.fround(Math.fround(sum) / Math.fround(H * W));
    const other = Math.fround(mean * rest);
    for (let k = 0; k < 256; k++) t[i * 256 + k] = level(Math.fround(Math.fround(k * r) + other));
  }
  return u8Table(t, [n, 1, 256]);
}

/** The op with the CPU kernels; false for the ops that stay ATen's (bitwise, Identity). */
function cpuOp(c: OpCall, v: T, fill: number, bilinear: boolean): boolean {
  const x = c.value;
  const lut = (t: T) => { torch.callOp1('must::lut_u8_', v, t); };
  switch (c.op) {
    case 'ShearX': case 'ShearY': case 'TranslateX': case 'TranslateY': case 'Rotate': {
      const [, , h, w] = v.shape;
      const inv = invertAffine(opAffine(c, h, w));
      // bilinear: the kernel computes getTaps' taps itself from the inverse map
      if (bilinear) {
        torch.callOp1('must::warp_bilinear_u8_', v, inv, fill);
        return true;
      }
      const taps = getTaps(inv, h, w, h, w, 'nearest', v.device);
      torch.callOp1('must::remap_u8_', v, fillIndex(taps, h * w), fill);
      return true;
    }
    case 'Brightness': {
      const r = Math.fround(x);
      lut(levelTable((k) => Math.fround(k * r)));
      return true;
    }
    case 'Color': torch.callOp1('must::blend_u8_', v, torch.callOp1('must::grayscale_u8', v), x); return true;
    case 'Contrast': lut(contrastTables(v, x)); return true;
    case 'Sharpness': {
      const [, , h, w] = v.shape;
      if (h > 2 && w > 2) torch.callOp1('must::blend_u8_', v, torch.callOp1('must::smooth_u8', v), x);
      return true;
    }
    case 'Solarize': lut(levelTable(solarizeLevel(x))); return true;
    case 'AutoContrast': lut(autocontrastTables(v)); return true;
    case 'Equalize': lut(equalizeLuts(v)); return true;
    default: return false;
  }
}

// ---- other devices: ATen ops ----

function atenOp(c: OpCall, v: T, fill: number, bilinear: boolean): void {
  const x = c.value;
  switch (c.op) {
    case 'Identity': return;
    case 'ShearX': case 'ShearY': case 'TranslateX': case 'TranslateY': case 'Rotate':
      if (bilinear) warpBilinear8(v, c, fill);
      else warp8(v, c, fill);
      return;
    case 'Brightness': { const f = v.to('float32'); v.copy_(f.mul_(x).clamp_({ min: 0, max: 255 })); return; }
    case 'Color': { const f = v.to('float32'); blendBack(v, f, grey8(f), x); return; }
    case 'Contrast': {
      const f = v.to('float32');
      const mean = grey8(f).mean([1, 2, 3], { keepdim: true });
      blendBack(v, f, mean, x);
      return;
    }
    case 'Sharpness': {
      const [, , h, w] = v.shape;
      if (h <= 2 || w <= 2) return;
      const f = v.to('float32');
      // the degenerate image: the 13-weight blur rounded to 8 bits inside, the image on the border
      const degenerate = f.clone();
      degenerate.narrow(2, 1, h - 2).narrow(3, 1, w - 2).copy_(sharpnessBlur(f).blurred.round_());
      blendBack(v, f, degenerate, x);
      return;
    }
    case 'Posterize': {
      const bits = Math.round(x);
      if (bits >= 8) return;
      v.bitwiseAnd_((0xff << (8 - Math.max(0, bits))) & 0xff);
      return;
    }
    case 'Solarize': applyLut(v, levelTable(solarizeLevel(x), v.device)); return;
    case 'AutoContrast': {
      const f = v.to('float32');
      const lo = f.amin({ dim: [2, 3], keepdim: true });
      const hi = f.amax({ dim: [2, 3], keepdim: true });
      const flat = hi.le(lo);
      const scale = torch.where(flat, 1, torch.reciprocal(hi.sub(lo)).mul_(255));
      v.copy_(f.sub_(lo.maskedFill(flat, 0)).mul_(scale).clamp_({ min: 0, max: 255 }));
      return;
    }
    case 'Equalize': equalize8(v); return;
    case 'Invert': v.bitwiseNot_(); return;
    default: throw new RangeError(`opUint8InPlace: unknown op ${String(c.op)}`);
  }
}

/** The fill level of opts, checked (one level for every channel). */
function fillLevel(v: T, opts: ExecOptions): number {
  if (v.dtype !== 'uint8') throw new TypeError(`opUint8InPlace: expected uint8 images, got ${v.dtype}`);
  const fillOpt = opts.fill ?? 0;
  const fill = typeof fillOpt === 'number' ? fillOpt : fillOpt[0];
  if (typeof fillOpt !== 'number' && fillOpt.some((f) => f !== fill)) throw new RangeError('uint8 images: the fill must be one level for every channel');
  if (!(Number.isInteger(fill) && fill >= 0 && fill <= 255)) throw new RangeError(`uint8 images: the fill must be a level 0..255, got ${fill}`);
  return fill;
}

/**
 * One op in place on uint8 images [n, 3, H, W] (every image the same op and value). Geometric ops
 * sample nearest (torchvision's RandAugment; default) or bilinear (`mode: 'bilinear'`, AugMix's:
 * the float path's taps, the weighted sum rounded to the nearest level); `fill` is a level 0..255
 * (default 0).
 */
export function opUint8InPlace(c: OpCall, v: T, opts: ExecOptions = {}): void {
  const fill = fillLevel(v, opts);
  const bilinear = opts.mode === 'bilinear';
  torch.tidy(() => {
    if (v.device === 'cpu' && v.numel > 0 && cpuOp(c, v, fill, bilinear)) return;
    atenOp(c, v, fill, bilinear);
  });
}

/** Internal (tests): opUint8InPlace by ATen ops on every device, the formulation used off the CPU. */
export function opUint8InPlaceAten(c: OpCall, v: T, opts: ExecOptions = {}): void {
  const fill = fillLevel(v, opts);
  torch.tidy(() => atenOp(c, v, fill, opts.mode === 'bilinear'));
}

/**
 * out[b] <- sum_k weights[b, k] terms[b, k] in float32, the products and the running sum in order
 * k = 0, 1, ... with one rounding each (terms uint8 [n, k, c, H, W], weights float32 [n, k], out
 * float32 [n, c, H, W], written in place): AugMix's mixing of 8-bit chains. must::mix_u8_ on the
 * CPU, ATen ops elsewhere (the same values).
 */
export function mixUint8_(out: T, terms: T, weights: T): void {
  if (out.device === 'cpu') torch.callOp1('must::mix_u8_', out, terms, weights);
  else mixUint8Aten_(out, terms, weights);
}

/** Internal (tests): mixUint8_ by ATen ops, the formulation used off the CPU. */
export function mixUint8Aten_(out: T, terms: T, weights: T): void {
  torch.tidy(() => {
    const [n, k] = weights.shape;
    let acc: T | null = null;
    for (let t = 0; t < k; t++) {
      const term = terms.select(1, t).to('float32').mul_(weights.select(1, t).view([n, 1, 1, 1]));
      acc = acc === null ? term : acc.add_(term);
    }
    out.copy_(acc!);
  });
}
