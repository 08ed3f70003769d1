// The image operations of RandAugment and AugMix, with one parameterization shared by both, and
// an executor that applies a different op (and magnitude) to every image of a batch in a few
// batched kernel calls: images are grouped by op (all geometric ops form one group, warped by one
// grid_sampler call with a matrix per image), each group runs once on its contiguous slice.
import * as torch from '@must/torch';
import type { Sample } from '../data/sample';
import { type Affine, invertAffine } from './boxes';
import {
  adjustBrightness, adjustContrast, adjustSaturation, adjustSharpness, autocontrast, equalize, invert, posterize,
  rotationAffine, solarize, warpAffine,
} from './functional';
import { type GeometryOptions, warpSample } from './geometry';
import { sampleSize, withFields } from './transform';

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

/**
 * Applies layers of per-image ops to an image batch. `layers[l][b]` is the op of image b in layer l
 * (null = identity). Works in place on its own copy; the result is a new tensor in the input order.
 */
export function runLayers(images: T, layers: readonly (readonly (OpCall | null)[])[], opts: ExecOptions = {}): T {
  return torch.tidy(() => {
    const [n, , h, w] = images.shape;
    const dev = images.device;
    let x: T | null = null; // our own (mutable) copy, rows permuted by perm
    let perm = Array.from({ length: n }, (_, i) => i);
    for (const layer of layers) {
      const keys = perm.map((i) => groupKey(layer[i]));
      if (keys.every((k) => k === null)) continue;
      // stable sort of rows by key (identity rows first)
      const rows = Array.from({ length: n }, (_, k) => k);
      rows.sort((a, b) => {
        const ka = keys[a] ?? '';
        const kb = keys[b] ?? '';
        return ka < kb ? -1 : ka > kb ? 1 : a - b;
      });
      const moved = rows.some((r, k) => r !== k);
      if (moved || x === null) {
        const src: T = x ?? images;
        x = moved ? src.indexSelect(0, indexTensor(rows, dev)) : src.clone();
        if (src !== images) src.dispose();
        perm = rows.map((r) => perm[r]);
      }
      const xs: T = x;
      // contiguous groups
      let s = 0;
      while (s < n) {
        const key = keys[rows[s]];
        let e = s + 1;
        while (e < n && keys[rows[e]] === key) e++;
        if (key !== null) {
          const view = xs.narrow(0, s, e - s);
          const calls = perm.slice(s, e).map((i) => layer[i]!);
          let out: T;
          if (key === 'affine') {
            const inv = calls.map((c) => invertAffine(opAffine(c, h, w)));
            out = warpAffine(view, inv, [h, w], { mode: opts.mode ?? 'nearest', fill: opts.fill });
          } else {
            out = pixelOp(calls[0].op, view, calls.map((c) => c.value));
          }
          view.copy_(out);
          out.dispose();
          view.dispose();
        }
        s = e;
      }
    }
    if (x === null) return images.clone();
    if (perm.every((p, k) => p === k)) return x;
    const inv = new Array<number>(n);
    perm.forEach((p, k) => { inv[p] = k; });
    return x.indexSelect(0, indexTensor(inv, dev));
  });
}

export function indexTensor(idx: readonly number[], device = 'cpu'): T {
  return torch.tensor(BigInt64Array.from(idx, (v) => BigInt(v)), { device });
}

/**
 * runLayers in chunks of the batch (CPU: chunks of about `chunkBytes`, default 8 MiB, which keeps the
 * temporaries in the allocator's reused memory instead of fresh pages; CUDA: one chunk).
 */
export function runLayersChunked(images: T, layers: readonly (readonly (OpCall | null)[])[], opts: ExecOptions & { chunkBytes?: number } = {}): T {
  const [n] = images.shape;
  const per = images.numel / Math.max(n, 1) * 4;
  const chunk = images.device === 'cpu' ? Math.max(1, Math.floor((opts.chunkBytes ?? 8 * 2 ** 20) / per)) : n;
  if (chunk >= n) return runLayers(images, layers, opts);
  return torch.tidy(() => {
    const out = torch.emptyLike(images);
    for (let s = 0; s < n; s += chunk) {
      const len = Math.min(chunk, n - s);
      torch.tidy(() => {
        const part = runLayers(images.narrow(0, s, len), layers.map((l) => l.slice(s, s + len)), opts);
        out.narrow(0, s, len).copy_(part);
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
