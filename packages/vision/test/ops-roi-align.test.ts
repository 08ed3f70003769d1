import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import { ops } from '../src';
import { opsFixtures, assertClose } from './ops-fixtures';

torch.setNumThreads(1);

/** The output gradient pattern of make_fixtures.py: ((5 i mod 11) - 5) / 4. */
function gradPattern(shape: number[]): torch.Tensor {
  return torch.tidy(() => torch.arange(0, shape.reduce((a, b) => a * b, 1)).mul(5).remainder(11).sub(5).to('float32').div(4).view(shape));
}

test('roiAlign equals torchvision.ops.roi_align, outputs and feature gradients (aligned on/off, sampling 2/3/adaptive, scales 1, 1/2, 1/4)', () => {
  const { t, cases } = opsFixtures();
  assert.ok(cases.roi_align.length >= 16);
  for (const c of cases.roi_align) {
    torch.tidy(() => {
      const x = t['roi.feats'].clone().requiresGrad_();
      const y = ops.roiAlign(x, t[`roi.rois.s${Number.isInteger(c.scale) ? c.scale.toFixed(1) : c.scale}`], { outputSize: c.out, spatialScale: c.scale, samplingRatio: c.sr, aligned: c.aligned });
      assertClose(y, t[`roi.${c.name}.out`], { atol: 2e-5, rtol: 1e-4 }, `roiAlign ${c.name}`);
      y.mul(gradPattern(y.shape)).sum().backward();
      assertClose(x.grad!, t[`roi.${c.name}.grad`], { atol: 5e-5, rtol: 1e-4 }, `roiAlign grad ${c.name}`);
      // the same with one RoI per grid-sampler call (the memory bound splits every group)
      const y1 = ops.roiAlign(t['roi.feats'], t[`roi.rois.s${Number.isInteger(c.scale) ? c.scale.toFixed(1) : c.scale}`],
        { outputSize: c.out, spatialScale: c.scale, samplingRatio: c.sr, aligned: c.aligned, maxSamplesPerCall: 1 });
      assertClose(y1, y, { atol: 0, rtol: 0 }, `roiAlign split ${c.name}`);
    });
  }
});

test('roiAlign in float64 equals torchvision to 1e-12 (same sample points, masks and counts)', () => {
  const { t } = opsFixtures();
  torch.tidy(() => {
    const x = t['roi.feats'].to('float64').requiresGrad_();
    const y = ops.roiAlign(x, t['roi64.rois'], { outputSize: [5, 6], spatialScale: 1, samplingRatio: -1, aligned: true });
    assertClose(y, t['roi64.out'], { atol: 1e-12, rtol: 1e-12 }, 'roiAlign f64');
    y.sum().backward();
    assertClose(x.grad!, t['roi64.grad'], { atol: 1e-12, rtol: 1e-12 }, 'roiAlign f64 grad');
  });
});

test('roiAlign: hand-checked values, list-of-boxes input, empty rois', () => {
  torch.tidy(() => {
    // f(y, x) = 10 y + x is reproduced exactly by bilinear sampling inside the map.
    const ys = torch.arange(0, 6).to('float32').view([6, 1]).mul(10);
    const xs = torch.arange(0, 8).to('float32').view([1, 8]);
    const f = ys.add(xs).view([1, 1, 6, 8]);
    // aligned box (1, 1)-(5, 3) in pixels -> sampled region [0.5, 4.5] x [0.5, 2.5]; 2x2 bins.
    const out = ops.roiAlign(f, [torch.tensor([[1, 1, 5, 3]])], { outputSize: 2, samplingRatio: 2, aligned: true });
    // bin (0, 0) covers x in [0.5, 2.5], y in [0.5, 1.5]: mean x = 1.5, mean y = 1.0 -> 11.5
    assertClose(out, torch.tensor([[[[11.5, 13.5], [21.5, 23.5]]]]), { atol: 1e-5 }, 'linear map');
    const none = ops.roiAlign(f, torch.zeros([0, 5]), { outputSize: [7, 7] });
    assert.deepEqual(none.shape, [0, 1, 7, 7]);
    assert.throws(() => ops.roiAlign(f, torch.tensor([[1, 0, 0, 2, 2]]), { outputSize: 2 }), /batch index/);
  });
});
