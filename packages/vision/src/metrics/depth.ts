// Monocular depth: AbsRel, SqRel, RMSE, RMSElog, log10 and the delta < 1.25^k accuracies, with a
// validity mask and optional per-image scale (or scale and shift) alignment. Streaming.
//
// Conventions (those of the Eigen et al. protocol as in monodepth2, BTS, AdaBins):
// - Valid pixels: minDepth < gt < maxDepth (defaults 1e-3 and Infinity; gt = 0 marks missing
//   depth), gt finite, and the optional mask non-zero.
// - Alignment (optional, per image, on the valid pixels): 'median' scales the prediction by
//   median(gt) / median(pred) (monodepth2); 'scale' by the least-squares s = sum(p g) / sum(p^2);
//   'scale-shift' fits s * p + t to g by least squares (as MiDaS-style relative depth; done in the
//   space the values are given in: pass disparities to align in disparity).
// - The prediction is then clamped to [minDepth, maxDepth] (monodepth2), so logs are defined.
// - Averaging: 'image' (default, the common convention): each metric is computed per image over
//   its valid pixels (RMSE = sqrt of that image's mean squared error) and the split's value is the
//   mean over images. 'pixel': every valid pixel of the split weighs the same (RMSE = sqrt of the
//   split's mean squared error). Images without valid pixels are skipped in both.
// - delta_k = fraction of pixels with max(gt / pred, pred / gt) < 1.25^k.
import { type ArrayInput, shapeStr, toShaped } from './input';

export type DepthAlignment = 'none' | 'median' | 'scale' | 'scale-shift';

export interface DepthMetricOptions {
  minDepth?: number;
  maxDepth?: number;
  alignment?: DepthAlignment;
  averaging?: 'image' | 'pixel';
  /** Clamp the (aligned) prediction to [minDepth, maxDepth] (default true). */
  clampPrediction?: boolean;
}

export interface DepthResult {
  absRel: number;
  sqRel: number;
  rmse: number;
  rmseLog: number;
  log10: number;
  delta1: number;
  delta2: number;
  delta3: number;
  /** Images with at least one valid pixel. */
  images: number;
  /** Valid pixels. */
  pixels: number;
}

// sums per image or over the split: |d|/g, d^2/g, d^2, dlog^2, |dlog10|, <1.25, <1.25^2, <1.25^3
const NS = 8;

export class DepthMetric {
  private readonly minDepth: number;
  private readonly maxDepth: number;
  private readonly alignment: DepthAlignment;
  private readonly averaging: 'image' | 'pixel';
  private readonly clamp: boolean;
  private readonly pixelSums = new Float64Array(NS);
  private readonly imageSums = new Float64Array(NS); // sums of per-image metrics
  private nPixels = 0;
  private nImages = 0;

  constructor(options: DepthMetricOptions = {}) {
    this.minDepth = options.minDepth ?? 1e-3;
    this.maxDepth = options.maxDepth ?? Infinity;
    if (!(this.minDepth >= 0) || !(this.maxDepth > this.minDepth)) throw new RangeError(`need 0 <= minDepth < maxDepth, got ${this.minDepth}, ${this.maxDepth}`);
    this.alignment = options.alignment ?? 'none';
    if (!['none', 'median', 'scale', 'scale-shift'].includes(this.alignment)) throw new RangeError(`unknown alignment ${this.alignment}`);
    this.averaging = options.averaging ?? 'image';
    if (this.averaging !== 'image' && this.averaging !== 'pixel') throw new RangeError(`averaging must be 'image' or 'pixel'`);
    this.clamp = options.clampPrediction ?? true;
  }

  /**
   * Adds a batch: prediction and gt of the same shape, [H, W] (one image; a flat array is one
   * image too), [N, H, W] or [N, 1, H, W]; `mask` (optional) of the same shape, non-zero = evaluate.
   */
  update(prediction: ArrayInput, gt: ArrayInput, mask?: ArrayInput): void {
    const p = toShaped(prediction, 'prediction');
    const g = toShaped(gt, 'gt');
    if (p.shape.length !== g.shape.length || p.shape.some((v, i) => v !== g.shape[i])) {
      throw new RangeError(`prediction shape ${shapeStr(p.shape)} does not match gt shape ${shapeStr(g.shape)}`);
    }
    const [n, hw] = imagesOf(g.shape, 'gt');
    let m: ArrayLike<number> | undefined;
    if (mask !== undefined) {
      const ms = toShaped(mask, 'mask');
      if (ms.data.length !== g.data.length) throw new RangeError(`mask shape ${shapeStr(ms.shape)} does not match gt shape ${shapeStr(g.shape)}`);
      m = ms.data;
    }
    const pv = new Float64Array(hw), gv = new Float64Array(hw);
    const sums = new Float64Array(NS);
    for (let im = 0; im < n; im++) {
      let k = 0;
      for (let i = im * hw; i < (im + 1) * hw; i++) {
        const y = g.data[i];
        if (!(y > this.minDepth && y < this.maxDepth) || (m && !m[i])) continue;
        const x = p.data[i];
        if (!Number.isFinite(x)) throw new RangeError(`prediction value ${x} at ${i} is not finite`);
        pv[k] = x;
        gv[k] = y;
        k++;
      }
      if (k === 0) continue;
      align(pv, gv, k, this.alignment);
      sums.fill(0);
      for (let i = 0; i < k; i++) {
        let x = pv[i];
        if (this.clamp) x = x < this.minDepth ? this.minDepth : x > this.maxDepth ? this.maxDepth : x;
        const y = gv[i];
        const d = y - x;
        const dl = Math.log(y) - Math.log(x);
        const thr = Math.max(y / x, x / y);
        sums[0] += Math.abs(d) / y;
        sums[1] += (d * d) / y;
        sums[2] += d * d;
        sums[3] += dl * dl;
        sums[4] += Math.abs(Math.log10(y) - Math.log10(x));
        if (thr < 1.25) sums[5]++;
        if (thr < 1.25 ** 2) sums[6]++;
        if (thr < 1.25 ** 3) sums[7]++;
      }
      for (let j = 0; j < NS; j++) this.pixelSums[j] += sums[j];
      for (let j = 0; j < NS; j++) this.imageSums[j] += j === 2 || j === 3 ? Math.sqrt(sums[j] / k) : sums[j] / k;
      this.nPixels += k;
      this.nImages++;
    }
  }

  reset(): void {
    this.pixelSums.fill(0);
    this.imageSums.fill(0);
    this.nPixels = 0;
    this.nImages = 0;
  }

  compute(): DepthResult {
    const v = new Float64Array(NS);
    if (this.averaging === 'image') {
      for (let j = 0; j < NS; j++) v[j] = this.imageSums[j] / this.nImages;
    } else {
      for (let j = 0; j < NS; j++) v[j] = j === 2 || j === 3 ? Math.sqrt(this.pixelSums[j] / this.nPixels) : this.pixelSums[j] / this.nPixels;
    }
    return {
      absRel: v[0], sqRel: v[1], rmse: v[2], rmseLog: v[3], log10: v[4], delta1: v[5], delta2: v[6], delta3: v[7],
      images: this.nImages, pixels: this.nPixels,
    };
  }
}

/** [images, pixels per image] of a [H, W], [N, H, W] or [N, 1, H, W] shape. */
function imagesOf(shape: number[], name: string): [number, number] {
  if (shape.length === 1) return [1, shape[0]];
  if (shape.length === 2) return [1, shape[0] * shape[1]];
  if (shape.length === 3) return [shape[0], shape[1] * shape[2]];
  if (shape.length === 4 && shape[1] === 1) return [shape[0], shape[2] * shape[3]];
  throw new RangeError(`${name} must be [P], [H, W], [N, H, W] or [N, 1, H, W], got ${shapeStr(shape)}`);
}

/** In-place per-image alignment of p[0..k) to g[0..k). */
function align(p: Float64Array, g: Float64Array, k: number, how: DepthAlignment): void {
  if (how === 'none') return;
  let s = 1, t = 0;
  if (how === 'median') {
    const mp = median(p.slice(0, k)), mg = median(g.slice(0, k));
    if (!(mp !== 0)) throw new RangeError('median alignment: the median prediction is 0');
    s = mg / mp;
  } else {
    let spp = 0, spg = 0, sp = 0, sg = 0;
    for (let i = 0; i < k; i++) { spp += p[i] * p[i]; spg += p[i] * g[i]; sp += p[i]; sg += g[i]; }
    if (how === 'scale') {
      if (spp === 0) throw new RangeError('scale alignment: the prediction is all zeros');
      s = spg / spp;
    } else {
      const det = spp * k - sp * sp;
      if (det === 0) { s = 0; t = sg / k; } // constant prediction: best fit is the mean
      else { s = (k * spg - sp * sg) / det; t = (spp * sg - sp * spg) / det; }
    }
  }
  for (let i = 0; i < k; i++) p[i] = s * p[i] + t;
}

/** numpy's median: the middle value, or the mean of the two middle values. */
export function median(a: Float64Array): number {
  const n = a.length;
  if (n === 0) return NaN;
  const s = a.slice().sort();
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
