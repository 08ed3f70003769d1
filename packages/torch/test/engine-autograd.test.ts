// Gradients against central finite differences (float64), and the semantics of autograd.grad,
// backward, gradient accumulation and the grad-mode scopes.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import { type Tensor } from '../src';
import { assertClose, assertThrowsWith, assertTensor, checkGradients } from './engine-util';

torch.setNumThreads(1);

const f64 = { dtype: 'float64' } as const;
function randn(shape: number[]): Tensor {
  return torch.randn(shape, f64).keep();
}
/** A fixed random weighting, so sum(out * R) has a different derivative for every output element. */
function weighted(out: Tensor, seed: number): Tensor {
  torch.manualSeed(seed);
  return out.mul(torch.randn(out.shape, f64)).sum();
}

test('finite differences: matmul (both operands, batched broadcast too)', () => {
  torch.manualSeed(1);
  const A = randn([3, 4]);
  const B = randn([4, 2]);
  checkGradients(([a, b]) => weighted(torch.matmul(a, b), 11), [A, B], { name: 'matmul' });
  const C = randn([2, 3, 4]);
  checkGradients(([c, b]) => weighted(c.matmul(b), 12), [C, B], { name: 'batched matmul' });
  [A, B, C].forEach((t) => t.dispose());
});

test('finite differences: conv2d with stride, padding, groups and bias', () => {
  torch.manualSeed(2);
  const x = randn([1, 4, 5, 5]);
  const w = randn([4, 2, 3, 3]);
  const b = randn([4]);
  checkGradients(([xi, wi, bi]) => weighted(torch.conv2d(xi, wi, { bias: bi, stride: 2, padding: 1, groups: 2 }), 21),
    [x, w, b], { name: 'conv2d' });
  checkGradients(([xi, wi]) => weighted(torch.conv2d(xi, wi.index(torch.slice(0, 2)), { dilation: 2, padding: [2, 1], groups: 2 }), 22),
    [x, w], { name: 'conv2d dilated' });
  [x, w, b].forEach((t) => t.dispose());
});

test('finite differences: sigmoid(x) * x', () => {
  torch.manualSeed(3);
  const x = randn([2, 5]);
  checkGradients(([xi]) => weighted(xi.sigmoid().mul(xi), 31), [x], { name: 'silu' });
  // and the closed form: d/dx x*s(x) = s(x) (1 + x (1 - s(x)))
  torch.tidy(() => {
    const xl = x.detach().requiresGrad_();
    xl.sigmoid().mul(xl).sum().backward();
    const s = x.sigmoid();
    const expect = s.mul(x.mul(s.neg().add(1)).add(1));
    assertClose(xl.grad!.dataSync() as Float64Array, expect.dataSync() as Float64Array, { rtol: 1e-12, atol: 1e-12 });
  });
  x.dispose();
});

test('finite differences: softmax and log_softmax + nll_loss', () => {
  torch.manualSeed(4);
  const x = randn([3, 5]);
  checkGradients(([xi]) => weighted(torch.softmax(xi, 1), 41), [x], { name: 'softmax' });
  checkGradients(([xi]) => weighted(xi.softmax(0), 42), [x], { name: 'softmax dim 0' });
  const target = torch.tensor([4n, 0n, 2n]).keep();
  checkGradients(([xi]) => torch.nllLoss(xi.logSoftmax(1), target), [x], { name: 'log_softmax+nll' });
  // closed form of mean cross-entropy: (softmax(x) - onehot) / N
  torch.tidy(() => {
    const xl = x.detach().requiresGrad_();
    torch.nllLoss(xl.logSoftmax(1), target).backward();
    const expect = x.softmax(1).sub(torch.oneHot(target, { numClasses: 5 }).to('float64')).div(3);
    assertClose(xl.grad!.dataSync() as Float64Array, expect.dataSync() as Float64Array, { rtol: 1e-10, atol: 1e-12 });
  });
  x.dispose();
  target.dispose();
});

test('finite differences: layer_norm (input, weight, bias)', () => {
  torch.manualSeed(5);
  const x = randn([2, 3, 4]);
  const w = randn([4]);
  const b = randn([4]);
  checkGradients(([xi, wi, bi]) => weighted(torch.layerNorm(xi, [4], { weight: wi, bias: bi }), 51), [x, w, b], { name: 'layer_norm' });
  [x, w, b].forEach((t) => t.dispose());
});

test('finite differences: max_pool2d on distinct values (no ties)', () => {
  // a permutation of 0, 0.1, 0.2, ...: every pair of values is 0.1 apart, far beyond h
  const n = 2 * 6 * 6;
  torch.manualSeed(6);
  const perm = torch.randperm(n);
  const x = perm.to('float64').mul(0.1).view([1, 2, 6, 6]).keep();
  checkGradients(([xi]) => weighted(torch.maxPool2d(xi, [3, 3], { stride: 2, padding: 1 }), 61), [x], { name: 'max_pool2d' });
  checkGradients(([xi]) => weighted(xi.maxPool2d(2), 62), [x], { name: 'max_pool2d 2x2' });
  x.dispose();
  perm.dispose();
});

test('finite differences: a composed function (MLP with tanh, exp, division, broadcasting)', () => {
  torch.manualSeed(7);
  const x = randn([4, 3]);
  const w1 = randn([3, 5]);
  const b1 = randn([5]);
  const w2 = randn([5, 2]);
  const f = ([xi, a, b, c]: Tensor[]) => {
    const h = torch.tanh(torch.addmm(b, xi, a));
    const o = h.matmul(c);
    const z = o.exp().div(o.pow(2).add(1)).mean();
    return z.add(xi.pow(2).sum().mul(0.1)).add(torch.logsumexp(o, [1]).sum());
  };
  checkGradients(f, [x, w1, b1, w2], { name: 'composed' });
  [x, w1, b1, w2].forEach((t) => t.dispose());
});

test('checkGradients fails on a wrong gradient (the check can fail)', () => {
  // a custom composition whose autograd gradient is deliberately cut by detach()
  const x = torch.tensor([0.5, -1, 2], f64);
  assert.throws(() => checkGradients(([xi]) => xi.mul(xi.detach()).sum(), [x]), /d\/dinput0/);
  x.dispose();
});

test('autograd.grad with createGraph: d2/dx2 of x^3 is 6x', () => {
  torch.tidy(() => {
    const x = torch.tensor([1, -2, 0.5, 3], { dtype: 'float64', requiresGrad: true });
    const y = x.pow(3).sum();
    const [g] = torch.autograd.grad(y, x, { createGraph: true });
    assertTensor(g!, [4], [3, 12, 0.75, 27], { dtype: 'float64', rtol: 0, atol: 1e-12 });
    assert.equal(g!.requiresGrad, true, 'createGraph records the gradient computation');
    const [g2] = torch.autograd.grad(g!.sum(), x);
    assertTensor(g2!, [4], [6, -12, 3, 18], { dtype: 'float64', rtol: 0, atol: 1e-12 });
    assert.equal(g2!.requiresGrad, false);
    // grad() does not touch .grad
    assert.equal(x.grad, null);
  });
});

test('autograd.grad: gradOutputs for a non-scalar output, count mismatch, several outputs', () => {
  torch.tidy(() => {
    const x = torch.tensor([1, 2, 3], { dtype: 'float64', requiresGrad: true });
    const v = x.mul(x);
    const [g] = torch.autograd.grad(v, x, { gradOutputs: [torch.tensor([1, 10, 100], f64)], retainGraph: true });
    assertTensor(g!, [3], [2, 40, 600], { rtol: 0, atol: 0 });
    // a non-scalar output needs gradOutputs
    assertThrowsWith(() => torch.autograd.grad(v, x, { retainGraph: true }), Error, 'grad can be implicitly created only for scalar outputs');
    assertThrowsWith(() => torch.autograd.grad(v, x, { gradOutputs: [null, null] }), TypeError, 'gradOutputs has 2 entries for 1 outputs');
    // two outputs: gradients add up
    const [g3] = torch.autograd.grad([x.sum(), x.pow(2).sum()], [x]);
    assertTensor(g3!, [3], [3, 5, 7], { rtol: 0, atol: 0 });
  });
});

test('retainGraph: a second backward without it throws a clear Error; with it gradients accumulate', () => {
  torch.tidy(() => {
    const x = torch.tensor([1, 2, 3], { dtype: 'float64', requiresGrad: true });
    const y = x.mul(x).sum();
    y.backward(null, { retainGraph: true });
    assertTensor(x.grad!, [3], [2, 4, 6], { rtol: 0, atol: 0 });
    y.backward();
    assertTensor(x.grad!, [3], [4, 8, 12], { rtol: 0, atol: 0 });
    const e = assertThrowsWith(() => y.backward(), Error, 'backward through the graph a second time', 'retain_graph');
    assert.ok(!(e instanceof TypeError));
    assertTensor(x.grad!, [3], [4, 8, 12], { rtol: 0, atol: 0 }); // unchanged by the failed call
    // the same for autograd.grad
    const z = x.exp().sum();
    torch.autograd.grad(z, x);
    assertThrowsWith(() => torch.autograd.grad(z, x), Error, 'second time');
  });
});

test('allowUnused: an unused input is an error, or null with allowUnused', () => {
  torch.tidy(() => {
    const x = torch.tensor([1, 2], { dtype: 'float64', requiresGrad: true });
    const u = torch.tensor([5], { dtype: 'float64', requiresGrad: true });
    assertThrowsWith(() => torch.autograd.grad(x.sum(), [x, u]), Error, /not have been used in the graph/, 'allow_unused');
    const [gx, gu] = torch.autograd.grad(x.mul(3).sum(), [x, u], { allowUnused: true });
    assertTensor(gx!, [2], [3, 3], { rtol: 0, atol: 0 });
    assert.equal(gu, null);
    // inputs must require grad
    const c = torch.tensor([1], f64);
    assertThrowsWith(() => torch.autograd.grad(x.sum(), [c]), Error, 'does not require grad');
  });
});

test('gradients accumulate across two backward calls; p.grad = null resets', () => {
  torch.tidy(() => {
    const x = torch.tensor([1, -1, 2], { dtype: 'float64', requiresGrad: true });
    x.mul(x).sum().backward();
    x.mul(3).sum().backward();
    assertTensor(x.grad!, [3], [5, 1, 7], { rtol: 0, atol: 0 }); // 2x + 3
    x.grad = null;
    assert.equal(x.grad, null);
    x.sin().sum().backward();
    assertClose(x.grad!.dataSync() as Float64Array, [Math.cos(1), Math.cos(-1), Math.cos(2)], { rtol: 1e-15, atol: 0 });
    // setting a gradient explicitly, and the checks on it
    x.grad = torch.full([3], 0.5, f64);
    assertTensor(x.grad!, [3], [0.5, 0.5, 0.5]);
    assertThrowsWith(() => { x.grad = torch.zeros([2], f64); }, TypeError, 'shape, dtype and device');
    assertThrowsWith(() => { x.grad = torch.zeros([3]); }, TypeError, 'shape, dtype and device');
    // autograd.backward over several outputs
    x.grad = null;
    torch.autograd.backward([x.sum(), x.mul(2).sum()]);
    assertTensor(x.grad!, [3], [3, 3, 3]);
  });
});

test('backward: error paths and explicit gradient', () => {
  torch.tidy(() => {
    assertThrowsWith(() => torch.tensor([1, 2]).sum().backward(), Error, 'does not require grad');
    const x = torch.tensor([1, 2], { dtype: 'float64', requiresGrad: true });
    assertThrowsWith(() => x.mul(2).backward(), Error, 'only for scalar outputs');
    x.mul(2).backward(torch.tensor([1, 10], f64));
    assertTensor(x.grad!, [2], [2, 20]);
    assertThrowsWith(() => torch.tensor([1n], { requiresGrad: true }), Error, 'only floating point');
    const y = x.mul(2);
    assertThrowsWith(() => { y.requiresGrad = true; }, Error, 'leaf');
    assertThrowsWith(() => x.add_(1), Error, /leaf Variable that requires grad/);
    // metadata
    assert.equal(x.isLeaf, true);
    assert.equal(x.gradFn, null);
    assert.equal(y.isLeaf, false);
    assert.match(y.gradFn!, /^MulBackward/);
    assert.equal(x.mul(x).gradFn, 'MulBackward0');
    assert.equal(x.detach().requiresGrad, false);
    // requiresGrad can be switched off on a leaf
    const z = torch.ones([2], { requiresGrad: true });
    z.requiresGrad = false;
    assert.equal(z.requiresGrad, false);
  });
});

test('noGrad / enableGrad: requiresGrad of results, nesting, return values', () => {
  torch.tidy(() => {
    const x = torch.tensor([1, 2], { requiresGrad: true });
    assert.equal(torch.isGradEnabled(), true);
    const r = torch.noGrad(() => {
      assert.equal(torch.isGradEnabled(), false);
      return x.mul(2);
    });
    assert.equal(r.requiresGrad, false);
    assert.equal(r.gradFn, null);
    assert.equal(torch.isGradEnabled(), true);
    const inner = torch.noGrad(() => torch.enableGrad(() => {
      assert.equal(torch.isGradEnabled(), true);
      return x.mul(2);
    }));
    assert.equal(inner.requiresGrad, true);
    assert.equal(torch.noGrad(() => 42), 42);
    // setGradEnabled returns the previous mode
    assert.equal(torch.setGradEnabled(false), true);
    assert.equal(x.mul(3).requiresGrad, false);
    assert.equal(torch.setGradEnabled(true), false);
    assert.equal(x.mul(3).requiresGrad, true);
  });
});

test('grad mode and inference mode are restored after an exception', () => {
  assert.throws(() => torch.noGrad(() => { throw new Error('boom'); }), /boom/);
  assert.equal(torch.isGradEnabled(), true);
  torch.setGradEnabled(false);
  assert.throws(() => torch.enableGrad(() => { throw new RangeError('inner'); }), RangeError);
  assert.equal(torch.isGradEnabled(), false);
  torch.setGradEnabled(true);
  assert.throws(() => torch.inferenceMode(() => { throw new Error('inf'); }), /inf/);
  assert.equal(torch.isInferenceModeEnabled(), false);
  assert.equal(torch.isGradEnabled(), true);
  // an operator error inside noGrad
  assert.throws(() => torch.noGrad(() => torch.matmul(torch.ones([2, 3]), torch.ones([2, 3]))), Error);
  assert.equal(torch.isGradEnabled(), true);
  // async functions and promises are refused, and the mode is restored
  assertThrowsWith(() => torch.noGrad(async () => 1), TypeError, 'async');
  assertThrowsWith(() => torch.noGrad(() => Promise.resolve(1)), TypeError, 'async');
  assert.equal(torch.isGradEnabled(), true);
  assertThrowsWith(() => torch.inferenceMode(async () => 1), TypeError, 'async');
  assert.equal(torch.isInferenceModeEnabled(), false);
});

test('inferenceMode: results are inference tensors without grad; they cannot enter autograd later', () => {
  torch.tidy(() => {
    const x = torch.tensor([1, 2], { requiresGrad: true });
    assert.equal(x.isInference, false);
    const r = torch.inferenceMode(() => {
      assert.equal(torch.isInferenceModeEnabled(), true);
      assert.equal(torch.isGradEnabled(), false);
      return x.mul(2);
    });
    assert.equal(torch.isInferenceModeEnabled(), false);
    assert.equal(r.isInference, true);
    assert.equal(r.requiresGrad, false);
    assertTensor(r, [2], [2, 4]);
    assertThrowsWith(() => r.mul(x).sum().backward(), Error, 'Inference tensors cannot be saved for backward');
    // a clone made outside inference mode is a normal tensor
    const c = r.clone();
    assert.equal(c.isInference, false);
    c.mul(x).sum().backward();
    assertTensor(x.grad!, [2], [2, 4]);
  });
});
