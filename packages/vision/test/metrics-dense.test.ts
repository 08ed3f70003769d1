// Semantic segmentation, depth and surface-normal metrics: hand-worked cases and the direct
// formulas on random data.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import { SegmentationMetric, DepthMetric, NormalsMetric } from '../src/metrics';
import { mulberry32 as rng, close } from './numeric-helpers';

torch.setNumThreads(1);

test('segmentation (worked by hand): confusion matrix, IoU, mIoU, pixel accuracy; 255 ignored', () => {
  // target [[0,1,1],[255,2,0]], prediction [[0,1,0],[1,2,2]] (the 255 pixel is skipped):
  // confusion [target][pred]: (0,0) (1,1) (1,0) (2,2) (0,2)
  // IoU0 = 1 / (2 + 2 - 1) = 1/3; IoU1 = 1 / (2 + 1 - 1) = 1/2; IoU2 = 1 / (1 + 2 - 1) = 1/2
  // class 3 appears nowhere: NaN, left out of mIoU = (1/3 + 1/2 + 1/2) / 3 = 4/9
  const m = new SegmentationMetric({ numClasses: 4 });
  m.update([[0, 1, 0], [1, 2, 2]], [[0, 1, 1], [255, 2, 0]]);
  const r = m.compute();
  assert.deepEqual(Array.from(r.confusionMatrix), [1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
  assert.deepEqual(r.iou.slice(0, 3), [1 / 3, 1 / 2, 1 / 2]);
  assert.ok(Number.isNaN(r.iou[3]));
  close(r.mIoU, 4 / 9);
  assert.equal(r.pixelAccuracy, 3 / 5);
  assert.equal(r.pixels, 5);
  // class accuracy: 1/2, 1/2, 1 -> mean 2/3 (class 3 has no target pixels)
  close(r.meanAccuracy, 2 / 3);
  // a class only predicted counts with IoU 0
  const m2 = new SegmentationMetric({ numClasses: 3 });
  m2.update([1, 1], [0, 0]);
  assert.deepEqual(m2.compute().iou.map((v) => (Number.isNaN(v) ? 'nan' : v)), [0, 0, 'nan']);
});

test('segmentation on random batches (labels and logits tensors) equals the direct count', () => {
  const C = 5, N = 3, H = 17, W = 19;
  const r = rng(1);
  const m = new SegmentationMetric({ numClasses: C });
  const mLogits = new SegmentationMetric({ numClasses: C });
  const tp = new Float64Array(C), fp = new Float64Array(C), fn = new Float64Array(C);
  let correct = 0, total = 0;
  torch.tidy(() => {
    for (let batch = 0; batch < 2; batch++) {
      const target = new Uint8Array(N * H * W);
      const logits = new Float32Array(N * C * H * W);
      for (let i = 0; i < logits.length; i++) logits[i] = r();
      const pred = new Int32Array(N * H * W);
      for (let n = 0; n < N; n++) {
        for (let p = 0; p < H * W; p++) {
          let best = 0;
          for (let c = 1; c < C; c++) if (logits[(n * C + c) * H * W + p] > logits[(n * C + best) * H * W + p]) best = c;
          pred[n * H * W + p] = best;
          const t = r() < 0.1 ? 255 : r() < 0.5 ? best : Math.floor(r() * (C - 1)); // class C-1 only predicted
          target[n * H * W + p] = t;
          if (t === 255) continue;
          total++;
          if (t === best) { correct++; tp[t]++; } else { fp[best]++; fn[t]++; }
        }
      }
      const tt = torch.tensor(target, { shape: [N, H, W] });
      m.update(torch.tensor(pred, { shape: [N, H, W] }), tt);
      mLogits.update(torch.tensor(logits, { shape: [N, C, H, W] }), tt);
    }
  });
  const res = m.compute();
  const iou = Array.from(tp, (v, c) => v / (v + fp[c] + fn[c]));
  res.iou.forEach((v, c) => close(v, iou[c], 1e-15, `IoU ${c}`));
  close(res.mIoU, iou.reduce((a, b) => a + b, 0) / C);
  assert.equal(res.pixelAccuracy, correct / total);
  assert.deepEqual(mLogits.compute().confusionMatrix, res.confusionMatrix);
  assert.throws(() => m.update([[0, 7]], [[0, 1]]), /prediction value 7 at 1 is not a class/);
  assert.throws(() => m.update([[0, 1]], [[0, 9]]), /target value 9 at 1 is neither a class/);
  assert.throws(() => m.update([[0, 1, 1]], [[0, 1]]), /prediction shape \[1, 3\] does not match target shape \[1, 2\]/);
});

test('depth (worked by hand): gt [1, 2], prediction [1, 4]', () => {
  // |d|/g = [0, 1] -> AbsRel 0.5; d^2/g = [0, 2] -> SqRel 1; RMSE = sqrt((0 + 4) / 2) = sqrt 2;
  // RMSElog = sqrt((0 + ln 2^2) / 2); log10 = (0 + log10 2) / 2; max ratio [1, 2]: delta1, delta2,
  // delta3 = 1/2 (2 >= 1.25^3 = 1.953125).
  const m = new DepthMetric();
  m.update([[1, 4]], [[1, 2]]);
  const r = m.compute();
  assert.equal(r.absRel, 0.5);
  assert.equal(r.sqRel, 1);
  assert.equal(r.rmse, Math.sqrt(2));
  close(r.rmseLog, Math.sqrt((Math.LN2 * Math.LN2) / 2));
  close(r.log10, Math.log10(2) / 2);
  assert.deepEqual([r.delta1, r.delta2, r.delta3], [0.5, 0.5, 0.5]);
  // gt 0 is invalid; maxDepth excludes (strictly)
  const m2 = new DepthMetric({ maxDepth: 2 });
  m2.update([[1, 4, 9]], [[1, 2, 0]]);
  assert.equal(m2.compute().pixels, 1);
});

function depthDirect(pred: Float64Array, gt: Float64Array, n: number, hw: number, opts: { min: number; max: number; align: string; avg: string; mask?: Uint8Array }) {
  const per: number[][] = [];
  const sums = new Float64Array(8);
  let pixels = 0;
  for (let im = 0; im < n; im++) {
    const p: number[] = [], g: number[] = [];
    for (let i = im * hw; i < (im + 1) * hw; i++) {
      if (gt[i] > opts.min && gt[i] < opts.max && (!opts.mask || opts.mask[i])) { p.push(pred[i]); g.push(gt[i]); }
    }
    if (!p.length) continue;
    if (opts.align === 'median') {
      const med = (a: number[]) => { const s = [...a].sort((x, y) => x - y); const k = s.length; return k % 2 ? s[(k - 1) / 2] : (s[k / 2 - 1] + s[k / 2]) / 2; };
      const s = med(g) / med(p);
      for (let i = 0; i < p.length; i++) p[i] *= s;
    }
    const e = new Float64Array(8);
    for (let i = 0; i < p.length; i++) {
      const x = Math.min(opts.max, Math.max(opts.min, p[i])), y = g[i];
      e[0] += Math.abs(y - x) / y; e[1] += (y - x) ** 2 / y; e[2] += (y - x) ** 2; e[3] += (Math.log(y) - Math.log(x)) ** 2;
      e[4] += Math.abs(Math.log10(y) - Math.log10(x));
      const t = Math.max(y / x, x / y);
      e[5] += t < 1.25 ? 1 : 0; e[6] += t < 1.5625 ? 1 : 0; e[7] += t < 1.953125 ? 1 : 0;
    }
    for (let j = 0; j < 8; j++) sums[j] += e[j];
    pixels += p.length;
    per.push(Array.from(e, (v, j) => (j === 2 || j === 3 ? Math.sqrt(v / p.length) : v / p.length)));
  }
  if (opts.avg === 'image') return Array.from({ length: 8 }, (_, j) => per.reduce((a, r) => a + r[j], 0) / per.length);
  return Array.from(sums, (v, j) => (j === 2 || j === 3 ? Math.sqrt(v / pixels) : v / pixels));
}

test('depth on random data: per-image and per-pixel averaging, median alignment, mask, tensors', () => {
  const r = rng(2);
  const N = 4, H = 9, W = 11, hw = H * W;
  const gt = new Float64Array(N * hw), pred = new Float64Array(N * hw), mask = new Uint8Array(N * hw);
  for (let i = 0; i < gt.length; i++) {
    gt[i] = r() < 0.2 ? 0 : 0.5 + 9 * r();
    pred[i] = r() < 0.02 ? -1 : gt[i] * (0.7 + 0.6 * r()) * 1.3 + 0.01; // a few negative: clamped
    mask[i] = r() < 0.9 ? 1 : 0;
  }
  gt.fill(0, 0, hw); // image 0 has no valid pixel: skipped
  for (const align of ['none', 'median'] as const) {
    for (const avg of ['image', 'pixel'] as const) {
      const m = new DepthMetric({ alignment: align, averaging: avg, maxDepth: 8 });
      torch.tidy(() => {
        m.update(torch.tensor(pred.subarray(0, 2 * hw), { dtype: 'float64', shape: [2, 1, H, W] }), torch.tensor(gt.subarray(0, 2 * hw), { dtype: 'float64', shape: [2, 1, H, W] }), { data: mask.subarray(0, 2 * hw), shape: [2, 1, H, W] });
        m.update({ data: pred.subarray(2 * hw), shape: [2, H, W] }, { data: gt.subarray(2 * hw), shape: [2, H, W] }, { data: mask.subarray(2 * hw), shape: [2, H, W] });
      });
      const got = m.compute();
      const want = depthDirect(pred, gt, N, hw, { min: 1e-3, max: 8, align, avg, mask });
      const names = ['absRel', 'sqRel', 'rmse', 'rmseLog', 'log10', 'delta1', 'delta2', 'delta3'] as const;
      names.forEach((k, j) => close(got[k], want[j], 1e-12, `${align}/${avg} ${k}`));
      assert.equal(got.images, 3);
    }
  }
});

test('depth alignment: least-squares scale and scale-and-shift recover affine predictions', () => {
  const r = rng(3);
  const gt = Float64Array.from({ length: 50 }, () => 1 + 5 * r());
  const m1 = new DepthMetric({ alignment: 'scale' });
  m1.update(gt.map((g) => g / 3), gt);
  close(m1.compute().absRel, 0, 1e-14);
  const m2 = new DepthMetric({ alignment: 'scale-shift' });
  m2.update(gt.map((g) => 0.5 * g - 0.2), gt);
  const res = m2.compute();
  close(res.absRel, 0, 1e-12);
  assert.equal(res.delta1, 1);
  assert.throws(() => new DepthMetric().update([[1, 2]], [[1, 2, 3]]), /does not match/);
  assert.throws(() => new DepthMetric().update([[NaN]], [[1]]), /not finite/);
});

test('normals (worked by hand): 0, 45 and 90 degrees; invalid (all-zero) gt skipped', () => {
  // gt (0,0,1) everywhere but the last pixel (0,0,0: invalid); predictions (0,0,2): 0 deg,
  // (0,1,1): 45 deg, (1,0,0): 90 deg. mean 45, median 45, RMSE sqrt((0 + 45^2 + 90^2) / 3),
  // under 11.25 / 22.5 / 30: 1 of 3 -> 33.3%.
  const gt = [[0, 0, 0, 0], [0, 0, 0, 0], [1, 1, 1, 0]]; // [3, 1, 4]
  const pred = [[0, 0, 1, 5], [0, 1, 0, 5], [2, 1, 0, 5]];
  const m = new NormalsMetric();
  m.update({ data: pred.flat(), shape: [3, 1, 4] }, { data: gt.flat(), shape: [3, 1, 4] });
  const r = m.compute();
  assert.equal(r.pixels, 3);
  close(r.mean, 45);
  close(r.median, 45, 1e-6);
  close(r.rmse, Math.sqrt((45 ** 2 + 90 ** 2) / 3));
  close(r.within11_25, 100 / 3);
  close(r.within30, 100 / 3);
});

test('normals on random data equal the direct formulas; the median is exact over the split', () => {
  const r = rng(4);
  const N = 2, H = 13, W = 7, hw = H * W;
  const m = new NormalsMetric();
  const angles: number[] = [];
  for (let batch = 0; batch < 3; batch++) {
    const g = new Float32Array(N * 3 * hw), p = new Float32Array(N * 3 * hw);
    const mask = new Uint8Array(N * hw);
    for (let i = 0; i < g.length; i++) { g[i] = r() - 0.5; p[i] = r() - 0.5; }
    for (let im = 0; im < N; im++) {
      for (let i = 0; i < hw; i++) {
        mask[im * hw + i] = r() < 0.85 ? 1 : 0;
        if (r() < 0.1) for (let c = 0; c < 3; c++) g[(im * 3 + c) * hw + i] = 0; // invalid
        const v = (c: number, a: Float32Array) => a[(im * 3 + c) * hw + i];
        const gn = Math.hypot(v(0, g), v(1, g), v(2, g)), pn = Math.hypot(v(0, p), v(1, p), v(2, p));
        if (!mask[im * hw + i] || gn === 0) continue;
        const c = (v(0, g) * v(0, p) + v(1, g) * v(1, p) + v(2, g) * v(2, p)) / (gn * pn);
        angles.push((Math.acos(Math.min(1, Math.max(-1, c))) * 180) / Math.PI);
      }
    }
    torch.tidy(() => m.update(torch.tensor(p, { shape: [N, 3, H, W] }), torch.tensor(g, { shape: [N, 3, H, W] }), torch.tensor(mask, { shape: [N, H, W] })));
  }
  const res = m.compute();
  assert.equal(res.pixels, angles.length);
  close(res.mean, angles.reduce((a, b) => a + b, 0) / angles.length, 1e-12, 'mean');
  close(res.rmse, Math.sqrt(angles.reduce((a, b) => a + b * b, 0) / angles.length), 1e-12, 'rmse');
  const f32 = angles.map(Math.fround).sort((a, b) => a - b);
  const k = f32.length;
  const med = k % 2 ? f32[(k - 1) / 2] : (f32[k / 2 - 1] + f32[k / 2]) / 2;
  assert.equal(res.median, med);
  close(res.within22_5, (100 * angles.filter((a) => a < 22.5).length) / k, 1e-12, 'within22.5');
  // odd count too
  const m1 = new NormalsMetric();
  m1.update({ data: [1, 0, 0, 0, 1, 0, 0, 0, 0], shape: [3, 1, 3] }, { data: [1, 1, 1, 0, 0, 0, 0, 0, 1], shape: [3, 1, 3] });
  assert.equal(m1.compute().median, 90);
  assert.throws(() => m.update({ data: [0, 0], shape: [2, 1, 1] }, { data: [0, 0], shape: [2, 1, 1] }), /\[3, H, W\] or \[N, 3, H, W\]/);
});
