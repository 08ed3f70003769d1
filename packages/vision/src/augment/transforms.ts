// Basic transforms: flips, resize, random resized crop, large scale jitter, color jitter.
import * as torch from '@must/torch';
import { disposeSample, type Sample } from '../data/sample';
import { adjustBrightness, adjustContrast, adjustHue, adjustSaturation } from './functional';
import { cropOrPad, type GeometryOptions, hflip, resize, vflip } from './geometry';
import { type Rng, type Seed, toRng, type Uint32Source } from './random';
import { aliasSample, sampleSize, type Transform, withFields } from './transform';

export type RngLike = Rng | Seed | Uint32Source;

/** Horizontal and/or vertical flips, each with its probability. */
export class RandomFlip implements Transform {
  readonly name = 'flip';
  readonly horizontal: number;
  readonly vertical: number;
  constructor(opts: { horizontal?: number; vertical?: number } = {}) {
    this.horizontal = opts.horizontal ?? 0.5;
    this.vertical = opts.vertical ?? 0;
  }
  apply(sample: Sample, rng: RngLike = 0): Sample {
    const r = toRng(rng);
    const doH = this.horizontal > 0 && r.bool(this.horizontal);
    const doV = this.vertical > 0 && r.bool(this.vertical);
    if (!doH && !doV) return aliasSample(sample);
    if (doH && doV) {
      const a = hflip(sample);
      try {
        return vflip(a);
      } finally {
        disposeSample(a);
      }
    }
    return doH ? hflip(sample) : vflip(sample);
  }
}

/** `randomFlip()`: horizontal flip with p 0.5; `randomFlip({ vertical: 0.5 })` adds vertical flips. */
export function randomFlip(opts: { horizontal?: number; vertical?: number } = {}): RandomFlip {
  return new RandomFlip(opts);
}

/** Resize to [h, w], or the shorter side to `size` (torchvision's Resize(int)), optional maxSize. */
export class Resize implements Transform {
  readonly name = 'resize';
  constructor(readonly size: number | [number, number], readonly opts: GeometryOptions & { maxSize?: number } = {}) {}
  outputSize(h: number, w: number): [number, number] {
    if (typeof this.size !== 'number') return this.size;
    const short = Math.min(h, w);
    const long = Math.max(h, w);
    let newShort = this.size;
    let newLong = Math.trunc((this.size * long) / short);
    if (this.opts.maxSize !== undefined && newLong > this.opts.maxSize) {
      newShort = Math.trunc((this.opts.maxSize * newShort) / newLong);
      newLong = this.opts.maxSize;
    }
    return h <= w ? [newShort, newLong] : [newLong, newShort];
  }
  apply(sample: Sample, _rng?: RngLike): Sample {
    const [h, w] = sampleSize(sample);
    return resize(sample, this.outputSize(h, w), this.opts);
  }
}

export function resizeTo(size: number | [number, number], opts: GeometryOptions & { maxSize?: number } = {}): Resize {
  return new Resize(size, opts);
}

export interface RandomResizedCropOptions extends GeometryOptions {
  /** Range of the crop's area as a fraction of the image (default [0.08, 1]). */
  scale?: [number, number];
  /** Range of the crop's aspect ratio w/h (default [3/4, 4/3]). */
  ratio?: [number, number];
}

/** torchvision's RandomResizedCrop (10 tries, then a central crop), on every label. */
export class RandomResizedCrop implements Transform {
  readonly name = 'random-resized-crop';
  readonly size: [number, number];
  constructor(size: number | [number, number], readonly opts: RandomResizedCropOptions = {}) {
    this.size = typeof size === 'number' ? [size, size] : size;
  }
  /** [top, left, h, w] of the crop, torchvision's get_params. */
  params(height: number, width: number, rng: Rng): [number, number, number, number] {
    const [s0, s1] = this.opts.scale ?? [0.08, 1];
    const [r0, r1] = this.opts.ratio ?? [3 / 4, 4 / 3];
    const area = height * width;
    const lr0 = Math.log(r0);
    const lr1 = Math.log(r1);
    for (let k = 0; k < 10; k++) {
      const target = area * rng.uniform(s0, s1);
      const aspect = Math.exp(rng.uniform(lr0, lr1));
      const w = Math.round(Math.sqrt(target * aspect));
      const h = Math.round(Math.sqrt(target / aspect));
      if (w > 0 && w <= width && h > 0 && h <= height) {
        return [rng.randint(0, height - h + 1), rng.randint(0, width - w + 1), h, w];
      }
    }
    const inRatio = width / height;
    let w = width;
    let h = height;
    if (inRatio < Math.min(r0, r1)) h = Math.round(w / Math.min(r0, r1));
    else if (inRatio > Math.max(r0, r1)) w = Math.round(h * Math.max(r0, r1));
    return [Math.floor((height - h) / 2), Math.floor((width - w) / 2), h, w];
  }
  apply(sample: Sample, rng: RngLike = 0): Sample {
    const r = toRng(rng);
    const [H, W] = sampleSize(sample);
    const [top, left, h, w] = this.params(H, W, r);
    const crop = cropOrPad(sample, top, left, [h, w], this.opts);
    try {
      return resize(crop, this.size, this.opts);
    } finally {
      disposeSample(crop);
    }
  }
}

export function randomResizedCrop(size: number | [number, number], opts: RandomResizedCropOptions = {}): RandomResizedCrop {
  return new RandomResizedCrop(size, opts);
}

export interface LsjOptions extends GeometryOptions {
  /** Output [h, w] (or a square side). */
  size: number | [number, number];
  /** Range of the scale factor relative to the output size (default [0.1, 2.0]). */
  scaleRange?: [number, number];
}

/**
 * Large scale jitter (Copy-Paste, RetinaNet-RS): draw s in scaleRange, resize keeping the aspect
 * ratio so the image fits in (s * h, s * w), then crop a random window of the output size (when
 * larger) or pad at the bottom/right (when smaller), as detectron2's ResizeScale + FixedSizeCrop.
 */
export class LargeScaleJitter implements Transform {
  readonly name = 'lsj';
  readonly size: [number, number];
  readonly scaleRange: [number, number];
  constructor(readonly opts: LsjOptions) {
    this.size = typeof opts.size === 'number' ? [opts.size, opts.size] : opts.size;
    this.scaleRange = opts.scaleRange ?? [0.1, 2.0];
  }
  apply(sample: Sample, rng: RngLike = 0): Sample {
    const r = toRng(rng);
    const [H, W] = sampleSize(sample);
    const [oh, ow] = this.size;
    const s = r.uniform(this.scaleRange[0], this.scaleRange[1]);
    const ratio = Math.min((s * oh) / H, (s * ow) / W);
    const nh = Math.max(1, Math.round(H * ratio));
    const nw = Math.max(1, Math.round(W * ratio));
    const top = r.randint(0, Math.max(nh - oh, 0) + 1);
    const left = r.randint(0, Math.max(nw - ow, 0) + 1);
    const scaled = resize(sample, [nh, nw], this.opts);
    try {
      return cropOrPad(scaled, top, left, [oh, ow], this.opts);
    } finally {
      disposeSample(scaled);
    }
  }
}

export function lsj(opts: LsjOptions): LargeScaleJitter {
  return new LargeScaleJitter(opts);
}

/** A factor range: a number x means [max(0, 1 - x), 1 + x] (hue: [-x, x]), or an explicit [lo, hi]. */
export type JitterRange = number | [number, number];

export interface ColorJitterOptions {
  brightness?: JitterRange;
  contrast?: JitterRange;
  saturation?: JitterRange;
  hue?: JitterRange;
}

function range(x: JitterRange | undefined, center: number, lowest: number): [number, number] | null {
  if (x === undefined) return null;
  if (typeof x === 'number') {
    if (x === 0) return null;
    return [Math.max(lowest, center - x), center + x];
  }
  return x;
}

/** torchvision's ColorJitter: the four adjustments in a random order, factors uniform in their ranges. */
export class ColorJitter implements Transform {
  readonly name = 'color-jitter';
  readonly b: [number, number] | null;
  readonly c: [number, number] | null;
  readonly s: [number, number] | null;
  readonly h: [number, number] | null;
  constructor(opts: ColorJitterOptions = {}) {
    this.b = range(opts.brightness, 1, 0);
    this.c = range(opts.contrast, 1, 0);
    this.s = range(opts.saturation, 1, 0);
    this.h = range(opts.hue, 0, -0.5);
    if (this.h && (this.h[0] < -0.5 || this.h[1] > 0.5)) throw new RangeError('ColorJitter: hue must be within [-0.5, 0.5]');
  }
  /** The order (0 brightness, 1 contrast, 2 saturation, 3 hue) and the four factors. */
  params(rng: Rng): { order: number[]; factors: (number | null)[] } {
    const order = rng.permutation(4);
    const factors = [this.b, this.c, this.s, this.h].map((r) => (r ? rng.uniform(r[0], r[1]) : null));
    return { order, factors };
  }
  applyImage(image: torch.Tensor, rng: Rng): torch.Tensor {
    const { order, factors } = this.params(rng);
    return torch.tidy(() => {
      let x = image;
      for (const k of order) {
        const f = factors[k];
        if (f === null) continue;
        x = k === 0 ? adjustBrightness(x, f) : k === 1 ? adjustContrast(x, f) : k === 2 ? adjustSaturation(x, f) : adjustHue(x, f);
      }
      return x === image ? torch.alias(image) : x;
    });
  }
  apply(sample: Sample, rng: RngLike = 0): Sample {
    return withFields(sample, { image: this.applyImage(sample.image, toRng(rng)) });
  }
}

export function colorJitter(opts: ColorJitterOptions = {}): ColorJitter {
  return new ColorJitter(opts);
}

/** (image - mean) / std per channel (image only). */
export class Normalize implements Transform {
  readonly name = 'normalize';
  constructor(readonly mean: readonly number[] = [0.485, 0.456, 0.406], readonly std: readonly number[] = [0.229, 0.224, 0.225]) {}
  apply(sample: Sample, _rng?: RngLike): Sample {
    const image = torch.tidy(() => {
      const dev = sample.image.device;
      const m = torch.tensor(Float32Array.from(this.mean), { shape: [this.mean.length, 1, 1], device: dev });
      const s = torch.tensor(Float32Array.from(this.std), { shape: [this.std.length, 1, 1], device: dev });
      return sample.image.sub(m).div_(s);
    });
    return withFields(sample, { image });
  }
}
