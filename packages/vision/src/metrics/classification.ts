// Classification: top-k accuracies, per-class accuracy and the confusion matrix. Streaming.
//
// - Outputs are [N, C] scores (logits or probabilities: only the order matters), or [N] predicted
//   labels (then only top-1 is defined). Targets are [N] class indices, or [N, C] soft labels /
//   one-hot (their argmax is the class).
// - Top-k: the sample is correct when fewer than k classes score strictly higher than the target
//   class (ties are resolved in the target's favour; torch.topk would pick among tied scores
//   arbitrarily). The top-1 prediction (confusion matrix) is the first maximal score.
// - Per-class accuracy is the top-1 recall of each class (NaN for a class without samples); its
//   mean is over the classes with samples.
import { type ArrayInput, shapeStr, toShaped } from './input';
import { argmaxDim } from './segmentation';

export interface ClassificationMetricOptions {
  numClasses: number;
  /** The k of the top-k accuracies (default [1, 5]; k larger than numClasses gives 1). */
  topK?: number[];
}

export interface ClassificationResult {
  top1: number;
  /** Top-5 accuracy (NaN when only labels were given). */
  top5: number;
  /** Accuracy for each requested k. */
  topK: Record<number, number>;
  perClassAccuracy: number[];
  meanPerClassAccuracy: number;
  /** numClasses x numClasses counts, row-major [target][top-1 prediction]. */
  confusionMatrix: Float64Array;
  count: number;
}

export class ClassificationMetric {
  readonly numClasses: number;
  private readonly ks: number[];
  private readonly correctK: Float64Array;
  private readonly cm: Float64Array;
  private count = 0;
  private scoresSeen = 0;

  constructor(options: ClassificationMetricOptions) {
    const { numClasses, topK = [1, 5] } = options;
    if (!Number.isInteger(numClasses) || numClasses < 1) throw new RangeError(`numClasses must be a positive integer, got ${numClasses}`);
    for (const k of topK) if (!Number.isInteger(k) || k < 1) throw new RangeError(`top-k values must be positive integers, got ${k}`);
    this.numClasses = numClasses;
    this.ks = [...new Set([1, 5, ...topK])].sort((a, b) => a - b);
    this.correctK = new Float64Array(this.ks.length);
    this.cm = new Float64Array(numClasses * numClasses);
  }

  update(output: ArrayInput, target: ArrayInput): void {
    const C = this.numClasses;
    const o = toShaped(output, 'output');
    let t = toShaped(target, 'target');
    if (t.shape.length === 2) {
      if (t.shape[1] !== C) throw new RangeError(`soft targets must be [N, ${C}], got ${shapeStr(t.shape)}`);
      t = argmaxDim(t.data, t.shape, 1);
    }
    if (t.shape.length !== 1) throw new RangeError(`target must be [N] or [N, ${C}], got ${shapeStr(t.shape)}`);
    const n = t.shape[0];
    const y = t.data;
    for (let i = 0; i < n; i++) {
      if (!Number.isInteger(y[i]) || y[i] < 0 || y[i] >= C) throw new RangeError(`target ${y[i]} at ${i} is not a class in [0, ${C})`);
    }
    if (o.shape.length === 1) {
      if (o.shape[0] !== n) throw new RangeError(`output ${shapeStr(o.shape)} does not match target ${shapeStr(t.shape)}`);
      for (let i = 0; i < n; i++) {
        const p = o.data[i];
        if (!Number.isInteger(p) || p < 0 || p >= C) throw new RangeError(`predicted label ${p} at ${i} is not a class in [0, ${C})`);
        this.cm[y[i] * C + p]++;
        if (p === y[i]) this.correctK[0]++;
      }
      this.count += n;
      return;
    }
    if (o.shape.length !== 2 || o.shape[0] !== n || o.shape[1] !== C) {
      throw new RangeError(`output must be [${n}, ${C}] scores or [${n}] labels, got ${shapeStr(o.shape)}`);
    }
    const s = o.data;
    for (let i = 0; i < n; i++) {
      const row = i * C;
      const ts = s[row + y[i]];
      let higher = 0, best = 0, bv = s[row];
      for (let c = 0; c < C; c++) {
        const v = s[row + c];
        if (Number.isNaN(v)) throw new RangeError(`output score at [${i}, ${c}] is NaN`);
        if (v > ts) higher++;
        if (v > bv) { bv = v; best = c; }
      }
      for (let j = 0; j < this.ks.length; j++) if (higher < this.ks[j]) this.correctK[j]++;
      this.cm[y[i] * C + best]++;
    }
    this.count += n;
    this.scoresSeen += n;
  }

  reset(): void {
    this.correctK.fill(0);
    this.cm.fill(0);
    this.count = 0;
    this.scoresSeen = 0;
  }

  compute(): ClassificationResult {
    const C = this.numClasses;
    const n = this.count;
    const onlyLabels = this.scoresSeen < n;
    const topK: Record<number, number> = {};
    this.ks.forEach((k, j) => { topK[k] = k === 1 || !onlyLabels ? this.correctK[j] / n : NaN; });
    const per: number[] = [];
    let s = 0, m = 0;
    for (let c = 0; c < C; c++) {
      let row = 0;
      for (let b = 0; b < C; b++) row += this.cm[c * C + b];
      const a = row > 0 ? this.cm[c * C + c] / row : NaN;
      per.push(a);
      if (row > 0) { s += a; m++; }
    }
    return {
      top1: topK[1],
      top5: topK[5],
      topK,
      perClassAccuracy: per,
      meanPerClassAccuracy: m ? s / m : NaN,
      confusionMatrix: this.cm.slice(),
      count: n,
    };
  }
}
