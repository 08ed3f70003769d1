// Each rule of pycocotools' COCOeval, on a case small enough to work out by hand. Boxes are COCO
// [x, y, w, h]; IoU = intersection / union (crowd: intersection / detection area).
// The 12 numbers: [AP, AP50, AP75, APs, APm, APl, AR1, AR10, AR100, ARs, ARm, ARl].
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import {
  evaluateCoco, COCO_IOU_THRESHOLDS, COCO_RECALL_THRESHOLDS, numpyMean,
  type CocoAnnotation, type CocoResult, type CocoDataset,
} from '../src/metrics';

torch.setNumThreads(1);

type Ann = Partial<CocoAnnotation> & { bbox: number[] };
type Det = Partial<CocoResult> & { bbox: number[]; score: number };

/** One 200x200 image (id 1; more with `images`), categories 1 and 2. */
function run(anns: Ann[], dets: Det[], images = 1) {
  const gt: CocoDataset = {
    images: Array.from({ length: images }, (_, i) => ({ id: i + 1, height: 200, width: 200 })),
    categories: [{ id: 1 }, { id: 2 }],
    annotations: anns.map((a, i) => ({
      id: i + 1, image_id: 1, category_id: 1, area: a.bbox[2] * a.bbox[3], ...a,
    }) as CocoAnnotation),
  };
  const res = dets.map((d) => ({ image_id: 1, category_id: 1, ...d }) as CocoResult);
  return evaluateCoco(gt, res, 'bbox');
}

/** pycocotools' precision tp / (fp + tp + eps): a lone TP scores 1 / (1 + 2^-52) = 0.9999999999999998. */
const EPS = 2.220446049250313e-16;
const P = (tp: number, fp: number) => tp / (fp + tp + EPS);
const ONE = P(1, 0);

/** The mean numpy computes for `counts[i]` copies of `values[i]`, in that order. */
function meanOf(...parts: [number, number][]): number {
  const n = parts.reduce((s, [c]) => s + c, 0);
  const a = new Float64Array(n);
  let k = 0;
  for (const [c, v] of parts) for (let i = 0; i < c; i++) a[k++] = v;
  return numpyMean(a);
}

test('thresholds are numpy linspace values: .5:.05:.95 (the 9th is 0.8999999999999999), recall 0:.01:1', () => {
  assert.deepEqual(Array.from(COCO_IOU_THRESHOLDS), [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.8999999999999999, 0.95]);
  assert.equal(COCO_RECALL_THRESHOLDS.length, 101);
  assert.equal(COCO_RECALL_THRESHOLDS[7], 0.07);
  assert.equal(COCO_RECALL_THRESHOLDS[100], 1);
});

test('a match needs iou >= t: IoU exactly 0.5 matches at t = .5 only; exactly 0.95 at every t', () => {
  // gt [0,0,10,10] (area 100), det [0,0,10,5]: IoU = 50 / 100 = 0.5 -> TP at t = .5 (precision
  // ONE = 1/(1+eps) at all 101 recall points), FP at the 9 others (precision 0):
  // AP = 101 * ONE / 1010 ~ 0.1, AP50 = ONE, AP75 = 0.
  const r = run([{ bbox: [0, 0, 10, 10] }], [{ bbox: [0, 0, 10, 5], score: 0.9 }]);
  assert.equal(r.stats[0], meanOf([101, ONE], [909, 0]));
  assert.equal(r.stats[1], meanOf([101, ONE])); // 0.9999999999999999: the mean rounds too
  assert.equal(r.stats[2], 0);
  // recall: 1 at t = .5, 0 elsewhere -> AR100 = 0.1
  assert.equal(r.stats[8], meanOf([1, 1], [9, 0]));
  // gt [0,0,100,1], det [0,0,95,1]: IoU = 95 / 100 = 0.95 >= 0.95 -> TP at all 10 thresholds: AP = ONE
  assert.equal(run([{ bbox: [0, 0, 100, 1] }], [{ bbox: [0, 0, 95, 1], score: 0.9 }]).stats[0], meanOf([1010, ONE]));
  // IoU 0.9 >= 0.8999999999999999 but < 0.95: 9 of 10 thresholds -> AP ~ 0.9
  assert.equal(run([{ bbox: [0, 0, 100, 1] }], [{ bbox: [0, 0, 90, 1], score: 0.9 }]).stats[0], meanOf([909, ONE], [101, 0]));
});

test('101 recall points: 1 TP of 3 gts reaches recall 1/3 -> precision 1 at recall .00-.33 (34 points)', () => {
  // AP_t = 34/101 at every t (11-point interpolation would give 4/11)
  const r = run([{ bbox: [0, 0, 10, 10] }, { bbox: [50, 0, 10, 10] }, { bbox: [100, 0, 10, 10] }],
    [{ bbox: [0, 0, 10, 10], score: 0.9 }]);
  assert.equal(r.stats[0], meanOf(...Array.from({ length: 10 }, () => [[34, ONE], [67, 0]] as [number, number][]).flat()));
  assert.equal(r.stats[8], meanOf([10, 1 / 3]));
});

test('precision is made monotone (max to the right): FP, TP, TP -> 2/3 at every recall point', () => {
  // sorted: FP (.9), TP (.8), TP (.7); tp = [0,1,2], fp = [1,1,1]; recall [0, .5, 1];
  // precision [0, 1/2, 2/3] -> envelope [2/3, 2/3, 2/3]. Without the envelope recall .01-.50 would read 1/2.
  const r = run([{ bbox: [0, 0, 10, 10] }, { bbox: [20, 0, 10, 10] }], [
    { bbox: [50, 50, 10, 10], score: 0.9 }, { bbox: [0, 0, 10, 10], score: 0.8 }, { bbox: [20, 0, 10, 10], score: 0.7 },
  ]);
  assert.equal(r.stats[0], meanOf([1010, P(2, 1)]));
  assert.equal(r.stats[1], meanOf([101, P(2, 1)]));
});

test('greedy matching in score order; equal scores keep their input order (stable sort)', () => {
  // One gt [0,0,10,10]; two dets with the same score: first in input d1 [0,0,10,6] (IoU .6), then
  // d2 = the gt (IoU 1). d1 is matched first: at t <= .6 (3 thresholds) d1 TP, d2 FP -> AP_t = ONE;
  // at t > .6 (7 thresholds) d1 FP then d2 TP -> precision [0, 1/2] -> AP_t = 1/2.
  // AP = (3 * 101 * ONE + 7 * 101 * 0.5) / 1010 ~ 0.65. (With d2 first it would be ONE.)
  const dets = [{ bbox: [0, 0, 10, 6], score: 0.5 }, { bbox: [0, 0, 10, 10], score: 0.5 }];
  const r = run([{ bbox: [0, 0, 10, 10] }], dets);
  assert.equal(r.stats[0], meanOf([303, ONE], [707, P(1, 1)]));
  assert.equal(run([{ bbox: [0, 0, 10, 10] }], [dets[1], dets[0]]).stats[0], meanOf([1010, ONE]));
  // A higher score wins regardless of input order:
  assert.equal(run([{ bbox: [0, 0, 10, 10] }], [{ ...dets[0], score: 0.4 }, dets[1]]).stats[0], meanOf([1010, ONE]));
});

test('a detection takes the unmatched gt with the highest IoU, not the first acceptable one', () => {
  // g1 [0,0,10,10], g2 [2,0,10,10]; d1 (.9) = g2 (IoU with g1: 80/120 = .67), d2 (.8) = g1.
  // Best-IoU: d1 -> g2, d2 -> g1, both TP at every t: precision [ONE, 2/(2+eps) = 1] -> envelope 1: AP 1. (First-acceptable would give d1 -> g1
  // and d2 only g2 at IoU .67, a FP above t = .65.)
  const r = run([{ bbox: [0, 0, 10, 10] }, { bbox: [2, 0, 10, 10] }],
    [{ bbox: [2, 0, 10, 10], score: 0.9 }, { bbox: [0, 0, 10, 10], score: 0.8 }]);
  assert.equal(r.stats[0], 1);
});

test('maxDets apply per image and per category', () => {
  // One image, a gt and a TP of each category (scores .9 and .3): at maxDets = 1 each category
  // keeps its best detection, so AR1 = mean(1, 1) = 1 (per image only, it would be 0.5).
  const gt: CocoDataset = {
    images: [{ id: 1, height: 100, width: 100 }], categories: [{ id: 1 }, { id: 2 }],
    annotations: [
      { id: 1, image_id: 1, category_id: 1, bbox: [0, 0, 10, 10], area: 100, iscrowd: 0 },
      { id: 2, image_id: 1, category_id: 2, bbox: [50, 0, 10, 10], area: 100, iscrowd: 0 },
    ],
  };
  const r = evaluateCoco(gt, [
    { image_id: 1, category_id: 1, bbox: [0, 0, 10, 10], score: 0.9 },
    { image_id: 1, category_id: 2, bbox: [50, 0, 10, 10], score: 0.3 },
  ]);
  assert.equal(r.stats[6], 1);
  // Within one category, maxDets = 1 keeps only the top detection: FP (.9) then TP (.5) ->
  // AR1 = 0, AR10 = 1.
  const r2 = run([{ bbox: [0, 0, 10, 10] }], [{ bbox: [100, 100, 10, 10], score: 0.9 }, { bbox: [0, 0, 10, 10], score: 0.5 }]);
  assert.equal(r2.stats[6], 0);
  assert.equal(r2.stats[7], 1);
});

test('at most 100 detections per image and category: the 101st is never evaluated (ties: input order)', () => {
  // 100 FPs with score .5, then the TP with the same score: the TP is 101st -> dropped: AP 0, AR 0.
  const fps = Array.from({ length: 100 }, (_, i) => ({ bbox: [100 + (i % 10) * 5, 100 + Math.floor(i / 10) * 5, 4, 4], score: 0.5 }));
  const tp = { bbox: [0, 0, 10, 10], score: 0.5 };
  const r = run([{ bbox: [0, 0, 10, 10] }], [...fps, tp]);
  assert.equal(r.stats[0], 0);
  assert.equal(r.stats[8], 0);
  // The same TP first in the input is kept (rank 1 of 101): precision ONE at recall 1.
  assert.equal(run([{ bbox: [0, 0, 10, 10] }], [tp, ...fps]).stats[0], meanOf([1010, ONE]));
});

test('area ranges use the annotation area, bounds inclusive: area 1024 is small and medium', () => {
  // gt box 10x10 but area 1024 -> in small [0, 1024] and medium [1024, 9216], not large.
  const r = run([{ bbox: [0, 0, 10, 10], area: 1024 }], [{ bbox: [0, 0, 10, 10], score: 0.9 }]);
  assert.deepEqual([r.stats[3], r.stats[4], r.stats[5]], [meanOf([1010, ONE]), meanOf([1010, ONE]), -1]);
  assert.deepEqual([r.stats[9], r.stats[10], r.stats[11]], [1, 1, -1]);
  // gt box 50x50 with area 100 is small (the box does not matter)
  const r2 = run([{ bbox: [0, 0, 50, 50], area: 100 }], [{ bbox: [0, 0, 50, 50], score: 0.9 }]);
  assert.deepEqual([r2.stats[3], r2.stats[4], r2.stats[5]], [meanOf([1010, ONE]), -1, -1]);
});

test('unmatched detections outside the area range are ignored; matched ones are not', () => {
  // small gt (area 100) with a TP (.5), and a large FP (100x100 = 10000 from w*h, .9).
  // all: FP then TP -> precision envelope 1/2 -> AP 0.5. small: the FP is unmatched and its area is
  // outside [0, 1024] -> ignored -> AP ONE. medium, large: no gt -> -1.
  const r = run([{ bbox: [0, 0, 10, 10] }], [{ bbox: [100, 100, 100, 100], score: 0.9 }, { bbox: [0, 0, 10, 10], score: 0.5 }]);
  assert.equal(r.stats[0], meanOf([1010, P(1, 1)]));
  assert.deepEqual([r.stats[3], r.stats[4], r.stats[5]], [meanOf([1010, ONE]), -1, -1]);
  // A detection matched to an in-range gt counts even if its own area is outside the range:
  // gt box 100x100 with area 100 (small), det = the box (area 10000): APs = ONE.
  const r2 = run([{ bbox: [0, 0, 100, 100], area: 100 }], [{ bbox: [0, 0, 100, 100], score: 0.9 }]);
  assert.equal(r2.stats[3], meanOf([1010, ONE]));
});

test('crowd gt: IoU = intersection / detection area; matches are ignored; one crowd absorbs many', () => {
  // gt g1 [0,0,10,10]; crowd g2 [50,0,100,100]. d1 (.9) and d2 (.8) lie inside the crowd:
  // IoU = 100 / 100 = 1 -> matched to the crowd -> ignored (both: crowds match any number).
  // d3 (.5) = g1 -> TP. Non-ignored: [TP] -> AP ONE; the crowd is not counted in recall (npig = 1).
  const anns = [{ bbox: [0, 0, 10, 10] }, { bbox: [50, 0, 100, 100], iscrowd: 1 }];
  const dets = [{ bbox: [60, 10, 10, 10], score: 0.9 }, { bbox: [80, 10, 10, 10], score: 0.8 }, { bbox: [0, 0, 10, 10], score: 0.5 }];
  const r = run(anns, dets);
  assert.equal(r.stats[0], meanOf([1010, ONE]));
  assert.equal(r.stats[8], 1);
  // As a normal gt (area 10000, counted: 2 gts), d1 and d2 are FPs (IoU 100/10000): FP, FP, TP ->
  // precision 1/3 up to recall 1/2 (51 points .00-.50), then 0: AP50 = 51/101 * 1/3.
  const r2 = run([anns[0], { bbox: anns[1].bbox }], dets);
  assert.equal(r2.stats[1], meanOf([51, P(1, 2)], [50, 0]));
  // Crowd IoU with half the detection inside: det [140,0,20,10] (area 200), inside 10x10 = 100 ->
  // IoU .5: ignored at t = .5, a FP at the other 9 thresholds (g1 found by d3 at every t).
  const r3 = run(anns, [{ bbox: [140, 0, 20, 10], score: 0.9 }, { bbox: [0, 0, 10, 10], score: 0.5 }]);
  assert.equal(r3.stats[1], meanOf([101, ONE]));
  assert.equal(r3.stats[2], meanOf([101, P(1, 1)]));
});

test('gts are visited non-ignored first; a detection holding a regular match stops at ignored ones', () => {
  // crowd g1 [0,0,100,100] first in the input, regular g2 [0,0,10,10] (area 100). det [0,0,10,8]:
  // IoU with g2 = 80/100 = .8, with the crowd 80/80 = 1. Visiting g2 first (sorted by ignore
  // flag): at t <= .8 the det takes g2 and stops at the crowd -> TP (7 thresholds .5 ... .8);
  // at t >= .85 it falls to the crowd -> ignored, g2 unmatched -> AP_t = 0. AP = 7/10.
  // (In input order the crowd, IoU 1, would win at every t and AP would be 0.)
  const r = run([{ bbox: [0, 0, 100, 100], iscrowd: 1 }, { bbox: [0, 0, 10, 10] }], [{ bbox: [0, 0, 10, 8], score: 0.9 }]);
  assert.equal(r.stats[0], meanOf([707, ONE], [303, 0]));
});

test('categories without gt are excluded (-1); detections on images without gt are false positives', () => {
  // Category 2 has detections but no gt: perCategoryAP -1 and out of the means.
  // Image 2 has no annotations: its detection (.9, category 1) is a FP before the TP (.5) of
  // image 1 -> precision envelope 1/2 -> AP 0.5.
  const gt: CocoDataset = {
    images: [{ id: 1, height: 100, width: 100 }, { id: 2, height: 100, width: 100 }],
    categories: [{ id: 1 }, { id: 2 }],
    annotations: [{ id: 1, image_id: 1, category_id: 1, bbox: [0, 0, 10, 10], area: 100, iscrowd: 0 }],
  };
  const r = evaluateCoco(gt, [
    { image_id: 2, category_id: 1, bbox: [0, 0, 10, 10], score: 0.9 },
    { image_id: 1, category_id: 1, bbox: [0, 0, 10, 10], score: 0.5 },
    { image_id: 1, category_id: 2, bbox: [0, 0, 10, 10], score: 0.99 },
  ]);
  const half = P(1, 1);
  assert.equal(r.stats[0], meanOf([1010, half]));
  assert.deepEqual(r.perCategoryAP, { 1: meanOf([1010, half]), 2: -1 });
  // No detections at all: categories with gt get precision 0 (AP 0), not -1.
  assert.deepEqual(evaluateCoco(gt, []).stats, [0, 0, 0, 0, -1, -1, 0, 0, 0, 0, -1, -1]);
});

test('iscrowd defaults to 0 and the gt "ignore" field is overwritten (pycocotools)', () => {
  const r = run([{ bbox: [0, 0, 10, 10], iscrowd: undefined, ignore: 1 }], [{ bbox: [0, 0, 10, 10], score: 0.9 }]);
  assert.equal(r.stats[0], meanOf([1010, ONE]));
});

test('results: bbox area is w*h; mask-only segm results take the mask area (COCO.loadRes)', () => {
  // segm: gt polygon square 20x20 at (0,0) in a 100x100 image, area field 400 (small).
  // Result mask = the same square given as an uncompressed RLE without bbox -> area 400 -> small.
  const gt: CocoDataset = {
    images: [{ id: 1, height: 100, width: 100 }], categories: [{ id: 1 }],
    annotations: [{ id: 1, image_id: 1, category_id: 1, segmentation: [[0, 0, 20, 0, 20, 20, 0, 20]], area: 400, iscrowd: 0 }],
  };
  // column-major runs: columns 0-19 hold 20 ones then 80 zeros; the last zeros join the 80 empty columns
  const rle = { size: [100, 100] as [number, number], counts: [0, 20, ...Array.from({ length: 19 }, () => [80, 20]).flat(), 100 * 100 - 20 * 100 + 80] };
  const r = evaluateCoco(gt, [{ image_id: 1, category_id: 1, segmentation: rle, score: 0.9 }], 'segm');
  assert.equal(r.stats[0], meanOf([1010, ONE]));
  assert.equal(r.stats[3], meanOf([1010, ONE]));
  // With a bbox field the area is the box's w*h: a 100x100 box makes the (matched) detection
  // still count, but unmatched ones would be judged as large: here the mask is empty -> FP,
  // area 10000 -> ignored for "small", counted for "all".
  const empty = { size: [100, 100] as [number, number], counts: [10000] };
  const r2 = evaluateCoco(gt, [{ image_id: 1, category_id: 1, segmentation: empty, bbox: [0, 0, 100, 100], score: 0.9 }], 'segm');
  assert.equal(r2.stats[0], 0);
  assert.equal(r2.stats[3], 0); // small: FP ignored, gt unmatched -> precision 0
});
