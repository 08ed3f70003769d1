// Memory: modules own exactly their parameters and buffers; training steps inside tidy leave the
// live-tensor count unchanged; layers with intermediates free them even outside tidy.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';

torch.setNumThreads(1);
const nn = torch.nn;

const live = (): number => torch.memory().tensors;

function makeNet(): torch.nn.Sequential {
  return new nn.Sequential(
    new nn.Conv2d(3, 8, 3, { padding: 1, bias: false }), new nn.BatchNorm2d(8), new nn.ReLU(),
    new nn.Conv2d(8, 8, 3, { padding: 'same', paddingMode: 'reflect' }), new nn.GroupNorm(2, 8), new nn.GELU(),
    new nn.MaxPool2d(2), new nn.DropPath(0.2), new nn.Dropout(0.1),
    new nn.Upsample({ scaleFactor: 2, mode: 'bilinear' }), new nn.AdaptiveAvgPool2d(1), new nn.Flatten(), new nn.Linear(8, 4));
}

test('a module built inside tidy holds exactly its parameters and buffers', () => {
  const before = live();
  const net = torch.tidy(() => makeNet());
  assert.equal(live() - before, net.parameters().length + net.buffers().length);
  net.dispose();
  assert.equal(live(), before);
});

test('forward + backward of a small net inside tidy leaves torch.memory().tensors unchanged', () => {
  const net = makeNet();
  const x = torch.randn([2, 3, 8, 8]);
  const step = (): void => torch.tidy(() => {
    const y = net.forward(x);
    y.square().mean().backward();
    for (const p of net.parameters()) {
      const g = p.grad; // a new handle on each read: tidy frees it
      assert.ok(g);
    }
  });
  step(); // first step creates .grad storage (not handles)
  const before = live();
  for (let i = 0; i < 3; i++) step();
  net.eval();
  step();
  assert.equal(live(), before);
  net.zeroGrad();
  torch.tidy(() => {
    net.stateDict();
  });
  torch.tidy(() => net.loadStateDict(net.stateDict()));
  net.to('float64').to('float32');
  assert.equal(live(), before);
  net.dispose();
  x.dispose();
});

test('layers free their intermediates even outside tidy (only outputs remain)', () => {
  const seq = makeNet();
  const mha = new nn.MultiheadAttention(8, 2);
  const x = torch.randn([2, 3, 8, 8]);
  const t = torch.randn([2, 5, 8]);
  const kpm = torch.zeros([2, 5], { dtype: 'bool' });
  const before = live();
  const y = seq.forward(x);
  assert.equal(live(), before + 1);
  const [o, w] = mha.forward(t, t, t, { keyPaddingMask: kpm });
  assert.equal(live(), before + 3);
  y.dispose();
  o.dispose();
  w!.dispose();
  const d = nn.dropPath(t, 0.5, true);
  assert.equal(live(), before + 1);
  d.dispose();
  const conv = new nn.Conv2d(3, 2, [2, 2], { padding: 'same' }); // uneven 'same': pads first
  const c = conv.forward(x);
  assert.equal(live(), before + 2 + 1);
  c.dispose();
  conv.dispose();
  assert.equal(live(), before);
  seq.dispose();
  mha.dispose();
});

test('parameters survive the tidy of a training step, and an optimizer-style update keeps them', () => {
  const lin = new nn.Linear(4, 2);
  const w = lin.weight;
  torch.tidy(() => {
    lin.forward(torch.ones([3, 4])).sum().backward();
    torch.noGrad(() => {
      for (const p of lin.parameters()) p.sub_(p.grad!, { alpha: 0.1 });
    });
  });
  assert.ok(!w.isDisposed && lin.weight === w);
  assert.ok(!lin.bias!.isDisposed);
});
