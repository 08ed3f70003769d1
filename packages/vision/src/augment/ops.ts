// The image operations of RandAugment and AugMix, with one parameterization shared by both, and
// an executor that applies a different op (and magnitude) to every image of a batch in a few
// batched kernel calls: images are grouped by op (all geometric ops form one group, warped by one
// grid_sampler call with a matrix per image), each group runs once on its contiguous slice.
import * as torch from '@must/torch';
import type { Sample } from '../data/sample';
import { type Affine, invertAffine } from './boxes';
import {
  adjustBrightness, adjustContrast, adjustSaturation, adjustSharpness, autocontrast, equalize, invert, posterize,
  rotationAffine, sharpnessBlur, solarize, warpAffine,
} from './functional';
import { type GeometryOptions, warpSample } from './geometry';
import { applyTapsInPlace, getTaps, sampleTaps, seenTwice, tapsKey } from './sampling';
import { sampleSize, withFields } from './transform';
import { opUint8InPlace } from './uint8-ops';

type T = torch.Tensor;

export const OP_NAMES = [
  'Identity', 'ShearX', 'ShearY', 'TranslateX', 'TranslateY', 'Rotate', 'Brightness', 'Color', 'Contrast',
  'Sharpness', 'Posterize', 'Solarize', 'AutoContrast', 'Equalize', 'Invert',
] as const;
export type OpName = (typeof OP_NAMES)[number];

/**
 * One op with its physical parameter:
 * - ShearX / ShearY: shear coefficient m (x_in = x + m y, about the top-left corner, as torchvision
 *   and PIL); TranslateX / TranslateY: pixels the content moves; Rotate: degrees counter-clockwise
 *   about the image centre;
 * - Brightness / Color / Contrast / Sharpness: enhancement factor (1 = unchanged);
 * - Posterize: bits kept; Solarize: threshold on the 0..255 scale (levels >= it are inverted);
 * - Identity / AutoContrast / Equalize / Invert: no parameter.
 */
export interface OpCall {
  op: OpName;
  value: number;
}

export const GEOMETRIC_OPS: ReadonlySet<OpName> = new Set(['ShearX', 'ShearY', 'TranslateX', 'TranslateY', 'Rotate']);

export function isGeometric(op: OpName): boolean {
  return GEOMETRIC_OPS.has(op);
}

/** Forward affine of a geometric op for an image of h x w. */
export function opAffine(c: OpCall, h: number, w: number): Affine {
  switch (c.op) {
    case 'ShearX': return [1, -c.value, 0, 0, 1, 0];
    case 'ShearY': return [1, 0, 0, -c.value, 1, 0];
    case 'TranslateX': return [1, 0, c.value, 0, 1, 0];
    case 'TranslateY': return [1, 0, 0, 0, 1, c.value];
    case 'Rotate': return rotationAffine(h, w, c.value);
    default: return [1, 0, 0, 0, 1, 0];
  }
}

/** A pixel (non-geometric) op on a batch [n, 3, H, W] with one parameter per image. */
export function pixelOp(op: OpName, x: T, values: number[]): T {
  switch (op) {
    case 'Brightness': return adjustBrightness(x, values);
    case 'Color': return adjustSaturation(x, values);
    case 'Contrast': return adjustContrast(x, values);
    case 'Sharpness': return adjustSharpness(x, values);
    case 'Posterize': return posterize(x, values);
    case 'Solarize': return solarize(x, values);
    case 'AutoContrast': return autocontrast(x);
    case 'Equalize': return equalize(x);
    case 'Invert': return invert(x);
    case 'Identity': return torch.alias(x);
    default: throw new RangeError(`pixelOp: ${op} is geometric`);
  }
}

export interface ExecOptions {
  /** Resampling of geometric ops (RandAugment: nearest as torchvision; AugMix: bilinear as PIL). */
  mode?: 'nearest' | 'bilinear';
  /** Image fill outside geometric ops (default 0). */
  fill?: number | readonly number[];
}

function groupKey(c: OpCall | null): string | null {
  if (!c || c.op === 'Identity') return null;
  return isGeometric(c.op) ? 'affine' : c.op;
}

/** Within the affine group, equal transforms sort next to each other (and share a grid). */
function subKey(c: OpCall | null): string {
  return c && isGeometric(c.op) ? `${c.op}:${c.value}` : '';
}

// ---- in-place kernels of the executor (few passes over memory; same results as functional.ts) ----

/** A per-image parameter as a scalar (all equal) or a [n, 1, 1, 1] tensor. */
function perImage(values: readonly number[], device: string): number | T {
  if (values.every((v) => v === values[0])) return values[0];
  return torch.tensor(Float32Array.from(values), { shape: [values.length, 1, 1, 1], device });
}

/** v <- f v + (1 - f) other, in place (mul_ + addcmul_: lerp_ is not vectorized in libtorch 1.13). */
function blendInPlace(v: T, other: T, f: number | T): void {
  if (typeof f === 'number') {
    v.mul_(f).add_(other, { alpha: 1 - f });
  } else {
    v.mul_(f).addcmul_(other, torch.rsub(f, 1));
  }
}

/** ITU-R 601 luma of [n, 3, H, W] as [n, 1, H, W]. */
function luma(v: T): T {
  const [r, g, b] = v.unbind({ dim: 1 });
  return r.mul(0.2989).add_(g, { alpha: 0.587 }).add_(b, { alpha: 0.114 }).unsqueeze(1);
}

/** A pixel op applied in place to a contiguous slice [n, 3, H, W] of the executor's own tensor. */
export function pixelOpInPlace(op: OpName, v: T, values: readonly number[]): void {
  torch.tidy(() => {
    const dev = v.device;
    const over1 = values.some((x) => x > 1);
    switch (op) {
      case 'Brightness': {
        const f = perImage(values, dev);
        if (typeof f === 'number') v.mul_(f); else v.mul_(f);
        if (over1 || values.some((x) => x < 0)) v.clamp_({ min: 0, max: 1 });
        return;
      }
      case 'Color': {
        blendInPlace(v, luma(v), perImage(values, dev));
        if (over1) v.clamp_({ min: 0, max: 1 });
        return;
      }
      case 'Contrast': {
        const cm = v.mean([2, 3]); // [n, 3]
        const [r, g, b] = cm.unbind({ dim: 1 });
        const m = r.mul(0.2989).add_(g, { alpha: 0.587 }).add_(b, { alpha: 0.114 }).view([-1, 1, 1, 1]);
        blendInPlace(v, m, perImage(values, dev));
        if (over1) v.clamp_({ min: 0, max: 1 });
        return;
      }
      case 'Sharpness': {
        const [, , h, w] = v.shape;
        if (h <= 2 || w <= 2) return;
        const { inner, blurred } = sharpnessBlur(v);
        blendInPlace(inner, blurred, perImage(values, dev));
        if (over1) v.clamp_({ min: 0, max: 1 });
        return;
      }
      case 'Posterize': {
        // floor(round(255 x) / s) * s / 255 = floor((255 x + 0.5) / s) * s / 255, s = 2^(8 - bits)
        const steps = values.map((b) => 2 ** (8 - b));
        const s = perImage(steps, dev);
        if (typeof s === 'number') v.mul_(255 / s).add_(0.5 / s).floor_().mul_(s / 255);
        else v.mul_(255).add_(0.5).div_(s).floor_().mul_(s).div_(255);
        return;
      }
      case 'Solarize': {
        // m = 1 where x >= t (8-bit levels are at least 0.5/255 from the cut), x <- x + m (1 - 2x)
        const cut = values.map((t) => (Math.ceil(t) - 0.5) / 255);
        const t = perImage(cut, dev);
        const m = (typeof t === 'number' ? v.sub(t) : v.sub(t)).mul_(1e6).clamp_({ min: 0, max: 1 });
        v.addcmul_(m, v, { value: -2 }).add_(m);
        return;
      }
      case 'AutoContrast': {
        const lo = v.amin({ dim: [2, 3], keepdim: true });
        const hi = v.amax({ dim: [2, 3], keepdim: true });
        const flat = hi.le(lo);
        const scale = torch.where(flat, 1, torch.reciprocal(hi.sub(lo)));
        v.sub_(lo.maskedFill(flat, 0)).mul_(scale);
        return;
      }
      case 'Equalize': v.copy_(equalize(v)); return;
      case 'Invert': v.neg_().add_(1); return;
      case 'Identity': return;
      default: throw new RangeError(`pixelOpInPlace: ${op} is geometric`);
    }
  });
}

/** Integer translation in place: content moves by (dx, dy), `fill` enters. */
function shiftInPlace(v: T, dx: number, dy: number, fill: number): void {
  torch.tidy(() => {
    const [, , h, w] = v.shape;
    if (Math.abs(dx) >= w || Math.abs(dy) >= h) {
      v.fill_(fill);
      return;
    }
    v.copy_(torch.constantPadNd(v, [dx, -dx, dy, -dy], { value: fill }));
  });
}

/**
 * The geometric ops of a group (sorted so equal transforms are adjacent), in place: integer
 * translations by shifting, nearest sampling and transforms shared by several images (or seen
 * before) by their sampling taps, the remaining distinct bilinear ones by one grid_sampler call.
 */
function affineGroupInPlace(v: T, calls: readonly OpCall[], opts: ExecOptions, whole = false): T | null {
  return torch.tidy(() => {
    const [n, , h, w] = v.shape;
    const mode = opts.mode ?? 'nearest';
    const tapMode = mode === 'bilinear' ? 'bilinear' : 'nearest';
    const fill = opts.fill ?? 0;
    const scalarFill = typeof fill === 'number' ? fill : fill.every((f) => f === fill[0]) ? fill[0] : null;
    const single: number[] = [];
    for (let s = 0; s < n;) {
      let e = s + 1;
      while (e < n && calls[e].op === calls[s].op && calls[e].value === calls[s].value) e++;
      const c = calls[s];
      const intShift = (c.op === 'TranslateX' || c.op === 'TranslateY') && Number.isInteger(c.value) && scalarFill !== null;
      const inv = intShift ? null : invertAffine(opAffine(c, h, w));
      // nearest always by taps (one rounding rule everywhere); bilinear when the transform repeats
      // (building taps costs a few ms: one-off bilinear transforms go to grid_sampler)
      const repeats = inv !== null && (tapMode === 'nearest' || e - s >= 2 || seenTwice(tapsKey(inv, h, w, h, w, tapMode, v.device)));
      if (repeats) {
        const taps = getTaps(inv!, h, w, h, w, tapMode, v.device);
        if (whole && s === 0 && e === n) return sampleTaps(v, taps, fill); // the whole tensor: no copy back
        const part = v.narrow(0, s, e - s);
        applyTapsInPlace(part, taps, fill);
        s = e;
        continue;
      }
      const part = v.narrow(0, s, e - s);
      if (intShift) {
        shiftInPlace(part, c.op === 'TranslateX' ? c.value : 0, c.op === 'TranslateY' ? c.value : 0, scalarFill!);
      } else {
        single.push(s);
      }
      s = e;
    }
    if (single.length === 0) return null;
    const inv = single.map((k) => invertAffine(opAffine(calls[k], h, w)));
    if (single.length === n) {
      if (whole) return warpAffine(v, inv, [h, w], { mode, fill });
      v.copy_(warpAffine(v, inv, [h, w], { mode, fill }));
      return null;
    }
    const idx = indexTensor(single, v.device);
    v.indexCopy_(0, idx, warpAffine(v.indexSelect(0, idx), inv, [h, w], { mode, fill }));
    return null;
  });
}

/**
 * Applies layers of per-image ops to an image batch. `layers[l][b]` is the op of image b in layer l
 * (null = identity). Rows are sorted by op so that every group is a contiguous slice transformed in
 * place with one kernel call; the result (a new tensor, or `dest` when given) is in input order.
 */
export function runLayers(images: T, layers: readonly (readonly (OpCall | null)[])[], opts: ExecOptions = {}, dest?: T, rowsOf?: readonly number[]): T {
  return torch.tidy(() => {
    // rowsOf: this call works on rows rowsOf[k] of `images` (and `dest`), read and written by index:
    // no views of a large batch are made (each view would count its whole storage as V8 external
    // memory and trigger garbage collections)
    const n = rowsOf ? rowsOf.length : images.shape[0];
    const dev = images.device;
    const global = (local: readonly number[]) => (rowsOf ? local.map((k) => rowsOf[k]) : local);
    let x: T | null = null; // our own (mutable) copy, rows permuted by perm
    let perm = Array.from({ length: n }, (_, i) => i);
    for (const layer of layers) {
      const keys = perm.map((i) => groupKey(layer[i]));
      if (keys.every((k) => k === null)) continue;
      const subs = perm.map((i) => subKey(layer[i]));
      // stable sort of rows by (key, subkey), identity rows first
      const rows = Array.from({ length: n }, (_, k) => k);
      rows.sort((a, b) => {
        const ka = keys[a] ?? '';
        const kb = keys[b] ?? '';
        if (ka !== kb) return ka < kb ? -1 : 1;
        if (subs[a] !== subs[b]) return subs[a] < subs[b] ? -1 : 1;
        return a - b;
      });
      const moved = rows.some((r, k) => r !== k);
      if (x === null) {
        x = rowsOf || moved ? images.indexSelect(0, indexTensor(global(rows), dev)) : images.clone();
        perm = rows.map((r) => perm[r]);
      } else if (moved) {
        const src: T = x;
        x = src.indexSelect(0, indexTensor(rows, dev));
        src.dispose();
        perm = rows.map((r) => perm[r]);
      }
      const xs: T = x;
      let s = 0;
      while (s < n) {
        const key = keys[rows[s]];
        let e = s + 1;
        while (e < n && keys[rows[e]] === key) e++;
        if (key !== null) {
          const calls = perm.slice(s, e).map((i) => layer[i]!);
          if (s === 0 && e === n && key === 'affine') {
            // the group is the whole tensor: take the warped result instead of copying it back
            const res = affineGroupInPlace(xs, calls, opts, true);
            if (res) {
              xs.dispose();
              x = res;
            }
          } else {
            const view = xs.narrow(0, s, e - s);
            if (key === 'affine') affineGroupInPlace(view, calls, opts);
            else pixelOpInPlace(calls[0].op, view, calls.map((c) => c.value));
            view.dispose();
          }
        }
        s = e;
      }
    }
    const identity = perm.every((p, k) => p === k);
    if (dest) {
      if (x === null) {
        if (dest !== images) {
          if (rowsOf) dest.indexCopy_(0, indexTensor(rowsOf, dev), images.indexSelect(0, indexTensor(rowsOf, dev)));
          else dest.copy_(images);
        }
        return dest;
      }
      const g = global(perm);
      if (g.every((r, k) => r === g[0] + k)) {
        // consecutive rows: a short-lived view and copy_ (faster than index_copy_)
        const part = g[0] === 0 && n === dest.shape[0] ? dest : dest.narrow(0, g[0], n);
        part.copy_(x);
        if (part !== dest) part.dispose();
      } else {
        dest.indexCopy_(0, indexTensor(g, dev), x);
      }
      return dest;
    }
    if (x === null) return rowsOf ? images.indexSelect(0, indexTensor(rowsOf, dev)) : images.clone();
    if (identity) return x;
    const inv = new Array<number>(n);
    perm.forEach((p, k) => { inv[p] = k; });
    return x.indexSelect(0, indexTensor(inv, dev));
  });
}

export function indexTensor(idx: readonly number[], device = 'cpu'): T {
  return torch.tensor(BigInt64Array.from(idx, (v) => BigInt(v)), { device });
}

/**
 * runLayers in chunks of the batch (CPU: chunks of about `chunkBytes`, default 1 MiB, which keeps the
 * temporaries in the allocator's reused memory instead of fresh pages; CUDA: one chunk). The result
 * goes to `dest` when given (which may be `images` itself: in place).
 */
export function runLayersChunked(images: T, layers: readonly (readonly (OpCall | null)[])[], opts: ExecOptions & { chunkBytes?: number } = {}, dest?: T): T {
  const [n] = images.shape;
  // 8-bit images: one image at a time on every device (the grouped executor works on float)
  if (images.dtype === 'uint8') return runRows(images, layers, opts, dest);
  const per = images.numel / Math.max(n, 1) * 4;
  const chunk = images.device === 'cpu' ? Math.max(1, Math.floor((opts.chunkBytes ?? 2 ** 20) / per)) : n;
  if (chunk >= n) return runLayers(images, layers, opts, dest);
  if (chunk === 1) return runRows(images, layers, opts, dest);
  return torch.tidy(() => {
    // each chunk is read into its own copy before its slice of `dest` is written: dest may be images
    const out = dest ?? torch.emptyLike(images);
    for (let s = 0; s < n; s += chunk) {
      const len = Math.min(chunk, n - s);
      const rows = Array.from({ length: len }, (_, k) => s + k);
      torch.tidy(() => {
        runLayers(images, layers.map((l) => l.slice(s, s + len)), opts, out, rows);
      });
    }
    return out;
  });
}

/**
 * One image at a time (CPU, images of about `chunkBytes` or more): each image is copied into its
 * row of the output once and every op runs in place on that row while it is in cache. Grouping by op
 * buys nothing for one image, and skipping it avoids the gather/scatter of rows.
 */
function runRows(images: T, layers: readonly (readonly (OpCall | null)[])[], opts: ExecOptions, dest?: T): T {
  return torch.tidy(() => {
    const n = images.shape[0];
    const u8 = images.dtype === 'uint8';
    const out = dest ?? torch.emptyLike(images);
    for (let b = 0; b < n; b++) {
      torch.tidy(() => {
        const row = out.narrow(0, b, 1);
        if (out !== images) row.copy_(images.narrow(0, b, 1));
        for (const layer of layers) {
          const c = layer[b];
          if (!c || c.op === 'Identity') continue;
          if (u8) opUint8InPlace(c, row, opts);
          else if (isGeometric(c.op)) affineGroupInPlace(row, [c], opts);
          else pixelOpInPlace(c.op, row, [c.value]);
        }
      });
    }
    return out;
  });
}

/** Applies one op to a whole sample: geometric ops warp every label, pixel ops touch the image only. */
export function applyOpToSample(s: Sample, c: OpCall, opts: ExecOptions & GeometryOptions = {}): Sample {
  if (c.op === 'Identity') return withFields(s, {});
  if (isGeometric(c.op)) {
    const [h, w] = sampleSize(s);
    return warpSample(s, opAffine(c, h, w), [h, w], { ...opts, imageMode: opts.mode ?? 'nearest', fill: opts.fill });
  }
  const image = torch.tidy(() => pixelOp(c.op, s.image.unsqueeze(0), [c.value]).squeeze(0));
  return withFields(s, { image });
}

/** Round half to even (torch.round). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
