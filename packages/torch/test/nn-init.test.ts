// Default initialization and torch.nn.init: seeded draws equal PyTorch's, and the statistics of
// large layers match the theoretical distributions.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import { assertClose, fixture } from './nn-helpers';

torch.setNumThreads(1);
const nn = torch.nn;
const init = nn.init;

function stats(t: torch.Tensor): { mean: number; std: number; min: number; max: number } {
  const d = t.dataSync() as Float32Array;
  let s = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of d) {
    s += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = s / d.length;
  let v2 = 0;
  for (const v of d) v2 += (v - mean) ** 2;
  return { mean, std: Math.sqrt(v2 / (d.length - 1)), min, max };
}

test('seeded construction draws what PyTorch draws (same generator calls in the same order)', () => {
  const want = fixture().seeded.modules;
  torch.manualSeed(0);
  const mods: Record<string, torch.nn.Module> = {
    linear: new nn.Linear(4, 3),
    conv: new nn.Conv2d(2, 3, 3),
    convT: new nn.ConvTranspose2d(2, 3, 3),
    embedding: new nn.Embedding(5, 3, { paddingIdx: 0 }),
    mha: new nn.MultiheadAttention(4, 2),
    layernorm: new nn.LayerNorm(3),
  };
  for (const [name, m] of Object.entries(mods)) {
    const sd = m.stateDict({ keepVars: true });
    assert.deepEqual([...sd.keys()], Object.keys(want[name]), `${name} keys`);
    for (const [k, spec] of Object.entries(want[name])) assertClose(sd.get(k)!, spec, `${name}.${k}`, 1e-7, 1e-6);
    m.dispose();
  }
});

test('init functions draw what PyTorch draws', () => {
  const want = fixture().seeded.inits;
  torch.manualSeed(1);
  const t = torch.empty([5, 4, 3]);
  const got: Record<string, () => torch.Tensor> = {
    kaiming_normal_fan_out_relu: () => init.kaimingNormal_(t, { mode: 'fan_out', nonlinearity: 'relu' }),
    kaiming_uniform_default: () => init.kaimingUniform_(t),
    kaiming_uniform_leaky: () => init.kaimingUniform_(t, { a: 0.1, nonlinearity: 'leaky_relu' }),
    xavier_uniform_gain2: () => init.xavierUniform_(t, { gain: 2 }),
    xavier_normal: () => init.xavierNormal_(t),
    trunc_normal_std002: () => init.truncNormal_(t, { std: 0.02 }),
    trunc_normal_ab: () => init.truncNormal_(t, { mean: 0.5, std: 1, a: 0, b: 1 }),
    trunc_normal_wide: () => init.truncNormal_(t, { mean: 0, std: 1, a: -3, b: 1.5 }),
    normal: () => init.normal_(t, { mean: 1, std: 0.5 }),
    uniform: () => init.uniform_(t, { a: -0.3, b: 0.7 }),
  };
  assert.deepEqual(Object.keys(got), Object.keys(want));
  for (const [k, f] of Object.entries(got)) {
    assert.equal(f(), t, `${k} returns the tensor`);
    assertClose(t, want[k], k, 1e-7, 1e-6);
  }
  init.constant_(t, 0.25);
  assert.ok((t.dataSync() as Float32Array).every((v) => v === 0.25));
  init.ones_(t);
  assert.equal(t.sum().item(), 60);
  init.zeros_(t);
  assert.equal(t.abs().sum().item(), 0);
});

test('calculateGain, fans and erf as PyTorch', () => {
  const { gains, erf } = fixture().seeded;
  for (const [k, g] of Object.entries(gains)) {
    const v = k === 'leaky_relu_0.2' ? init.calculateGain('leaky_relu', 0.2) : init.calculateGain(k as torch.nn.init.Nonlinearity);
    assert.ok(Math.abs(v - g) < 1e-15, `${k}: ${v} vs ${g}`);
  }
  for (const [x, e] of erf) assert.ok(Math.abs(init._erf(x) - e) < 1e-15, `erf(${x}) = ${init._erf(x)} vs ${e}`);
  assert.deepEqual(init.calculateFanInAndFanOut(torch.empty([8, 4, 3, 3])), [36, 72]);
  assert.deepEqual(init.calculateFanInAndFanOut(torch.empty([5, 7])), [7, 5]);
  assert.throws(() => init.calculateFanInAndFanOut(torch.empty([5])), /fewer than 2 dimensions/);
  assert.throws(() => init.kaimingUniform_(torch.empty([2, 2]), { mode: 'fan_x' as torch.nn.init.FanMode }), /not supported/);
});

test('default Linear init: weight U(-1/sqrt(fanIn), 1/sqrt(fanIn)), bias likewise', () => {
  torch.manualSeed(11);
  const lin = new nn.Linear(1000, 500);
  const bound = 1 / Math.sqrt(1000);
  const w = stats(lin.weight);
  assert.ok(w.min >= -bound && w.max <= bound, 'within bounds');
  assert.ok(w.max > 0.99 * bound && w.min < -0.99 * bound, 'fills the bounds');
  assert.ok(Math.abs(w.mean) < 0.01 * bound);
  assert.ok(Math.abs(w.std / (bound / Math.sqrt(3)) - 1) < 0.01, `std ${w.std}`);
  const b = stats(lin.bias!);
  assert.ok(b.min >= -bound && b.max <= bound);
  assert.ok(Math.abs(b.std / (bound / Math.sqrt(3)) - 1) < 0.1);
  lin.dispose();
});

test('default Conv2d and ConvTranspose2d init use the fan-in of the weight', () => {
  torch.manualSeed(12);
  const conv = new nn.Conv2d(64, 128, 3);
  const bound = 1 / Math.sqrt(64 * 9);
  const w = stats(conv.weight);
  assert.ok(w.min >= -bound && w.max <= bound && w.max > 0.99 * bound);
  assert.ok(Math.abs(w.std / (bound / Math.sqrt(3)) - 1) < 0.01);
  assert.ok(Math.abs(w.mean) < 0.01 * bound);
  const b = stats(conv.bias!);
  assert.ok(b.min >= -bound && b.max <= bound);
  const ct = new nn.ConvTranspose2d(32, 64, 4, { groups: 2 });
  assert.deepEqual(ct.weight.shape, [32, 32, 4, 4]);
  const tb = 1 / Math.sqrt(32 * 16); // fan-in = weight.size(1) * k * k
  const s = stats(ct.weight);
  assert.ok(s.min >= -tb && s.max <= tb && s.max > 0.99 * tb);
  conv.dispose();
  ct.dispose();
});

test('kaiming, xavier and truncNormal statistics', () => {
  torch.manualSeed(13);
  const t = torch.empty([256, 128, 3, 3]);
  const fanIn = 128 * 9;
  const fanOut = 256 * 9;
  init.kaimingNormal_(t, { nonlinearity: 'relu' });
  let s = stats(t);
  assert.ok(Math.abs(s.std / Math.sqrt(2 / fanIn) - 1) < 0.01 && Math.abs(s.mean) < 1e-3);
  init.kaimingNormal_(t, { mode: 'fan_out', nonlinearity: 'relu' });
  assert.ok(Math.abs(stats(t).std / Math.sqrt(2 / fanOut) - 1) < 0.01);
  init.kaimingUniform_(t, { nonlinearity: 'relu' });
  s = stats(t);
  const kb = Math.sqrt(2) * Math.sqrt(3 / fanIn);
  assert.ok(s.max <= kb && s.min >= -kb && s.max > 0.99 * kb);
  init.xavierUniform_(t);
  s = stats(t);
  const xb = Math.sqrt(6 / (fanIn + fanOut));
  assert.ok(s.max <= xb && s.min >= -xb && s.max > 0.99 * xb);
  init.xavierNormal_(t, { gain: 3 });
  assert.ok(Math.abs(stats(t).std / (3 * Math.sqrt(2 / (fanIn + fanOut))) - 1) < 0.01);
  // N(0, 1) truncated to [-2, 2]: variance 1 - 4 phi(2) / (Phi(2) - Phi(-2)).
  init.truncNormal_(t);
  s = stats(t);
  const phi2 = Math.exp(-2) / Math.sqrt(2 * Math.PI);
  const mass = 2 * (1 + init._erf(2 / Math.SQRT2)) / 2 - 1;
  assert.ok(s.min >= -2 && s.max <= 2 && s.max > 1.99);
  assert.ok(Math.abs(s.std / Math.sqrt(1 - (4 * phi2) / mass) - 1) < 0.01, `std ${s.std}`);
  assert.ok(Math.abs(s.mean) < 0.01);
  // timm's usage: std 0.02 with absolute cutoffs +-2 is an untruncated normal.
  init.truncNormal_(t, { std: 0.02 });
  s = stats(t);
  assert.ok(Math.abs(s.std / 0.02 - 1) < 0.01);
  t.dispose();
});

test('init works on parameters that require grad (runs under noGrad) and leaves no graph', () => {
  const p = new nn.Parameter(torch.empty([3, 3]));
  init.kaimingUniform_(p);
  init.truncNormal_(p, { std: 0.1 });
  assert.equal(p.isLeaf, true);
  assert.equal(p.gradFn, null);
  assert.equal(p.requiresGrad, true);
});

test('Embedding init is N(0, 1) with a zero padding row; MHA biases start at zero', () => {
  torch.manualSeed(14);
  const e = new nn.Embedding(2000, 64, { paddingIdx: -1 });
  assert.equal(e.paddingIdx, 1999);
  const s = stats(e.weight);
  assert.ok(Math.abs(s.std - 1) < 0.01 && Math.abs(s.mean) < 0.01);
  assert.equal(e.weight.select(0, 1999).abs().sum().item(), 0);
  const mha = new nn.MultiheadAttention(64, 4);
  assert.equal(mha.inProjBias!.abs().sum().item(), 0);
  assert.equal(mha.outProj.bias!.abs().sum().item(), 0);
  const xb = Math.sqrt(6 / (64 + 192));
  const w = stats(mha.inProjWeight);
  assert.ok(w.max <= xb && w.min >= -xb && w.max > 0.98 * xb);
});
