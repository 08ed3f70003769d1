// Batch-level mixing: mixup (Zhang et al. 2018) and cutmix (Yun et al. 2019), timm's batch mode:
// one lambda per batch, each image mixed with the batch flipped (image i with image B-1-i); labels
// become soft vectors lam * y_i + (1 - lam) * y_partner (with optional label smoothing).
//
// On image batches: `mixupImages` / `cutmixImages` ({ images, labels } -> mixed). On samples
// (`Mixup.applyBatch`, `CutMix.applyBatch`, same image size) every label is updated:
// - mixup: instances of both images are kept (boxes and masks, as detection mixup); the dense
//   labels (semantic, depth, normals) are the dominant image's (lam >= 0.5: its own);
// - cutmix: the cut box of the partner is pasted with its semantic, depth and normals; instances are
//   cut too: own masks lose the box, the partner's keep only the box, boxes are recomputed from the
//   masks and instances under `minArea` pixels dropped (box-only data: boxes are rasterized, cut
//   the same way, and the boxes of the visible parts kept).
import * as torch from '@must/torch';
import type { Instances, Sample } from '../data/sample';
import { IGNORE_INDEX } from '../data/sample';
import { boxesToMasks, concatInstances, finishInstances } from './boxes';
import { type Rng, toRng } from './random';
import { sampleSize, type Transform, withFields } from './transform';
import type { RngLike } from './transforms';

type T = torch.Tensor;

/** Class indices [B] (int64, or numbers) or soft labels [B, K] -> float32 [B, K] with smoothing. */
export function softLabels(labels: T | readonly number[], numClasses: number, smoothing = 0, device = 'cpu'): T {
  return torch.tidy(() => {
    let y: T;
    if (Array.isArray(labels) || !(labels instanceof torch.Tensor)) {
      const arr = labels as readonly number[];
      y = torch.nn.functional.oneHot(torch.tensor(BigInt64Array.from(arr, (v) => BigInt(v)), { device }), numClasses).to('float32');
    } else if (labels.ndim === 1) {
      y = torch.nn.functional.oneHot(labels.to('int64'), numClasses).to('float32');
    } else {
      y = labels.to('float32');
    }
    if (smoothing > 0) y = y.mul(1 - smoothing).add_(smoothing / numClasses);
    return y;
  });
}

export interface MixOptions {
  /** Beta(alpha, alpha) of lambda (mixup default 0.2, cutmix default 1.0). */
  alpha?: number;
  /** Number of classes of the soft labels. */
  numClasses: number;
  /** Label smoothing applied before mixing (default 0). */
  labelSmoothing?: number;
  /** cutmix: drop instances left with fewer pixels (default 1). */
  minArea?: number;
}

export interface MixedBatch {
  images: T;
  labels: T;
  lam: number;
  /** cutmix: the pasted box [x1, y1, x2, y2] (pixels). */
  box?: [number, number, number, number];
}

/** mixup of an image batch [B, 3, H, W] with the batch flipped. */
export function mixupImages(images: T, labels: T | readonly number[], opts: MixOptions, rng: RngLike = 0): MixedBatch {
  const r = toRng(rng);
  const lam = r.beta(opts.alpha ?? 0.2, opts.alpha ?? 0.2);
  return torch.tidy(() => {
    const y = softLabels(labels, opts.numClasses, opts.labelSmoothing ?? 0, images.device);
    const mixed = images.mul(lam).add_(images.flip([0]).mul_(1 - lam));
    const soft = y.mul(lam).add_(y.flip([0]).mul_(1 - lam));
    return { images: mixed, labels: soft, lam };
  });
}

/** timm's rand_bbox: a box of area (1 - lam) HW (before clipping), centre uniform. */
export function cutmixBox(h: number, w: number, lam: number, rng: Rng): [number, number, number, number] {
  const cut = Math.sqrt(1 - lam);
  const ch = Math.trunc(h * cut);
  const cw = Math.trunc(w * cut);
  const cy = rng.randint(0, h);
  const cx = rng.randint(0, w);
  const y1 = Math.min(Math.max(cy - (ch >> 1), 0), h);
  const y2 = Math.min(Math.max(cy + (ch >> 1), 0), h);
  const x1 = Math.min(Math.max(cx - (cw >> 1), 0), w);
  const x2 = Math.min(Math.max(cx + (cw >> 1), 0), w);
  return [x1, y1, x2, y2];
}

/** cutmix of an image batch [B, 3, H, W]: the partner's box pasted, lambda corrected to the box area. */
export function cutmixImages(images: T, labels: T | readonly number[], opts: MixOptions, rng: RngLike = 0): MixedBatch {
  const r = toRng(rng);
  const a = opts.alpha ?? 1.0;
  const [h, w] = images.shape.slice(-2);
  const lam0 = r.beta(a, a);
  const box = cutmixBox(h, w, lam0, r);
  const [x1, y1, x2, y2] = box;
  const lam = 1 - ((x2 - x1) * (y2 - y1)) / (h * w);
  return torch.tidy(() => {
    const y = softLabels(labels, opts.numClasses, opts.labelSmoothing ?? 0, images.device);
    const mixed = images.clone();
    if (x2 > x1 && y2 > y1) {
      const part = images.flip([0]).narrow(2, y1, y2 - y1).narrow(3, x1, x2 - x1);
      mixed.narrow(2, y1, y2 - y1).narrow(3, x1, x2 - x1).copy_(part);
    }
    const soft = y.mul(lam).add_(y.flip([0]).mul_(1 - lam));
    return { images: mixed, labels: soft, lam, box };
  });
}

function labelsOf(samples: Sample[], numClasses: number, smoothing: number): T {
  return torch.tidy(() => torch.stack(samples.map((s) => {
    if (s.label === undefined) throw new TypeError('mixup/cutmix: every sample needs a label');
    if (typeof s.label === 'number') return softLabels([s.label], numClasses, smoothing).squeeze(0);
    return softLabels(s.label.unsqueeze(0), numClasses, smoothing).squeeze(0);
  })));
}

function checkSizes(samples: Sample[], what: string): [number, number] {
  const [h, w] = sampleSize(samples[0]);
  for (const s of samples) {
    const [hh, ww] = sampleSize(s);
    if (hh !== h || ww !== w) throw new RangeError(`${what}: every sample must have the same size (${h}x${w}, got ${hh}x${ww})`);
  }
  return [h, w];
}

/** mixup on samples (see the file comment for the labels). */
export class Mixup implements Transform {
  readonly name = 'mixup';
  constructor(readonly opts: MixOptions) {}
  apply(): Sample {
    throw new TypeError('mixup is a batch transform: use applyBatch (or compose(...).applyBatch)');
  }
  applyImages(images: T, labels: T | readonly number[], rng: RngLike = 0): MixedBatch {
    return mixupImages(images, labels, this.opts, rng);
  }
  applyBatch(samples: Sample[], rng: RngLike = 0): Sample[] {
    const r = toRng(rng);
    checkSizes(samples, 'mixup');
    const n = samples.length;
    const a = this.opts.alpha ?? 0.2;
    const lam = r.beta(a, a);
    return torch.tidy(() => {
      const ys = labelsOf(samples, this.opts.numClasses, this.opts.labelSmoothing ?? 0);
      return samples.map((s, i) => {
        const p = samples[n - 1 - i];
        const image = s.image.mul(lam).add_(p.image.mul(1 - lam));
        const label = ys.index(i).mul(lam).add_(ys.index(n - 1 - i).mul(1 - lam));
        const fields: Partial<Sample> = { image, label };
        if (s.instances && p.instances && i !== n - 1 - i) fields.instances = concatInstances(s.instances, p.instances);
        const dom = lam >= 0.5 ? s : p;
        for (const k of ['semantic', 'depth', 'normals'] as const) {
          if (s[k]) fields[k] = dom[k] ? torch.alias(dom[k]!) : emptyLike(k, s[k]!);
        }
        return withFields(s, fields);
      });
    });
  }
}

function emptyLike(k: 'semantic' | 'depth' | 'normals', like: T): T {
  return k === 'semantic' ? torch.fullLike(like, IGNORE_INDEX) : torch.zerosLike(like);
}

/** Cuts instances to a window: `inside` keeps only the pixels in the box, else only those outside. */
function cutInstances(inst: Instances, h: number, w: number, box: [number, number, number, number], inside: boolean, minArea: number): Instances {
  return torch.tidy(() => {
    const boxOnly = !inst.masks;
    const masks = inst.masks ?? boxesToMasks(inst.boxes, h, w);
    const win = torch.zeros([1, h, w], { dtype: 'uint8', device: masks.device });
    const [x1, y1, x2, y2] = box;
    if (x2 > x1 && y2 > y1) win.narrow(1, y1, y2 - y1).narrow(2, x1, x2 - x1).fill_(1);
    const keep = inside ? win : torch.rsub(win, 1);
    const cut = masks.mul(keep);
    const done = finishInstances({ ...inst, masks: cut }, h, w, { minMaskArea: minArea });
    if (boxOnly) {
      const { masks: _drop, ...rest } = done;
      return rest as Instances;
    }
    return done;
  });
}

/** cutmix on samples (see the file comment for the labels). */
export class CutMix implements Transform {
  readonly name = 'cutmix';
  constructor(readonly opts: MixOptions) {}
  apply(): Sample {
    throw new TypeError('cutmix is a batch transform: use applyBatch (or compose(...).applyBatch)');
  }
  applyImages(images: T, labels: T | readonly number[], rng: RngLike = 0): MixedBatch {
    return cutmixImages(images, labels, this.opts, rng);
  }
  applyBatch(samples: Sample[], rng: RngLike = 0): Sample[] {
    const r = toRng(rng);
    const [h, w] = checkSizes(samples, 'cutmix');
    const n = samples.length;
    const a = this.opts.alpha ?? 1.0;
    const box = cutmixBox(h, w, r.beta(a, a), r);
    const [x1, y1, x2, y2] = box;
    const lam = 1 - ((x2 - x1) * (y2 - y1)) / (h * w);
    const minArea = this.opts.minArea ?? 1;
    const paste = (dst: T, src: T): T => {
      const out = dst.clone();
      if (x2 > x1 && y2 > y1) {
        out.narrow(-2, y1, y2 - y1).narrow(-1, x1, x2 - x1).copy_(src.narrow(-2, y1, y2 - y1).narrow(-1, x1, x2 - x1));
      }
      return out;
    };
    return torch.tidy(() => {
      const ys = labelsOf(samples, this.opts.numClasses, this.opts.labelSmoothing ?? 0);
      return samples.map((s, i) => {
        const p = samples[n - 1 - i];
        const fields: Partial<Sample> = {
          image: paste(s.image, p.image),
          label: ys.index(i).mul(lam).add_(ys.index(n - 1 - i).mul(1 - lam)),
        };
        if (s.instances) {
          const own = cutInstances(s.instances, h, w, box, false, minArea);
          if (p.instances && i !== n - 1 - i) {
            const theirs = cutInstances(p.instances, h, w, box, true, minArea);
            const both = !!own.masks === !!theirs.masks ? concatInstances(own, theirs)
              : concatInstances(stripMasks(own), stripMasks(theirs));
            fields.instances = both;
          } else {
            fields.instances = own;
          }
        }
        for (const k of ['semantic', 'depth', 'normals'] as const) {
          if (s[k]) {
            const src = p[k] ?? emptyLike(k, s[k]!);
            fields[k] = paste(s[k]!, src);
          }
        }
        return withFields(s, fields);
      });
    });
  }
}

function stripMasks(i: Instances): Instances {
  const { masks: _m, ...rest } = i;
  return rest as Instances;
}

export function mixup(opts: MixOptions): Mixup {
  return new Mixup(opts);
}

export function cutmix(opts: MixOptions): CutMix {
  return new CutMix(opts);
}

/** timm's Mixup: per batch, cutmix with probability switchProb (else mixup), applied with probability prob. */
export class MixupCutmix implements Transform {
  readonly name = 'mixup-cutmix';
  readonly mix: Mixup;
  readonly cut: CutMix;
  constructor(readonly opts: { numClasses: number; mixupAlpha?: number; cutmixAlpha?: number; switchProb?: number; prob?: number; labelSmoothing?: number; minArea?: number }) {
    const base = { numClasses: opts.numClasses, labelSmoothing: opts.labelSmoothing, minArea: opts.minArea };
    this.mix = new Mixup({ ...base, alpha: opts.mixupAlpha ?? 0.2 });
    this.cut = new CutMix({ ...base, alpha: opts.cutmixAlpha ?? 1.0 });
  }
  apply(): Sample {
    throw new TypeError('mixup-cutmix is a batch transform: use applyBatch');
  }
  applyImages(images: T, labels: T | readonly number[], rng: RngLike = 0): MixedBatch {
    const r = toRng(rng);
    if (!r.bool(this.opts.prob ?? 1)) {
      return torch.tidy(() => ({ images: torch.alias(images), labels: softLabels(labels, this.opts.numClasses, this.opts.labelSmoothing ?? 0, images.device), lam: 1 }));
    }
    return r.bool(this.opts.switchProb ?? 0.5) ? this.cut.applyImages(images, labels, r) : this.mix.applyImages(images, labels, r);
  }
  applyBatch(samples: Sample[], rng: RngLike = 0): Sample[] {
    const r = toRng(rng);
    if (!r.bool(this.opts.prob ?? 1)) {
      return torch.tidy(() => {
        const ys = labelsOf(samples, this.opts.numClasses, this.opts.labelSmoothing ?? 0);
        return samples.map((s, i) => withFields(s, { label: ys.index(i) }));
      });
    }
    return r.bool(this.opts.switchProb ?? 0.5) ? this.cut.applyBatch(samples, r) : this.mix.applyBatch(samples, r);
  }
}

export function mixupCutmix(opts: ConstructorParameters<typeof MixupCutmix>[0]): MixupCutmix {
  return new MixupCutmix(opts);
}

