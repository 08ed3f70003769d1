// The streaming COCO evaluator (tensors or arrays, per image) gives pycocotools' numbers, and
// inconsistent inputs are rejected with clear errors.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '@must/torch';
import {
  CocoEvaluator, evaluateCoco, numpyMean, type CocoDataset, type CocoResult, type IouType,
} from '../src/metrics';
import { segmentationToRle, rleFromCoco, rlesToTensor, type CocoRle } from '../src/masks';

torch.setNumThreads(1);

interface Scenario {
  name: string;
  iouType: IouType;
  gt: CocoDataset;
  results: CocoResult[];
  expected: { stats: number[]; perCategoryAP: Record<string, number> };
}
const FIX: Scenario[] = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'test', 'fixtures', 'metrics', 'coco-eval.json'), 'utf8'));
const scenario = (name: string) => FIX.find((s) => s.name === name)!;

function byImage<T extends { image_id: unknown }>(xs: T[]): Map<unknown, T[]> {
  const m = new Map<unknown, T[]>();
  for (const x of xs) {
    const l = m.get(x.image_id);
    if (l) l.push(x); else m.set(x.image_id, [x]);
  }
  return m;
}

test('streaming bbox with float64 tensors (xywh) equals pycocotools on the fixture', () => {
  for (const name of ['bbox-crowd', 'bbox-many-dets-12-cats', 'bbox-over-100-per-image-category']) {
    const sc = scenario(name);
    const ids = sc.gt.categories.map((c) => c.id).sort((a, b) => a - b);
    const ev = new CocoEvaluator({ iouType: 'bbox', categoryIds: ids, boxFormat: 'xywh' });
    const anns = byImage(sc.gt.annotations);
    const dets = byImage(sc.results);
    torch.tidy(() => {
      for (const img of sc.gt.images) {
        const a = anns.get(img.id) ?? [];
        ev.addGroundTruth(img.id, {
          boxes: torch.tensor(a.length ? a.map((x) => x.bbox!) : [], { dtype: 'float64', shape: [a.length, 4] }),
          classes: torch.tensor(a.map((x) => ids.indexOf(x.category_id)), { dtype: 'int64' }),
          iscrowd: torch.tensor(a.map((x) => !!x.iscrowd), { dtype: 'bool' }),
          areas: a.map((x) => x.area!),
        });
      }
      // detections in batches of images, order shuffled relative to the ground truth
      for (const [imageId, d] of [...dets].reverse()) {
        ev.update(imageId as number, {
          boxes: torch.tensor(d.map((x) => x.bbox!), { dtype: 'float64' }),
          scores: torch.tensor(d.map((x) => x.score), { dtype: 'float64' }),
          categoryIds: d.map((x) => x.category_id),
        });
      }
    });
    const r = ev.compute();
    assert.deepEqual(r.stats, sc.expected.stats, name);
    assert.deepEqual(r.perCategoryAP, sc.expected.perCategoryAP, name);
  }
});

test('streaming bbox in xyxy (MuST Instances: float32 boxes, int64 classes, bool iscrowd) equals the JSON path', () => {
  const sc = scenario('bbox-crowd');
  const ids = sc.gt.categories.map((c) => c.id).sort((a, b) => a - b);
  // float32 xyxy as a model would give; the JSON side gets the same boxes converted back to xywh
  const f32 = (v: number) => Math.fround(v);
  const toXyxy = (b: number[]) => [f32(b[0]), f32(b[1]), f32(b[0] + b[2]), f32(b[1] + b[3])];
  const toXywh = (q: number[]) => [q[0], q[1], q[2] - q[0], q[3] - q[1]];
  const gt2: CocoDataset = { ...sc.gt, annotations: sc.gt.annotations.map((a) => ({ ...a, bbox: toXywh(toXyxy(a.bbox!)) })) };
  const res2 = sc.results.map((r) => ({ ...r, bbox: toXywh(toXyxy(r.bbox!)) }));
  const expected = evaluateCoco(gt2, res2, 'bbox');
  const ev = new CocoEvaluator({ iouType: 'bbox', categoryIds: ids });
  const anns = byImage(sc.gt.annotations);
  const dets = byImage(sc.results);
  torch.tidy(() => {
    for (const img of sc.gt.images) {
      const a = anns.get(img.id) ?? [];
      ev.addGroundTruth(img.id, {
        boxes: torch.tensor(a.map((x) => toXyxy(x.bbox!)).flat(), { shape: [a.length, 4] }),
        classes: torch.tensor(a.map((x) => ids.indexOf(x.category_id)), { dtype: 'int64' }),
        iscrowd: torch.tensor(a.map((x) => !!x.iscrowd), { dtype: 'bool' }),
        areas: Float64Array.from(a.map((x) => x.area!)),
      });
    }
    for (const [imageId, d] of dets) {
      ev.update(imageId as number, {
        boxes: torch.tensor(d.map((x) => toXyxy(x.bbox!))),
        scores: Float64Array.from(d.map((x) => x.score)),
        classes: Int32Array.from(d.map((x) => ids.indexOf(x.category_id))),
      });
    }
  });
  assert.deepEqual(ev.compute().stats, expected.stats);
});

test('streaming segm with mask tensors (no boxes: mask areas) equals pycocotools on the fixture', () => {
  const sc = scenario('segm-rle');
  const ids = sc.gt.categories.map((c) => c.id).sort((a, b) => a - b);
  const ev = new CocoEvaluator({ iouType: 'segm', categoryIds: ids });
  const anns = byImage(sc.gt.annotations);
  const dets = byImage(sc.results);
  torch.tidy(() => {
    for (const img of sc.gt.images) {
      const a = anns.get(img.id) ?? [];
      ev.addImage(img.id, { height: img.height, width: img.width });
      ev.addGroundTruth(img.id, {
        masks: a.map((x) => segmentationToRle(x.segmentation!, img.height!, img.width!)),
        categoryIds: a.map((x) => x.category_id),
        iscrowd: a.map((x) => x.iscrowd as number),
        areas: a.map((x) => x.area!),
      });
    }
    for (const [imageId, d] of dets) {
      ev.update(imageId as number, {
        masks: rlesToTensor(d.map((x) => rleFromCoco(x.segmentation as CocoRle))),
        scores: d.map((x) => x.score),
        categoryIds: d.map((x) => x.category_id),
      });
    }
  });
  const r = ev.compute();
  assert.deepEqual(r.stats, sc.expected.stats);
  assert.deepEqual(r.perCategoryAP, sc.expected.perCategoryAP);
});

test('fromCoco + update: detections as category indices of the sorted ids; resetDetections', () => {
  const sc = scenario('bbox-small');
  const ev = CocoEvaluator.fromCoco(sc.gt, { boxFormat: 'xywh' });
  const ids = [...ev.categoryIds];
  assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
  const feed = () => {
    for (const [imageId, d] of byImage(sc.results)) {
      ev.update(imageId as number, { boxes: d.map((x) => x.bbox!), scores: d.map((x) => x.score), classes: d.map((x) => ids.indexOf(x.category_id)) });
    }
  };
  feed();
  assert.deepEqual(ev.compute().stats, sc.expected.stats);
  ev.resetDetections();
  feed();
  assert.deepEqual(ev.compute().stats, sc.expected.stats);
  assert.throws(() => ev.update(999, { boxes: [], scores: [], classes: [] }), /unknown image id 999/);
});

test('floating mask tensors are thresholded at 0.5 (maskThreshold)', () => {
  const ev = new CocoEvaluator({ iouType: 'segm', numClasses: 1 });
  torch.tidy(() => {
    const m = new Uint8Array(64).fill(1, 0, 32); // rows 0-3 of an 8x8 mask
    ev.addGroundTruth('a', { masks: torch.tensor(m, { shape: [1, 8, 8] }), classes: [0] });
    const prob = Float32Array.from(m, (v) => (v ? 0.9 : 0.2));
    ev.update('a', { masks: torch.tensor(prob, { shape: [1, 1, 8, 8] }), scores: [0.8], classes: [0] });
  });
  // the binarized mask equals the gt: IoU 1, a lone TP at every threshold
  assert.equal(ev.compute().stats[0], numpyMean(new Float64Array(1010).fill(1 / (1 + 2.220446049250313e-16))));
});

test('inconsistent inputs are rejected with clear errors', () => {
  const gt = (): CocoDataset => ({
    images: [{ id: 1, height: 20, width: 20 }],
    categories: [{ id: 3 }],
    annotations: [{ id: 1, image_id: 1, category_id: 3, bbox: [0, 0, 5, 5], area: 25, iscrowd: 0 }],
  });
  const det = (o: Partial<CocoResult> = {}): CocoResult => ({ image_id: 1, category_id: 3, bbox: [0, 0, 5, 5], score: 0.5, ...o });
  // results
  assert.throws(() => evaluateCoco(gt(), [det({ image_id: 2 })]), /results\[0\]: image_id 2 is not in the ground truth/);
  assert.throws(() => evaluateCoco(gt(), [det({ category_id: 4 })]), /category_id 4 is not a ground-truth category/);
  assert.throws(() => evaluateCoco(gt(), [det({ score: NaN })]), /score must be a number/);
  assert.throws(() => evaluateCoco(gt(), [det({ bbox: [0, 0, -1, 5] })]), /negative size/);
  assert.throws(() => evaluateCoco(gt(), [det(), det({ bbox: undefined })]), /results\[1\].bbox must be/);
  const gs = gt(); gs.annotations[0].segmentation = [[0, 0, 5, 0, 5, 5, 0, 5]];
  assert.throws(() => evaluateCoco(gs, [det({ bbox: undefined, segmentation: { size: [10, 10], counts: [100] } })], 'segm'), /mask size 10x10 differs from the image's 20x20/);
  assert.throws(() => evaluateCoco(gs, [det({ bbox: undefined, segmentation: { size: [20, 20], counts: 'x!' } })], 'segm'), /results\[0\]\.segmentation: .*invalid character "x"/);
  assert.throws(() => evaluateCoco(gt(), [{ image_id: 1, category_id: 3, score: 1 } as CocoResult]), /neither a bbox nor a segmentation/);
  // ground truth
  const g1 = gt(); g1.annotations[0].image_id = 7;
  assert.throws(() => evaluateCoco(g1, []), /annotations\[0\]: unknown image id 7/);
  const g2 = gt(); g2.annotations[0].category_id = 1;
  assert.throws(() => evaluateCoco(g2, []), /category_id 1 is not in categories/);
  const g3 = gt(); g3.annotations.push({ ...g3.annotations[0] });
  assert.throws(() => evaluateCoco(g3, []), /duplicate annotation id 1/);
  const g4 = gt(); delete g4.annotations[0].area;
  assert.throws(() => evaluateCoco(g4, []), /area must be a finite number/);
  const g5 = gt(); g5.annotations[0].bbox = [0, 0, 5, -2];
  assert.throws(() => evaluateCoco(g5, []), /negative size/);
  const g6 = gt(); g6.images.push({ id: 1 });
  assert.throws(() => evaluateCoco(g6, []), /duplicate image id 1/);
  assert.throws(() => evaluateCoco({ images: [] } as unknown as CocoDataset, []), /no "categories" array/);
  assert.throws(() => evaluateCoco(gt(), [], 'segm'), /no segmentation/);
  // streaming
  const ev = new CocoEvaluator({ numClasses: 2 });
  assert.throws(() => ev.update(1, { boxes: [[0, 0, 1, 1]], scores: [[0.5]], classes: [0] }), /scores must be \[N\], got \[1, 1\]/);
  assert.throws(() => ev.update(1, { boxes: [[0, 0, 1]], scores: [0.5], classes: [0] }), /boxes must be \[N, 4\], got \[1, 3\]/);
  assert.throws(() => ev.update(1, { boxes: [[0, 0, 1, 1], [0, 0, 2, 2]], scores: [0.5], classes: [0] }), /2 boxes for 1 entries/);
  assert.throws(() => ev.update(1, { boxes: [[0, 0, 1, 1]], scores: [0.5], classes: [2] }), /class 2 is not an index in \[0, 2\)/);
  assert.throws(() => ev.update(1, { boxes: [[0, 0, 1, 1]], scores: [NaN], classes: [0] }), /score NaN at 0 is not a number/);
  assert.throws(() => ev.update(1, { boxes: [[5, 0, 1, 1]], scores: [0.5], classes: [0] }), /negative size/);
  assert.throws(() => ev.update(1, { boxes: [[0, 0, 1, 1]], scores: [0.5], classes: [0], categoryIds: [0] }), /exactly one of classes/);
  assert.throws(() => ev.update(1, { boxes: [[0, 0, NaN, 1]], scores: [0.5], classes: [0] }), /not finite/);
  const evs = new CocoEvaluator({ numClasses: 1, iouType: 'segm' });
  evs.addGroundTruth(1, { masks: torch.zeros([1, 4, 5], { dtype: 'uint8' }), classes: [0] });
  assert.throws(() => evs.update(1, { masks: torch.zeros([1, 4, 6], { dtype: 'uint8' }), scores: [1], classes: [0] }), /mask size 4x6 differs from image 1's 4x5/);
  assert.throws(() => evs.update(1, { masks: torch.zeros([2, 4, 5], { dtype: 'uint8' }), scores: [1], classes: [0] }), /masks must be \[1, H, W\], got \[2, 4, 5\]/);
  assert.throws(() => evs.update(1, { scores: [1], classes: [0] }), /masks are needed for segm/);
  // detections for an image whose ground truth was never given
  const ev2 = new CocoEvaluator({ numClasses: 1 });
  ev2.addGroundTruth(1, { boxes: [[0, 0, 1, 1]], classes: [0] });
  ev2.update(2, { boxes: [[0, 0, 1, 1]], scores: [0.5], classes: [0] });
  assert.throws(() => ev2.compute(), /detections for image 2, which has no ground truth/);
  ev2.addGroundTruth(2, { classes: [] });
  assert.equal(ev2.compute().stats.length, 12);
  assert.throws(() => new CocoEvaluator({}), /give categoryIds or numClasses/);
  assert.throws(() => ev2.update('x', { boxes: [], scores: [], classes: [] }), /all be numbers or all strings/);
});
