// nn.Module: registration, PyTorch's state-dict keys and order, loadStateDict, modes, freezing,
// to(), containers, and an end-to-end network against PyTorch.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import type { Tensor } from '../src';
import { checkLayerCase, fixture } from './nn-helpers';

torch.setNumThreads(1);
const nn = torch.nn;

/** The architecture of Net in make_nn_fixtures.py. */
class Net extends nn.Module {
  posEmbed = new nn.Parameter(torch.zeros([1, 16, 8]));
  stem = new nn.Sequential(new nn.Conv2d(3, 8, 3, { padding: 1, bias: false }), new nn.BatchNorm2d(8), new nn.ReLU());
  blocks = new nn.ModuleList([0, 1].map(() => new nn.Sequential({
    conv: new nn.Conv2d(8, 8, 3, { padding: 1 }), norm: new nn.GroupNorm(2, 8), act: new nn.SiLU(),
  })));
  attn = new nn.MultiheadAttention(8, 2);
  norm = new nn.LayerNorm(8);
  heads = new nn.ModuleDict({ cls: new nn.Linear(8, 5), box: new nn.Linear(8, 4) });
  declare scale: Tensor;
  declare cache: Tensor;

  constructor() {
    super();
    this.registerBuffer('scale', torch.ones([1]));
    this.registerBuffer('cache', torch.zeros([1]), false);
  }

  override forward(x: Tensor): [Tensor, Tensor] {
    let h = this.stem.forward(x);
    for (const b of this.blocks) h = h.add(b.forward(h));
    let t = h.flatten({ startDim: 2 }).transpose(1, 2).add(this.posEmbed);
    const [a] = this.attn.forward(t, t, t);
    t = this.norm.forward(t.add(a)).mean(1);
    return [this.heads.get('cls')!.forward(t).mul(this.scale), this.heads.get('box')!.forward(t)];
  }
}

test('state-dict keys, parameter, buffer and module names equal PyTorch', () => {
  const net = new Net();
  const fx = fixture().network;
  const sd = net.stateDict();
  assert.deepEqual([...sd.keys()], fx.stateDictKeys);
  for (const t of sd.values()) t.dispose();
  assert.deepEqual(net.namedParameters().map(([k]) => k), fx.namedParameters);
  assert.deepEqual(net.namedBuffers().map(([k]) => k), fx.namedBuffers);
  assert.deepEqual(net.namedModules().map(([k]) => k), fx.namedModules);
  assert.equal(net.numParameters(), fx.numParameters);
  net.dispose();
});

test('a conv-bn-attention network matches PyTorch end to end (outputs, all gradients, BN state)', () => {
  const net = new Net();
  checkLayerCase(net, fixture().network.run, 'network');
  net.dispose();
});

test('camelCase properties become snake_case keys; setStateKey overrides odd names', () => {
  assert.equal(nn.toStateKey('runningMean'), 'running_mean');
  assert.equal(nn.toStateKey('numBatchesTracked'), 'num_batches_tracked');
  assert.equal(nn.toStateKey('inProjWeight'), 'in_proj_weight');
  assert.equal(nn.toStateKey('layer1'), 'layer1');
  assert.equal(nn.toStateKey('conv1'), 'conv1');
  assert.equal(nn.toStateKey('already_snake'), 'already_snake');
  assert.equal(nn.toStateKey('convQKV'), 'conv_qkv');
  class M extends nn.Module {
    fc2D = new nn.Linear(2, 2);
    gammaX = new nn.Parameter(torch.ones([2]));
    constructor() {
      super();
      this.setStateKey('fc2D', 'fc2d');
    }
  }
  const m = new M();
  assert.deepEqual(m.namedParameters().map(([k]) => k), ['gamma_x', 'fc2d.weight', 'fc2d.bias']);
  assert.ok(m.getSubmodule('fc2d') === m.fc2D);
  m.dispose();
});

test('only Modules and Parameters are registered; arrays of modules are refused', () => {
  class M extends nn.Module {
    plain = torch.zeros([3]); // a plain tensor is not state
    size = 3;
    w = new nn.Parameter(torch.zeros([3]));
    #hidden = new nn.Linear(2, 2); // a #private field is not a submodule
    hidden(): torch.nn.Module {
      return this.#hidden;
    }
  }
  const m = new M();
  assert.deepEqual([...m.stateDict({ keepVars: true }).keys()], ['w']);
  assert.equal(m.children().length, 0);
  assert.ok(m.w instanceof nn.Parameter);
  assert.ok(!(m.plain instanceof nn.Parameter));
  assert.ok(m.w instanceof torch.Tensor);
  class Bad extends nn.Module {
    layers = [new nn.Linear(2, 2)];
  }
  assert.throws(() => new Bad().parameters(), /use nn.ModuleList/);
});

test('Parameter marks, keeps and requires grad; a non-leaf is detached first', () => {
  const p = torch.tidy(() => new nn.Parameter(torch.ones([2])));
  assert.ok(!p.isDisposed, 'a parameter made inside tidy survives it');
  assert.equal(p.requiresGrad, true);
  const frozen = nn.parameter(torch.ones([2]), false);
  assert.equal(frozen.requiresGrad, false);
  const a = torch.ones([2], { requiresGrad: true });
  const b = a.mul(2);
  const q = new nn.Parameter(b);
  assert.notEqual(q, b);
  assert.ok(q.isLeaf && q.requiresGrad);
  assert.ok(!nn.isParameter(b) && nn.isParameter(q));
});

test('registerBuffer: persistent or not, reassignable, kept; registerParameter needs a Parameter', () => {
  class M extends nn.Module {
    declare stat: Tensor;
    declare tmp: Tensor;
    constructor() {
      super();
      torch.tidy(() => {
        this.registerBuffer('stat', torch.zeros([2]));
        this.registerBuffer('tmp', torch.ones([1]), false);
      });
    }
  }
  const m = new M();
  assert.ok(!m.stat.isDisposed);
  assert.deepEqual([...m.stateDict({ keepVars: true }).keys()], ['stat']);
  assert.deepEqual(m.namedBuffers().map(([k]) => k), ['stat', 'tmp']);
  const old = m.stat;
  torch.tidy(() => {
    m.stat = torch.full([2], 5);
  });
  assert.ok(!m.stat.isDisposed && m.stat !== old, 'the new buffer is kept past tidy');
  assert.ok(!old.isDisposed, 'the replaced buffer is not disposed by the module');
  assert.deepEqual(m.stat.toArray(), [5, 5]);
  assert.throws(() => {
    (m as unknown as { stat: number }).stat = 3;
  }, /must be a Tensor or null/);
  m.registerParameter('extraWeight', new nn.Parameter(torch.ones([1])));
  assert.deepEqual(m.namedParameters().map(([k]) => k), ['extra_weight']);
  assert.throws(() => m.registerParameter('x', torch.ones([1])), /nn.Parameter or null required/);
  m.registerModule('sub', new nn.Linear(1, 1));
  assert.deepEqual([...m.stateDict({ keepVars: true }).keys()], ['extra_weight', 'stat', 'sub.weight', 'sub.bias']);
});

test('stateDict values are detached views the caller may dispose; keepVars gives the live tensors', () => {
  const lin = new nn.Linear(3, 2);
  const before = lin.weight.toArray();
  const sd = lin.stateDict();
  const w = sd.get('weight')!;
  assert.equal(w.requiresGrad, false);
  assert.ok(w.sharesStorageWith(lin.weight));
  assert.notEqual(w, lin.weight);
  for (const t of sd.values()) t.dispose();
  assert.deepEqual(lin.weight.toArray(), before, 'disposing the state dict leaves the module intact');
  const live = lin.stateDict({ keepVars: true, prefix: 'fc.' });
  assert.deepEqual([...live.keys()], ['fc.weight', 'fc.bias']);
  assert.equal(live.get('fc.weight'), lin.weight);
});

test('loadStateDict copies in place, keeping parameter identity', () => {
  const a = new nn.Linear(3, 2);
  const b = new nn.Linear(3, 2);
  const w = b.weight;
  torch.tidy(() => {
    const res = b.loadStateDict(a.stateDict());
    assert.deepEqual(res, { missingKeys: [], unexpectedKeys: [] });
  });
  assert.equal(b.weight, w);
  assert.deepEqual(b.weight.toArray(), a.weight.toArray());
  assert.equal(b.weight.requiresGrad, true);
  // plain objects work too
  torch.tidy(() => b.loadStateDict({ weight: torch.zeros([2, 3]), bias: torch.ones([2]) }));
  assert.deepEqual(b.bias!.toArray(), [1, 1]);
});

test('loadStateDict errors name the keys and leave the module unchanged', () => {
  const net = new nn.Sequential(new nn.Linear(4, 3), new nn.BatchNorm1d(3));
  const before = net.at(0).stateDict({ keepVars: true }).get('weight')!.toArray();
  torch.tidy(() => {
    const sd = net.stateDict();
    sd.set('0.weight', torch.zeros([4, 4]));
    assert.throws(() => net.loadStateDict(sd), (e: Error) => {
      assert.match(e.message, /Error\(s\) in loading state_dict for Sequential/);
      assert.match(e.message, /size mismatch for 0\.weight: copying a param with shape \[4, 4\] from checkpoint, the shape in current model is \[3, 4\]/);
      return true;
    });
    sd.set('0.weight', torch.zeros([3, 4], { dtype: 'float64' }));
    assert.throws(() => net.loadStateDict(sd), /dtype mismatch for 0\.weight/);
    assert.deepEqual(net.at(0).stateDict({ keepVars: true }).get('weight')!.toArray(), before);

    const partial = net.stateDict();
    partial.delete('1.running_var');
    partial.delete('0.bias');
    partial.set('extra.thing', torch.zeros([1]));
    assert.throws(() => net.loadStateDict(partial), (e: Error) => {
      assert.match(e.message, /Missing key\(s\) in state_dict: "0\.bias", "1\.running_var"\./);
      assert.match(e.message, /Unexpected key\(s\) in state_dict: "extra\.thing"\./);
      return true;
    });
    const res = net.loadStateDict(partial, { strict: false });
    assert.deepEqual(res, { missingKeys: ['0.bias', '1.running_var'], unexpectedKeys: ['extra.thing'] });
  });
});

test('loadStateDict accepts a BatchNorm checkpoint without num_batches_tracked (PyTorch does)', () => {
  const bn = new nn.BatchNorm2d(2);
  bn.numBatchesTracked!.fill_(7);
  torch.tidy(() => {
    const sd = bn.stateDict();
    sd.delete('num_batches_tracked');
    assert.deepEqual(bn.loadStateDict(sd), { missingKeys: [], unexpectedKeys: [] });
  });
  assert.equal(bn.numBatchesTracked!.item(), 0);
});

test('train() and eval() set the mode of the whole tree', () => {
  const net = new Net();
  assert.ok(net.modules().every((m) => m.training));
  net.eval();
  assert.ok(net.modules().every((m) => !m.training));
  net.train();
  assert.ok(net.modules().every((m) => m.training));
  net.blocks.train(false);
  assert.ok(net.training && !net.blocks.at(1).training && net.stem.at(1).training);
  net.dispose();
});

test('requiresGrad_(false) freezes a subtree: no gradients there, gradients elsewhere', () => {
  const net = new nn.Sequential(new nn.Linear(4, 4), new nn.ReLU(), new nn.Linear(4, 2));
  net.at(0).requiresGrad_(false);
  assert.equal(net.numParameters({ trainableOnly: true }), 10);
  assert.equal(net.numParameters(), 30);
  torch.tidy(() => {
    net.forward(torch.randn([3, 4])).sum().backward();
    assert.equal(net.at(0).parameters()[0].grad, null);
    assert.ok(net.at(2).parameters().every((p) => p.grad !== null));
  });
  net.zeroGrad();
  assert.ok(net.parameters().every((p) => p.grad === null));
  torch.tidy(() => {
    net.forward(torch.randn([3, 4])).sum().backward();
    net.zeroGrad({ setToNone: false });
    assert.equal(net.at(2).parameters()[0].grad!.abs().sum().item(), 0);
  });
});

test("to('float64') converts floating state in place; forward and backward then run in float64", () => {
  const net = new nn.Sequential(new nn.Conv2d(2, 3, 3), new nn.BatchNorm2d(3), new nn.ReLU(), new nn.Flatten(), new nn.Linear(3 * 4 * 4, 2));
  const w = net.at(0).parameters()[0];
  const x = torch.randn([2, 2, 6, 6]);
  const y32 = torch.tidy(() => net.forward(x).mul(1));
  torch.tidy(() => net.forward(x).sum().backward()); // leaves grads to move along
  net.to('float64');
  assert.equal(net.at(0).parameters()[0], w, 'the same Parameter object');
  assert.equal(w.dtype, 'float64');
  assert.equal(w.grad!.dtype, 'float64');
  const bn = net.at(1) as torch.nn.BatchNorm2d;
  assert.equal(bn.runningMean!.dtype, 'float64');
  assert.equal(bn.numBatchesTracked!.dtype, 'int64', 'integer buffers keep their dtype');
  net.eval();
  torch.tidy(() => {
    const y = net.forward(x.to('float64'));
    assert.equal(y.dtype, 'float64');
    y.sum().backward();
    assert.equal(w.grad!.dtype, 'float64');
  });
  net.train();
  net.to({ dtype: 'float32', device: 'cpu' });
  assert.equal(w.dtype, 'float32');
  assert.throws(() => net.to('int32'), /floating point dtypes/);
  y32.dispose();
});

test('Sequential: positional or named children, indexing, slicing, iteration', () => {
  const seq = new nn.Sequential(new nn.Linear(2, 3), new nn.ReLU(), new nn.Linear(3, 1));
  assert.equal(seq.length, 3);
  assert.ok(seq[0] === seq.at(0) && seq.at(-1) === seq[2]);
  assert.deepEqual([...seq.stateDict({ keepVars: true }).keys()], ['0.weight', '0.bias', '2.weight', '2.bias']);
  const named = new nn.Sequential({ fc: new nn.Linear(2, 2), act: new nn.GELU() });
  assert.deepEqual(named.namedChildren().map(([k]) => k), ['fc', 'act']);
  const tail = seq.slice(1);
  assert.deepEqual(tail.namedChildren().map(([k]) => k), ['1', '2']);
  assert.equal(tail.at(1), seq.at(2));
  seq.append(new nn.Sigmoid());
  assert.equal([...seq].length, 4);
  torch.tidy(() => {
    const y = seq.forward(torch.ones([5, 2]));
    assert.deepEqual(y.shape, [5, 1]);
  });
  assert.throws(() => seq.at(4), /out of range/);
});

test('ModuleList and ModuleDict register their entries with verbatim keys', () => {
  const list = new nn.ModuleList([new nn.Linear(1, 1)]);
  list.append(new nn.Linear(1, 2)).insert(0, new nn.Identity());
  assert.equal(list.length, 3);
  assert.deepEqual([...list.stateDict({ keepVars: true }).keys()], ['1.weight', '1.bias', '2.weight', '2.bias']);
  assert.ok(list.at(0) instanceof nn.Identity && list[2] instanceof nn.Linear);
  assert.throws(() => list.forward(), /not implemented/);
  const dict = new nn.ModuleDict({ stemConv: new nn.Linear(1, 1), head: new nn.Linear(1, 1) });
  assert.deepEqual(dict.namedChildren().map(([k]) => k), ['stemConv', 'head']);
  dict.delete('stemConv');
  dict.set('neck', new nn.Identity());
  assert.deepEqual([...dict.keys()], ['head', 'neck']);
  assert.deepEqual([...dict.stateDict({ keepVars: true }).keys()], ['head.weight', 'head.bias']);
  const clash = new nn.ModuleDict({ keys: new nn.Linear(1, 1) });
  assert.deepEqual([...clash.keys()], ['keys'], 'a key named like a method does not hide the method');
  assert.ok(clash.get('keys') instanceof nn.Linear);
  assert.throws(() => new nn.Linear(1, 1).registerBuffer('forward', torch.zeros([1])), /attribute 'forward' already exists/);
});

test('shared parameters are listed once and saved under every key', () => {
  class Tied extends nn.Module {
    embed = new nn.Embedding(5, 3);
    head = new nn.Linear(3, 5, { bias: false });
    constructor() {
      super();
      this.head.weight = this.embed.weight;
    }
  }
  const m = new Tied();
  assert.equal(m.parameters().length, 1);
  assert.deepEqual([...m.stateDict({ keepVars: true }).keys()], ['embed.weight', 'head.weight']);
  assert.equal(m.numParameters(), 15);
});

test('apply visits children first; modules() is depth first', () => {
  const net = new nn.Sequential(new nn.Sequential(new nn.Linear(1, 1)), new nn.ReLU());
  const seen: string[] = [];
  net.apply((m) => seen.push(m.constructor.name));
  assert.deepEqual(seen, ['Linear', 'Sequential', 'ReLU', 'Sequential']);
  assert.deepEqual(net.modules().map((m) => m.constructor.name), ['Sequential', 'Sequential', 'Linear', 'ReLU']);
  net.apply((m) => {
    if (m instanceof nn.Linear) nn.init.zeros_(m.weight);
  });
  assert.deepEqual((net.at(0) as torch.nn.Sequential).at(0).parameters()[0].toArray(), [[0]]);
});

test('printing a module reads like PyTorch', () => {
  const net = new nn.Sequential(new nn.Conv2d(3, 8, 3, { stride: 2, bias: false }), new nn.BatchNorm2d(8), new nn.ReLU({ inplace: true }));
  assert.equal(String(net), [
    'Sequential(',
    '  (0): Conv2d(3, 8, kernel_size=(3, 3), stride=(2, 2), bias=False)',
    '  (1): BatchNorm2d(8, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)',
    '  (2): ReLU(inplace=True)',
    ')',
  ].join('\n'));
  assert.equal(String(new nn.LayerNorm(4)), 'LayerNorm((4,), eps=1e-05, elementwise_affine=True)');
});

test('Module without forward fails clearly', () => {
  assert.throws(() => new nn.Module().forward(), /Module: forward\(\) is not implemented/);
});
