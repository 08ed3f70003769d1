// RetinaNet (Lin et al., "Focal Loss for Dense Object Detection") with torchvision's semantics
// (torchvision 0.14, models/detection/retinanet.py), on any backbone that exposes
// forwardFeatures(x) -> [C2, C3, C4, C5] and featureInfo { channels, strides }:
//
//   images (list of [3, H, W] in [0, 1]) -> normalize (ImageNet mean/std) -> zero-pad the batch to
//   a multiple of sizeDivisible (128) -> backbone -> FPN on C3..C5 + P6/P7 -> shared head ->
//   per-anchor class logits and box deltas; anchors on the padded grid (AnchorGenerator).
//
// Training (computeLoss): torchvision's RetinaNet loss. Per image: IoU(gt, anchors) -> Matcher
// (fg >= 0.5, bg < 0.4, in between ignored, low-quality matches allowed); classification =
// sigmoid focal loss (alpha 0.25, gamma 2) summed over every anchor that is not ignored, / max(1,
// #fg); box regression summed over the fg anchors ('l1' / 'smoothL1' on encoded deltas, 'giou' on
// decoded boxes), / max(1, #fg); both averaged over the images.
//
// Inference (detect): per image and level, sigmoid scores > scoreThresh, the topkCandidates best
// (anchor, class) pairs, decoded and clipped to the image's own size (not the padded one); then
// class-aware NMS over the levels and the detectionsPerImage best. Boxes are in the input
// image's pixel coordinates (no resizing happens inside the model).
import * as torch from '@must/torch';
import { nn, type Tensor } from '@must/torch';
import type { Instances } from '../data/sample';
import { boxIou, clipBoxesToImage } from '../ops/boxes';
import { BoxCoder } from '../ops/coder';
import { AnchorGenerator, retinaNetAnchorSizes, type RetinaNetAnchorOptions } from '../ops/anchors';
import { Matcher } from '../ops/matcher';
import { batchedNms } from '../ops/nms';
import { boxRegressionLoss, type BoxLossType } from '../ops/losses';
import { FeaturePyramidNetwork, LastLevelP6P7 } from './fpn';
import { RetinaNetHead, type RetinaNetHeadOptions, type RetinaNetHeadOutputs } from './retinanet-head';
import type { NormOption } from './layers';

/** Channels and stride of each feature map a backbone's forwardFeatures returns. */
export interface FeatureInfo {
  channels: number[];
  strides: number[];
}

/** timm-style per-level entries are accepted too. */
type FeatureInfoLike = FeatureInfo | { channels?: number; numChs?: number; stride?: number; reduction?: number }[];

/** What RetinaNet needs of a backbone (the ResNet / ResNet-RS models of @must/vision provide it). */
export interface FeatureBackbone extends nn.Module {
  forwardFeatures(x: Tensor): Tensor[];
  readonly featureInfo: FeatureInfoLike;
}

export function normalizeFeatureInfo(fi: FeatureInfoLike): FeatureInfo {
  if (Array.isArray(fi)) {
    return {
      channels: fi.map((e) => e.channels ?? e.numChs ?? NaN),
      strides: fi.map((e) => e.stride ?? e.reduction ?? NaN),
    };
  }
  return { channels: [...fi.channels], strides: [...fi.strides] };
}

/** A zero-padded batch and the size [H, W] of each image inside it. */
export interface ImageList {
  tensors: Tensor;
  imageSizes: [number, number][];
}

/** Detections of one image: boxes [D, 4] xyxy, scores [D], classes [D] int64, best first. */
export interface Detections {
  boxes: Tensor;
  scores: Tensor;
  classes: Tensor;
}

export interface RetinaNetLosses {
  classification: Tensor;
  bboxRegression: Tensor;
  /** classification + boxLossWeight * bboxRegression */
  total: Tensor;
}

export interface RetinaNetOptions {
  /** Number of classes (no background class: sigmoid per class). */
  numClasses: number;
  /** FPN width (default 256). */
  fpnChannels?: number;
  /** Pyramid levels P_min..P_max (default 3..7). Levels above the backbone's last one are extra convs. */
  minLevel?: number;
  maxLevel?: number;
  /** P6 from the last FPN output ('p5', torchvision's retinanet_resnet50_fpn) or from C5 ('c5', the paper, v2). Default 'p5'. */
  extraFrom?: 'p5' | 'c5';
  /** Norm in the FPN convs (default none). */
  fpnNorm?: NormOption;
  /** Head towers: norm (default none; 'gn' is torchvision v2), activation ('relu' | 'silu'), numConvs, priorProbability. */
  head?: RetinaNetHeadOptions;
  /** Anchors: anchorSize 4 (x stride), 3 scales per octave, ratios 0.5/1/2, integer sizes as torchvision. */
  anchors?: RetinaNetAnchorOptions;
  fgIouThresh?: number;
  bgIouThresh?: number;
  allowLowQualityMatches?: boolean;
  focalAlpha?: number;
  focalGamma?: number;
  /**
   * Box loss: 'smoothL1' (default, beta smoothL1Beta = 0.1 as Detectron2's RetinaNet), 'l1'
   * (torchvision's retinanet_resnet50_fpn), 'giou' (torchvision's v2).
   */
  boxLoss?: BoxLossType;
  smoothL1Beta?: number;
  giouEps?: number;
  /** Weight of the box loss in `total` (default 1). */
  boxLossWeight?: number;
  boxCoderWeights?: [number, number, number, number];
  scoreThresh?: number;
  topkCandidates?: number;
  nmsThresh?: number;
  detectionsPerImage?: number;
  /** Pad the batch to a multiple of this (default 128, so every level up to P7 tiles exactly). */
  sizeDivisible?: number;
  /** Per-channel normalization of [0, 1] input; null to feed the images unchanged. Default ImageNet's. */
  imageMean?: number[] | null;
  imageStd?: number[] | null;
  /** Drop the instances marked iscrowd from the targets (torchvision's and Detectron2's COCO loaders do). Default true. */
  dropCrowd?: boolean;
}

type Resolved = Required<Omit<RetinaNetOptions, 'head' | 'anchors' | 'fpnNorm' | 'imageMean' | 'imageStd'>> & {
  head: RetinaNetHeadOptions;
  anchors: RetinaNetAnchorOptions;
  fpnNorm: NormOption;
  imageMean: number[] | null;
  imageStd: number[] | null;
};

function resolve(o: RetinaNetOptions): Resolved {
  if (!Number.isInteger(o.numClasses) || o.numClasses < 1) throw new RangeError(`RetinaNet: numClasses must be a positive integer, got ${o.numClasses}`);
  return {
    numClasses: o.numClasses,
    fpnChannels: o.fpnChannels ?? 256,
    minLevel: o.minLevel ?? 3,
    maxLevel: o.maxLevel ?? 7,
    extraFrom: o.extraFrom ?? 'p5',
    fpnNorm: o.fpnNorm ?? null,
    head: o.head ?? {},
    anchors: o.anchors ?? {},
    fgIouThresh: o.fgIouThresh ?? 0.5,
    bgIouThresh: o.bgIouThresh ?? 0.4,
    allowLowQualityMatches: o.allowLowQualityMatches ?? true,
    focalAlpha: o.focalAlpha ?? 0.25,
    focalGamma: o.focalGamma ?? 2,
    boxLoss: o.boxLoss ?? 'smoothL1',
    smoothL1Beta: o.smoothL1Beta ?? 0.1,
    giouEps: o.giouEps ?? 1e-7,
    boxLossWeight: o.boxLossWeight ?? 1,
    boxCoderWeights: o.boxCoderWeights ?? [1, 1, 1, 1],
    scoreThresh: o.scoreThresh ?? 0.05,
    topkCandidates: o.topkCandidates ?? 1000,
    nmsThresh: o.nmsThresh ?? 0.5,
    detectionsPerImage: o.detectionsPerImage ?? 100,
    sizeDivisible: o.sizeDivisible ?? 128,
    imageMean: o.imageMean === undefined ? [0.485, 0.456, 0.406] : o.imageMean,
    imageStd: o.imageStd === undefined ? [0.229, 0.224, 0.225] : o.imageStd,
    dropCrowd: o.dropCrowd ?? true,
  };
}

/**
 * Normalizes images ([C, H, W] each, or a [N, C, H, W] batch) and zero-pads them into one batch
 * whose height and width are multiples of sizeDivisible (torchvision's GeneralizedRCNNTransform
 * without the resize: normalize, then batch_images).
 */
export function batchImages(images: Tensor[] | Tensor, opts: { sizeDivisible?: number; mean?: number[] | null; std?: number[] | null } = {}): ImageList {
  const list = images instanceof torch.Tensor ? null : images;
  if (list && list.length === 0) throw new RangeError('batchImages: no images');
  const div = opts.sizeDivisible ?? 1;
  return torch.tidy(() => {
    const imgs = list ?? (images as Tensor).unbind({ dim: 0 });
    const sizes = imgs.map((im) => {
      if (im.ndim !== 3) throw new RangeError(`batchImages: images must be [C, H, W], got [${im.shape.join(', ')}]`);
      return [im.shape[1], im.shape[2]] as [number, number];
    });
    const maxH = Math.ceil(Math.max(...sizes.map((s) => s[0])) / div) * div;
    const maxW = Math.ceil(Math.max(...sizes.map((s) => s[1])) / div) * div;
    let mean: Tensor | null = null;
    let std: Tensor | null = null;
    if (opts.mean) mean = torch.tensor(opts.mean, { dtype: imgs[0].dtype, device: imgs[0].device }).view([-1, 1, 1]);
    if (opts.std) std = torch.tensor(opts.std, { dtype: imgs[0].dtype, device: imgs[0].device }).view([-1, 1, 1]);
    const padded = imgs.map((im, i) => {
      let x = im;
      if (mean) x = x.sub(mean);
      if (std) x = x.div(std);
      const [h, w] = sizes[i];
      return h === maxH && w === maxW ? x : torch.constantPadNd(x, [0, maxW - w, 0, maxH - h], { value: 0 });
    });
    return { tensors: torch.stack(padded, { dim: 0 }), imageSizes: sizes };
  });
}

export class RetinaNet extends nn.Module {
  backbone: FeatureBackbone;
  fpn: FeaturePyramidNetwork;
  head: RetinaNetHead;

  readonly opts: Resolved;
  readonly numClasses: number;
  /** Indices (into forwardFeatures' output) of the feature maps fed to the FPN. */
  readonly backboneLevels: number[];
  /** Pyramid levels produced, e.g. [3, 4, 5, 6, 7]. */
  readonly levels: number[];
  readonly anchorGenerator: AnchorGenerator;
  readonly boxCoder: BoxCoder;
  readonly matcher: Matcher;
  #anchorCache = new Map<string, Tensor>();

  constructor(backbone: FeatureBackbone, options: RetinaNetOptions) {
    super();
    const o = resolve(options);
    if (!(backbone instanceof nn.Module) || typeof backbone.forwardFeatures !== 'function' || !backbone.featureInfo) {
      throw new TypeError('RetinaNet: the backbone must be an nn.Module with forwardFeatures(x) and featureInfo { channels, strides }');
    }
    this.opts = o;
    this.numClasses = o.numClasses;
    this.backbone = backbone;
    const info = normalizeFeatureInfo(backbone.featureInfo);
    const logs = info.strides.map((s) => Math.log2(s));
    this.backboneLevels = logs.map((l, i) => [l, i]).filter(([l]) => l >= o.minLevel && l <= o.maxLevel).map(([, i]) => i);
    if (this.backboneLevels.length === 0) {
      throw new RangeError(`RetinaNet: the backbone has no feature map with a stride in [2^${o.minLevel}, 2^${o.maxLevel}] (strides ${info.strides.join(', ')})`);
    }
    const levelsIn = this.backboneLevels.map((i) => logs[i]);
    if (levelsIn.some((l) => !Number.isInteger(l))) throw new RangeError(`RetinaNet: backbone strides must be powers of two, got ${info.strides.join(', ')}`);
    if (levelsIn[0] !== o.minLevel) throw new RangeError(`RetinaNet: the backbone has no stride-${2 ** o.minLevel} feature map for P${o.minLevel}`);
    const top = levelsIn[levelsIn.length - 1];
    const numExtra = o.maxLevel - top;
    const inChannels = this.backboneLevels.map((i) => info.channels[i]);
    const extra = numExtra > 0
      ? new LastLevelP6P7(o.extraFrom === 'p5' ? o.fpnChannels : inChannels[inChannels.length - 1], o.fpnChannels,
        { from: o.extraFrom, numLevels: numExtra, firstLevel: top + 1 })
      : null;
    this.fpn = new FeaturePyramidNetwork(inChannels, o.fpnChannels, { extraBlocks: extra, norm: o.fpnNorm });
    this.levels = Array.from({ length: o.maxLevel - o.minLevel + 1 }, (_, i) => o.minLevel + i);
    const strides = this.levels.map((l) => 2 ** l);
    const ratios = o.anchors.aspectRatios ?? [0.5, 1, 2];
    this.anchorGenerator = new AnchorGenerator(retinaNetAnchorSizes(strides, o.anchors), strides.map(() => [...ratios]),
      { roundCellAnchors: o.anchors.roundCellAnchors });
    const numAnchors = this.anchorGenerator.numAnchorsPerLocation()[0];
    this.head = new RetinaNetHead(o.fpnChannels, numAnchors, o.numClasses, o.head);
    this.boxCoder = new BoxCoder({ weights: o.boxCoderWeights });
    this.matcher = new Matcher(o.fgIouThresh, o.bgIouThresh, { allowLowQualityMatches: o.allowLowQualityMatches });
  }

  /** Normalizes and pads images into a batch (see batchImages). */
  preprocess(images: Tensor[] | Tensor | ImageList): ImageList {
    if (!(images instanceof torch.Tensor) && !Array.isArray(images)) return images;
    return batchImages(images, { sizeDivisible: this.opts.sizeDivisible, mean: this.opts.imageMean, std: this.opts.imageStd });
  }

  /**
   * The pyramid P_min..P_max of a preprocessed batch [N, 3, H, W]; `backboneFeatures` (the
   * backbone's forwardFeatures output, e.g. computed once by a multi-task model) skips the backbone.
   */
  features(batch: Tensor, backboneFeatures?: Tensor[]): Tensor[] {
    return torch.tidy(() => {
      const feats = backboneFeatures ?? this.backbone.forwardFeatures(batch);
      return this.fpn.forward(this.backboneLevels.map((i) => feats[i]));
    });
  }

  /**
   * Anchors [A_total, 4] (float32, on `device`) for a padded image size and the pyramid's grid
   * sizes; cached (owned by the model; do not dispose).
   */
  anchors(imageSize: readonly number[], gridSizes: readonly (readonly number[])[], device = 'cpu'): Tensor {
    const key = `${imageSize.join('x')}|${gridSizes.map((g) => g.join('x')).join(',')}|${device}`;
    let a = this.#anchorCache.get(key);
    if (!a) {
      if (this.#anchorCache.size >= 16) {
        const [k0, t0] = this.#anchorCache.entries().next().value as [string, Tensor];
        this.#anchorCache.delete(k0);
        t0.dispose();
      }
      a = torch.tidy(() => this.anchorGenerator.forward(imageSize, gridSizes, { device })).keep();
      this.#anchorCache.set(key, a);
    }
    return a;
  }

  /**
   * Head outputs, anchors and per-level anchor counts of a batch (backboneFeatures: see features();
   * pass the preprocessed ImageList with them).
   */
  run(images: Tensor[] | Tensor | ImageList, backboneFeatures?: Tensor[]): {
    imageList: ImageList; outputs: RetinaNetHeadOutputs; anchors: Tensor; numAnchorsPerLevel: number[];
  } {
    return torch.tidy(() => {
      const imageList = this.preprocess(images);
      const feats = this.features(imageList.tensors, backboneFeatures);
      const outputs = this.head.forward(feats);
      const gridSizes = feats.map((f) => f.shape.slice(-2));
      const anchors = this.anchors(imageList.tensors.shape.slice(-2), gridSizes, imageList.tensors.device);
      const a = this.anchorGenerator.numAnchorsPerLocation()[0];
      return { imageList, outputs, anchors, numAnchorsPerLevel: gridSizes.map(([h, w]) => h * w * a) };
    });
  }

  /** Training losses for a batch of images and their targets (Sample-style instances, xyxy boxes in image pixels). */
  computeLoss(images: Tensor[] | Tensor | ImageList, targets: Instances[], backboneFeatures?: Tensor[]): RetinaNetLosses {
    return torch.tidy(() => {
      const { imageList, outputs, anchors } = this.run(images, backboneFeatures);
      if (targets.length !== imageList.tensors.shape[0]) {
        throw new RangeError(`RetinaNet: ${imageList.tensors.shape[0]} images but ${targets.length} targets`);
      }
      return this.lossFromOutputs(targets, outputs, anchors);
    });
  }

  /** torchvision's compute_loss on given head outputs and anchors. */
  lossFromOutputs(targets: Instances[], outputs: RetinaNetHeadOutputs, anchors: Tensor): RetinaNetLosses {
    const o = this.opts;
    return torch.tidy(() => {
      const numAnchors = anchors.shape[0];
      const clsLosses: Tensor[] = [];
      const regLosses: Tensor[] = [];
      targets.forEach((t, i) => {
        let boxes = t.boxes;
        let classes = t.classes;
        if (boxes.ndim !== 2 || boxes.shape[1] !== 4) throw new RangeError(`RetinaNet: target ${i} boxes must be [N, 4], got [${boxes.shape.join(', ')}]`);
        if (o.dropCrowd && t.iscrowd && t.iscrowd.numel > 0) {
          const keep = torch.where(t.iscrowd.to('bool').logicalNot())[0];
          boxes = boxes.index(keep);
          classes = classes.index(keep);
        }
        boxes = boxes.to({ dtype: 'float32', device: anchors.device });
        classes = classes.to({ dtype: 'int64', device: anchors.device });
        const degenerate = boxes.index(torch.slice(), torch.slice(2)).le(boxes.index(torch.slice(), torch.slice(null, 2))).any().item();
        if (degenerate) throw new RangeError(`RetinaNet: target ${i} has a box with non-positive width or height`);
        const matched = boxes.shape[0] === 0
          ? torch.full([numAnchors], Matcher.BELOW_LOW_THRESHOLD, { dtype: 'int64', device: anchors.device })
          : this.matcher.match(boxIou(boxes, anchors));
        const logits = outputs.clsLogits.select(0, i).to('float32');
        const regression = outputs.bboxRegression.select(0, i).to('float32');
        const fgIdx = torch.where(matched.ge(0))[0];
        const numFg = fgIdx.shape[0];
        const norm = Math.max(1, numFg);

        const gtTarget = torch.zerosLike(logits);
        if (numFg > 0) gtTarget.indexPut_([fgIdx, classes.index(matched.index(fgIdx))], 1);
        const valid = matched.ne(Matcher.BETWEEN_THRESHOLDS);
        const focal = torch.nn.functional.sigmoidFocalLoss(logits.index(valid), gtTarget.index(valid),
          { alpha: o.focalAlpha, gamma: o.focalGamma, reduction: 'sum' });
        clsLosses.push(focal.div(norm));

        const matchedGt = boxes.index(matched.index(fgIdx));
        const reg = boxRegressionLoss(o.boxLoss, this.boxCoder, anchors.index(fgIdx), matchedGt, regression.index(fgIdx),
          { beta: o.smoothL1Beta, eps: o.giouEps });
        regLosses.push(reg.div(norm));
      });
      const sum = (xs: Tensor[]) => xs.reduce((a, b) => a.add(b));
      const classification = sum(clsLosses).div(targets.length);
      const bboxRegression = sum(regLosses).div(Math.max(1, targets.length));
      const total = classification.add(bboxRegression.mul(o.boxLossWeight));
      return { classification, bboxRegression, total };
    });
  }

  /** Detections per image (no gradient). */
  detect(images: Tensor[] | Tensor | ImageList, backboneFeatures?: Tensor[]): Detections[] {
    return torch.noGrad(() => torch.tidy(() => {
      const { imageList, outputs, anchors, numAnchorsPerLevel } = this.run(images, backboneFeatures);
      return this.postprocess(outputs, anchors, numAnchorsPerLevel, imageList.imageSizes);
    }));
  }

  /** torchvision's postprocess_detections. */
  postprocess(outputs: RetinaNetHeadOutputs, anchors: Tensor, numAnchorsPerLevel: number[], imageSizes: [number, number][]): Detections[] {
    const o = this.opts;
    const k = this.numClasses;
    return torch.tidy(() => {
      const logitsLevels = outputs.clsLogits.splitWithSizes(numAnchorsPerLevel, { dim: 1 });
      const regLevels = outputs.bboxRegression.splitWithSizes(numAnchorsPerLevel, { dim: 1 });
      const anchorLevels = anchors.splitWithSizes(numAnchorsPerLevel, { dim: 0 });
      return imageSizes.map((size, i) => {
        const boxesAll: Tensor[] = [];
        const scoresAll: Tensor[] = [];
        const labelsAll: Tensor[] = [];
        for (let l = 0; l < numAnchorsPerLevel.length; l++) {
          const scores = logitsLevels[l].select(0, i).to('float32').sigmoid().flatten();
          const keep = scores.gt(o.scoreThresh);
          const kept = scores.index(keep);
          const candidates = torch.where(keep)[0];
          const numTopk = Math.min(o.topkCandidates, candidates.shape[0]);
          const [topScores, idxs] = kept.topk(numTopk);
          const topIdxs = candidates.index(idxs);
          const anchorIdxs = torch.div(topIdxs, k, { roundingMode: 'floor' });
          const labels = topIdxs.remainder(k);
          const boxes = this.boxCoder.decodeSingle(regLevels[l].select(0, i).to('float32').index(anchorIdxs), anchorLevels[l].index(anchorIdxs));
          boxesAll.push(clipBoxesToImage(boxes, size));
          scoresAll.push(topScores);
          labelsAll.push(labels);
        }
        const boxes = torch.cat(boxesAll, { dim: 0 });
        const scores = torch.cat(scoresAll, { dim: 0 });
        const labels = torch.cat(labelsAll, { dim: 0 });
        let keep = batchedNms(boxes, scores, labels, o.nmsThresh);
        if (keep.shape[0] > o.detectionsPerImage) keep = keep.narrow(0, 0, o.detectionsPerImage);
        return { boxes: boxes.index(keep), scores: scores.index(keep), classes: labels.index(keep) };
      });
    });
  }

  /** Training mode: the losses (targets required); eval mode: the detections. */
  override forward(images: Tensor[] | Tensor | ImageList, targets?: Instances[]): RetinaNetLosses | Detections[] {
    if (this.training) {
      if (!targets) throw new Error('RetinaNet: targets are required in training mode (call eval() for inference)');
      return this.computeLoss(images, targets);
    }
    return this.detect(images);
  }

  override dispose(): void {
    super.dispose();
    this.anchorGenerator.dispose();
    for (const t of this.#anchorCache.values()) t.dispose();
    this.#anchorCache.clear();
  }
}
