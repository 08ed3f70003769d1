// COCO detection evaluation (bbox and segm) with pycocotools' exact semantics (COCOeval.evaluate,
// accumulate and summarize, and COCO.loadRes for results files), streaming and fast.
//
// The rules, as pycocotools implements them (each has a test in test/metrics-coco-rules.test.ts):
// - IoU thresholds np.linspace(.5, .95, 10) (so the 9th is 0.8999999999999999), recall thresholds
//   np.linspace(0, 1, 101); a detection matches when iou >= min(t, 1 - 1e-10).
// - At most maxDets[-1] = 100 detections per image *and category* (the highest scores; equal scores
//   keep their input order: numpy's stable mergesort on -score); maxDets 1/10/100 are applied per
//   image and category when accumulating.
// - Area ranges all [0, 1e10], small [0, 32^2], medium [32^2, 96^2], large [96^2, 1e10], bounds
//   inclusive (an area of exactly 1024 is both small and medium). Ground truth uses its `area`
//   field; detections use w*h of their box, or the mask area for mask-only results.
// - Ground truth outside the area range, or crowd (iscrowd; default 0; the `ignore` field is
//   overwritten by iscrowd, as pycocotools does), is "ignored": it can be matched, but a match to it
//   is neither a TP nor an FP. Ground truth is visited non-ignored first (stable sort by ignore flag);
//   once a detection holds a match to a non-ignored gt, it stops at the first ignored one.
// - Crowd IoU = intersection / detection area; a crowd gt can be matched by any number of
//   detections; other gts by one.
// - Greedy matching in descending score order, each detection taking the not-yet-matched gt with
//   the highest IoU >= threshold (later gts win ties: the comparison is `iou < best -> skip`).
// - An unmatched detection whose area is outside the range is ignored.
// - Precision is made monotone (running max from the right) and sampled at the first detection
//   reaching each recall threshold (searchsorted, side 'left'); 0 beyond the reached recall.
// - Categories without (non-ignored) ground truth get -1 and are excluded from the means;
//   detections on images without ground truth count as false positives.
// - The 12 numbers are means over the defined (> -1) entries, summed as numpy does (pairwise, in
//   blocks of 8192), so they equal pycocotools' to the last bit.
// - pycocotools marks matches by the matched gt's annotation id, so a gt whose id is 0 counts as
//   unmatched when matched (a known pycocotools bug). We reproduce it for COCO JSON input; the
//   streaming API numbers its gts from 1.
import type { Tensor } from '@must/torch';
import {
  type Rle, type Segmentation, rleArea, rleToBbox, rleIouInto, bboxIouInto, segmentationToRle,
  encodeMaskData,
} from '../masks';
import { type ArrayInput, Grow, isTensor, shapeStr, toShaped } from './input';
import { linspace, numpyMean, pyFixed } from './numeric';

export type IouType = 'bbox' | 'segm';
export type ImageId = number | string;

/** pycocotools' Params (setDetParams). */
export const COCO_IOU_THRESHOLDS: Float64Array = linspace(0.5, 0.95, 10);
export const COCO_RECALL_THRESHOLDS: Float64Array = linspace(0, 1, 101);
export const COCO_MAX_DETS: readonly number[] = [1, 10, 100];
export const COCO_AREA_RANGES: readonly (readonly [number, number])[] = [
  [0, 1e5 ** 2], [0, 32 ** 2], [32 ** 2, 96 ** 2], [96 ** 2, 1e5 ** 2],
];
export const COCO_AREA_LABELS: readonly string[] = ['all', 'small', 'medium', 'large'];

const T = 10;
const R = 101;
const A = 4;
const M = 3;
const MAX_DET = 100;
const EPS = 2.220446049250313e-16; // np.spacing(1)

// ---------------------------------------------------------------------------------------------
// COCO JSON types

export interface CocoImage {
  id: ImageId;
  height?: number;
  width?: number;
  [key: string]: unknown;
}
export interface CocoCategory {
  id: number;
  name?: string;
  [key: string]: unknown;
}
export interface CocoAnnotation {
  id: number;
  image_id: ImageId;
  category_id: number;
  bbox?: number[];
  area?: number;
  iscrowd?: number | boolean;
  segmentation?: Segmentation;
  [key: string]: unknown;
}
/** A COCO ground-truth file (instances_*.json). */
export interface CocoDataset {
  images: CocoImage[];
  categories: CocoCategory[];
  annotations: CocoAnnotation[];
  [key: string]: unknown;
}
/** One entry of a COCO results file. */
export interface CocoResult {
  image_id: ImageId;
  category_id: number;
  score: number;
  bbox?: number[];
  segmentation?: Segmentation;
  [key: string]: unknown;
}

// ---------------------------------------------------------------------------------------------
// Streaming inputs

/** Detections of one image. */
export interface DetectionInput {
  /** [N, 4] boxes in the evaluator's boxFormat (xyxy unless configured). Needed for bbox. */
  boxes?: ArrayInput;
  /** [N] confidences. */
  scores: ArrayInput;
  /** [N] class indices (positions in the evaluator's categoryIds), or use categoryIds. */
  classes?: ArrayInput;
  /** [N] COCO category ids, instead of classes. */
  categoryIds?: ArrayInput;
  /** [N, H, W] (or [N, 1, H, W]) masks, or RLEs. Needed for segm. See CocoEvaluatorOptions.maskThreshold. */
  masks?: Tensor | ArrayInput | readonly Rle[];
}

/** Ground truth of one image (compatible with MuST's Instances). */
export interface GroundTruthInput {
  /** [N, 4] boxes in the evaluator's boxFormat. Needed for bbox. */
  boxes?: ArrayInput;
  classes?: ArrayInput;
  categoryIds?: ArrayInput;
  /** [N] crowd flags (default all 0). */
  iscrowd?: ArrayInput;
  /** [N] areas (COCO's `area`). Default: the mask area when masks are given, else the box area. */
  areas?: ArrayInput;
  masks?: Tensor | ArrayInput | readonly Rle[];
}

export interface CocoEvaluatorOptions {
  iouType?: IouType;
  /** COCO category ids; class index i of update() means categoryIds[i]. Default 0..numClasses-1. */
  categoryIds?: readonly number[];
  numClasses?: number;
  /** Box format of update() / addGroundTruth() inputs: 'xyxy' (default, as MuST) or 'xywh' (COCO). */
  boxFormat?: 'xyxy' | 'xywh';
  /** Floating masks are foreground where > maskThreshold (default 0.5); others where non-zero. */
  maskThreshold?: number;
  /**
   * Area of a detection for the area ranges: 'auto' (default) is what COCO.loadRes does for a
   * results file written from these detections: the box's w*h when boxes are given, else the mask's
   * area. 'box' or 'mask' force one.
   */
  detectionArea?: 'auto' | 'box' | 'mask';
}

export interface CocoEvalResult {
  iouType: IouType;
  /** The 12 numbers of COCOeval.summarize(), in its order; -1 where undefined. */
  stats: number[];
  /** AP@[.5:.95], area all, maxDets 100, per category id (-1 for a category without ground truth). */
  perCategoryAP: Record<string, number>;
  /** The categories, sorted (the K axis of precision and recall). */
  categoryIds: number[];
  /** COCOeval.eval['precision']: [T=10, R=101, K, A=4, M=3], -1 where undefined. */
  precision: Float64Array;
  /** COCOeval.eval['recall']: [T, K, A, M]. */
  recall: Float64Array;
  counts: [number, number, number, number, number];
}

/** Labels of the 12 summary numbers, as pycocotools prints them. */
export const COCO_STAT_NAMES: readonly string[] = [
  'AP', 'AP50', 'AP75', 'APs', 'APm', 'APl', 'AR1', 'AR10', 'AR100', 'ARs', 'ARm', 'ARl',
];

// ---------------------------------------------------------------------------------------------

function compareIds(a: ImageId, b: ImageId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a), sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function checkImageIdType(id: unknown, what: string): asserts id is ImageId {
  if (typeof id === 'number') {
    if (!Number.isFinite(id)) throw new RangeError(`${what}: image id ${id} is not a finite number`);
  } else if (typeof id !== 'string') throw new TypeError(`${what}: image id must be a number or a string, got ${typeof id}`);
}

/**
 * The COCO evaluator. Register the images and their ground truth (fromCoco, or addImage /
 * addGroundTruth while streaming), add detections (update per image, or addResults with a COCO
 * results list), then compute().
 */
export class CocoEvaluator {
  readonly iouType: IouType;
  private readonly boxFormat: 'xyxy' | 'xywh';
  private readonly maskThreshold: number;
  private readonly detArea: 'auto' | 'box' | 'mask';
  private readonly catIds: number[];
  private readonly catIndex = new Map<number, number>();
  private frozenImages = false;

  private readonly imgIndex = new Map<ImageId, number>();
  private readonly imgIds: ImageId[] = [];
  private readonly imgH: number[] = [];
  private readonly imgW: number[] = [];
  private readonly imgDeclared: boolean[] = [];
  private idKind: 'number' | 'string' | undefined;

  private readonly gImg = new Grow(Int32Array);
  private readonly gCls = new Grow(Int32Array);
  private readonly gBox = new Grow(Float64Array, 4096);
  private readonly gArea = new Grow(Float64Array);
  private readonly gCrowd = new Grow(Uint8Array);
  private readonly gId = new Grow(Float64Array);
  private gMask: Rle[] = [];
  private nextGtId = 1;

  private readonly dImg = new Grow(Int32Array, 4096);
  private readonly dCls = new Grow(Int32Array, 4096);
  private readonly dBox = new Grow(Float64Array, 16384);
  private readonly dArea = new Grow(Float64Array, 4096);
  private readonly dScore = new Grow(Float64Array, 4096);
  private dMask: Rle[] = [];

  constructor(options: CocoEvaluatorOptions = {}) {
    this.iouType = options.iouType ?? 'bbox';
    if (this.iouType !== 'bbox' && this.iouType !== 'segm') throw new RangeError(`iouType must be 'bbox' or 'segm', got ${String(this.iouType)}`);
    this.boxFormat = options.boxFormat ?? 'xyxy';
    if (this.boxFormat !== 'xyxy' && this.boxFormat !== 'xywh') throw new RangeError(`boxFormat must be 'xyxy' or 'xywh'`);
    this.maskThreshold = options.maskThreshold ?? 0.5;
    this.detArea = options.detectionArea ?? 'auto';
    let ids: number[];
    if (options.categoryIds) ids = [...options.categoryIds];
    else if (options.numClasses !== undefined) {
      if (!Number.isInteger(options.numClasses) || options.numClasses < 1) throw new RangeError('numClasses must be a positive integer');
      ids = Array.from({ length: options.numClasses }, (_, i) => i);
    } else throw new TypeError('CocoEvaluator: give categoryIds or numClasses');
    ids.forEach((id, i) => {
      if (!Number.isFinite(id)) throw new RangeError(`category id ${id} is not a finite number`);
      if (this.catIndex.has(id)) throw new RangeError(`duplicate category id ${id}`);
      this.catIndex.set(id, i);
    });
    this.catIds = ids;
  }

  /**
   * An evaluator holding a COCO ground-truth dataset: its images (the evaluated set, as
   * pycocotools' imgIds), categories (class index i = the i-th smallest category id) and annotations.
   * Inconsistent files (unknown image or category ids, duplicate ids, missing or invalid fields)
   * are rejected.
   */
  static fromCoco(gt: CocoDataset, options: Omit<CocoEvaluatorOptions, 'categoryIds' | 'numClasses'> = {}): CocoEvaluator {
    if (!gt || typeof gt !== 'object' || Array.isArray(gt)) throw new TypeError('ground truth must be a COCO dataset object');
    for (const key of ['images', 'categories', 'annotations'] as const) {
      if (!Array.isArray(gt[key])) throw new TypeError(`ground truth has no "${key}" array`);
    }
    const cats = gt.categories.map((c, i) => {
      if (!c || typeof c.id !== 'number' || !Number.isFinite(c.id)) throw new TypeError(`categories[${i}].id must be a number`);
      return c.id;
    });
    const ev = new CocoEvaluator({ ...options, categoryIds: [...cats].sort((a, b) => a - b), boxFormat: options.boxFormat });
    const iouType = ev.iouType;
    gt.images.forEach((img, i) => {
      if (!img || typeof img !== 'object') throw new TypeError(`images[${i}] is not an object`);
      if (ev.imgIndex.has(img.id)) throw new RangeError(`images[${i}]: duplicate image id ${JSON.stringify(img.id)}`);
      ev.addImage(img.id, { height: img.height, width: img.width });
    });
    ev.frozenImages = true;
    const seen = new Set<number>();
    gt.annotations.forEach((ann, i) => {
      const where = `annotations[${i}]`;
      if (!ann || typeof ann !== 'object') throw new TypeError(`${where} is not an object`);
      if (typeof ann.id !== 'number' || !Number.isFinite(ann.id)) throw new TypeError(`${where}.id must be a number`);
      if (seen.has(ann.id)) throw new RangeError(`${where}: duplicate annotation id ${ann.id}`);
      seen.add(ann.id);
      const img = ev.imageOf(ann.image_id, where);
      const k = ev.catIndex.get(ann.category_id);
      if (k === undefined) throw new RangeError(`${where}: category_id ${String(ann.category_id)} is not in categories`);
      if (typeof ann.area !== 'number' || !Number.isFinite(ann.area)) throw new TypeError(`${where}: area must be a finite number`);
      const crowd = ann.iscrowd === undefined || ann.iscrowd === null ? 0 : ann.iscrowd ? 1 : 0;
      let bx = 0, by = 0, bw = 0, bh = 0;
      if (iouType === 'bbox') {
        [bx, by, bw, bh] = checkXywh(ann.bbox, `${where}.bbox`);
      }
      let mask: Rle | undefined;
      if (iouType === 'segm') {
        if (ann.segmentation === undefined) throw new TypeError(`${where}: no segmentation (needed for segm evaluation)`);
        mask = ev.segmentationOf(ann.segmentation, img, where);
      }
      ev.pushGt(img, k, bx, by, bw, bh, ann.area, crowd, ann.id, mask);
    });
    return ev;
  }

  /** The category ids, in class-index order. */
  get categoryIds(): readonly number[] {
    return this.catIds;
  }

  /** Number of registered images, ground-truth objects and detections. */
  get size(): { images: number; groundTruths: number; detections: number } {
    return { images: this.imgIds.length, groundTruths: this.gImg.length, detections: this.dImg.length };
  }

  /** Registers an image of the evaluated set (optional size, needed for polygons). */
  addImage(imageId: ImageId, size: { height?: number; width?: number } = {}): void {
    checkImageIdType(imageId, 'addImage');
    const kind = typeof imageId as 'number' | 'string';
    if (this.idKind && this.idKind !== kind) throw new TypeError(`image ids must all be numbers or all strings (got ${JSON.stringify(imageId)})`);
    this.idKind = kind;
    const { height, width } = size;
    for (const [v, n] of [[height, 'height'], [width, 'width']] as const) {
      if (v !== undefined && v !== null && (!Number.isInteger(v) || v < 0)) throw new RangeError(`image ${imageId}: ${n} must be a non-negative integer, got ${v}`);
    }
    const i = this.registerImage(imageId, true);
    if (height !== undefined && height !== null && width !== undefined && width !== null) this.setSize(i, height, width);
  }

  private registerImage(imageId: ImageId, declare: boolean): number {
    let i = this.imgIndex.get(imageId);
    if (i === undefined) {
      if (this.frozenImages) throw new RangeError(`unknown image id ${JSON.stringify(imageId)}: not in the ground truth`);
      i = this.imgIds.length;
      this.imgIndex.set(imageId, i);
      this.imgIds.push(imageId);
      this.imgH.push(-1);
      this.imgW.push(-1);
      this.imgDeclared.push(false);
    }
    if (declare) this.imgDeclared[i] = true;
    return i;
  }

  private setSize(i: number, h: number, w: number): void {
    if ((this.imgH[i] >= 0 && this.imgH[i] !== h) || (this.imgW[i] >= 0 && this.imgW[i] !== w)) {
      throw new RangeError(`image ${this.imgIds[i]}: size ${h}x${w} differs from the known ${this.imgH[i]}x${this.imgW[i]}`);
    }
    this.imgH[i] = h;
    this.imgW[i] = w;
  }

  private imageOf(imageId: unknown, where: string): number {
    const i = this.imgIndex.get(imageId as ImageId);
    if (i === undefined) throw new RangeError(`${where}: unknown image id ${JSON.stringify(imageId)} (not in the ground-truth images)`);
    return i;
  }

  private segmentationOf(segm: Segmentation, img: number, where: string): Rle {
    const h = this.imgH[img], w = this.imgW[img];
    let r: Rle;
    try {
      if (Array.isArray(segm) && (h < 0 || w < 0)) throw new RangeError(`polygons need the image's height and width`);
      r = segmentationToRle(segm, h, w);
    } catch (e) {
      throw new (e instanceof TypeError ? TypeError : RangeError)(`${where}.segmentation: ${(e as Error).message}`);
    }
    if (h >= 0 && w >= 0 && (r.height !== h || r.width !== w)) {
      throw new RangeError(`${where}.segmentation: mask size ${r.height}x${r.width} differs from the image's ${h}x${w}`);
    }
    return r;
  }

  private pushGt(img: number, k: number, x: number, y: number, w: number, h: number, area: number, crowd: number, id: number, mask?: Rle): void {
    this.gImg.push(img);
    this.gCls.push(k);
    this.gBox.reserve(4);
    const b = this.gBox.buf, o = this.gBox.length;
    b[o] = x; b[o + 1] = y; b[o + 2] = w; b[o + 3] = h;
    this.gBox.length += 4;
    this.gArea.push(area);
    this.gCrowd.push(crowd);
    this.gId.push(id);
    if (mask) this.gMask.push(mask);
  }

  // -------------------------------------------------------------------------------------------
  // streaming

  private streamImage(imageId: ImageId, what: string, declare: boolean): number {
    checkImageIdType(imageId, what);
    if (!this.imgIndex.has(imageId) && this.frozenImages) {
      throw new RangeError(`${what}: unknown image id ${JSON.stringify(imageId)} (not in the ground truth)`);
    }
    const kind = typeof imageId as 'number' | 'string';
    if (this.idKind && this.idKind !== kind) throw new TypeError(`${what}: image ids must all be numbers or all strings`);
    this.idKind = kind;
    return this.registerImage(imageId, declare);
  }

  private classesOf(input: { classes?: ArrayInput; categoryIds?: ArrayInput }, n: number, what: string): Int32Array {
    if ((input.classes === undefined) === (input.categoryIds === undefined)) {
      throw new TypeError(`${what}: give exactly one of classes (indices) or categoryIds`);
    }
    const byId = input.categoryIds !== undefined;
    const s = toShaped((byId ? input.categoryIds : input.classes)!, `${what}.${byId ? 'categoryIds' : 'classes'}`);
    if (s.shape.length !== 1 || s.shape[0] !== n) {
      throw new RangeError(`${what}: ${byId ? 'categoryIds' : 'classes'} has shape ${shapeStr(s.shape)}, expected [${n}]`);
    }
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const v = s.data[i];
      if (byId) {
        const k = this.catIndex.get(v);
        if (k === undefined) throw new RangeError(`${what}: category id ${v} is not one of the evaluator's categories`);
        out[i] = k;
      } else {
        if (!Number.isInteger(v) || v < 0 || v >= this.catIds.length) {
          throw new RangeError(`${what}: class ${v} is not an index in [0, ${this.catIds.length})`);
        }
        out[i] = v;
      }
    }
    return out;
  }

  /** Boxes as flat xywh float64, checked: [N, 4], finite, non-negative sizes. */
  private boxesOf(boxes: ArrayInput, n: number | undefined, what: string): Float64Array {
    const s = toShaped(boxes, `${what}.boxes`);
    const ok = (s.shape.length === 2 && s.shape[1] === 4) || (s.shape.length === 1 && s.shape[0] === 0) || (s.shape.length === 2 && s.shape[0] === 0);
    if (!ok) throw new RangeError(`${what}: boxes must be [N, 4], got ${shapeStr(s.shape)}`);
    const count = s.shape[0];
    if (n !== undefined && count !== n) throw new RangeError(`${what}: ${count} boxes for ${n} entries`);
    const out = new Float64Array(count * 4);
    const d = s.data;
    for (let i = 0; i < count; i++) {
      const a = d[i * 4], b = d[i * 4 + 1], c = d[i * 4 + 2], e = d[i * 4 + 3];
      if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || !Number.isFinite(e)) {
        throw new RangeError(`${what}: box ${i} [${a}, ${b}, ${c}, ${e}] is not finite`);
      }
      const w = this.boxFormat === 'xyxy' ? c - a : c;
      const h = this.boxFormat === 'xyxy' ? e - b : e;
      if (w < 0 || h < 0) throw new RangeError(`${what}: box ${i} [${a}, ${b}, ${c}, ${e}] has a negative size`);
      out[i * 4] = a; out[i * 4 + 1] = b; out[i * 4 + 2] = w; out[i * 4 + 3] = h;
    }
    return out;
  }

  private masksOf(masks: Tensor | ArrayInput | readonly Rle[], n: number, img: number, what: string): Rle[] {
    let rles: Rle[];
    if (Array.isArray(masks) && (masks.length === 0 || isRle(masks[0]))) {
      rles = [...(masks as Rle[])];
      if (rles.length !== n) throw new RangeError(`${what}: ${rles.length} masks for ${n} entries`);
    } else {
      let data: ArrayLike<number>;
      let shape: number[];
      if (isTensor(masks)) {
        const t = masks;
        shape = t.shape;
        const floating = t.dtype === 'float32' || t.dtype === 'float64' || t.dtype === 'float16' || t.dtype === 'bfloat16';
        if (floating) {
          const b = t.gt(this.maskThreshold);
          try { data = b.dataSync() as Uint8Array; } finally { b.dispose(); }
        } else data = toShaped(t, `${what}.masks`).data;
      } else {
        const s = toShaped(masks as ArrayInput, `${what}.masks`);
        data = s.data;
        shape = s.shape;
      }
      if (shape.length === 4 && shape[1] === 1) shape = [shape[0], shape[2], shape[3]];
      if (shape.length !== 3 || shape[0] !== n) throw new RangeError(`${what}: masks must be [${n}, H, W], got ${shapeStr(shape)}`);
      const [, h, w] = shape;
      const a = h * w;
      rles = [];
      for (let i = 0; i < n; i++) {
        const sub = ArrayBuffer.isView(data) ? (data as unknown as Uint8Array).subarray(i * a, (i + 1) * a) : Array.prototype.slice.call(data, i * a, (i + 1) * a);
        rles.push(encodeMaskData(sub, h, w));
      }
    }
    for (const r of rles) {
      if (this.imgH[img] < 0) this.setSize(img, r.height, r.width);
      else if (r.height !== this.imgH[img] || r.width !== this.imgW[img]) {
        throw new RangeError(`${what}: mask size ${r.height}x${r.width} differs from image ${this.imgIds[img]}'s ${this.imgH[img]}x${this.imgW[img]}`);
      }
    }
    return rles;
  }

  /**
   * Adds the ground truth of one image (registering the image; an image with no objects is still
   * part of the evaluated set, so its detections count as false positives). Calling it again for
   * the same image adds more objects.
   */
  addGroundTruth(imageId: ImageId, gt: GroundTruthInput): void {
    const what = `addGroundTruth(${JSON.stringify(imageId)})`;
    if (this.frozenImages) throw new Error(`${what}: this evaluator's ground truth came from a COCO dataset`);
    const img = this.streamImage(imageId, what, true);
    const clsInput = gt.classes ?? gt.categoryIds;
    const n = clsInput === undefined ? 0 : toShaped(clsInput, `${what}.classes`).shape[0] ?? 0;
    const cls = n ? this.classesOf(gt, n, what) : new Int32Array(0);
    let boxes: Float64Array | undefined;
    if (gt.boxes !== undefined) boxes = this.boxesOf(gt.boxes, n, what);
    if (this.iouType === 'bbox' && n && !boxes) throw new TypeError(`${what}: boxes are needed for bbox evaluation`);
    let masks: Rle[] | undefined;
    if (gt.masks !== undefined) masks = this.masksOf(gt.masks, n, img, what);
    if (this.iouType === 'segm' && n && !masks) throw new TypeError(`${what}: masks are needed for segm evaluation`);
    const crowd = new Uint8Array(n);
    if (gt.iscrowd !== undefined) {
      const s = toShaped(gt.iscrowd, `${what}.iscrowd`);
      if (s.data.length !== n) throw new RangeError(`${what}: ${s.data.length} iscrowd flags for ${n} objects`);
      for (let i = 0; i < n; i++) crowd[i] = s.data[i] ? 1 : 0;
    }
    let areas: ArrayLike<number> | undefined;
    if (gt.areas !== undefined) {
      const s = toShaped(gt.areas, `${what}.areas`);
      if (s.data.length !== n) throw new RangeError(`${what}: ${s.data.length} areas for ${n} objects`);
      for (let i = 0; i < n; i++) if (!Number.isFinite(s.data[i])) throw new RangeError(`${what}: area ${s.data[i]} is not finite`);
      areas = s.data;
    }
    for (let i = 0; i < n; i++) {
      const area = areas ? areas[i] : masks ? rleArea(masks[i]) : boxes![i * 4 + 2] * boxes![i * 4 + 3];
      const b = boxes ?? (masks ? Float64Array.from(rleToBbox(masks[i])) : new Float64Array(4));
      const o = boxes ? i * 4 : 0;
      this.pushGt(img, cls[i], b[o], b[o + 1], b[o + 2], b[o + 3], area, crowd[i], this.nextGtId++, masks?.[i]);
    }
  }

  /** Adds the detections of one image. */
  update(imageId: ImageId, det: DetectionInput): void {
    const what = `update(${JSON.stringify(imageId)})`;
    const img = this.streamImage(imageId, what, false);
    if (!det || det.scores === undefined) throw new TypeError(`${what}: detections need scores`);
    const sc = toShaped(det.scores, `${what}.scores`);
    if (sc.shape.length !== 1) throw new RangeError(`${what}: scores must be [N], got ${shapeStr(sc.shape)}`);
    const n = sc.shape[0];
    for (let i = 0; i < n; i++) {
      if (typeof sc.data[i] !== 'number' || Number.isNaN(sc.data[i])) throw new RangeError(`${what}: score ${sc.data[i]} at ${i} is not a number`);
    }
    const cls = this.classesOf(det, n, what);
    let boxes: Float64Array | undefined;
    if (det.boxes !== undefined) boxes = this.boxesOf(det.boxes, n, what);
    if (this.iouType === 'bbox' && !boxes) throw new TypeError(`${what}: boxes are needed for bbox evaluation`);
    let masks: Rle[] | undefined;
    if (this.iouType === 'segm') {
      if (det.masks === undefined) throw new TypeError(`${what}: masks are needed for segm evaluation`);
      masks = this.masksOf(det.masks, n, img, what);
    }
    const useBoxArea = this.detArea === 'box' || (this.detArea === 'auto' && boxes !== undefined);
    if (useBoxArea && !boxes) throw new TypeError(`${what}: detectionArea 'box' needs boxes`);
    if (this.detArea === 'mask' && !masks) throw new TypeError(`${what}: detectionArea 'mask' needs masks`);
    for (let i = 0; i < n; i++) {
      let x, y, w, h;
      if (boxes) { x = boxes[i * 4]; y = boxes[i * 4 + 1]; w = boxes[i * 4 + 2]; h = boxes[i * 4 + 3]; } else { [x, y, w, h] = rleToBbox(masks![i]); }
      this.pushDt(img, cls[i], x, y, w, h, useBoxArea ? w * h : rleArea(masks![i]), sc.data[i], masks?.[i]);
    }
  }

  private pushDt(img: number, k: number, x: number, y: number, w: number, h: number, area: number, score: number, mask?: Rle): void {
    this.dImg.push(img);
    this.dCls.push(k);
    this.dBox.reserve(4);
    const b = this.dBox.buf, o = this.dBox.length;
    b[o] = x; b[o + 1] = y; b[o + 2] = w; b[o + 3] = h;
    this.dBox.length += 4;
    this.dArea.push(area);
    this.dScore.push(score);
    if (mask) this.dMask.push(mask);
  }

  /**
   * Adds a COCO results list (as COCO.loadRes): if the first result has a non-empty bbox, every
   * result needs one and its area is w*h (a missing segmentation becomes the box's polygon);
   * otherwise every result needs a segmentation (compressed or uncompressed RLE, or polygons) and
   * its area is the mask's, its bbox the mask's (rleToBbox) when absent.
   */
  addResults(results: readonly CocoResult[]): void {
    if (!Array.isArray(results)) throw new TypeError('results must be an array of objects');
    if (results.length === 0) return;
    const first = results[0];
    if (!first || typeof first !== 'object') throw new TypeError('results[0] is not an object');
    const boxBranch = Array.isArray(first.bbox) && first.bbox.length > 0;
    if (!boxBranch && first.segmentation === undefined) {
      throw new TypeError('results[0] has neither a bbox nor a segmentation');
    }
    results.forEach((r, i) => {
      const where = `results[${i}]`;
      if (!r || typeof r !== 'object') throw new TypeError(`${where} is not an object`);
      const img = this.imgIndex.get(r.image_id);
      if (img === undefined) {
        throw new RangeError(`${where}: image_id ${JSON.stringify(r.image_id)} is not in the ground truth (results do not correspond to this dataset)`);
      }
      const k = this.catIndex.get(r.category_id);
      if (k === undefined) throw new RangeError(`${where}: category_id ${JSON.stringify(r.category_id)} is not a ground-truth category`);
      if (typeof r.score !== 'number' || Number.isNaN(r.score)) throw new TypeError(`${where}: score must be a number, got ${JSON.stringify(r.score)}`);
      let x = 0, y = 0, w = 0, h = 0, area: number;
      let mask: Rle | undefined;
      if (boxBranch) {
        [x, y, w, h] = checkXywh(r.bbox, `${where}.bbox`);
        area = w * h;
        if (this.iouType === 'segm') {
          if (r.segmentation !== undefined) mask = this.segmentationOf(r.segmentation, img, where);
          else {
            if (this.imgH[img] < 0 || this.imgW[img] < 0) throw new RangeError(`${where}: the image's height and width are needed to rasterize the box`);
            const x2 = x + w, y2 = y + h;
            mask = segmentationToRle([[x, y, x, y2, x2, y2, x2, y]], this.imgH[img], this.imgW[img]);
          }
        }
      } else {
        if (r.segmentation === undefined) throw new TypeError(`${where}: no segmentation (results[0] had one and no bbox)`);
        mask = this.segmentationOf(r.segmentation, img, where);
        area = rleArea(mask);
        if (r.bbox !== undefined && !(Array.isArray(r.bbox) && r.bbox.length === 0)) [x, y, w, h] = checkXywh(r.bbox, `${where}.bbox`);
        else [x, y, w, h] = rleToBbox(mask);
      }
      this.pushDt(img, k, x, y, w, h, area, r.score, this.iouType === 'segm' ? mask : undefined);
    });
  }

  /** Forgets the detections (keeps images and ground truth), e.g. between epochs. */
  resetDetections(): void {
    this.dImg.clear(); this.dCls.clear(); this.dBox.clear(); this.dArea.clear(); this.dScore.clear();
    this.dMask = [];
  }

  // -------------------------------------------------------------------------------------------
  // evaluation

  /** Runs evaluate + accumulate + summarize. */
  compute(): CocoEvalResult {
    const segm = this.iouType === 'segm';
    const I = this.imgIds.length;
    const undeclared = this.imgDeclared.indexOf(false);
    if (undeclared >= 0) {
      const id = JSON.stringify(this.imgIds[undeclared]);
      throw new RangeError(`detections for image ${id}, which has no ground truth: call addGroundTruth(${id}, ...) (with no objects if it has none) or addImage(${id})`);
    }
    const Kn = this.catIds.length;
    // image order: sorted ids (pycocotools' p.imgIds); category order: sorted ids
    const imgOrder = Array.from({ length: I }, (_, i) => i).sort((a, b) => compareIds(this.imgIds[a], this.imgIds[b]));
    const imgRank = new Int32Array(I);
    imgOrder.forEach((img, r) => { imgRank[img] = r; });
    const catOrder = Array.from({ length: Kn }, (_, i) => i).sort((a, b) => this.catIds[a] - this.catIds[b]);
    const catRank = new Int32Array(Kn);
    catOrder.forEach((c, r) => { catRank[c] = r; });
    const sortedCatIds = catOrder.map((c) => this.catIds[c]);

    const nG = this.gImg.length;
    const nD = this.dImg.length;
    const score = this.dScore.buf;
    const gImg = this.gImg.buf, gCls = this.gCls.buf, dImg = this.dImg.buf, dCls = this.dCls.buf;
    // Ground truth grouped by (category, image), in input order within a group. Detections grouped
    // the same way, by descending score within a group (ties in input order: numpy's stable
    // mergesort), and cut to the first 100 of each group.
    const gOrd = groupOrder(identity(nG), gImg, gCls, imgRank, catRank, I, Kn);
    const dOrd = groupOrder(argsortDescending(score, identity(nD)), dImg, dCls, imgRank, catRank, I, Kn);
    const gKeys = new Float64Array(nG);
    for (let j = 0; j < nG; j++) { const o = gOrd[j]; gKeys[j] = catRank[gCls[o]] * I + imgRank[gImg[o]]; }
    const kept = new Int32Array(nD); // detection indices in (category, image, score) order
    const keptRank = new Uint8Array(nD); // rank within its (image, category) group
    const dGroups = new Float64Array(nD * 3); // (key, start, end) over `kept`
    let nDG = 0;
    let N = 0;
    {
      let prevKey = -1, r = 0;
      for (let j = 0; j < nD; j++) {
        const o = dOrd[j];
        const key = catRank[dCls[o]] * I + imgRank[dImg[o]];
        if (key !== prevKey) {
          if (nDG) dGroups[nDG * 3 - 1] = N;
          dGroups[nDG * 3] = key;
          dGroups[nDG * 3 + 1] = N;
          nDG++;
          prevKey = key;
          r = 0;
        }
        if (r < MAX_DET) { kept[N] = o; keptRank[N] = r; N++; }
        r++;
      }
      if (nDG) dGroups[nDG * 3 - 1] = N;
    }

    const AT = A * T;
    const flags = new Uint8Array(N * AT); // [n][a][t]: 0 ignored, 1 TP, 2 FP
    const npig = new Float64Array(Kn * A);

    const gB = this.gBox.buf, dB = this.dBox.buf;
    const gArea = this.gArea.buf, dArea = this.dArea.buf, gCrowd = this.gCrowd.buf, gIdArr = this.gId.buf;
    let gMaskBoxes: Float64Array | undefined;
    let dMaskBoxes: Float64Array | undefined;
    if (segm) {
      if (this.gMask.length !== nG || this.dMask.length !== nD) throw new Error('internal: masks missing');
      gMaskBoxes = new Float64Array(nG * 4);
      dMaskBoxes = new Float64Array(nD * 4);
      for (let i = 0; i < nG; i++) gMaskBoxes.set(rleToBbox(this.gMask[i]), i * 4);
      for (let i = 0; i < nD; i++) dMaskBoxes.set(rleToBbox(this.dMask[i]), i * 4);
    }
    let ious = new Float64Array(1024);
    const dBoxG = new Float64Array(MAX_DET * 4);
    let gBoxG = new Float64Array(64);
    let gCrowdG = new Uint8Array(16), gIgn = new Uint8Array(16), gSorted = new Int32Array(16);
    let gIgS = new Uint8Array(16), gCrS = new Uint8Array(16), gtm = new Uint8Array(16);
    const dAreaOut = new Uint8Array(MAX_DET);
    const thr = new Float64Array(T);
    for (let t = 0; t < T; t++) thr[t] = Math.min(COCO_IOU_THRESHOLDS[t], 1 - 1e-10);

    // evaluateImg for every (category, image) with ground truth or detections
    let gj = 0, di = 0;
    while (gj < nG || di < nDG) {
      const gk = gj < nG ? gKeys[gj] : Infinity;
      const dk = di < nDG ? dGroups[di * 3] : Infinity;
      const key = gk < dk ? gk : dk;
      const k = Math.floor(key / I);
      let gs = 0, ge = 0, ds = 0, de = 0;
      if (gk === key) { gs = gj; ge = gj + 1; while (ge < nG && gKeys[ge] === key) ge++; gj = ge; }
      if (dk === key) { ds = dGroups[di * 3 + 1]; de = dGroups[di * 3 + 2]; di++; }
      const G = ge - gs, D = de - ds;
      if (G > gIgn.length) {
        const c = G * 2;
        gIgn = new Uint8Array(c); gSorted = new Int32Array(c); gIgS = new Uint8Array(c); gCrS = new Uint8Array(c);
        gtm = new Uint8Array(c); gCrowdG = new Uint8Array(c); gBoxG = new Float64Array(c * 4);
      }
      for (let g = 0; g < G; g++) gCrowdG[g] = gCrowd[gOrd[gs + g]];
      // IoU, row-major [d][g]
      if (D > 0 && G > 0) {
        if (ious.length < D * G) ious = new Float64Array(D * G * 2);
        const srcD = segm ? dMaskBoxes! : dB, srcG = segm ? gMaskBoxes! : gB;
        for (let d = 0; d < D; d++) { const o = kept[ds + d] * 4; dBoxG[d * 4] = srcD[o]; dBoxG[d * 4 + 1] = srcD[o + 1]; dBoxG[d * 4 + 2] = srcD[o + 2]; dBoxG[d * 4 + 3] = srcD[o + 3]; }
        for (let g = 0; g < G; g++) { const o = gOrd[gs + g] * 4; gBoxG[g * 4] = srcG[o]; gBoxG[g * 4 + 1] = srcG[o + 1]; gBoxG[g * 4 + 2] = srcG[o + 2]; gBoxG[g * 4 + 3] = srcG[o + 3]; }
        if (segm) {
          const dR: Rle[] = new Array(D), gR: Rle[] = new Array(G);
          for (let d = 0; d < D; d++) dR[d] = this.dMask[kept[ds + d]];
          for (let g = 0; g < G; g++) gR[g] = this.gMask[gOrd[gs + g]];
          rleIouInto(dR, dBoxG, gR, gBoxG, gCrowdG, ious, 0);
        } else {
          bboxIouInto(dBoxG, 0, D, gBoxG, 0, G, gCrowdG, ious, 0);
        }
      }
      for (let a = 0; a < A; a++) {
        const lo = COCO_AREA_RANGES[a][0], hi = COCO_AREA_RANGES[a][1];
        for (let d = 0; d < D; d++) {
          const ar = dArea[kept[ds + d]];
          dAreaOut[d] = ar < lo || ar > hi ? 1 : 0;
        }
        if (G === 0) {
          for (let d = 0; d < D; d++) {
            const v = dAreaOut[d] ? 0 : 2;
            const fb = (ds + d) * AT + a * T;
            for (let t = 0; t < T; t++) flags[fb + t] = v;
          }
          continue;
        }
        // gt ignore flags; gts visited non-ignored first (stable)
        let nNonIg = 0;
        for (let g = 0; g < G; g++) {
          const ar = gArea[gOrd[gs + g]];
          gIgn[g] = gCrowdG[g] || ar < lo || ar > hi ? 1 : 0;
          if (!gIgn[g]) nNonIg++;
        }
        npig[k * A + a] += nNonIg;
        if (D === 0) continue;
        let p0 = 0, p1 = nNonIg;
        for (let g = 0; g < G; g++) {
          const pos = gIgn[g] ? p1++ : p0++;
          gSorted[pos] = g;
          gIgS[pos] = gIgn[g];
          gCrS[pos] = gCrowdG[g];
        }
        for (let t = 0; t < T; t++) {
          gtm.fill(0, 0, G);
          const th = thr[t];
          for (let d = 0; d < D; d++) {
            let iou = th;
            let m = -1;
            const row = d * G;
            for (let q = 0; q < G; q++) {
              if (gtm[q] && !gCrS[q]) continue;
              if (m > -1 && gIgS[m] === 0 && gIgS[q] === 1) break;
              const v = ious[row + gSorted[q]];
              if (v < iou) continue;
              iou = v;
              m = q;
            }
            const fi = (ds + d) * AT + a * T + t;
            if (m === -1) {
              flags[fi] = dAreaOut[d] ? 0 : 2;
              continue;
            }
            gtm[m] = 1;
            if (gIdArr[gOrd[gs + gSorted[m]]] !== 0) flags[fi] = gIgS[m] ? 0 : 1;
            else flags[fi] = gIgS[m] || dAreaOut[d] ? 0 : 2; // pycocotools: dtm == 0 reads as unmatched
          }
        }
      }
    }

    // accumulate: per category, the kept detections sorted by descending score, ties in
    // (image, rank) order, i.e. kept order (numpy's stable sort of the concatenation)
    const catOfKept = new Int32Array(N);
    for (let j = 0; j < N; j++) catOfKept[j] = catRank[dCls[kept[j]]];
    const keptScore = new Float64Array(N);
    for (let j = 0; j < N; j++) keptScore[j] = score[kept[j]];
    const byScore = argsortDescending(keptScore, identity(N));
    const sortedKept = new Int32Array(N);
    const catStart = new Int32Array(Kn + 1);
    for (let j = 0; j < N; j++) catStart[catOfKept[j] + 1]++;
    for (let k = 0; k < Kn; k++) catStart[k + 1] += catStart[k];
    {
      const pos = catStart.slice(0, Kn);
      for (let j = 0; j < N; j++) { const x = byScore[j]; sortedKept[pos[catOfKept[x]]++] = x; }
    }
    const precision = new Float64Array(T * R * Kn * A * M).fill(-1);
    const recall = new Float64Array(T * Kn * A * M).fill(-1);
    const recThrs = COCO_RECALL_THRESHOLDS;
    const tpc = new Float64Array(AT), fpc = new Float64Array(AT);
    let maxNp = 0;
    for (let i = 0; i < npig.length; i++) if (npig[i] > maxNp) maxNp = npig[i];
    // precision at the c-th true positive of each (a, t): only those points matter, as the
    // precision envelope is attained at true positives and recall thresholds are first reached there
    const prAt = new Float64Array(AT * Math.max(1, maxNp));
    for (let k = 0; k < Kn; k++) {
      let any = false;
      for (let a = 0; a < A; a++) if (npig[k * A + a] > 0) any = true;
      if (!any) continue;
      const s = catStart[k], e = catStart[k + 1];
      for (let m = 0; m < M; m++) {
        const maxDet = COCO_MAX_DETS[m];
        tpc.fill(0);
        fpc.fill(0);
        for (let j = s; j < e; j++) {
          const x = sortedKept[j];
          if (keptRank[x] >= maxDet) continue;
          const fb = x * AT;
          for (let at = 0; at < AT; at++) {
            const f = flags[fb + at];
            if (f === 1) {
              const c = ++tpc[at];
              if (c <= maxNp) prAt[at * maxNp + c - 1] = c / (fpc[at] + c + EPS);
            } else if (f === 2) fpc[at]++;
          }
        }
        for (let a = 0; a < A; a++) {
          const np = npig[k * A + a];
          if (np === 0) continue;
          for (let t = 0; t < T; t++) {
            const at = a * T + t;
            const ntp = tpc[at]; // <= np: each non-ignored gt is matched at most once
            const base = at * maxNp;
            recall[((t * Kn + k) * A + a) * M + m] = ntp / np;
            for (let c = ntp - 1; c > 0; c--) if (prAt[base + c] > prAt[base + c - 1]) prAt[base + c - 1] = prAt[base + c];
            let c = 1;
            for (let r = 0; r < R; r++) {
              while (c <= ntp && c / np < recThrs[r]) c++;
              precision[(((t * R + r) * Kn + k) * A + a) * M + m] = c <= ntp ? prAt[base + c - 1] : 0;
            }
          }
        }
      }
    }

    const stats = summarizeStats(precision, recall, Kn);
    const perCategoryAP: Record<string, number> = {};
    const vals = new Float64Array(T * R);
    for (let k = 0; k < Kn; k++) {
      let c = 0;
      for (let t = 0; t < T; t++) {
        for (let r = 0; r < R; r++) {
          const v = precision[(((t * R + r) * Kn + k) * A + 0) * M + (M - 1)];
          if (v > -1) vals[c++] = v;
        }
      }
      perCategoryAP[String(sortedCatIds[k])] = c ? numpyMean(vals, 0, c) : -1;
    }
    return { iouType: this.iouType, stats, perCategoryAP, categoryIds: sortedCatIds, precision, recall, counts: [T, R, Kn, A, M] };
  }
}

function isRle(x: unknown): x is Rle {
  return !!x && typeof x === 'object' && (x as Rle).counts instanceof Uint32Array;
}

function checkXywh(b: unknown, where: string): [number, number, number, number] {
  if (!Array.isArray(b) || b.length !== 4) throw new TypeError(`${where} must be [x, y, width, height]`);
  for (const v of b) if (typeof v !== 'number' || !Number.isFinite(v)) throw new TypeError(`${where} has a non-finite value ${JSON.stringify(v)}`);
  if (b[2] < 0 || b[3] < 0) throw new RangeError(`${where} [${b.join(', ')}] has a negative size`);
  return [b[0], b[1], b[2], b[3]];
}

function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/**
 * `order` (element indices) stably re-sorted by (category rank, image rank): two stable counting
 * sorts, so elements of one group keep their relative order in `order`.
 */
function groupOrder(order: Int32Array, img: Int32Array, cls: Int32Array, imgRank: Int32Array, catRank: Int32Array, I: number, K: number): Int32Array {
  const n = order.length;
  const byImg = new Int32Array(n);
  const cnt = new Int32Array(Math.max(I, K) + 1);
  for (let j = 0; j < n; j++) cnt[imgRank[img[order[j]]] + 1]++;
  for (let i = 0; i < I; i++) cnt[i + 1] += cnt[i];
  for (let j = 0; j < n; j++) { const i = order[j]; byImg[cnt[imgRank[img[i]]]++] = i; }
  cnt.fill(0);
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) cnt[catRank[cls[byImg[j]]] + 1]++;
  for (let i = 0; i < K; i++) cnt[i + 1] += cnt[i];
  for (let j = 0; j < n; j++) { const i = byImg[j]; out[cnt[catRank[cls[i]]]++] = i; }
  return out;
}

/**
 * `order` stably sorted by descending keys[i] (equal keys, +0 and -0 included, keep their order):
 * an LSD radix sort on the 64 bits of the IEEE doubles, 16 bits per pass. NaN must not occur.
 */
export function argsortDescending(keys: Float64Array, order: Int32Array): Int32Array {
  const n = order.length;
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const iLo = little ? 0 : 1, iHi = little ? 1 : 0;
  let hi = new Uint32Array(n), lo = new Uint32Array(n), idx = Int32Array.from(order);
  for (let j = 0; j < n; j++) {
    let x = keys[idx[j]];
    if (x === 0) x = 0;
    f[0] = -x; // ascending order of -x = descending order of x
    let h = u[iHi], l = u[iLo];
    if (h & 0x80000000) { h = ~h >>> 0; l = ~l >>> 0; } else h = (h | 0x80000000) >>> 0;
    hi[j] = h;
    lo[j] = l;
  }
  let hi2 = new Uint32Array(n), lo2 = new Uint32Array(n), idx2 = new Int32Array(n);
  const cnt = new Int32Array(65537);
  for (let pass = 0; pass < 4; pass++) {
    const src = pass < 2 ? lo : hi;
    const shift = pass % 2 ? 16 : 0;
    cnt.fill(0);
    for (let j = 0; j < n; j++) cnt[((src[j] >>> shift) & 0xffff) + 1]++;
    if (cnt[((src[0] >>> shift) & 0xffff) + 1] === n) continue; // one digit everywhere
    for (let d = 0; d < 65536; d++) cnt[d + 1] += cnt[d];
    for (let j = 0; j < n; j++) {
      const p = cnt[(src[j] >>> shift) & 0xffff]++;
      hi2[p] = hi[j]; lo2[p] = lo[j]; idx2[p] = idx[j];
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [idx, idx2] = [idx2, idx];
  }
  return idx;
}

/** COCOeval.summarize()'s 12 numbers from precision [T,R,K,A,M] and recall [T,K,A,M]. */
export function summarizeStats(precision: Float64Array, recall: Float64Array, K: number): number[] {
  const tIndex = (v: number) => {
    const i = COCO_IOU_THRESHOLDS.indexOf(v);
    return i < 0 ? [] : [i];
  };
  const allT = Array.from({ length: T }, (_, t) => t);
  const buf = new Float64Array(T * R * K);
  const ap = (ts: number[], a: number, m: number): number => {
    let c = 0;
    for (const t of ts) for (let r = 0; r < R; r++) for (let k = 0; k < K; k++) {
      const v = precision[(((t * R + r) * K + k) * A + a) * M + m];
      if (v > -1) buf[c++] = v;
    }
    return c ? numpyMean(buf, 0, c) : -1;
  };
  const ar = (ts: number[], a: number, m: number): number => {
    let c = 0;
    for (const t of ts) for (let k = 0; k < K; k++) {
      const v = recall[((t * K + k) * A + a) * M + m];
      if (v > -1) buf[c++] = v;
    }
    return c ? numpyMean(buf, 0, c) : -1;
  };
  return [
    ap(allT, 0, 2), ap(tIndex(0.5), 0, 2), ap(tIndex(0.75), 0, 2),
    ap(allT, 1, 2), ap(allT, 2, 2), ap(allT, 3, 2),
    ar(allT, 0, 0), ar(allT, 0, 1), ar(allT, 0, 2),
    ar(allT, 1, 2), ar(allT, 2, 2), ar(allT, 3, 2),
  ];
}

/** The lines COCOeval.summarize() prints, character for character. */
export function formatCocoSummary(stats: readonly number[]): string {
  const rows: [number, string | null, string, number][] = [
    [1, null, 'all', 100], [1, '0.50', 'all', 100], [1, '0.75', 'all', 100],
    [1, null, 'small', 100], [1, null, 'medium', 100], [1, null, 'large', 100],
    [0, null, 'all', 1], [0, null, 'all', 10], [0, null, 'all', 100],
    [0, null, 'small', 100], [0, null, 'medium', 100], [0, null, 'large', 100],
  ];
  return rows.map(([isAp, iou, area, maxDets], i) => {
    const title = (isAp ? 'Average Precision' : 'Average Recall').padEnd(18);
    const type = isAp ? '(AP)' : '(AR)';
    const iouStr = (iou ?? '0.50:0.95').padEnd(9);
    return ` ${title} ${type} @[ IoU=${iouStr} | area=${area.padStart(6)} | maxDets=${String(maxDets).padStart(3)} ] = ${pyFixed(stats[i], 3)}`;
  }).join('\n');
}

/** Evaluates a COCO results list against a COCO ground-truth dataset (pycocotools' whole pipeline). */
export function evaluateCoco(gt: CocoDataset, results: readonly CocoResult[], iouType: IouType = 'bbox'): CocoEvalResult {
  const ev = CocoEvaluator.fromCoco(gt, { iouType });
  ev.addResults(results);
  return ev.compute();
}
