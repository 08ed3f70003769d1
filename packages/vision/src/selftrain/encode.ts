// Pseudo-label encoders (MuST, arXiv 2108.11353; /work/shared/notes/ALGORITHMS.md section 1). Each
// turns one image's teacher prediction into the labels of a Sample:
//
//   classification : soft class probabilities [K] float32, optionally temperature-sharpened
//                    (p_i^(1/T) / sum_j p_j^(1/T), i.e. softmax(logits / T))
//   detection      : boxes after class-aware NMS (or weighted box voting) whose score >= the
//                    threshold (default 0.5), at most maxDetections, best first
//   segmentation   : hard labels [H, W] uint8 (argmax); pixels whose max probability < the
//                    threshold (default 0.5) become IGNORE_INDEX (255)
//   depth          : the teacher's raw regression output [H, W] float32
//   normals        : the teacher's output [3, H, W] float32, renormalized to unit length
//                    (all-zero vectors stay zero = invalid)
//
// The thresholds are [unverified] in ALGORITHMS.md, so they are settings (PseudoLabelThresholds),
// recorded in the store's index with the teachers' fingerprints.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { IGNORE_INDEX } from '../data/sample';
import { boxIou } from '../ops/boxes';
import { batchedNms } from '../ops/nms';

/** How boxes from several predictions of one image (TTA views) are merged. */
export type BoxMerge = 'nms' | 'vote';

export interface PseudoLabelThresholds {
  /** Classification temperature T (1 = the teacher's probabilities; < 1 sharpens). Default 1. */
  temperature: number;
  /** Detection: keep boxes with score >= this (default 0.5). */
  detectionScore: number;
  /** Detection: IoU threshold of the class-aware NMS (and of the voting clusters). Default 0.5. */
  detectionNmsIou: number;
  /** Detection: at most this many boxes per image (default 100). */
  maxDetections: number;
  /** Segmentation: pixels whose max probability < this become 255 (default 0.5). */
  segmentationConfidence: number;
  /**
   * Segmentation: per-class thresholds replacing segmentationConfidence for the pixels predicted
   * as that class (class index -> threshold; default none). Class-balanced self-training (Zou et
   * al. 2018): a weak teacher calls most object pixels background, so a high threshold for the
   * background class and a low one for objects keeps the labels it gets right.
   */
  segmentationClassConfidence: Readonly<Record<number, number>>;
}

export const DEFAULT_THRESHOLDS: Readonly<PseudoLabelThresholds> = Object.freeze({
  temperature: 1,
  detectionScore: 0.5,
  detectionNmsIou: 0.5,
  maxDetections: 100,
  segmentationConfidence: 0.5,
  segmentationClassConfidence: Object.freeze({}),
});

/** Fills defaults and checks ranges. */
export function resolveThresholds(t: Partial<PseudoLabelThresholds> = {}): PseudoLabelThresholds {
  const r: PseudoLabelThresholds = { ...DEFAULT_THRESHOLDS };
  for (const [k, v] of Object.entries(t)) {
    if (v === undefined) continue;
    if (!(k in DEFAULT_THRESHOLDS)) throw new TypeError(`pseudo-label thresholds: unknown setting '${k}' (valid: ${Object.keys(DEFAULT_THRESHOLDS).join(', ')})`);
    (r as unknown as Record<string, unknown>)[k] = v;
  }
  const bad = (k: string, v: number, cond: string) => new RangeError(`pseudo-label thresholds: ${k} must be ${cond}, got ${v}`);
  if (!(r.temperature > 0 && Number.isFinite(r.temperature))) throw bad('temperature', r.temperature, 'a positive number');
  if (!(r.detectionScore >= 0 && r.detectionScore <= 1)) throw bad('detectionScore', r.detectionScore, 'in [0, 1]');
  if (!(r.detectionNmsIou >= 0 && r.detectionNmsIou <= 1)) throw bad('detectionNmsIou', r.detectionNmsIou, 'in [0, 1]');
  if (!(Number.isInteger(r.maxDetections) && r.maxDetections >= 0)) throw bad('maxDetections', r.maxDetections, 'an integer >= 0');
  if (!(r.segmentationConfidence >= 0 && r.segmentationConfidence <= 1)) throw bad('segmentationConfidence', r.segmentationConfidence, 'in [0, 1]');
  for (const [k, v] of Object.entries(r.segmentationClassConfidence)) {
    if (!/^\d+$/.test(k) || Number(k) >= IGNORE_INDEX) throw new RangeError(`pseudo-label thresholds: segmentationClassConfidence keys must be class indices 0..${IGNORE_INDEX - 1}, got '${k}'`);
    if (!(v >= 0 && v <= 1)) throw bad(`segmentationClassConfidence[${k}]`, v, 'in [0, 1]');
  }
  return r;
}

/** Detections of one image (a teacher's output, or the encoded pseudo label with its scores). */
export interface DetectionPrediction {
  /** [D, 4] xyxy pixels of the image. */
  boxes: Tensor;
  /** [D] confidence in [0, 1]. */
  scores: Tensor;
  /** [D] int64 class indices. */
  classes: Tensor;
}

/**
 * Soft label from class probabilities [K] (the teacher's softmax). With temperature T != 1 the
 * distribution is sharpened (T < 1) or flattened (T > 1): p^(1/T) renormalized, computed as
 * softmax(log p / T) in float64.
 */
export function encodeClassification(probs: Tensor, opts: { temperature?: number } = {}): Tensor {
  if (probs.ndim !== 1) throw new RangeError(`encodeClassification: probabilities must be [K], got [${probs.shape.join(', ')}]`);
  const T = opts.temperature ?? 1;
  if (!(T > 0)) throw new RangeError(`encodeClassification: temperature must be > 0, got ${T}`);
  return torch.tidy(() => {
    const p = probs.detach().to({ dtype: 'float64', device: 'cpu' });
    if (T === 1) return p.to('float32').contiguous();
    // log(0) = -inf gives exp(-inf) = 0 in the softmax, as 0^(1/T) = 0
    return p.log().div(T).softmax(0).to('float32').contiguous();
  });
}

/**
 * Box merging used by the detection encoder. 'nms': class-aware NMS (torchvision's batched_nms).
 * 'vote': weighted box voting — the boxes NMS keeps have their coordinates replaced by the
 * score-weighted mean of every box of the same class with IoU >= iou with them (itself included);
 * their scores stay those of the kept box. Returns indices of the kept boxes (best first) and,
 * for 'vote', the voted boxes.
 */
export function mergeBoxes(d: DetectionPrediction, iou: number, merge: BoxMerge = 'nms'): { keep: Tensor; boxes: Tensor } {
  return torch.tidy(() => {
    const boxes = d.boxes.detach().to({ dtype: 'float32', device: 'cpu' });
    const scores = d.scores.detach().to({ dtype: 'float32', device: 'cpu' });
    const classes = d.classes.detach().to({ dtype: 'int64', device: 'cpu' });
    const keep = batchedNms(boxes, scores, classes, iou);
    if (merge === 'nms' || keep.shape[0] === 0) return { keep, boxes: boxes.index(keep) };
    if (merge !== 'vote') throw new RangeError(`mergeBoxes: merge must be 'nms' or 'vote', got '${merge as string}'`);
    const kept = boxes.index(keep);
    // [k, D] weights: score of j where same class and IoU(kept_i, j) >= iou
    const same = classes.index(keep).unsqueeze(1).eq(classes.unsqueeze(0));
    const close = boxIou(kept, boxes).ge(iou).logicalAnd(same);
    const w = close.to('float32').mul(scores.unsqueeze(0));
    const sum = w.sum([1], { keepdim: true }).clampMin(1e-12);
    const voted = w.matmul(boxes).div(sum);
    return { keep, boxes: voted };
  });
}

/** Detection pseudo label: merge (NMS or voting), keep score >= threshold, cap. */
export function encodeDetection(d: DetectionPrediction, opts: { scoreThreshold?: number; nmsIou?: number; maxDetections?: number; merge?: BoxMerge } = {}): DetectionPrediction {
  const n = d.boxes.shape[0];
  if (d.boxes.ndim !== 2 || d.boxes.shape[1] !== 4) throw new RangeError(`encodeDetection: boxes must be [D, 4], got [${d.boxes.shape.join(', ')}]`);
  if (d.scores.ndim !== 1 || d.scores.shape[0] !== n || d.classes.ndim !== 1 || d.classes.shape[0] !== n) {
    throw new RangeError(`encodeDetection: scores and classes must be [${n}], got [${d.scores.shape.join(', ')}] and [${d.classes.shape.join(', ')}]`);
  }
  const thr = opts.scoreThreshold ?? DEFAULT_THRESHOLDS.detectionScore;
  const max = opts.maxDetections ?? DEFAULT_THRESHOLDS.maxDetections;
  return torch.tidy(() => {
    const { keep, boxes } = mergeBoxes(d, opts.nmsIou ?? DEFAULT_THRESHOLDS.detectionNmsIou, opts.merge ?? 'nms');
    const scores = d.scores.detach().to({ dtype: 'float32', device: 'cpu' }).index(keep);
    const classes = d.classes.detach().to({ dtype: 'int64', device: 'cpu' }).index(keep);
    // keep is sorted by score, so the boxes above the threshold are a prefix
    const above = scores.ge(thr).sum().item() as number;
    const m = Math.min(above, max);
    return {
      boxes: boxes.narrow(0, 0, m).contiguous(),
      scores: scores.narrow(0, 0, m).contiguous(),
      classes: classes.narrow(0, 0, m).contiguous(),
    };
  });
}

/**
 * Segmentation pseudo label from class probabilities [K, H, W]: argmax, 255 where max < the
 * threshold of the predicted class (classThresholds[k], else threshold).
 */
export function encodeSegmentation(probs: Tensor, opts: { threshold?: number; classThresholds?: Readonly<Record<number, number>> } = {}): Tensor {
  if (probs.ndim !== 3) throw new RangeError(`encodeSegmentation: probabilities must be [K, H, W], got [${probs.shape.join(', ')}]`);
  const k = probs.shape[0];
  if (k > IGNORE_INDEX) throw new RangeError(`encodeSegmentation: at most ${IGNORE_INDEX} classes fit uint8 labels with ${IGNORE_INDEX} = ignore, got ${k}`);
  const thr = opts.threshold ?? DEFAULT_THRESHOLDS.segmentationConfidence;
  const perClass = Object.entries(opts.classThresholds ?? {});
  return torch.tidy(() => {
    const p = probs.detach().to({ dtype: 'float32', device: 'cpu' });
    const [maxp, arg] = p.max(0);
    if (perClass.length === 0) return arg.to('uint8').maskedFill(maxp.lt(thr), IGNORE_INDEX).contiguous();
    const table = new Float32Array(k).fill(thr);
    for (const [c, t] of perClass) if (Number(c) < k) table[Number(c)] = t;
    const pixelThr = torch.tensor(table, { shape: [k] }).indexSelect(0, arg.reshape([-1])).view(arg.shape);
    return arg.to('uint8').maskedFill(maxp.lt(pixelThr), IGNORE_INDEX).contiguous();
  });
}

/** Depth pseudo label: the raw output, [1, H, W] or [H, W] -> [H, W] float32. */
export function encodeDepth(depth: Tensor): Tensor {
  if (!(depth.ndim === 2 || (depth.ndim === 3 && depth.shape[0] === 1))) {
    throw new RangeError(`encodeDepth: depth must be [H, W] or [1, H, W], got [${depth.shape.join(', ')}]`);
  }
  return torch.tidy(() => {
    const d = depth.detach().to({ dtype: 'float32', device: 'cpu' });
    return (d.ndim === 3 ? d.squeeze(0) : d).contiguous().clone();
  });
}

/** Unit normals [3, H, W]: n / |n|; vectors with |n| <= eps become 0 (invalid). */
export function normalizeNormals(n: Tensor, eps = 1e-6): Tensor {
  return torch.tidy(() => {
    const norm = n.norm(2, [0], { keepdim: true });
    const valid = norm.gt(eps);
    return n.div(norm.clampMin(eps)).mul(valid.to(n.dtype));
  });
}

/** Normals pseudo label: the output [3, H, W] renormalized to unit length, float32. */
export function encodeNormals(normals: Tensor): Tensor {
  if (normals.ndim !== 3 || normals.shape[0] !== 3) throw new RangeError(`encodeNormals: normals must be [3, H, W], got [${normals.shape.join(', ')}]`);
  return torch.tidy(() => normalizeNormals(normals.detach().to({ dtype: 'float32', device: 'cpu' })).contiguous());
}
