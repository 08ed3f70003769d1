// Training versus evaluation behaviour: BatchNorm running statistics over several steps against
// PyTorch, Dropout and DropPath (element-wise vs per-sample, scaling, identity in eval).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import { assertClose, assertEqualValues, fixture, fromSpec } from './nn-helpers';

torch.setNumThreads(1);
const nn = torch.nn;

test('BatchNorm running statistics and num_batches_tracked after several steps equal PyTorch', () => {
  const steps = fixture().bnSteps;
  const make: Record<string, () => torch.nn.BatchNorm2d> = {
    momentum: () => new nn.BatchNorm2d(3, { momentum: 0.3 }),
    cumulative: () => new nn.BatchNorm2d(3, { momentum: null }),
    default: () => new nn.BatchNorm2d(3),
  };
  assert.deepEqual(Object.keys(make), Object.keys(steps));
  for (const [name, f] of Object.entries(make)) {
    const bn = f();
    const rm = bn.runningMean;
    torch.tidy(() => {
      for (const s of steps[name].inputs) bn.forward(fromSpec(s));
      bn.eval();
      assertClose(bn.forward(fromSpec(steps[name].probe)), steps[name].evalOut, `${name} eval output`);
      const sd = bn.stateDict();
      for (const [k, spec] of Object.entries(steps[name].state)) {
        if (spec.dtype === 'int64') assertEqualValues(sd.get(k)!, spec, `${name} ${k}`);
        else assertClose(sd.get(k)!, spec, `${name} ${k}`);
      }
    });
    assert.equal(bn.runningMean, rm, 'running stats are updated in place');
    assert.equal(bn.numBatchesTracked!.item(), 4);
    bn.dispose();
  }
});

test('BatchNorm in eval mode neither uses batch statistics nor updates the running ones', () => {
  const bn = new nn.BatchNorm2d(2).eval();
  torch.tidy(() => {
    const x = torch.randn([4, 2, 3, 3]).mul(3).add(5);
    const y = bn.forward(x);
    // running mean 0, var 1, weight 1, bias 0: y = x / sqrt(1 + eps)
    assert.ok((y.sub(x.div(Math.sqrt(1 + 1e-5))).abs().max().item() as number) < 1e-5);
    assert.deepEqual(bn.runningMean!.toArray(), [0, 0]);
    assert.equal(bn.numBatchesTracked!.item(), 0);
  });
});

test('Dropout: identity (same object) in eval, zeroes ~p and scales by 1/(1-p) in training', () => {
  const d = new nn.Dropout(0.25);
  const x = torch.ones([200, 100]);
  d.eval();
  assert.equal(d.forward(x), x);
  d.train();
  torch.tidy(() => {
    const y = d.forward(x).dataSync() as Float32Array;
    let zeros = 0;
    for (const v of y) {
      if (v === 0) zeros++;
      else assert.ok(Math.abs(v - 1 / 0.75) < 1e-6);
    }
    assert.ok(Math.abs(zeros / y.length - 0.25) < 0.02, `dropped ${zeros / y.length}`);
  });
  assert.throws(() => new nn.Dropout(1.5), /between 0 and 1/);
  assert.equal(new nn.Dropout(0).forward(x), x);
});

test('DropPath: per-sample masks scaled by 1/keep in training, identity in eval or at 0', () => {
  const dp = new nn.DropPath(0.5);
  const x = torch.ones([400, 3, 4]);
  torch.tidy(() => {
    const y = dp.forward(x);
    assert.deepEqual(y.shape, x.shape);
    const perSample = y.flatten({ startDim: 1 });
    const mx = perSample.amax({ dim: 1 });
    const mn = perSample.amin({ dim: 1 });
    assert.deepEqual(mx.toArray(), mn.toArray(), 'each sample is dropped or kept whole');
    const vals = mx.dataSync() as Float32Array;
    let kept = 0;
    for (const v of vals) {
      assert.ok(v === 0 || v === 2);
      if (v === 2) kept++;
    }
    assert.ok(Math.abs(kept / 400 - 0.5) < 0.1, `kept ${kept}`);
    const noScale = nn.dropPath(x, 0.5, true, false).amax().item();
    assert.equal(noScale, 1);
  });
  dp.eval();
  assert.equal(dp.forward(x), x);
  assert.equal(new nn.DropPath().forward(x), x);
  assert.equal(String(dp), 'DropPath(drop_prob=0.500)');
});

test('seeded Dropout and DropPath draw the masks PyTorch (and timm) draw', () => {
  const s = fixture().seeded;
  torch.tidy(() => {
    torch.manualSeed(123);
    assertClose(new nn.Dropout(0.3).forward(torch.ones([4, 5])), s.dropout, 'dropout', 1e-7, 1e-6);
    torch.manualSeed(123);
    assertClose(nn.dropPath(torch.ones([6, 2, 3]), 0.4, true), s.droppath, 'droppath', 1e-7, 1e-6);
  });
});
