import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import { assertClose, dec, loadFixture, setGrad, type Enc } from './optim-util';

torch.setNumThreads(1);

interface ClipFixture {
  grads: Enc[];
  norm: { maxNorm: number; normType: number | 'inf'; total: number; grads: Enc[] }[];
  value: { clipValue: number; grads: Enc[] };
}
const fx = loadFixture<ClipFixture>('clip.json');

function withGrads(): torch.Tensor[] {
  return fx.grads.map((g) => {
    const p = torch.zeros(g.shape, { requiresGrad: true });
    setGrad(p, dec(g));
    return p;
  });
}

function gradsOf(ps: torch.Tensor[]): torch.Tensor[] {
  return ps.map((p) => p.grad!);
}

for (const c of fx.norm) {
  test(`clipGradNorm_ maxNorm ${c.maxNorm} normType ${c.normType} matches PyTorch`, () => {
    const ps = withGrads();
    const total = torch.optim.clipGradNorm_(ps, c.maxNorm, { normType: c.normType });
    assert.equal(typeof total, 'number');
    assertClose(total, c.total, { what: 'total norm' });
    torch.tidy(() => gradsOf(ps).forEach((g, i) => assertClose(g, c.grads[i], { what: `grad ${i}` })));
  });
}

test('clipGradNorm_ by hand: 2-norm and inf-norm, Infinity as normType, params without grad', () => {
  const a = torch.zeros([2], { requiresGrad: true });
  const b = torch.zeros([1], { requiresGrad: true });
  const none = torch.zeros([3], { requiresGrad: true });
  setGrad(a, torch.tensor([3, 0]));
  setGrad(b, torch.tensor([-4]));
  const total = torch.optim.clipGradNorm_([a, b, none], 1);
  assertClose(total, 5);
  const coef = Math.fround(1 / Math.fround(5 + 1e-6));
  torch.tidy(() => {
    assertClose(a.grad!, [3 * coef, 0]);
    assertClose(b.grad!, [-4 * coef]);
  });
  setGrad(a, torch.tensor([3, 0]));
  setGrad(b, torch.tensor([-4]));
  assertClose(torch.optim.clipGradNorm_([a, b], 10, { normType: Infinity }), 4);
  torch.tidy(() => assertClose(b.grad!, [-4]));
  assert.equal(torch.optim.clipGradNorm_([none], 1), 0);
  assert.equal(torch.optim.clipGradNorm_(none, 1), 0);
});

test('clipGradNorm_ errorIfNonfinite', () => {
  const a = torch.zeros([2], { requiresGrad: true });
  setGrad(a, torch.tensor([Number.POSITIVE_INFINITY, 1]));
  assert.throws(() => torch.optim.clipGradNorm_([a], 1, { errorIfNonfinite: true }), /non-finite/);
  assert.equal(torch.optim.clipGradNorm_([a], 1), Number.POSITIVE_INFINITY);
  assert.throws(() => torch.optim.clipGradNorm_([a], 1, { normType: 'two' as never }), /normType/);
});

test('clipGradValue_ matches PyTorch', () => {
  const ps = withGrads();
  torch.optim.clipGradValue_(ps, fx.value.clipValue);
  torch.tidy(() => gradsOf(ps).forEach((g, i) => assertClose(g, fx.value.grads[i], { what: `grad ${i}` })));
  assert.throws(() => torch.optim.clipGradValue_(ps, -1), /clipValue must be a number >= 0/);
});

test('clipping leaks no tensors', () => {
  const ps = withGrads();
  torch.optim.clipGradNorm_(ps, 1);
  const before = torch.memory().tensors;
  for (let i = 0; i < 3; i++) {
    torch.optim.clipGradNorm_(ps, 0.5, { normType: i === 1 ? 'inf' : 2 });
    torch.optim.clipGradValue_(ps, 0.1);
  }
  assert.equal(torch.memory().tensors, before);
});
