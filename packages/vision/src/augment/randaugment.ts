// RandAugment (Cubuk et al. 2019) with torchvision's parameterization (0.14): N ops drawn
// uniformly with replacement from the 14 standard ops, all at magnitude bin M of `numMagnitudeBins`
// (default 2 ops, M = 9 of 31 bins), signed ops negated with probability 1/2, nearest resampling,
// fill 0. Optionally timm's magnitude noise (`magnitudeStd`).
//
// On a Sample the geometric ops are box-aware: masks, semantic, depth and normals are warped with
// the image, boxes recomputed from the masks (or mapped through their corners), normals' x/y
// rotated. `applyImages` runs on an image batch [B, 3, H, W] in a few batched kernel calls.
import * as torch from '@must/torch';
import { disposeSample, type Sample } from '../data/sample';
import { type GeometryOptions } from './geometry';
import { applyOpToSample, type OpCall, type OpName, roundHalfEven, runLayersChunked } from './ops';
import { type Rng, toRng } from './random';
import { sampleSize, type Transform, withFields } from './transform';
import type { RngLike } from './transforms';

/** torchvision's RandAugment op list, in its order. */
export const RANDAUGMENT_OPS: readonly OpName[] = [
  'Identity', 'ShearX', 'ShearY', 'TranslateX', 'TranslateY', 'Rotate', 'Brightness', 'Color', 'Contrast',
  'Sharpness', 'Posterize', 'Solarize', 'AutoContrast', 'Equalize',
];

const SIGNED: ReadonlySet<OpName> = new Set(['ShearX', 'ShearY', 'TranslateX', 'TranslateY', 'Rotate', 'Brightness', 'Color', 'Contrast', 'Sharpness']);

export interface RandAugmentOptions extends GeometryOptions {
  /** Ops per image (default 2). */
  numOps?: number;
  /** Magnitude bin (default 9). */
  magnitude?: number;
  /** Number of magnitude bins (default 31: magnitudes 0..30). */
  numMagnitudeBins?: number;
  /** timm's magnitude noise: magnitude ~ N(M, std) per op, clipped to [0, bins - 1] (default 0). */
  magnitudeStd?: number;
  /** Ops to draw from (default the 14 of RANDAUGMENT_OPS). */
  ops?: readonly OpName[];
  /** Resampling of the geometric ops (default nearest, as torchvision). */
  interpolation?: 'nearest' | 'bilinear';
  /** Image fill outside geometric ops (default 0). */
  fill?: number | readonly number[];
  /** CPU batches run in chunks of about this many bytes (default 1 MiB: small chunks stay in cache). */
  chunkBytes?: number;
}

/** The op's physical parameter at a (possibly fractional) magnitude bin, torchvision's tables. */
export function randAugmentValue(op: OpName, m: number, bins: number, h: number, w: number): number {
  const t = m / (bins - 1);
  switch (op) {
    case 'ShearX': case 'ShearY': return 0.3 * t;
    case 'TranslateX': return Math.trunc((150 / 331) * w * t);
    case 'TranslateY': return Math.trunc((150 / 331) * h * t);
    case 'Rotate': return 30 * t;
    case 'Brightness': case 'Color': case 'Contrast': case 'Sharpness': return 0.9 * t;
    case 'Posterize': return 8 - roundHalfEven(m / ((bins - 1) / 4));
    case 'Solarize': return 255 * (1 - t);
    default: return 0;
  }
}

export class RandAugment implements Transform {
  readonly name = 'randaugment';
  readonly numOps: number;
  readonly magnitude: number;
  readonly bins: number;
  readonly ops: readonly OpName[];
  constructor(readonly opts: RandAugmentOptions = {}) {
    this.numOps = opts.numOps ?? 2;
    this.magnitude = opts.magnitude ?? 9;
    this.bins = opts.numMagnitudeBins ?? 31;
    this.ops = opts.ops ?? RANDAUGMENT_OPS;
    if (this.magnitude < 0 || this.magnitude > this.bins - 1) throw new RangeError(`RandAugment: magnitude must be in [0, ${this.bins - 1}]`);
  }

  /** The ops of one image (numOps draws), for an image of h x w. */
  planOne(rng: Rng, h: number, w: number): OpCall[] {
    const out: OpCall[] = [];
    for (let k = 0; k < this.numOps; k++) {
      const op = this.ops[rng.randint(0, this.ops.length)];
      let m = this.magnitude;
      const std = this.opts.magnitudeStd ?? 0;
      if (std > 0) m = Math.min(this.bins - 1, Math.max(0, rng.normal(m, std)));
      let value = randAugmentValue(op, m, this.bins, h, w);
      const signed = SIGNED.has(op);
      if (signed && rng.bool()) value = -value;
      if (op === 'Brightness' || op === 'Color' || op === 'Contrast' || op === 'Sharpness') value = 1 + value;
      out.push({ op, value });
    }
    return out;
  }

  /** Plans for n images (image-major draws): layers[l][b]. */
  plan(rng: Rng, n: number, h: number, w: number): OpCall[][] {
    const per = Array.from({ length: n }, () => this.planOne(rng, h, w));
    return Array.from({ length: this.numOps }, (_, l) => per.map((p) => p[l]));
  }

  private exec() {
    return { mode: this.opts.interpolation ?? 'nearest', fill: this.opts.fill, chunkBytes: this.opts.chunkBytes } as const;
  }

  /**
   * RandAugment of an image batch [B, 3, H, W] (or one image [3, H, W]); images only. float32 in
   * [0, 1], or uint8 levels 0..255 (torchvision's uint8 semantics, `fill` a level; bilinear sums
   * rounded to levels; the 8-bit path moves a quarter of the bytes and is the fast one on a CPU).
   */
  applyImages(images: torch.Tensor, rng: RngLike = 0): torch.Tensor {
    checkImages(images, this.opts);
    const r = toRng(rng);
    const single = images.ndim === 3;
    const [h, w] = images.shape.slice(-2);
    const n = single ? 1 : images.shape[0];
    const layers = this.plan(r, n, h, w);
    return torch.tidy(() => {
      const x = single ? images.unsqueeze(0) : images;
      const out = runLayersChunked(x, layers, this.exec());
      return single ? out.squeeze(0) : out;
    });
  }

  /**
   * In-place RandAugment of an image batch [B, 3, H, W]: the result overwrites `images` (returned).
   * Avoids allocating the output, whose fresh pages cost as much as the ops on a CPU for large batches.
   */
  applyImages_(images: torch.Tensor, rng: RngLike = 0): torch.Tensor {
    if (images.ndim !== 4) throw new RangeError('applyImages_ expects a batch [B, 3, H, W]');
    checkImages(images, this.opts);
    const r = toRng(rng);
    const [n, , h, w] = images.shape;
    const layers = this.plan(r, n, h, w);
    torch.tidy(() => { runLayersChunked(images, layers, this.exec(), images); });
    return images;
  }

  /** RandAugment of one sample, every label updated (geometric ops are box-aware). */
  apply(sample: Sample, rng: RngLike = 0): Sample {
    const r = toRng(rng);
    const [h, w] = sampleSize(sample);
    const calls = this.planOne(r, h, w);
    let cur = sample;
    for (const c of calls) {
      const next = applyOpToSample(cur, c, { ...this.opts, ...this.exec() });
      if (cur !== sample) disposeSample(cur);
      cur = next;
    }
    return cur === sample ? withFields(sample, {}) : cur;
  }

  /** A batch of samples: image-only samples of one size go through the batched path. */
  applyBatch(samples: Sample[], rng: Rng): Sample[] {
    const imageOnly = samples.every((s) => !s.instances && !s.semantic && !s.depth && !s.normals);
    const sizes = new Set(samples.map((s) => s.image.shape.join('x')));
    if (!imageOnly || sizes.size !== 1 || samples.length < 2) return samples.map((s) => this.apply(s, rng));
    const out = torch.tidy(() => this.applyImages(torch.stack(samples.map((s) => s.image)), rng).unbind({ dim: 0 }));
    return samples.map((s, i) => withFields(s, { image: out[i] }));
  }
}

function checkImages(images: torch.Tensor, opts: RandAugmentOptions): void {
  if (images.dtype !== 'float32' && images.dtype !== 'uint8') {
    throw new TypeError(`RandAugment: images must be float32 in [0, 1] or uint8 levels, got ${images.dtype}`);
  }
  if (images.ndim !== 3 && images.ndim !== 4) throw new RangeError(`RandAugment: expected [B, 3, H, W] or [3, H, W], got [${images.shape.join(', ')}]`);
}

export function randAugment(opts: RandAugmentOptions = {}): RandAugment {
  return new RandAugment(opts);
}
