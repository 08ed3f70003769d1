import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import { assertClose, dec, loadFixture, setGrad, type Enc } from './optim-util';

torch.setNumThreads(1);
const { SGD, AdamW } = torch.optim;

interface OptimCase {
  name: string;
  optimizer: 'SGD' | 'AdamW';
  defaults: Record<string, unknown>;
  groups: ({ params: number[] } & Record<string, unknown>)[] | null;
  history: Enc[][];
  state: Record<string, Record<string, Enc | null>>;
  param_groups: Record<string, unknown>[];
}
interface OptimFixture {
  init: Enc[];
  grads: (Enc | null)[][];
  cases: OptimCase[];
}
const fx = loadFixture<OptimFixture>('optim.json');

/** PyTorch keyword arguments -> our options. */
function camelOpts(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (k !== 'params') out[torch.optim.snakeToCamel(k)] = v;
  return out;
}

function makeCase(c: OptimCase): { params: torch.Tensor[]; opt: torch.optim.Optimizer } {
  const params = fx.init.map((e) => dec(e, { requiresGrad: true }));
  const Ctor = c.optimizer === 'SGD' ? SGD : AdamW;
  const defaults = camelOpts(c.defaults) as never;
  const input = c.groups === null ? params
    : c.groups.map((g) => ({ ...camelOpts(g), params: g.params.map((i) => params[i]) }));
  return { params, opt: new Ctor(input as never, defaults) };
}

function feed(params: torch.Tensor[], k: number): void {
  params.forEach((p, i) => {
    const g = fx.grads[k][i];
    setGrad(p, g ? dec(g) : null);
  });
}

for (const c of fx.cases) {
  test(`${c.name}: 5 steps match PyTorch 1.13`, () => {
    const { params, opt } = makeCase(c);
    c.history.forEach((expected, k) => {
      feed(params, k);
      opt.step();
      params.forEach((p, i) => assertClose(p, expected[i], { what: `${c.name} step ${k + 1} param ${i}` }));
    });
    // The state dict has PyTorch's structure, keys and values.
    torch.tidy(() => {
      const sd = opt.stateDict();
      assert.deepEqual(sd.param_groups.map((g) => Object.keys(g).sort()), c.param_groups.map((g) => Object.keys(g).sort()));
      sd.param_groups.forEach((g, i) => {
        for (const [k, v] of Object.entries(c.param_groups[i])) assert.deepEqual(g[k], v, `param_groups[${i}].${k}`);
      });
      assert.deepEqual(Object.keys(sd.state).sort(), Object.keys(c.state).sort());
      for (const [i, s] of Object.entries(c.state)) {
        assert.deepEqual(Object.keys(sd.state[i]).sort(), Object.keys(s).sort());
        for (const [k, v] of Object.entries(s)) {
          const mine = sd.state[i][k];
          if (v === null) assert.equal(mine, null);
          else if (k === 'step') assertClose(mine as torch.Tensor, v.data, { what: `state ${i} step` });
          else assertClose(mine as torch.Tensor, v, { what: `state ${i} ${k}` });
        }
      }
    });
    opt.dispose();
  });
}

test('stateDict round trip mid-run continues identically', () => {
  for (const name of ['sgd_nesterov_wd', 'adamw_amsgrad', 'adamw_groups', 'sgd_groups']) {
    const c = fx.cases.find((x) => x.name === name)!;
    const a = makeCase(c);
    for (let k = 0; k < 3; k++) {
      feed(a.params, k);
      a.opt.step();
    }
    const sd = a.opt.stateDict();
    // A fresh optimizer on copies of the parameters, with other hyperparameters that the dict overrides.
    const params = a.params.map((p) => p.detach().clone().requiresGrad_());
    const input = c.groups === null ? params : c.groups.map((g) => ({ params: g.params.map((i) => params[i]) }));
    const b = c.optimizer === 'SGD' ? new SGD(input, { lr: 5 }) : new AdamW(input, { lr: 5, betas: [0.5, 0.5] });
    b.loadStateDict(sd);
    torch.tidy(() => Object.values(sd.state).forEach((s) => Object.values(s).forEach((v) => {
      if (v instanceof torch.Tensor) v.dispose();
    })));
    assert.deepEqual(b.paramGroups.map((g) => g.lr), a.opt.paramGroups.map((g) => g.lr));
    for (let k = 3; k < 5; k++) {
      feed(a.params, k);
      feed(params, k);
      a.opt.step();
      b.step();
      a.params.forEach((p, i) => assert.deepEqual(Array.from(params[i].dataSync() as Float32Array), Array.from(p.dataSync() as Float32Array), `${name} step ${k}`));
      params.forEach((p, i) => assertClose(p, c.history[k][i], { what: `${name} resumed step ${k + 1}` }));
    }
    a.opt.dispose();
    b.dispose();
  }
});

test('SGD matches hand computation (momentum, dampening, weight decay, nesterov)', () => {
  const p = torch.tensor([1, -2], { requiresGrad: true });
  const opt = new SGD([p], { lr: 0.5, momentum: 0.5, weightDecay: 0.1, nesterov: true });
  // step 1: d = g + 0.1 p = [1.1, 0.8]; b = d; d' = d + 0.5 b = [1.65, 1.2]; p = p - 0.5 d'
  setGrad(p, torch.tensor([1, 1]));
  opt.step();
  assertClose(p, [1 - 0.5 * 1.65, -2 - 0.5 * 1.2]);
  // step 2: p = [0.175, -2.6]; d = [1 + 0.0175, 1 - 0.26]; b = 0.5 b + d; d' = d + 0.5 b
  setGrad(p, torch.tensor([1, 1]));
  opt.step();
  const p1 = [0.175, -2.6];
  const d = [1 + 0.1 * p1[0], 1 + 0.1 * p1[1]];
  const b = [0.5 * 1.1 + d[0], 0.5 * 0.8 + d[1]];
  assertClose(p, [p1[0] - 0.5 * (d[0] + 0.5 * b[0]), p1[1] - 0.5 * (d[1] + 0.5 * b[1])]);
  opt.dispose();

  const q = torch.tensor([1], { requiresGrad: true });
  const damp = new SGD([q], { lr: 1, momentum: 0.9, dampening: 0.5 });
  setGrad(q, torch.tensor([2]));
  damp.step(); // b = 2 (first buffer is the gradient, no dampening): q = -1
  setGrad(q, torch.tensor([2]));
  damp.step(); // b = 0.9·2 + 0.5·2 = 2.8: q = -3.8
  assertClose(q, [-3.8]);
  damp.dispose();
});

test('AdamW matches hand computation over 2 steps', () => {
  const p = torch.tensor([1, -1], { requiresGrad: true });
  const lr = 0.1, b1 = 0.9, b2 = 0.99, eps = 1e-8, wd = 0.5;
  const opt = new AdamW([p], { lr, betas: [b1, b2], eps, weightDecay: wd });
  const grads = [[0.5, -2], [1, 1]];
  let pv = [1, -1];
  const m = [0, 0], v = [0, 0];
  grads.forEach((g, k) => {
    setGrad(p, torch.tensor(g));
    opt.step();
    const t = k + 1;
    pv = pv.map((x, i) => {
      const y = x * (1 - lr * wd);
      m[i] = b1 * m[i] + (1 - b1) * g[i];
      v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
      return y - (lr / (1 - b1 ** t)) * m[i] / (Math.sqrt(v[i]) / Math.sqrt(1 - b2 ** t) + eps);
    });
    assertClose(p, pv, { what: `step ${t}` });
  });
  opt.dispose();
});

test('param groups: different lr and weight decay; paramGroupsWeightDecay', () => {
  const w = torch.tensor([[1, 2], [3, 4]], { requiresGrad: true });
  const bias = torch.tensor([1, 1], { requiresGrad: true });
  const norm = torch.tensor([2, 2], { requiresGrad: true });
  const frozen = torch.tensor([[5, 5]]);
  const named: [string, torch.Tensor][] = [['fc.weight', w], ['fc.bias', bias], ['norm.weight', norm], ['frozen', frozen]];
  const groups = torch.optim.paramGroupsWeightDecay(named, 0.1);
  assert.equal(groups[0].weightDecay, 0);
  assert.equal(groups[1].weightDecay, 0.1);
  assert.deepEqual(groups[0].params, [bias, norm]);
  assert.deepEqual(groups[1].params, [w]);
  const skip = torch.optim.paramGroupsWeightDecay(named, 0.1, { skip: (n) => n.startsWith('fc.w') });
  assert.deepEqual(skip[1].params, []);
  assert.deepEqual(torch.optim.paramGroupsWeightDecay(named, 0.1, { noWeightDecay: ['fc.weight'] })[0].params, [w, bias, norm]);

  const opt = new SGD([groups[0], { ...groups[1], lr: 1 }], { lr: 0.5 });
  assert.deepEqual(opt.paramGroups.map((g) => [g.lr, g.weightDecay]), [[0.5, 0], [1, 0.1]]);
  for (const p of [w, bias, norm]) setGrad(p, torch.onesLike(p));
  opt.step();
  assertClose(w, [1 - 1 * (1 + 0.1), 2 - 1.2, 3 - 1.3, 4 - 1.4]);
  assertClose(bias, [0.5, 0.5]);
  assertClose(norm, [1.5, 1.5]);
  opt.zeroGrad();
  assert.equal(w.grad, null);
  setGrad(w, torch.onesLike(w));
  opt.zeroGrad({ setToNone: false });
  const g = w.grad!;
  assert.deepEqual(g.toArray(), [[0, 0], [0, 0]]);
  g.dispose();
});

test('parameters without gradient are skipped; requiresGrad false params are allowed', () => {
  const a = torch.tensor([1, 2], { requiresGrad: true });
  const b = torch.tensor([3, 4]);
  const opt = new AdamW([a, b], { lr: 0.1 });
  setGrad(a, torch.tensor([1, 1]));
  opt.step();
  assert.deepEqual(b.toArray(), [3, 4]);
  torch.tidy(() => {
    assert.deepEqual(Object.keys(opt.stateDict().state), ['0']);
  });
  opt.dispose();
});

test('closure runs with grad enabled and its loss is returned', () => {
  const p = torch.tensor([3], { requiresGrad: true });
  const opt = new SGD([p], { lr: 0.25 });
  const loss = torch.noGrad(() => opt.step(() => {
    opt.zeroGrad();
    const l = p.mul(p).sum();
    l.backward();
    return l.item();
  }));
  assert.equal(loss, 9);
  assertClose(p, [3 - 0.25 * 6]);
});

test('no tensor leaks across steps inside tidy', () => {
  for (const make of [
    (ps: torch.Tensor[]) => new SGD(ps, { lr: 0.1, momentum: 0.9, nesterov: true, weightDecay: 0.1 }),
    (ps: torch.Tensor[]) => new SGD(ps, { lr: 0.1, maximize: true }),
    (ps: torch.Tensor[]) => new AdamW(ps, { lr: 0.1, amsgrad: true, maximize: true }),
  ]) {
    const params = [torch.randn([4, 3], { requiresGrad: true }), torch.randn([3], { requiresGrad: true })];
    const opt = make(params);
    const counts: number[] = [];
    for (let k = 0; k < 5; k++) {
      torch.tidy(() => {
        const loss = params[0].matmul(params[1]).pow(2).sum();
        opt.zeroGrad();
        loss.backward();
        opt.step();
        torch.optim.clipGradNorm_(params, 1.0);
      });
      counts.push(torch.memory().tensors);
    }
    assert.deepEqual(counts.slice(1), counts.slice(1).map(() => counts[1]), `tensor count per step: ${counts}`);
    const before = torch.memory().tensors;
    torch.tidy(() => {
      opt.stateDict();
    });
    assert.equal(torch.memory().tensors, before);
    opt.dispose();
  }
});

test('validation errors name the problem', () => {
  const p = torch.zeros([2], { requiresGrad: true });
  const q = torch.zeros([2], { requiresGrad: true });
  assert.throws(() => new SGD([], { lr: 0.1 }), /empty parameter list/);
  assert.throws(() => new SGD(p as never, { lr: 0.1 }), /single Tensor/);
  assert.throws(() => new SGD([p], {} as never), /lr is required/);
  assert.throws(() => new SGD([p], { lr: -1 }), /invalid learning rate \(lr\) -1/);
  assert.throws(() => new SGD([p], { lr: 0.1, momentum: -0.5 }), /invalid momentum -0.5/);
  assert.throws(() => new SGD([p], { lr: 0.1, weightDecay: -1 }), /invalid weightDecay -1/);
  assert.throws(() => new SGD([p], { lr: 0.1, nesterov: true }), /Nesterov momentum requires a momentum and zero dampening/);
  assert.throws(() => new SGD([p], { lr: 0.1, nesterov: true, momentum: 0.9, dampening: 0.1 }), /zero dampening/);
  assert.throws(() => new AdamW([p], { betas: [1, 0.999] }), /beta parameter at index 0 1 \(must be in \[0, 1\)\)/);
  assert.throws(() => new AdamW([p], { betas: [0.9, -0.1] }), /beta parameter at index 1/);
  assert.throws(() => new AdamW([p], { eps: -1 }), /epsilon/);
  assert.throws(() => new AdamW([p], { lr: Number.NaN }), /lr.*must be a number/);
  const nonLeaf = p.mul(2);
  assert.throws(() => new SGD([nonLeaf], { lr: 0.1 }), /can't optimize a non-leaf Tensor \(param 0 of group 0, shape \[2\], computed by MulBackward\d\)/);
  assert.throws(() => new SGD([{ params: [p] }, { params: [q, p] }], { lr: 0.1 }), /some parameters appear in more than one parameter group/);
  assert.throws(() => new SGD([p, q, p], { lr: 0.1 }), /contains a parameter twice/);
  assert.throws(() => new SGD([p, 3 as never], { lr: 0.1 }), /only optimize Tensors/);
  assert.throws(() => new SGD([{ params: [p] }, { params: [q], lr: -2 }], { lr: 0.1 }), /invalid learning rate/);
  const opt = new SGD([p], { lr: 0.1, momentum: 0.9 });
  assert.throws(() => opt.addParamGroup({ params: [p] }), /more than one parameter group/);
  opt.addParamGroup({ params: [q], lr: 0.01 });
  assert.equal(opt.paramGroups[1].momentum, 0.9);
  const other = new SGD([p], { lr: 0.1 });
  assert.throws(() => other.loadStateDict(opt.stateDict()), /different number of parameter groups/);
  const two = new SGD([{ params: [p, q] }, { params: [torch.zeros([1], { requiresGrad: true })] }], { lr: 0.1 });
  assert.throws(() => two.loadStateDict(opt.stateDict()), /doesn't match the size of optimizer's group/);
  // A state tensor of the wrong shape is rejected and nothing changes.
  const opt2 = new SGD([{ params: [p] }, { params: [q] }], { lr: 0.1, momentum: 0.9 });
  const bad = { state: { 0: { momentum_buffer: torch.zeros([3]) } }, param_groups: opt2.stateDict().param_groups };
  assert.throws(() => opt2.loadStateDict(bad), /state 'momentum_buffer' of parameter 0 has shape \[3\] but the parameter has shape \[2\]/);
});

test('loads a state dict written by PyTorch (keys, step tensors, extra group keys)', () => {
  for (const name of ['adamw_groups', 'sgd_groups']) {
    const c = fx.cases.find((x) => x.name === name)!;
    const params = c.history[4].map((e) => dec(e, { requiresGrad: true }));
    const input = c.groups!.map((g) => ({ params: g.params.map((i) => params[i]) }));
    const opt = c.optimizer === 'SGD' ? new SGD(input, { lr: 1 }) : new AdamW(input);
    torch.tidy(() => {
      const state: torch.optim.OptimizerStateDict['state'] = {};
      for (const [i, s] of Object.entries(c.state)) {
        state[i] = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v === null ? null : dec(v)]));
      }
      opt.loadStateDict({ state, param_groups: c.param_groups as never });
    });
    c.param_groups.forEach((g, i) => {
      assert.equal(opt.paramGroups[i].lr, g.lr);
      assert.equal(opt.paramGroups[i].weightDecay, g.weight_decay);
      assert.equal('foreach' in opt.paramGroups[i], false);
    });
    if (c.optimizer === 'AdamW') assert.equal(opt.state.get(params[0])!.step, 5);
    torch.tidy(() => {
      const sd = opt.stateDict();
      assert.deepEqual(sd.param_groups, c.param_groups);
    });
    opt.dispose();
  }
});
