// Classification accuracy, corruption robustness (CIFAR mean error, ImageNet mCE) and calibration
// (RMS calibration error with adaptive bins, ECE): hand-worked cases and direct formulas.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import {
  ClassificationMetric, CorruptionEvaluator, evaluateCorruptions, ALEXNET_ERRORS, CORRUPTIONS,
  CalibrationMetric, rmsCalibrationError, expectedCalibrationError,
} from '../src/metrics';
import { mulberry32 as rng, close } from './numeric-helpers';

torch.setNumThreads(1);

test('classification (worked by hand): top-k with ties in the target\'s favour, per-class accuracy', () => {
  // sample 0: target 2 (score .4), one class scores higher (.5) -> correct at k=2, not k=1
  // sample 1: target 1 (score .3), tied with class 0 (.3), class 2 higher (.4) -> one strictly
  //           higher -> correct at k=2; top-1 prediction = class 2
  // sample 2: target 0, top -> correct at k=1
  const m = new ClassificationMetric({ numClasses: 3, topK: [1, 2] });
  m.update([[0.1, 0.5, 0.4], [0.3, 0.3, 0.4], [0.9, 0.05, 0.05]], [2, 1, 0]);
  const r = m.compute();
  assert.equal(r.top1, 1 / 3);
  assert.equal(r.topK[2], 1);
  assert.equal(r.top5, 1); // k >= numClasses
  // confusion [target][prediction]: (2 -> 1), (1 -> 2), (0 -> 0)
  assert.deepEqual(Array.from(r.confusionMatrix), [1, 0, 0, 0, 0, 1, 0, 1, 0]);
  assert.deepEqual(r.perClassAccuracy, [1, 0, 0]);
  assert.equal(r.meanPerClassAccuracy, 1 / 3);
  // labels only: top-1 only
  const l = new ClassificationMetric({ numClasses: 3 });
  l.update([0, 2, 2], [0, 1, 2]);
  assert.equal(l.compute().top1, 2 / 3);
  assert.ok(Number.isNaN(l.compute().top5));
});

test('classification on random logits (tensors, int64 targets, soft targets) equals direct ranks', () => {
  const r = rng(5);
  const N = 300, C = 20;
  const logits = new Float32Array(N * C).map(() => r() * 4 - 2);
  const target = Array.from({ length: N }, () => Math.floor(r() * C));
  const m = new ClassificationMetric({ numClasses: C, topK: [1, 3, 5] });
  torch.tidy(() => {
    m.update(torch.tensor(logits.subarray(0, 100 * C), { shape: [100, C] }), torch.tensor(target.slice(0, 100), { dtype: 'int64' }));
    const soft = new Float32Array(200 * C);
    target.slice(100).forEach((t, i) => { soft[i * C + t] = 0.9; soft[i * C + ((t + 1) % C)] = 0.1; });
    m.update({ data: logits.subarray(100 * C), shape: [200, C] }, { data: soft, shape: [200, C] });
  });
  const res = m.compute();
  const rank = (i: number) => { let h = 0; for (let c = 0; c < C; c++) if (logits[i * C + c] > logits[i * C + target[i]]) h++; return h; };
  for (const k of [1, 3, 5]) assert.equal(res.topK[k], target.filter((_, i) => rank(i) < k).length / N, `top-${k}`);
  const perClass = Array.from({ length: C }, (_, c) => {
    const idx = target.map((t, i) => (t === c ? i : -1)).filter((i) => i >= 0);
    return idx.length ? idx.filter((i) => rank(i) === 0).length / idx.length : NaN;
  });
  res.perClassAccuracy.forEach((v, c) => (Number.isNaN(perClass[c]) ? assert.ok(Number.isNaN(v)) : close(v, perClass[c])));
  assert.equal(res.count, N);
  assert.throws(() => m.update([[0, 1]], [0]), /output must be \[1, 20\]/);
  assert.throws(() => m.update([Array(C).fill(0)], [C]), /target 20 at 0 is not a class/);
});

test('corruptions: CIFAR mean error, mCE against AlexNet (100 when equal) and relative mCE', () => {
  // errors equal to AlexNet's on every corruption and severity -> CE_c = 100, mCE = 100
  const ev = new CorruptionEvaluator();
  for (const c of CORRUPTIONS) for (let s = 1; s <= 5; s++) ev.record(c, s, { error: ALEXNET_ERRORS[c] });
  const r = ev.compute({ reference: 'alexnet' });
  for (const c of CORRUPTIONS) close(r.ce![c], 100, 1e-12, c);
  close(r.mCE!, 100);
  // Worked by hand on two corruptions with a given reference:
  // fog: errors .2 .3 .4 (sum .9), reference mean .45 over 3 severities (sum 1.35) -> CE 66.67
  // snow: accuracies .9 .8 .7 -> errors .1 .2 .3 (sum .6), reference [.3, .3, .4] (sum 1) -> CE 60
  // mCE = 63.33; CIFAR mean error = (.9 + .6) / 6 = .25
  // relative: clean error .05, reference clean .25: fog (.9 - .15) / (1.35 - .75) = 125;
  //           snow (.6 - .15) / (1 - .75) = 180 -> relative mCE 152.5
  const e2 = new CorruptionEvaluator();
  [0.2, 0.3, 0.4].forEach((e, i) => e2.record('fog', i + 1, { error: e }));
  [0.9, 0.8, 0.7].forEach((a, i) => e2.record('snow', i + 1, a));
  const r2 = e2.compute({ reference: { errors: { fog: 0.45, snow: [0.3, 0.3, 0.4] }, cleanError: 0.25 }, cleanError: 0.05 });
  close(r2.meanError, 0.25);
  close(r2.ce!.fog, 200 / 3);
  close(r2.ce!.snow, 60);
  close(r2.mCE!, (200 / 3 + 60) / 2);
  close(r2.relativeMCE!, 152.5);
  close(r2.corruptionErrors.snow, 0.2);
  const fromTable = CorruptionEvaluator.fromTable({ fog: [0.2, 0.3, 0.4], snow: { 1: 0.1, 2: 0.2, 3: 0.3 } }, 'error');
  const ft = fromTable.compute().corruptionErrors;
  close(ft.fog, 0.3);
  close(ft.snow, 0.2);
  close(CorruptionEvaluator.fromTable({ fog: [0.9, 0.7] }).compute().meanError, 0.2);
  assert.throws(() => e2.record('fog', 1, 0.5), /recorded twice/);
  assert.throws(() => e2.record('fog', 9, 1.5), /not in \[0, 1\]/);
  assert.throws(() => e2.compute({ reference: { errors: { fog: 0.5 } } }), /no error for corruption 'snow'/);
});

test('evaluateCorruptions calls the function for every corruption and severity', async () => {
  const calls: string[] = [];
  const ev = await evaluateCorruptions(async (c, s) => { calls.push(`${c}/${s}`); return 1 - s / 10; }, { corruptions: ['fog', 'snow'] });
  assert.equal(calls.length, 10);
  close(ev.compute().meanError, 0.3);
});

test('RMS calibration error with adaptive bins of 100 (worked by hand; reference skips the last bin)', () => {
  // 200 examples: the 100 least confident have confidence .6 and 30 correct; the 100 most
  // confident .9 and 80 correct. Bins [0, 100) and [100, 200). The reference counts only the
  // first: sqrt(100/200 * (.6 - .3)^2) = sqrt(.045); with the last bin: sqrt(.045 + .5 * .1^2).
  const conf: number[] = [], corr: number[] = [];
  for (let i = 0; i < 100; i++) { conf.push(0.9); corr.push(i < 80 ? 1 : 0); }
  for (let i = 0; i < 100; i++) { conf.push(0.6); corr.push(i < 30 ? 1 : 0); }
  close(rmsCalibrationError(conf, corr), Math.sqrt(0.045));
  close(rmsCalibrationError(conf, corr, { includeLastBin: true }), Math.sqrt(0.05));
  // 250 examples: bins [0, 100), [100, 250): the last bin takes the remainder
  const c3 = [...conf, ...Array(50).fill(0.95)], k3 = [...corr, ...Array(50).fill(1)];
  close(rmsCalibrationError(c3, k3), Math.sqrt((100 / 250) * 0.09));
});

test('ECE with 15 equal bins (worked by hand) and CalibrationMetric from logits', () => {
  // confidences .95 .95 (bin (14/15, 1]: accuracy 1/2, confidence .95) and .5 .5 (bin (7/15, 8/15]:
  // accuracy 1) -> ECE = 2/4 * .45 + 2/4 * .5 = .475
  close(expectedCalibrationError([0.95, 0.95, 0.5, 0.5], [1, 0, 1, 1]), 0.475);
  // bin edges are (lower, upper]: 1/3 goes to the bin ending at 5/15
  close(expectedCalibrationError([1 / 3], [0]), 1 / 3);
  const m = new CalibrationMetric();
  // logits [ln 3, 0]: softmax confidence 3/4 for class 0
  m.update([[Math.log(3), 0], [0, Math.log(3)]], [0, 0]);
  const r = m.compute();
  assert.equal(r.accuracy, 0.5);
  close(r.ece, 0.25); // one bin: confidence .75, accuracy .5
  close(r.rmsCalibrationError, 0.25); // fewer than 100: one bin
  const p = new CalibrationMetric({ inputs: 'probabilities' });
  assert.throws(() => p.update([[0.5, 0.6]], [0]), /sum to 1.1/);
});

test('RMS calibration error equals the reference calib_err (numpy) bit for bit', () => {
  // Inputs from an integer LCG (the same in Python); expected value printed by Hendrycks'
  // calib_err(np.array(conf), np.array(correct, dtype=bool)) with numpy 1.24 (p='2', beta=100).
  let x = 12345;
  const conf: number[] = [], corr: number[] = [];
  for (let i = 0; i < 1234; i++) {
    x = Number((1664525n * BigInt(x) + 1013904223n) % 4294967296n);
    conf.push(0.3 + (0.7 * x) / 4294967296);
    corr.push((x >>> 7) % 3 !== 0 ? 1 : 0);
  }
  assert.equal(rmsCalibrationError(conf, corr), 0.16797799258777849);
});
