import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';

torch.setNumThreads(1);

test('autocast on CPU runs matmul and conv2d in bfloat16 and restores the state', () => {
  const a = torch.randn([4, 8]);
  const b = torch.randn([8, 3]);
  const x = torch.randn([1, 3, 8, 8]);
  const w = torch.randn([2, 3, 3, 3]);
  const before = torch.amp.autocastState('cpu');
  const [mm, conv, add] = torch.autocast('cpu', () => [a.matmul(b), torch.conv2d(x, w), a.add(a)]);
  assert.equal(mm.dtype, 'bfloat16');
  assert.equal(conv.dtype, 'bfloat16');
  assert.equal(add.dtype, 'float32', 'add is not on the autocast lower-precision list');
  assert.deepEqual(torch.amp.autocastState('cpu'), before);
  assert.equal(a.matmul(b).dtype, 'float32');
  // bfloat16 result close to the float32 one (8 bits of mantissa)
  const ref = a.matmul(b).dataSync() as Float32Array;
  const got = mm.dataSync() as Float32Array;
  for (let i = 0; i < ref.length; i++) assert.ok(Math.abs(ref[i] - got[i]) <= 0.05 * Math.max(1, Math.abs(ref[i])));
});

test('autocast nests, can be disabled inside, and restores after an exception', () => {
  const a = torch.randn([2, 2]);
  torch.autocast('cpu', () => {
    torch.autocast('cpu', { enabled: false }, () => assert.equal(a.matmul(a).dtype, 'float32'));
    assert.equal(a.matmul(a).dtype, 'bfloat16');
  });
  assert.throws(() => torch.autocast('cpu', () => { throw new Error('boom'); }), /boom/);
  assert.equal(torch.amp.autocastState('cpu').enabled, false);
  assert.equal(a.matmul(a).dtype, 'float32');
});

test('autocast rejects bad settings with clear errors', () => {
  assert.throws(() => torch.autocast('cpu', 'float16', () => 0), /only bfloat16/);
  assert.throws(() => torch.autocast('cuda', () => 0), /CUDA is not available/);
  assert.throws(() => torch.autocast('tpu' as 'cpu', () => 0), /'cpu' or 'cuda'/);
  assert.throws(() => torch.autocast('cpu', (async () => 0) as () => Promise<number>), /async/);
});

function fakeOptimizer(params: torch.Tensor[]) {
  let steps = 0;
  return {
    paramGroups: [{ params }],
    step() {
      steps++;
      torch.noGrad(() => params.forEach((p) => torch.tidy(() => p.sub_(p.grad!.mul(0.1)))));
    },
    get steps() { return steps; },
  };
}

test('GradScaler scales the loss, unscales gradients and steps', () => {
  const p = torch.tensor([1, 2, 3], { requiresGrad: true });
  const opt = fakeOptimizer([p]);
  const scaler = new torch.amp.GradScaler({ initScale: 1024, growthInterval: 2 });
  const loss = p.mul(p).sum();            // d/dp = 2p
  const scaled = scaler.scale(loss);
  assert.equal(scaled.item(), 14 * 1024);
  scaled.backward();
  assert.deepEqual(Array.from(p.grad!.dataSync() as Float32Array), [2048, 4096, 6144]);
  assert.equal(scaler.step(opt), true);
  assert.deepEqual(Array.from(p.grad!.dataSync() as Float32Array), [2, 4, 6]);
  assert.deepEqual(Array.from(p.dataSync() as Float32Array).map((v) => Math.round(v * 1e6) / 1e6), [0.8, 1.6, 2.4]);
  scaler.update();
  assert.equal(scaler.getScale(), 1024);
  // second good step reaches growthInterval = 2: the scale doubles
  p.grad = null;
  scaler.scale(p.sum()).backward();
  scaler.step(opt);
  scaler.update();
  assert.equal(scaler.getScale(), 2048);
  assert.equal(opt.steps, 2);
});

test('GradScaler skips the step on inf/NaN gradients and backs off', () => {
  const p = torch.tensor([1, 2], { requiresGrad: true });
  const opt = fakeOptimizer([p]);
  const scaler = new torch.amp.GradScaler({ initScale: 8 });
  p.mul(torch.tensor([Infinity, 1])).sum().backward();
  assert.equal(scaler.step(opt), false);
  assert.equal(opt.steps, 0);
  assert.deepEqual(Array.from(p.dataSync() as Float32Array), [1, 2], 'parameters untouched');
  scaler.update();
  assert.equal(scaler.getScale(), 4);
  assert.throws(() => scaler.update(), /no step\(\) or unscale_\(\)/);
  assert.throws(() => new torch.amp.GradScaler({ backoffFactor: 2 }), /backoffFactor/);
  const s = scaler.stateDict();
  const again = new torch.amp.GradScaler();
  again.loadStateDict(s);
  assert.equal(again.getScale(), 4);
});

test('GradScaler disabled is a pass-through', () => {
  const p = torch.tensor([1], { requiresGrad: true });
  const opt = fakeOptimizer([p]);
  const scaler = new torch.amp.GradScaler({ enabled: false });
  const loss = p.sum();
  assert.equal(scaler.scale(loss), loss);
  loss.backward();
  assert.equal(scaler.step(opt), true);
  assert.equal(scaler.getScale(), 1);
});
