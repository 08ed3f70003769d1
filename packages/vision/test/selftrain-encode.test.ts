import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { selftrain } from '../src';
import { BrightBoxDetector, BrightnessDepth, ColorClassifier, GradientNormals, PixelSegmenter } from './selftrain-helpers';

torch.setNumThreads(1);
const S = selftrain;

function close(a: Tensor, b: Tensor, tol = 1e-5): void {
  assert.deepEqual(a.shape, b.shape);
  const d = torch.tidy(() => a.to('float32').sub(b.to('float32')).abs().max().item() as number);
  assert.ok(d <= tol, `max difference ${d} > ${tol}`);
}

test('classification: probabilities, temperature sharpening', () => {
  torch.tidy(() => {
    const p = torch.tensor([0.7, 0.2, 0.1, 0]);
    const same = S.encodeClassification(p);
    assert.equal(same.dtype, 'float32');
    assert.deepEqual(same.toArray(), p.toArray());
    // T = 0.5: p^2 renormalized
    const sharp = S.encodeClassification(p, { temperature: 0.5 });
    close(sharp, torch.tensor([0.49, 0.04, 0.01, 0]).div(0.54), 1e-6);
    // T = 2: sqrt(p) renormalized (flatter); zero stays zero
    const flat = S.encodeClassification(p, { temperature: 2 });
    const r = [Math.sqrt(0.7), Math.sqrt(0.2), Math.sqrt(0.1), 0];
    const s = r.reduce((a, b) => a + b);
    close(flat, torch.tensor(r.map((v) => v / s)), 1e-6);
    assert.equal((flat.toArray() as number[])[3], 0);
    // the same as softmax(logits / T)
    const logits = torch.tensor([2, -1, 0.5]);
    close(S.encodeClassification(logits.softmax(0), { temperature: 0.3 }), logits.div(0.3).softmax(0), 1e-6);
    assert.throws(() => S.encodeClassification(p, { temperature: 0 }), /temperature must be > 0/);
    assert.throws(() => S.encodeClassification(p.view([2, 2])), /must be \[K\]/);
  });
});

test('detection: class-aware NMS, score threshold (>=), cap, voting', () => {
  torch.tidy(() => {
    const boxes = torch.tensor([
      [10, 10, 30, 30], // 0: class 1, 0.9
      [11, 10, 31, 30], // 1: duplicate of 0, 0.8 -> suppressed
      [10, 10, 30, 30], // 2: same box, class 2, 0.6 -> kept (other class)
      [50, 50, 60, 60], // 3: class 1, exactly 0.5 -> kept
      [70, 70, 80, 80], // 4: class 1, 0.49 -> dropped
    ]);
    const scores = torch.tensor([0.9, 0.8, 0.6, 0.5, 0.49]);
    const classes = torch.tensor([1, 1, 2, 1, 1], { dtype: 'int64' });
    const d = S.encodeDetection({ boxes, scores, classes });
    assert.deepEqual(d.boxes.toArray(), [[10, 10, 30, 30], [10, 10, 30, 30], [50, 50, 60, 60]]);
    assert.deepEqual(d.classes.toArray(), [1, 2, 1]);
    assert.equal(d.classes.dtype, 'int64');
    close(d.scores, torch.tensor([0.9, 0.6, 0.5]));
    // threshold and cap are settings
    assert.equal(S.encodeDetection({ boxes, scores, classes }, { scoreThreshold: 0.3 }).boxes.shape[0], 4);
    assert.equal(S.encodeDetection({ boxes, scores, classes }, { maxDetections: 2 }).boxes.shape[0], 2);
    // a looser NMS keeps the duplicate
    assert.equal(S.encodeDetection({ boxes, scores, classes }, { nmsIou: 0.95 }).boxes.shape[0], 4);
    // no boxes
    const none = S.encodeDetection({ boxes: torch.zeros([0, 4]), scores: torch.zeros([0]), classes: torch.zeros([0], { dtype: 'int64' }) });
    assert.deepEqual(none.boxes.shape, [0, 4]);
    // weighted box voting: the kept box becomes the score-weighted mean of its cluster
    const v = S.encodeDetection({ boxes, scores, classes }, { merge: 'vote' });
    close(v.boxes.select(0, 0), torch.tensor([10 + 0.8 / 1.7, 10, 30 + 0.8 / 1.7, 30]));
    close(v.boxes.select(0, 1), torch.tensor([10, 10, 30, 30]));
    close(v.scores, torch.tensor([0.9, 0.6, 0.5]));
  });
});

test('segmentation: argmax, pixels under the confidence threshold are 255', () => {
  torch.tidy(() => {
    // 3 classes, 1x4 pixels: confident 0, confident 2, max 0.45 (ignored), max exactly 0.5 (kept)
    const p = torch.tensor([
      [[0.8, 0.1, 0.45, 0.5]],
      [[0.1, 0.1, 0.3, 0.3]],
      [[0.1, 0.8, 0.25, 0.2]],
    ]);
    const s = S.encodeSegmentation(p);
    assert.equal(s.dtype, 'uint8');
    assert.deepEqual(s.toArray(), [[0, 2, 255, 0]]);
    assert.deepEqual(S.encodeSegmentation(p, { threshold: 0.85 }).toArray(), [[255, 255, 255, 255]]);
    assert.deepEqual(S.encodeSegmentation(p, { threshold: 0 }).toArray(), [[0, 2, 0, 0]]);
    // per-class: background (0) needs 0.6, other classes 0: pixels 2 and 3 (background at 0.45, 0.5) ignored
    assert.deepEqual(S.encodeSegmentation(p, { threshold: 0, classThresholds: { 0: 0.6 } }).toArray(), [[0, 2, 255, 255]]);
    // class 2 needs 0.9 (its 0.8 pixel ignored); a threshold for a class the teacher lacks changes nothing
    assert.deepEqual(S.encodeSegmentation(p, { threshold: 0.5, classThresholds: { 2: 0.9, 7: 1 } }).toArray(), [[0, 255, 255, 0]]);
    assert.throws(() => S.encodeSegmentation(torch.zeros([256, 1, 1])), /at most 255 classes/);
  });
});

test('depth and normals: raw output; normals renormalized, zero stays invalid', () => {
  torch.tidy(() => {
    const d = torch.tensor([[[1.5, 2], [0, 3.25]]]);
    const e = S.encodeDepth(d);
    assert.deepEqual(e.shape, [2, 2]);
    assert.deepEqual(e.toArray(), [[1.5, 2], [0, 3.25]]);
    const n = torch.tensor([[[3, 0]], [[0, 0]], [[4, 0]]]); // (3, 0, 4) and (0, 0, 0)
    const u = S.encodeNormals(n);
    close(u, torch.tensor([[[0.6, 0]], [[0, 0]], [[0.8, 0]]]), 1e-7);
    assert.throws(() => S.encodeNormals(torch.zeros([2, 1, 1])), /\[3, H, W\]/);
  });
});

test('thresholds are validated settings with the documented defaults', () => {
  assert.deepEqual(S.resolveThresholds(), {
    temperature: 1, detectionScore: 0.5, detectionNmsIou: 0.5, maxDetections: 100, segmentationConfidence: 0.5, segmentationClassConfidence: {},
  });
  assert.throws(() => S.resolveThresholds({ segmentationClassConfidence: { 0: 1.5 } }), /segmentationClassConfidence\[0\] must be in \[0, 1\]/);
  assert.throws(() => S.resolveThresholds({ segmentationClassConfidence: { 300: 0.5 } }), /class indices 0\.\.254, got '300'/);
  assert.equal(S.resolveThresholds({ detectionScore: 0.7 }).detectionScore, 0.7);
  assert.throws(() => S.resolveThresholds({ detectionScore: 1.5 }), /detectionScore must be in \[0, 1\]/);
  assert.throws(() => S.resolveThresholds({ scoreThresh: 0.5 } as never), /unknown setting 'scoreThresh'/);
});

/** An image with a horizontal ramp (so normals have an x component), a bright rectangle and colour. */
function testImages(): { images: Tensor; sizes: [number, number][] } {
  return torch.tidy(() => {
    const H = 20, W = 28;
    const x = torch.linspace(0, 1, W).view([1, 1, W]).expand([3, H, W]).mul(0.4);
    const img = x.clone();
    img.narrow(1, 6, 8).narrow(2, 4, 10).fill_(0.95); // bright rectangle rows 6..13, cols 4..13
    img.select(0, 1).mul_(0.5); // colour
    const img2 = img.flip([2]).mul(0.9).narrow(1, 0, 16).narrow(2, 0, 24); // a second, smaller image
    const batch = torch.zeros([2, 3, H, W]);
    batch.select(0, 0).copy_(img);
    batch.select(0, 1).narrow(1, 0, 16).narrow(2, 0, 24).copy_(img2);
    return { images: batch, sizes: [[H, W], [16, 24]] as [number, number][] };
  });
}

test('TTA: flip-equivariant teachers give the same labels with and without flip TTA', () => {
  torch.tidy(() => {
    const { images, sizes } = testImages();
    const plain = S.resolveTta(undefined);
    const flip = S.resolveTta({ flip: true });
    assert.ok(S.isIdentityTta(plain) && !S.isIdentityTta(flip));
    for (const teacher of [new ColorClassifier(), new PixelSegmenter(), new BrightnessDepth(), new GradientNormals()]) {
      const a = S.predictWithTta(teacher, images, sizes, plain) as Tensor[];
      const b = S.predictWithTta(teacher, images, sizes, flip) as Tensor[];
      a.forEach((t, i) => close(b[i], t, 1e-5));
    }
    // segmentation labels identical
    const seg = new PixelSegmenter();
    const la = (S.predictWithTta(seg, images, sizes, plain) as Tensor[]).map((p) => S.encodeSegmentation(p));
    const lb = (S.predictWithTta(seg, images, sizes, flip) as Tensor[]).map((p) => S.encodeSegmentation(p));
    la.forEach((t, i) => assert.ok(t.equal(lb[i])));
    // detection: the same boxes after NMS + threshold
    const det = new BrightBoxDetector();
    const enc = (tta: selftrain.ResolvedTta) => (S.predictWithTta(det, images, sizes, tta) as selftrain.DetectionPrediction[])
      .map((p) => S.encodeDetection(p, { merge: tta.boxMerge }));
    const da = enc(plain), db = enc(flip);
    assert.deepEqual(da[0].boxes.toArray(), [[4, 6, 14, 14]]);
    da.forEach((d, i) => { assert.deepEqual(db[i].boxes.toArray(), d.boxes.toArray()); assert.deepEqual(db[i].classes.toArray(), d.classes.toArray()); });
  });
});

test('TTA: the x component of flipped normals is negated back', () => {
  torch.tidy(() => {
    const { images, sizes } = testImages();
    const t = new GradientNormals();
    const plain = (t.predict(images, sizes) as Tensor[])[0];
    // the ramp gives a clearly non-zero n_x: a TTA that forgot to negate it would average it away
    const nx = plain.select(0, 0).abs().mean().item() as number;
    assert.ok(nx > 0.1, `mean |n_x| ${nx}`);
    const viaTta = (S.predictWithTta(t, images, sizes, S.resolveTta({ flip: true })) as Tensor[])[0];
    close(viaTta, plain, 1e-5);
    // what the flipped view alone predicts, mapped back by hand: mirror + negate x
    const flippedView = (t.predict(images.narrow(0, 0, 1).narrow(2, 0, 20).narrow(3, 0, 28).flip([3]), [[20, 28]]) as Tensor[])[0];
    const back = flippedView.flip([2]).mul(torch.tensor([-1, 1, 1]).view([3, 1, 1]));
    close(back, plain, 1e-5);
    // averaged non-unit normals are renormalized
    const raw = (S.predictWithTta(new GradientNormals(true), images, sizes, S.resolveTta({ flip: true })) as Tensor[])[0];
    close(raw.norm(2, [0]), torch.onesLike(raw.select(0, 0)), 1e-5);
  });
});

test('TTA: scales map predictions and boxes back to the image; voting merges views', () => {
  torch.tidy(() => {
    const { images, sizes } = testImages();
    const tta = S.resolveTta({ flip: true, scales: [0.5, 1, 2] });
    // pointwise segmenter: nearly all labels agree (bilinear resizing blurs only the edges)
    const seg = new PixelSegmenter();
    const a = S.encodeSegmentation((S.predictWithTta(seg, images, sizes, S.resolveTta({})) as Tensor[])[0]);
    const b = S.encodeSegmentation((S.predictWithTta(seg, images, sizes, tta) as Tensor[])[0]);
    assert.deepEqual(b.shape, [20, 28]);
    const agree = a.eq(b).to('float32').mean().item() as number;
    assert.ok(agree > 0.9, `agreement ${agree}`);
    const depth = (S.predictWithTta(new BrightnessDepth(), images, sizes, tta) as Tensor[])[1];
    assert.deepEqual(depth.shape, [16, 24]);
    // detection: boxes of every view, back in image coordinates, within a pixel of the plain box
    const det = new BrightBoxDetector();
    const views = (S.predictWithTta(det, images, sizes, tta) as selftrain.DetectionPrediction[])[0];
    assert.equal(views.boxes.shape[0], 6 * 3);
    for (const merge of ['nms', 'vote'] as const) {
      const d = S.encodeDetection(views, { merge });
      assert.equal(d.boxes.shape[0], 1);
      close(d.boxes.select(0, 0), torch.tensor([4, 6, 14, 14]), 1.01);
    }
    assert.throws(() => S.resolveTta({ scales: [0] }), /positive/);
    assert.throws(() => S.resolveTta({ boxMerge: 'wbf' as never }), /'nms' or 'vote'/);
  });
});
