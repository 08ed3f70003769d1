// Semantic segmentation: one confusion matrix over the whole split (streaming), then per-class
// IoU, mIoU, pixel accuracy and mean class accuracy.
//
// Conventions (those of the Cityscapes / mmsegmentation / DeepLab evaluations):
// - Pixels whose target is `ignoreIndex` (default 255) are skipped entirely.
// - IoU_c = TP_c / (TP_c + FP_c + FN_c) from the split's confusion matrix (not averaged per image).
// - A class absent from both the targets and the predictions of the whole split has no IoU (NaN)
//   and is left out of mIoU; a class present in either counts (a class only predicted has IoU 0).
// - Mean class accuracy averages TP_c / (TP_c + FN_c) over the classes present in the targets.
import type { Tensor } from '@must/torch';
import { type ArrayInput, isTensor, shapeStr, toShaped } from './input';

export interface SegmentationMetricOptions {
  numClasses: number;
  /** Target value that marks unlabeled pixels (default 255). */
  ignoreIndex?: number;
}

export interface SegmentationResult {
  /** Mean IoU over the classes present in targets or predictions. */
  mIoU: number;
  /** IoU per class (NaN where the class appears in neither). */
  iou: number[];
  /** Correct pixels / labeled pixels. */
  pixelAccuracy: number;
  /** Mean over classes present in the targets of TP / (TP + FN). */
  meanAccuracy: number;
  /** Accuracy per class (NaN where the class has no target pixels). */
  classAccuracy: number[];
  /** Sum over classes of (target frequency x IoU), over the classes with target pixels. */
  frequencyWeightedIoU: number;
  /** Labeled pixels counted. */
  pixels: number;
  /** numClasses x numClasses counts, row-major [target][prediction]. */
  confusionMatrix: Float64Array;
}

export class SegmentationMetric {
  readonly numClasses: number;
  readonly ignoreIndex: number;
  private readonly cm: Float64Array;

  constructor(options: SegmentationMetricOptions) {
    const { numClasses, ignoreIndex = 255 } = options;
    if (!Number.isInteger(numClasses) || numClasses < 1) throw new RangeError(`numClasses must be a positive integer, got ${numClasses}`);
    if (ignoreIndex >= 0 && ignoreIndex < numClasses) throw new RangeError(`ignoreIndex ${ignoreIndex} is a class index (numClasses ${numClasses})`);
    this.numClasses = numClasses;
    this.ignoreIndex = ignoreIndex;
    this.cm = new Float64Array(numClasses * numClasses);
  }

  /**
   * Adds a batch. `target`: class indices (any shape, e.g. [N, H, W] or [H, W]). `prediction`:
   * class indices of the same shape, or scores with one more dimension for the classes: [N, C, H, W]
   * for [N, H, W] targets, [C, H, W] for [H, W] (the argmax over C is taken, first index on ties).
   */
  update(prediction: ArrayInput, target: ArrayInput): void {
    const C = this.numClasses;
    const t = toShaped(target, 'target');
    let pred: ArrayLike<number>;
    let pshape: number[];
    if (isTensor(prediction) && prediction.ndim === t.shape.length + 1) {
      const dim = t.shape.length >= 3 || prediction.ndim === 4 ? 1 : 0;
      if (prediction.shape[dim] !== C) throw new RangeError(`prediction has ${prediction.shape[dim]} classes in dim ${dim}, expected ${C}`);
      const am = (prediction as Tensor).argmax({ dim });
      try { const s = toShaped(am, 'prediction'); pred = s.data; pshape = s.shape; } finally { am.dispose(); }
    } else {
      const p = toShaped(prediction, 'prediction');
      if (p.shape.length === t.shape.length + 1) {
        const dim = p.shape.length === 4 ? 1 : 0;
        if (p.shape[dim] !== C) throw new RangeError(`prediction has ${p.shape[dim]} classes in dim ${dim}, expected ${C}`);
        ({ data: pred, shape: pshape } = argmaxDim(p.data, p.shape, dim));
      } else {
        pred = p.data;
        pshape = p.shape;
      }
    }
    if (pshape.length !== t.shape.length || pshape.some((v, i) => v !== t.shape[i])) {
      throw new RangeError(`prediction shape ${shapeStr(pshape)} does not match target shape ${shapeStr(t.shape)}`);
    }
    const tg = t.data;
    const cm = this.cm;
    const ign = this.ignoreIndex;
    const n = tg.length;
    for (let i = 0; i < n; i++) {
      const y = tg[i];
      if (y === ign) continue;
      const p = pred[i];
      if (!(y >= 0 && y < C && Number.isInteger(y))) throw new RangeError(`target value ${y} at ${i} is neither a class in [0, ${C}) nor ignoreIndex ${ign}`);
      if (!(p >= 0 && p < C && Number.isInteger(p))) throw new RangeError(`prediction value ${p} at ${i} is not a class in [0, ${C})`);
      cm[y * C + p]++;
    }
  }

  reset(): void {
    this.cm.fill(0);
  }

  compute(): SegmentationResult {
    const C = this.numClasses;
    const cm = this.cm;
    const iou: number[] = [];
    const acc: number[] = [];
    let total = 0, correct = 0;
    const rows = new Float64Array(C), cols = new Float64Array(C);
    for (let a = 0; a < C; a++) {
      for (let b = 0; b < C; b++) {
        const v = cm[a * C + b];
        rows[a] += v;
        cols[b] += v;
        total += v;
      }
      correct += cm[a * C + a];
    }
    let sIou = 0, nIou = 0, sAcc = 0, nAcc = 0, fw = 0;
    for (let c = 0; c < C; c++) {
      const tp = cm[c * C + c];
      const union = rows[c] + cols[c] - tp;
      const v = union > 0 ? tp / union : NaN;
      iou.push(v);
      if (union > 0) { sIou += v; nIou++; }
      const a = rows[c] > 0 ? tp / rows[c] : NaN;
      acc.push(a);
      if (rows[c] > 0) { sAcc += a; nAcc++; fw += (rows[c] / total) * v; }
    }
    return {
      mIoU: nIou ? sIou / nIou : NaN,
      iou,
      pixelAccuracy: total ? correct / total : NaN,
      meanAccuracy: nAcc ? sAcc / nAcc : NaN,
      classAccuracy: acc,
      frequencyWeightedIoU: total ? fw : NaN,
      pixels: total,
      confusionMatrix: cm.slice(),
    };
  }
}

/** argmax over `dim` of a row-major array (first index on ties). */
export function argmaxDim(data: ArrayLike<number>, shape: number[], dim: number): { data: Int32Array; shape: number[] } {
  const outer = shape.slice(0, dim).reduce((a, b) => a * b, 1);
  const C = shape[dim];
  const inner = shape.slice(dim + 1).reduce((a, b) => a * b, 1);
  const out = new Int32Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      let best = 0, bv = data[o * C * inner + i];
      for (let c = 1; c < C; c++) {
        const v = data[(o * C + c) * inner + i];
        if (v > bv || (Number.isNaN(bv) && !Number.isNaN(v))) { bv = v; best = c; }
      }
      out[o * inner + i] = best;
    }
  }
  return { data: out, shape: [...shape.slice(0, dim), ...shape.slice(dim + 1)] };
}
