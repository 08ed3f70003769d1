// Losses of the MultiTaskModel on a Batch — human labels or pseudo labels alike (the batch layout
// is the same): one scalar per task, to be weighted by the Trainer (config tasks.<task>.weight).
//
//   classification  cross entropy on the images labeled for it (taskMask), hard labels or soft
//                   [B, K] probabilities (pseudo labels), label smoothing
//   detection       RetinaNet's loss (torchvision semantics: focal loss + box regression, each
//                   normalized by the foreground anchors) on the images labeled for it; an image
//                   labeled with no box is all background
//   segmentation    cross entropy over labeled pixels (255 = ignore), summed / labeled pixels
//   depth           L1 (or scale-invariant log) on valid pixels (depth > 0)
//   normals         1 - cos(angle) on valid pixels (non-zero target)
// Every loss stays connected to the graph (0 x output) when a batch has nothing labeled for it.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import type { Batch } from '../data/batch';
import { type Instances, TASKS, IGNORE_INDEX, type Task } from '../data/sample';
import type { MultiTaskModel, MultiTaskOutputs, DetectionOutputs } from '../models/multitask';
import { RetinaNet, type Detections } from '../detection/retinanet';
import { AnchorGenerator, retinaNetAnchorSizes } from '../ops/anchors';
import { BoxCoder } from '../ops/coder';
import { Matcher } from '../ops/matcher';
import type { TasksConfig } from '../config/schema';

const F = torch.nn.functional;

export interface DetectionCodecOptions {
  numClasses: number;
  /** Anchor size in strides (RetinaNet: 4). */
  anchorSize?: number;
  boxLoss?: 'smoothL1' | 'l1' | 'giou';
  boxLossWeight?: number;
  scoreThresh?: number;
  nmsThresh?: number;
  detectionsPerImage?: number;
  topkCandidates?: number;
}

/**
 * RetinaNet's anchors, training loss and decoding for the detection outputs of a MultiTaskModel
 * (which has the head but not the anchor logic). The loss and the decoding are RetinaNet's own
 * methods (src/detection/retinanet.ts) run on this object's settings, so they cannot drift apart.
 */
export class DetectionCodec {
  readonly numClasses: number;
  readonly anchorSize: number;
  private readonly helper: RetinaNet;
  private readonly generators = new Map<string, AnchorGenerator>();
  private readonly cache = new Map<string, Tensor>();

  constructor(o: DetectionCodecOptions) {
    this.numClasses = o.numClasses;
    this.anchorSize = o.anchorSize ?? 4;
    // The fields RetinaNet.lossFromOutputs and RetinaNet.postprocess read (its defaults otherwise).
    const opts = {
      focalAlpha: 0.25, focalGamma: 2, boxLoss: o.boxLoss ?? 'smoothL1', smoothL1Beta: 0.1, giouEps: 1e-7,
      boxLossWeight: o.boxLossWeight ?? 1, dropCrowd: true, scoreThresh: o.scoreThresh ?? 0.05,
      topkCandidates: o.topkCandidates ?? 1000, nmsThresh: o.nmsThresh ?? 0.5, detectionsPerImage: o.detectionsPerImage ?? 100,
    };
    this.helper = Object.assign(Object.create(RetinaNet.prototype) as RetinaNet, {
      opts, numClasses: o.numClasses, boxCoder: new BoxCoder({ weights: [1, 1, 1, 1] }),
      matcher: new Matcher(0.5, 0.4, { allowLowQualityMatches: true }),
    });
  }

  /** Anchors [A_total, 4] for a padded input size and the outputs' pyramid (cached; owned here). */
  anchors(imageSize: readonly number[], det: DetectionOutputs): Tensor {
    const device = det.clsLogits.device;
    const key = `${imageSize.join('x')}|${det.featureSizes.map((g) => g.join('x')).join(',')}|${det.strides.join(',')}|${device}`;
    let a = this.cache.get(key);
    if (!a) {
      const gkey = det.strides.join(',');
      let gen = this.generators.get(gkey);
      if (!gen) {
        gen = new AnchorGenerator(retinaNetAnchorSizes(det.strides, { anchorSize: this.anchorSize }), det.strides.map(() => [0.5, 1, 2]));
        this.generators.set(gkey, gen);
      }
      if (this.cache.size >= 16) {
        const [k0, t0] = this.cache.entries().next().value as [string, Tensor];
        this.cache.delete(k0);
        t0.dispose();
      }
      const g = gen;
      a = torch.tidy(() => g.forward(imageSize, det.featureSizes, { device })).keep();
      this.cache.set(key, a);
    }
    const perLoc = 9;
    const expected = det.featureSizes.reduce((s, [h, w]) => s + h * w * perLoc, 0);
    if (a.shape[0] !== expected || det.clsLogits.shape[1] !== expected) {
      throw new RangeError(`DetectionCodec: ${det.clsLogits.shape[1]} head anchors but ${a.shape[0]} generated (the head needs 9 anchors per location)`);
    }
    return a;
  }

  /** RetinaNet's loss on the images `rows` of the batch (all when null). */
  loss(det: DetectionOutputs, imageSize: readonly number[], targets: Instances[], rows: Tensor | null): { classification: Tensor; bboxRegression: Tensor; total: Tensor } {
    return torch.tidy(() => {
      const anchors = this.anchors(imageSize, det);
      const outputs = rows ? { clsLogits: det.clsLogits.index(rows), bboxRegression: det.bboxRegression.index(rows) } : det;
      return this.helper.lossFromOutputs(targets.map(dropDegenerate), outputs, anchors);
    });
  }

  /** Detections per image (boxes in the input's pixels, clipped to each image's size). */
  decode(det: DetectionOutputs, imageSize: readonly number[], imageSizes: [number, number][]): Detections[] {
    return torch.noGrad(() => torch.tidy(() => {
      const anchors = this.anchors(imageSize, det);
      const numPerLevel = det.featureSizes.map(([h, w]) => h * w * 9);
      return this.helper.postprocess(det, anchors, numPerLevel, imageSizes);
    }));
  }

  dispose(): void {
    for (const t of this.cache.values()) t.dispose();
    this.cache.clear();
    for (const g of this.generators.values()) g.dispose();
    this.generators.clear();
  }
}

/** Instances without boxes of zero width or height (which RetinaNet's loss refuses). */
function dropDegenerate(t: Instances): Instances {
  if (t.boxes.shape[0] === 0) return t;
  const wh = t.boxes.index(torch.slice(), torch.slice(2)).sub(t.boxes.index(torch.slice(), torch.slice(null, 2)));
  const ok = wh.gt(0).all(1);
  if (ok.all().item()) return t;
  const keep = torch.where(ok)[0];
  return {
    boxes: t.boxes.index(keep), classes: t.classes.index(keep),
    iscrowd: t.iscrowd?.index(keep), masks: t.masks?.index(keep),
  };
}

export interface MultiTaskLossOptions {
  /** Tasks to compute (default: the model's). */
  tasks?: Task[];
  labelSmoothing?: number;
  depthLoss?: 'l1' | 'silog';
  detection?: DetectionCodecOptions;
}

/** Multi-task losses of a MultiTaskModel: `compute(model, batch)` -> { task: scalar }. */
export class MultiTaskLoss {
  readonly tasks: Task[];
  readonly detection: DetectionCodec | null;
  private readonly labelSmoothing: number;
  private readonly depthLoss: 'l1' | 'silog';

  constructor(model: MultiTaskModel, opts: MultiTaskLossOptions = {}) {
    this.tasks = opts.tasks ?? model.tasks;
    for (const t of this.tasks) if (!model.tasks.includes(t)) throw new RangeError(`MultiTaskLoss: the model has no '${t}' head`);
    this.labelSmoothing = opts.labelSmoothing ?? 0;
    this.depthLoss = opts.depthLoss ?? 'l1';
    this.detection = this.tasks.includes('detection')
      ? new DetectionCodec(opts.detection ?? { numClasses: (model.head('detection') as unknown as { numClasses: number }).numClasses })
      : null;
  }

  /** From the tasks section of a run config. */
  static fromConfig(model: MultiTaskModel, tasks: TasksConfig, numClasses: number): MultiTaskLoss {
    const d = tasks.detection;
    return new MultiTaskLoss(model, {
      tasks: TASKS.filter((k) => tasks[k].enabled),
      labelSmoothing: tasks.classification.labelSmoothing,
      depthLoss: tasks.depth.loss,
      detection: {
        numClasses, anchorSize: d.anchorSize, boxLoss: d.boxLoss, boxLossWeight: d.boxLossWeight,
        scoreThresh: d.scoreThreshold, nmsThresh: d.nmsThreshold, detectionsPerImage: d.detectionsPerImage,
      },
    });
  }

  /** Loss weights by task from the config. */
  static weights(tasks: TasksConfig): Record<string, number> {
    return Object.fromEntries(TASKS.filter((k) => tasks[k].enabled).map((k) => [k, tasks[k].weight]));
  }

  /** One scalar per task (float32), computed from one forward pass. */
  compute(model: MultiTaskModel, batch: Batch): Record<string, Tensor> {
    const out = model.forward(batch.images, { tasks: this.tasks });
    return this.fromOutputs(out, batch);
  }

  /** The losses of given outputs. */
  fromOutputs(out: MultiTaskOutputs, batch: Batch): Record<string, Tensor> {
    const losses: Record<string, Tensor> = {};
    for (const task of this.tasks) {
      switch (task) {
        case 'classification': losses[task] = this.classification(out.classification!, batch); break;
        case 'detection': losses[task] = this.detectionLoss(out.detection!, batch); break;
        case 'segmentation': losses[task] = this.segmentation(out.segmentation!, batch); break;
        case 'depth': losses[task] = this.depth(out.depth!, batch); break;
        case 'normals': losses[task] = this.normals(out.normals!, batch); break;
      }
    }
    return losses;
  }

  private rows(batch: Batch, task: Task): Tensor {
    return torch.where(batch.taskMask.select(1, TASKS.indexOf(task)))[0];
  }

  classification(logits: Tensor, batch: Batch): Tensor {
    const x = logits.to('float32');
    const rows = this.rows(batch, 'classification');
    if (!batch.labels || rows.shape[0] === 0) return x.sum().mul(0);
    const target = batch.labels.index(rows);
    return F.crossEntropy(x.index(rows), target.dtype === 'int64' ? target : target.to('float32'), { labelSmoothing: this.labelSmoothing });
  }

  detectionLoss(det: DetectionOutputs, batch: Batch): Tensor {
    const rows = this.rows(batch, 'detection');
    const n = rows.shape[0];
    if (!batch.instances || n === 0) return det.clsLogits.sum().mul(0).add(det.bboxRegression.sum().mul(0)).to('float32');
    const idx = Array.from(rows.to('cpu').dataSync() as ArrayLike<number | bigint>, Number);
    const targets = idx.map((i) => batch.instances![i]);
    const all = n === batch.images.shape[0];
    return this.detection!.loss(det, batch.images.shape.slice(2), targets, all ? null : rows).total;
  }

  segmentation(logits: Tensor, batch: Batch): Tensor {
    const x = logits.to('float32');
    if (!batch.semantic) return x.sum().mul(0);
    const valid = batch.semantic.ne(IGNORE_INDEX).sum().item();
    const sum = F.crossEntropy(x, batch.semantic, { ignoreIndex: IGNORE_INDEX, reduction: 'sum' });
    return sum.div(Math.max(1, Number(valid)));
  }

  depth(pred: Tensor, batch: Batch): Tensor {
    const p = pred.to('float32').squeeze(1);
    if (!batch.depth) return p.sum().mul(0);
    const gt = batch.depth;
    const mask = gt.gt(0);
    const n = Number(mask.sum().item());
    if (n === 0) return p.sum().mul(0);
    const m = mask.to('float32');
    if (this.depthLoss === 'l1') return p.sub(gt).abs().mul(m).sum().div(n);
    // scale-invariant log loss (Eigen et al.): mean(d^2) - 0.85 mean(d)^2, d = log p - log g
    const d = p.clamp({ min: 1e-3 }).log().sub(gt.clamp({ min: 1e-3 }).log()).mul(m);
    const mean = d.sum().div(n);
    return d.pow(2).sum().div(n).sub(mean.pow(2).mul(0.85));
  }

  normals(pred: Tensor, batch: Batch): Tensor {
    const p = pred.to('float32');
    if (!batch.normals) return p.sum().mul(0);
    const gt = batch.normals;
    const mask = gt.abs().sum([1]).gt(0);
    const n = Number(mask.sum().item());
    if (n === 0) return p.sum().mul(0);
    const cos = p.mul(gt).sum([1]);
    return torch.rsub(cos, 1).mul(mask.to('float32')).sum().div(n);
  }

  dispose(): void {
    this.detection?.dispose();
  }
}
