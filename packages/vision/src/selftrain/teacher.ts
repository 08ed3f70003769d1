// Teachers: what pseudoLabel runs over the unlabeled images. A teacher predicts one task for a
// batch of images and returns one prediction per image, at the image's own size:
//
//   classification : [K] class probabilities (softmax of the logits)
//   detection      : { boxes [D, 4] xyxy pixels, scores [D], classes [D] int64 } (the detector's
//                    own post-processing; the pseudo-label threshold is applied later)
//   segmentation   : [K, h, w] class probabilities
//   depth          : [h, w] (or [1, h, w]) depth
//   normals        : [3, h, w] normals
//
// Adapters: MultiTaskTeacher (a MultiTaskModel, one of its heads) and RetinaNetTeacher
// (detection.RetinaNet). Both run the model in eval mode without gradient (restoring the
// model's mode afterwards) and carry a fingerprint (sha256 of the state dict and the adapter's
// settings) that the pseudo-label store records, so resuming with other weights is refused.
import { createHash } from 'node:crypto';
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { TASKS, type Task } from '../data/sample';
import { MultiTaskModel } from '../models/multitask';
import type { DepthHead } from '../models/heads/depth';
import { RetinaNet, batchImages } from '../detection/retinanet';
import { AnchorGenerator, retinaNetAnchorSizes, type RetinaNetAnchorOptions } from '../ops/anchors';
import { BoxCoder } from '../ops/coder';
import { clipBoxesToImage } from '../ops/boxes';
import { batchedNms } from '../ops/nms';
import type { DetectionPrediction } from './encode';

/** One image's prediction: a Tensor for every task but detection. */
export type Prediction = Tensor | DetectionPrediction;

export interface Teacher {
  readonly task: Task;
  /**
   * Predicts `task` for a batch. `images`: [B, C, H, W] float32 in [0, 1], each image top-left,
   * zero-padded to the batch's size; `sizes`: each image's [h, w]. Returns B predictions at the
   * images' own sizes (see the file comment), owned by the caller. Called inside
   * torch.inferenceMode by pseudoLabel.
   */
  predict(images: Tensor, sizes: [number, number][], hints?: PredictHints): Prediction[];
  /**
   * Identifies the teacher's weights and settings (recorded in the store; a resumed run with a
   * different fingerprint is refused). Teachers without one are recorded as 'unfingerprinted'.
   */
  fingerprint?(): string;
}

/**
 * What the caller will do with the predictions, so a teacher may skip work that cannot change the
 * result; a teacher is free to ignore them.
 */
export interface PredictHints {
  /**
   * Detection: boxes scoring below this are dropped afterwards (the pseudo-label threshold). A
   * teacher whose decoding keeps candidates above a score, picks the best k and runs NMS may use it
   * as its candidate threshold: NMS only lets a box suppress lower-scored ones, so the boxes at or
   * above it are the same.
   */
  minScore?: number;
}

export function isDetectionPrediction(p: Prediction): p is DetectionPrediction {
  return !(p instanceof torch.Tensor) && typeof p === 'object' && p !== null && 'boxes' in p;
}

/** sha256 over a module's state dict (names, dtypes, shapes, bytes) and optional settings. */
export function fingerprintModule(model: torch.nn.Module, settings?: unknown): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(settings ?? null));
  torch.tidy(() => {
    for (const [k, t] of model.stateDict()) {
      h.update(`${k}|${t.dtype}|${t.shape.join(',')}|`);
      const c = t.device === 'cpu' ? t : t.cpu();
      const d = c.contiguous().dataSync();
      h.update(new Uint8Array(d.buffer, d.byteOffset, d.byteLength));
    }
  });
  return h.digest('hex');
}

/** Runs fn with the model in eval mode, restoring training mode afterwards. */
function inEval<T>(model: torch.nn.Module, fn: () => T): T {
  const was = model.training;
  if (was) model.eval();
  try {
    return torch.noGrad(fn);
  } finally {
    if (was) model.train();
  }
}

function crops(images: Tensor, sizes: [number, number][]): Tensor[] {
  if (images.ndim !== 4) throw new RangeError(`teacher: images must be [B, C, H, W], got [${images.shape.join(', ')}]`);
  if (sizes.length !== images.shape[0]) throw new RangeError(`teacher: ${images.shape[0]} images but ${sizes.length} sizes`);
  return sizes.map(([h, w], i) => images.select(0, i).narrow(1, 0, h).narrow(2, 0, w));
}

/** RetinaNet-style decoding of dense detection outputs (torchvision's postprocess_detections). */
export interface DetectionDecodeOptions {
  /** Anchors (RetinaNet's: size 4 x stride, 3 scales per octave, ratios 0.5/1/2). */
  anchors?: RetinaNetAnchorOptions;
  boxCoderWeights?: [number, number, number, number];
  /** Candidate score threshold (default 0.05, torchvision's; the pseudo-label threshold comes later). */
  scoreThresh?: number;
  /** Candidates must also score at least this (PredictHints.minScore; default none). */
  minScore?: number;
  topkCandidates?: number;
  nmsThresh?: number;
  detectionsPerImage?: number;
}

export interface MultiTaskTeacherOptions {
  /** Per-channel normalization applied to [0, 1] images before the model (default none). */
  imageMean?: number[] | null;
  imageStd?: number[] | null;
  /**
   * Pad the batch to a multiple of this: default 128 for detection (every level up to P7 tiles
   * exactly), the model's inputDivisor (32) for dense tasks, 1 for classification.
   */
  sizeDivisible?: number;
  /** Decoding of the detection head. */
  detection?: DetectionDecodeOptions;
}

/** A MultiTaskModel used as the teacher of one of its tasks. */
export class MultiTaskTeacher implements Teacher {
  #anchorGen: AnchorGenerator | null = null;
  #anchorKey = '';
  readonly #coder: BoxCoder;
  #fp: string | null = null;
  readonly divisor: number;

  constructor(readonly model: MultiTaskModel, readonly task: Task, readonly options: MultiTaskTeacherOptions = {}) {
    if (!model.tasks.includes(task)) throw new RangeError(`MultiTaskTeacher: the model has no '${task}' head (its tasks: ${model.tasks.join(', ')})`);
    this.#coder = new BoxCoder({ weights: options.detection?.boxCoderWeights ?? [1, 1, 1, 1] });
    this.divisor = options.sizeDivisible ?? (task === 'detection' ? 128 : task === 'classification' ? 1 : model.inputDivisor);
  }

  /** RetinaNet anchors for the head's pyramid strides (as detection.RetinaNet: size 4 x stride, 3 scales, 3 ratios). */
  #anchors(strides: number[]): AnchorGenerator {
    const key = strides.join(',');
    if (!this.#anchorGen || this.#anchorKey !== key) {
      this.#anchorGen?.dispose();
      const d = this.options.detection ?? {};
      const ratios = d.anchors?.aspectRatios ?? [0.5, 1, 2];
      this.#anchorGen = new AnchorGenerator(retinaNetAnchorSizes(strides, d.anchors), strides.map(() => [...ratios]),
        { roundCellAnchors: d.anchors?.roundCellAnchors });
      this.#anchorKey = key;
    }
    return this.#anchorGen;
  }

  /** Frees the cached anchors (the model is the caller's). */
  dispose(): void {
    this.#anchorGen?.dispose();
    this.#anchorGen = null;
  }

  fingerprint(): string {
    this.#fp ??= fingerprintModule(this.model, { adapter: 'MultiTaskTeacher', task: this.task, options: this.options, divisor: this.divisor });
    return this.#fp;
  }

  predict(images: Tensor, sizes: [number, number][], hints: PredictHints = {}): Prediction[] {
    const o = this.options;
    return inEval(this.model, () => torch.tidy(() => {
      const list = batchImages(crops(images, sizes), { sizeDivisible: this.divisor, mean: o.imageMean ?? null, std: o.imageStd ?? null });
      const x = list.tensors;
      const out = this.model.forward(x, { tasks: [this.task] });
      switch (this.task) {
        case 'classification':
          return out.classification!.to('float32').softmax(1).unbind({ dim: 0 });
        case 'segmentation': {
          const p = out.segmentation!.to('float32').softmax(1);
          return sizes.map(([h, w], i) => p.select(0, i).narrow(1, 0, h).narrow(2, 0, w).contiguous());
        }
        case 'depth': {
          const head = this.model.head<DepthHead>('depth');
          const d = head.toDepth(out.depth!).to('float32');
          return sizes.map(([h, w], i) => d.select(0, i).select(0, 0).narrow(0, 0, h).narrow(1, 0, w).contiguous());
        }
        case 'normals': {
          const n = out.normals!.to('float32');
          return sizes.map(([h, w], i) => n.select(0, i).narrow(1, 0, h).narrow(2, 0, w).contiguous());
        }
        case 'detection': {
          const det = out.detection!;
          const gen = this.#anchors(det.strides);
          const anchors = gen.forward(x.shape.slice(2), det.featureSizes, { device: x.device });
          const a = gen.numAnchorsPerLocation()[0];
          const perLevel = det.featureSizes.map(([h, w]) => h * w * a);
          return decodeDetections(det.clsLogits, det.bboxRegression, anchors, perLevel, sizes, this.#coder, { ...o.detection, minScore: hints.minScore });
        }
        default:
          throw new RangeError(`MultiTaskTeacher: unknown task '${this.task as string}'`);
      }
    }));
  }
}

/**
 * Detections per image from dense RetinaNet-style outputs: per level, sigmoid scores >
 * scoreThresh, the topkCandidates best (anchor, class) pairs, decoded and clipped to the image;
 * class-aware NMS over the levels; the detectionsPerImage best. (torchvision's RetinaNet
 * postprocess_detections, as detection.RetinaNet.postprocess.)
 */
export function decodeDetections(clsLogits: Tensor, bboxRegression: Tensor, anchors: Tensor, numAnchorsPerLevel: number[],
  imageSizes: [number, number][], coder: BoxCoder, o: DetectionDecodeOptions = {}): DetectionPrediction[] {
  const scoreThresh = o.scoreThresh ?? 0.05;
  const topk = o.topkCandidates ?? 1000;
  const nmsThresh = o.nmsThresh ?? 0.5;
  const perImage = o.detectionsPerImage ?? 100;
  const k = clsLogits.shape[2];
  return torch.tidy(() => {
    const logitsLevels = clsLogits.splitWithSizes(numAnchorsPerLevel, { dim: 1 });
    const regLevels = bboxRegression.splitWithSizes(numAnchorsPerLevel, { dim: 1 });
    const anchorLevels = anchors.splitWithSizes(numAnchorsPerLevel, { dim: 0 });
    return imageSizes.map((size, i) => {
      const boxesAll: Tensor[] = [];
      const scoresAll: Tensor[] = [];
      const labelsAll: Tensor[] = [];
      for (let l = 0; l < numAnchorsPerLevel.length; l++) {
        const scores = logitsLevels[l].select(0, i).to('float32').sigmoid().flatten();
        const keep = o.minScore !== undefined && o.minScore > scoreThresh ? scores.ge(o.minScore) : scores.gt(scoreThresh);
        const kept = scores.index(keep);
        const candidates = torch.where(keep)[0];
        const [topScores, idxs] = kept.topk(Math.min(topk, candidates.shape[0]));
        const topIdxs = candidates.index(idxs);
        const anchorIdxs = torch.div(topIdxs, k, { roundingMode: 'floor' });
        const labels = topIdxs.remainder(k);
        const boxes = coder.decodeSingle(regLevels[l].select(0, i).to('float32').index(anchorIdxs), anchorLevels[l].index(anchorIdxs));
        boxesAll.push(clipBoxesToImage(boxes, size));
        scoresAll.push(topScores);
        labelsAll.push(labels);
      }
      const boxes = torch.cat(boxesAll, { dim: 0 });
      const scores = torch.cat(scoresAll, { dim: 0 });
      const labels = torch.cat(labelsAll, { dim: 0 });
      let keep = batchedNms(boxes, scores, labels, nmsThresh);
      if (keep.shape[0] > perImage) keep = keep.narrow(0, 0, perImage);
      return { boxes: boxes.index(keep), scores: scores.index(keep), classes: labels.index(keep) };
    });
  });
}

/** detection.RetinaNet as the detection teacher (its own normalization, padding and post-processing). */
export class RetinaNetTeacher implements Teacher {
  readonly task: Task = 'detection';
  #fp: string | null = null;
  constructor(readonly model: RetinaNet) {}

  fingerprint(): string {
    this.#fp ??= fingerprintModule(this.model, { adapter: 'RetinaNetTeacher', options: this.model.opts });
    return this.#fp;
  }

  predict(images: Tensor, sizes: [number, number][]): Prediction[] {
    return inEval(this.model, () => torch.tidy(() => this.model.detect(crops(images, sizes))));
  }
}

/** A model-like predictor as a Teacher: a Teacher as is, a MultiTaskModel (its `task` head), a RetinaNet. */
export function toTeacher(task: Task, x: Teacher | MultiTaskModel | RetinaNet): Teacher {
  if (!TASKS.includes(task)) throw new RangeError(`toTeacher: unknown task '${task}' (tasks: ${TASKS.join(', ')})`);
  if (x instanceof MultiTaskModel) return new MultiTaskTeacher(x, task);
  if (x instanceof RetinaNet) {
    if (task !== 'detection') throw new RangeError(`toTeacher: a RetinaNet can only teach detection, not '${task}'`);
    return new RetinaNetTeacher(x);
  }
  if (x && typeof (x as Teacher).predict === 'function') {
    const t = x as Teacher;
    if (t.task !== task) throw new RangeError(`toTeacher: the teacher given for '${task}' says it teaches '${t.task}'`);
    return t;
  }
  throw new TypeError(`toTeacher: the '${task}' teacher must be a Teacher ({ task, predict }), a MultiTaskModel or a detection.RetinaNet`);
}
