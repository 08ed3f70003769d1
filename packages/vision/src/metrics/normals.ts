// Surface normals: per-pixel angle between predicted and ground-truth normals, pooled over every
// valid pixel of the split (the convention of Eigen & Fergus, Bansal et al., Taskonomy): mean,
// median and RMSE in degrees and the percentage of pixels under 11.25, 22.5 and 30 degrees.
//
// - Valid pixels: ground truth not all-zero (MuST's "invalid" marker) and finite, and the optional
//   mask non-zero. Both vectors are normalized; a zero predicted vector counts as 90 degrees.
// - angle = acos(clamp(dot, -1, 1)) in degrees, computed in float64. Mean, RMSE and the
//   percentages use those values; the median is exact over all pixels of the split, taken from
//   the angles stored as float32 (a growing Float32Array, 4 bytes per pixel), so it is within
//   float32 rounding (6e-8 relative) of the float64 angle. Even counts: mean of the two middle values.
// - "under t" is strict: angle < t.
import { type ArrayInput, shapeStr, toShaped } from './input';

export interface NormalsResult {
  mean: number;
  median: number;
  rmse: number;
  /** Percent of valid pixels with angle < 11.25 degrees. */
  within11_25: number;
  within22_5: number;
  within30: number;
  pixels: number;
}

const DEG = 180 / Math.PI;

export class NormalsMetric {
  private angles = new Float32Array(1 << 16);
  private n = 0;
  private sum = 0;
  private sumSq = 0;
  private under = [0, 0, 0];

  /**
   * Adds a batch: prediction and gt of the same shape, [3, H, W] or [N, 3, H, W] (channels first,
   * as MuST's Sample.normals); mask (optional) [H, W], [N, H, W] or [N, 1, H, W].
   */
  update(prediction: ArrayInput, gt: ArrayInput, mask?: ArrayInput): void {
    const p = toShaped(prediction, 'prediction');
    const g = toShaped(gt, 'gt');
    if (p.shape.length !== g.shape.length || p.shape.some((v, i) => v !== g.shape[i])) {
      throw new RangeError(`prediction shape ${shapeStr(p.shape)} does not match gt shape ${shapeStr(g.shape)}`);
    }
    const s = g.shape;
    let N: number, hw: number;
    if (s.length === 3 && s[0] === 3) { N = 1; hw = s[1] * s[2]; }
    else if (s.length === 4 && s[1] === 3) { N = s[0]; hw = s[2] * s[3]; }
    else throw new RangeError(`normals must be [3, H, W] or [N, 3, H, W], got ${shapeStr(s)}`);
    let m: ArrayLike<number> | undefined;
    if (mask !== undefined) {
      const ms = toShaped(mask, 'mask');
      if (ms.data.length !== N * hw) throw new RangeError(`mask shape ${shapeStr(ms.shape)} does not cover ${N} image(s) of ${hw} pixels`);
      m = ms.data;
    }
    const pd = p.data, gd = g.data;
    this.reserve(N * hw);
    for (let im = 0; im < N; im++) {
      const b = im * 3 * hw;
      for (let i = 0; i < hw; i++) {
        if (m && !m[im * hw + i]) continue;
        const gx = gd[b + i], gy = gd[b + hw + i], gz = gd[b + 2 * hw + i];
        const gn = Math.sqrt(gx * gx + gy * gy + gz * gz);
        if (!(gn > 0) || !Number.isFinite(gn)) continue;
        const px = pd[b + i], py = pd[b + hw + i], pz = pd[b + 2 * hw + i];
        const pn = Math.sqrt(px * px + py * py + pz * pz);
        if (!Number.isFinite(pn)) throw new RangeError(`prediction at image ${im}, pixel ${i} is not finite`);
        let c = pn > 0 ? (px * gx + py * gy + pz * gz) / (pn * gn) : 0;
        c = c > 1 ? 1 : c < -1 ? -1 : c;
        const a = Math.acos(c) * DEG;
        this.angles[this.n++] = a;
        this.sum += a;
        this.sumSq += a * a;
        if (a < 11.25) this.under[0]++;
        if (a < 22.5) this.under[1]++;
        if (a < 30) this.under[2]++;
      }
    }
  }

  private reserve(extra: number): void {
    if (this.n + extra <= this.angles.length) return;
    let cap = this.angles.length * 2;
    while (cap < this.n + extra) cap *= 2;
    const nb = new Float32Array(cap);
    nb.set(this.angles.subarray(0, this.n));
    this.angles = nb;
  }

  reset(): void {
    this.n = 0;
    this.sum = 0;
    this.sumSq = 0;
    this.under = [0, 0, 0];
  }

  compute(): NormalsResult {
    const n = this.n;
    return {
      mean: this.sum / n,
      median: medianF32(this.angles.subarray(0, n)),
      rmse: Math.sqrt(this.sumSq / n),
      within11_25: (100 * this.under[0]) / n,
      within22_5: (100 * this.under[1]) / n,
      within30: (100 * this.under[2]) / n,
      pixels: n,
    };
  }
}

/** Exact median of float32 values (in float64 arithmetic), by selection on a copy. */
function medianF32(a: Float32Array): number {
  const n = a.length;
  if (n === 0) return NaN;
  const s = a.slice();
  const k = n >> 1;
  const hi = select(s, k);
  if (n % 2) return hi;
  // the lower middle is the max of the left part after selecting k
  let lo = -Infinity;
  for (let i = 0; i < k; i++) if (s[i] > lo) lo = s[i];
  return (lo + hi) / 2;
}

/** Quickselect: reorders s so that s[k] is the k-th smallest, smaller ones before it. */
function select(s: Float32Array, k: number): number {
  let lo = 0, hi = s.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    // median of three as pivot
    const a = s[lo], b = s[mid], c = s[hi];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo, j = hi;
    while (i <= j) {
      while (s[i] < pivot) i++;
      while (s[j] > pivot) j--;
      if (i <= j) { const t = s[i]; s[i] = s[j]; s[j] = t; i++; j--; }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return s[k];
  }
  return s[k];
}
