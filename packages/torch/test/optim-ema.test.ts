import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import { assertClose } from './optim-util';

torch.setNumThreads(1);
const { ModelEma, withEmaWeights } = torch.optim;

function tinyModel() {
  const w = torch.tensor([[1, 2], [3, 4]], { requiresGrad: true });
  const b = torch.tensor([0.5, -0.5], { requiresGrad: true });
  const runningMean = torch.tensor([0, 0]);
  const count = torch.tensor(0n);
  return {
    w, b, runningMean, count,
    namedParameters: (): [string, torch.Tensor][] => [['w', w], ['b', b]],
    namedBuffers: (): [string, torch.Tensor][] => [['running_mean', runningMean], ['num_batches_tracked', count]],
  };
}

function setValues(t: torch.Tensor, v: number[] | bigint): void {
  torch.noGrad(() => torch.tidy(() => {
    if (typeof v === 'bigint') t.fill_(v);
    else t.copy_(torch.tensor(v, { dtype: t.dtype }).reshape(t.shape));
  }));
}

const flat = (t: torch.Tensor) => Array.from(t.dataSync() as Float32Array, Number);

test('EMA of parameters and buffers over 3 updates, by hand', () => {
  const m = tinyModel();
  const ema = new ModelEma(m, { decay: 0.5 });
  const steps = [
    { w: [2, 2, 2, 2], b: [1, 1], rm: [1, 2], n: 1n },
    { w: [0, 0, 0, 0], b: [3, -1], rm: [2, 2], n: 2n },
    { w: [4, 4, 4, 4], b: [0, 0], rm: [0, 4], n: 3n },
  ];
  let w = [1, 2, 3, 4], b = [0.5, -0.5], rm = [0, 0];
  for (const s of steps) {
    setValues(m.w, s.w);
    setValues(m.b, s.b);
    setValues(m.runningMean, s.rm);
    setValues(m.count, s.n);
    ema.update(m);
    w = w.map((e, i) => 0.5 * e + 0.5 * s.w[i]);
    b = b.map((e, i) => 0.5 * e + 0.5 * s.b[i]);
    rm = rm.map((e, i) => 0.5 * e + 0.5 * s.rm[i]);
    assertClose(ema.tensors.get('w')!, w);
    assertClose(ema.tensors.get('b')!, b);
    assertClose(ema.tensors.get('running_mean')!, rm);
    assert.equal(ema.tensors.get('num_batches_tracked')!.item(), Number(s.n));
    assert.equal(ema.tensors.get('num_batches_tracked')!.dtype, 'int64');
  }
  assert.equal(ema.updates, 3);
  assert.equal(ema.tensors.get('w')!.requiresGrad, false);
  ema.dispose();
});

test('decay warmup: min(decay, (1 + n) / (10 + n))', () => {
  const m = tinyModel();
  const ema = new ModelEma(m, { decay: 0.2, warmup: true });
  const decays: number[] = [];
  let w = 1;
  for (let k = 0; k < 4; k++) {
    const d = ema.currentDecay();
    decays.push(d);
    setValues(m.w, [10 * (k + 1), 0, 0, 0]);
    ema.update(m);
    w = d * w + (1 - d) * 10 * (k + 1);
    assertClose(flat(ema.tensors.get('w')!)[0], w, { rtol: 1e-6 });
  }
  assert.deepEqual(decays, [1 / 10, 2 / 11, 0.2, 0.2]);
  ema.dispose();
});

test('copyTo, withEmaWeights (restores on return and on throw), stateDict round trip', async () => {
  const m = tinyModel();
  const ema = new ModelEma(m, { decay: 0.5 });
  setValues(m.w, [3, 4, 5, 6]);
  ema.update(m); // ema w = [2, 3, 4, 5]
  const seen = ema.withEmaWeights(m, () => flat(m.w));
  assert.deepEqual(seen, [2, 3, 4, 5]);
  assert.deepEqual(flat(m.w), [3, 4, 5, 6]);
  assert.throws(() => withEmaWeights(m, ema, () => {
    assert.deepEqual(flat(m.w), [2, 3, 4, 5]);
    throw new Error('boom');
  }), /boom/);
  assert.deepEqual(flat(m.w), [3, 4, 5, 6]);
  const asyncSeen = await ema.withEmaWeights(m, async () => flat(m.w));
  assert.deepEqual(asyncSeen, [2, 3, 4, 5]);
  assert.deepEqual(flat(m.w), [3, 4, 5, 6]);

  const sd = ema.stateDict();
  assert.equal(sd.updates, 1);
  assert.deepEqual(Object.keys(sd.weights), ['w', 'b', 'running_mean', 'num_batches_tracked']);
  const other = new ModelEma(tinyModel(), { decay: 0.5 });
  other.loadStateDict(sd);
  for (const t of Object.values(sd.weights)) t.dispose();
  assert.equal(other.updates, 1);
  assert.deepEqual(flat(other.tensors.get('w')!), [2, 3, 4, 5]);
  // Same continuation.
  setValues(m.w, [0, 0, 0, 0]);
  ema.update(m);
  other.update(m);
  assert.deepEqual(flat(other.tensors.get('w')!), flat(ema.tensors.get('w')!));
  // A flat name -> tensor map (e.g. a model state dict) loads with updates 0.
  torch.tidy(() => other.loadStateDict(ema.stateDict().weights));
  assert.equal(other.updates, 0);

  ema.copyTo(m);
  assert.deepEqual(flat(m.w), [1, 1.5, 2, 2.5]);
  ema.dispose();
  other.dispose();
});

test('mismatched models and bad settings are errors', () => {
  const m = tinyModel();
  assert.throws(() => new ModelEma(m, { decay: 1.5 }), /decay must be in \[0, 1\], got 1.5/);
  assert.throws(() => new ModelEma({} as never), /namedParameters\(\) and namedBuffers\(\)/);
  const ema = new ModelEma(m);
  const wrong = {
    namedParameters: (): [string, torch.Tensor][] => [['w', torch.zeros([3])], ['b', m.b]],
    namedBuffers: (): [string, torch.Tensor][] => [['running_mean', m.runningMean], ['num_batches_tracked', m.count]],
  };
  assert.throws(() => ema.update(wrong), /'w' has shape \[3\] in the model but \[2, 2\] in the EMA/);
  const missing = { namedParameters: () => [['w', m.w]] as [string, torch.Tensor][], namedBuffers: () => [] };
  assert.throws(() => ema.copyTo(missing), /the model has no parameter or buffer 'b'/);
  assert.throws(() => ema.loadStateDict({ updates: 1, weights: { w: torch.zeros([2, 2]) } }), /missing tensor 'b'/);
  assert.equal(ema.updates, 0);
  ema.dispose();
});

test('EMA update leaks no tensors', () => {
  const m = tinyModel();
  const ema = new ModelEma(m, { decay: 0.9, warmup: true });
  ema.update(m);
  const before = torch.memory().tensors;
  for (let k = 0; k < 3; k++) {
    ema.update(m);
    ema.withEmaWeights(m, () => 0);
    ema.copyTo(m);
  }
  assert.equal(torch.memory().tensors, before);
  ema.dispose();
});

test('with a real nn Linear + BatchNorm1d', () => {
  torch.manualSeed(0);
  const model = new torch.nn.Sequential(new torch.nn.Linear(3, 4), new torch.nn.BatchNorm1d(4));
  const ema = new ModelEma(model, { decay: 0.75 });
  const names = [...ema.tensors.keys()];
  assert.deepEqual(names.sort(), ['0.bias', '0.weight', '1.bias', '1.num_batches_tracked', '1.running_mean',
    '1.running_var', '1.weight'].sort());
  const snapshot = () => new Map([...model.namedParameters(), ...model.namedBuffers()].map(([k, t]) => [k, flat(t)]));
  const expected = snapshot();
  const opt = new torch.optim.SGD(model.parameters(), { lr: 0.1, momentum: 0.9 });
  for (let k = 0; k < 3; k++) {
    torch.tidy(() => {
      const x = torch.randn([8, 3]);
      const loss = (model.forward(x) as torch.Tensor).pow(2).mean();
      opt.zeroGrad();
      loss.backward();
      opt.step();
    });
    ema.update(model);
    const now = snapshot();
    for (const [k2, v] of now) {
      if (k2.endsWith('num_batches_tracked')) expected.set(k2, v);
      else expected.set(k2, expected.get(k2)!.map((e, i) => 0.75 * e + 0.25 * v[i]));
    }
  }
  for (const [k, v] of expected) {
    const t = ema.tensors.get(k)!;
    if (k.endsWith('num_batches_tracked')) assert.equal(Number(t.item()), 3);
    else assertClose(t, v, { what: k, atol: 1e-6, rtol: 1e-5 });
  }
  // Evaluate with EMA weights: the model's own weights come back.
  const own = flat(model.namedParameters()[0][1]);
  const emaOut = ema.withEmaWeights(model, () => {
    model.eval();
    return torch.tidy(() => flat(model.forward(torch.ones([2, 3])) as torch.Tensor));
  });
  assert.equal(emaOut.length, 8);
  assert.deepEqual(flat(model.namedParameters()[0][1]), own);
  opt.dispose();
  ema.dispose();
});
