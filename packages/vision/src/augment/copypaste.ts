// Simple Copy-Paste (Ghiasi et al. 2021), as the reference code:
// 1. both samples are flipped (p 0.5) and large-scale-jittered (scale 0.1-2.0, then crop or pad to
//    the output size) independently;
// 2. m ~ uniform in 0..N objects of the source are chosen at random; alpha = union of their masks
//    (optionally Gaussian-blurred, `blendSigma`, off by default as the reference);
// 3. image = dst (1 - alpha) + src alpha; the pasted pixels carry the source's semantic, depth and
//    normal labels (hard alpha; fields the source lacks become 255 / 0 / 0 there);
// 4. the destination's masks lose the pasted pixels, objects with fewer than `minArea` visible
//    pixels are removed, and every box is recomputed from its mask.
// Box-only data (no masks): objects are pasted as their box crops (the box rasterized as a mask);
// occluded destination boxes shrink to the bounding box of their still-visible part, and the
// result has boxes only. A destination with masks and a source without (or the reverse) gets
// rasterized boxes for the side without, and boxes only in the result.
import * as torch from '@must/torch';
import type { Instances, Sample } from '../data/sample';
import { disposeSample, IGNORE_INDEX } from '../data/sample';
import { boxesToMasks, concatInstances, finishInstances, selectInstances } from './boxes';
import { gaussianBlur } from './functional';
import { type GeometryOptions, hflip } from './geometry';
import { type Rng, toRng } from './random';
import { sampleSize, type Transform, withFields } from './transform';
import { LargeScaleJitter, type RngLike } from './transforms';

type T = torch.Tensor;

export interface CopyPasteOptions extends GeometryOptions {
  /** Output [h, w] of the jitter (default: the destination's size). */
  size?: number | [number, number];
  /** Large scale jitter range (default [0.1, 2.0]). */
  scaleRange?: [number, number];
  /** Horizontal flip probability of each input (default 0.5). */
  flipProb?: number;
  /** Flip and jitter the two inputs first (default true); false: they must have the same size. */
  jitter?: boolean;
  /**
   * Objects left with fewer visible pixels are removed (default 25). The reference code's value is
   * not documented [unverified]: tune it.
   */
  minArea?: number;
  /** Gaussian blur (sigma, pixels) of the paste mask for the image blend (default 0: hard paste). */
  blendSigma?: number;
  /** Probability of pasting at all (default 1). */
  pasteProb?: number;
}

function jitterOne(s: Sample, rng: Rng, size: [number, number], o: CopyPasteOptions): Sample {
  const flipped = rng.bool(o.flipProb ?? 0.5) ? hflip(s) : withFields(s, {});
  try {
    return new LargeScaleJitter({ ...o, size, scaleRange: o.scaleRange ?? [0.1, 2.0] }).apply(flipped, rng);
  } finally {
    disposeSample(flipped);
  }
}

/** Pastes a random subset of `src`'s objects onto `dst` (see the file comment). */
export function copyPaste(dst: Sample, src: Sample, rng: RngLike = 0, opts: CopyPasteOptions = {}): Sample {
  const r = toRng(rng);
  const size: [number, number] = opts.size === undefined ? sampleSize(dst) : typeof opts.size === 'number' ? [opts.size, opts.size] : opts.size;
  const jitter = opts.jitter ?? true;
  const a = jitter ? jitterOne(dst, r, size, opts) : withFields(dst, {});
  const b = jitter ? jitterOne(src, r, size, opts) : withFields(src, {});
  try {
    return pasteAligned(a, b, r, opts);
  } finally {
    disposeSample(a);
    disposeSample(b);
  }
}

/** The paste step on two samples of the same size (no jitter). */
export function pasteAligned(dst: Sample, src: Sample, rng: Rng, opts: CopyPasteOptions = {}): Sample {
  const [h, w] = sampleSize(dst);
  const [hs, ws] = sampleSize(src);
  if (h !== hs || w !== ws) throw new RangeError(`copyPaste: samples differ in size (${h}x${w} vs ${hs}x${ws}); enable jitter`);
  const n = src.instances ? src.instances.boxes.shape[0] : 0;
  const m = rng.bool(opts.pasteProb ?? 1) ? rng.randint(0, n + 1) : 0;
  const chosen = rng.sample(n, m);
  if (m === 0) return withFields(dst, {});
  const minArea = opts.minArea ?? 25;
  return torch.tidy(() => {
    const dev = dst.image.device;
    const sInst = src.instances!;
    const idx = torch.tensor(BigInt64Array.from(chosen, (v) => BigInt(v)), { device: dev });
    const pasted = selectInstances(sInst, idx);
    const pMasks = pasted.masks ?? boxesToMasks(pasted.boxes, h, w);
    const alpha = pMasks.ne(0).any(0); // [H, W] bool
    // image blend (optionally with a blurred alpha)
    let a = alpha.to('float32');
    if ((opts.blendSigma ?? 0) > 0) a = gaussianBlur(a, opts.blendSigma!, { mode: 'nearest', truncate: 3 }).clamp_({ min: 0, max: 1 });
    const image = dst.image.mul(torch.rsub(a, 1)).add_(src.image.mul(a));
    const fields: Partial<Sample> = { image };
    // instances: destination occluded, pasted objects added
    const hasMasks = !!dst.instances?.masks && !!sInst.masks;
    const notAlpha = alpha.logicalNot().to('uint8');
    let kept: Instances | null = null;
    if (dst.instances) {
      const dm = dst.instances.masks ?? boxesToMasks(dst.instances.boxes, h, w);
      kept = finishInstances({ ...dst.instances, masks: dm.mul(notAlpha) }, h, w, { minMaskArea: minArea });
    }
    const fresh = finishInstances({ ...pasted, masks: pMasks }, h, w, { minMaskArea: minArea });
    let inst: Instances = kept ? concatInstances(kept, fresh) : fresh;
    if (!hasMasks) {
      const { masks: _m, ...rest } = inst;
      inst = rest as Instances;
    }
    fields.instances = inst;
    // dense labels of the pasted pixels
    if (dst.semantic) fields.semantic = src.semantic ? torch.where(alpha, src.semantic, dst.semantic) : dst.semantic.maskedFill(alpha, IGNORE_INDEX);
    if (dst.depth) fields.depth = src.depth ? torch.where(alpha, src.depth, dst.depth) : dst.depth.maskedFill(alpha, 0);
    if (dst.normals) fields.normals = src.normals ? torch.where(alpha, src.normals, dst.normals) : dst.normals.maskedFill(alpha, 0);
    return withFields(dst, fields);
  });
}

/**
 * Copy-Paste as a transform. `applyBatch` pastes onto each sample objects of another sample of the
 * batch (chosen at random); `apply` needs `source`, a function giving the sample to paste from.
 */
export class CopyPaste implements Transform {
  readonly name = 'copy-paste';
  constructor(readonly opts: CopyPasteOptions & { source?: (rng: Rng) => Sample } = {}) {}
  apply(sample: Sample, rng: RngLike = 0): Sample {
    if (!this.opts.source) throw new TypeError('CopyPaste.apply needs opts.source (or use applyBatch to paste within a batch)');
    const r = toRng(rng);
    const src = this.opts.source(r);
    try {
      return copyPaste(sample, src, r, this.opts);
    } finally {
      disposeSample(src);
    }
  }
  applyBatch(samples: Sample[], rng: RngLike = 0): Sample[] {
    const r = toRng(rng);
    const n = samples.length;
    return samples.map((s, i) => {
      if (n < 2) return this.opts.source ? this.apply(s, r) : copyPaste(s, s, r, this.opts);
      let j = r.randint(0, n - 1);
      if (j >= i) j++;
      return copyPaste(s, samples[j], r, this.opts);
    });
  }
}

export function copyPasteTransform(opts: CopyPasteOptions & { source?: (rng: Rng) => Sample } = {}): CopyPaste {
  return new CopyPaste(opts);
}

