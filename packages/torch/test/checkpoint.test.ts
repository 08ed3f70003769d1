import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '../src';

torch.setNumThreads(1);
const { nn, optim } = torch;

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'must-ckpt-'));
}

/** A small conv net with BatchNorm and Dropout, so buffers and the RNG matter for resume. */
function makeRun(seed: number) {
  torch.manualSeed(seed);
  const model = new nn.Sequential(
    new nn.Conv2d(3, 8, 3, { padding: 1 }), new nn.BatchNorm2d(8), new nn.ReLU(),
    new nn.AdaptiveAvgPool2d(1), new nn.Flatten(), new nn.Dropout(0.3), new nn.Linear(8, 4),
  );
  const optimizer = new optim.SGD(optim.paramGroupsWeightDecay(model.namedParameters(), 1e-4),
    { lr: 0.1, momentum: 0.9, nesterov: true });
  const scheduler = new optim.LRScheduler(optimizer, optim.warmupCosineSchedule({ warmupSteps: 3, totalSteps: 20 }));
  const ema = new optim.ModelEma(model, { decay: 0.9, warmup: true });
  return { model, optimizer, scheduler, ema };
}

type Run = ReturnType<typeof makeRun>;

/** One training step; the batch comes from the global generator, so its state must resume. */
function trainStep(r: Run): void {
  torch.tidy(() => {
    const x = torch.randn([4, 3, 8, 8]);
    const y = torch.randint(0, 4, [4]);
    const loss = nn.functional.crossEntropy(r.model.forward(x), y);
    r.optimizer.zeroGrad();
    loss.backward();
    r.optimizer.step();
    r.scheduler.step();
    r.ema.update(r.model);
  });
}

function snapshot(r: Run): Map<string, number[]> {
  const out = new Map<string, number[]>();
  torch.tidy(() => {
    for (const [k, v] of r.model.stateDict()) out.set(`model.${k}`, Array.from(v.to('float64').dataSync() as Float64Array));
    const emaState = r.ema.stateDict() as { weights: Record<string, torch.Tensor> | Map<string, torch.Tensor> };
    const weights = emaState.weights instanceof Map ? [...emaState.weights] : Object.entries(emaState.weights);
    for (const [k, v] of weights) out.set(`ema.${k}`, Array.from(v.to('float64').dataSync() as Float64Array));
  });
  return out;
}

test('resume is exact: 20 steps equal 10 steps, save, fresh objects, load, 10 steps', () => {
  const straight = makeRun(0);
  for (let i = 0; i < 20; i++) trainStep(straight);

  const first = makeRun(0);
  for (let i = 0; i < 10; i++) trainStep(first);
  const dir = path.join(tmpdir(), 'ckpt');
  torch.saveCheckpoint(dir, { model: first.model, optimizer: first.optimizer, scheduler: first.scheduler, ema: first.ema },
    { step: 10, extra: { note: 'half way' } });
  torch.manualSeed(1234); // disturb the generator: the checkpoint must restore it

  const resumed = makeRun(99); // different initial weights
  const meta = torch.loadCheckpoint(dir, { model: resumed.model, optimizer: resumed.optimizer,
    scheduler: resumed.scheduler, ema: resumed.ema });
  assert.deepEqual(meta, { step: 10, extra: { note: 'half way' } });
  for (let i = 0; i < 10; i++) trainStep(resumed);

  const a = snapshot(straight);
  const b = snapshot(resumed);
  assert.deepEqual([...b.keys()], [...a.keys()]);
  for (const [k, v] of a) assert.deepEqual(b.get(k), v, `${k} differs after resume`);
  assert.equal(resumed.optimizer.paramGroups[0].lr, straight.optimizer.paramGroups[0].lr);
});

test('the model file is a plain state dict with PyTorch keys', () => {
  const r = makeRun(0);
  const dir = path.join(tmpdir(), 'c');
  torch.saveCheckpoint(dir, { model: r.model }, { step: 0 });
  const header = torch.io.readSafetensorsHeader(path.join(dir, 'model.safetensors'));
  assert.deepEqual(Object.keys(header.tensors).sort(), [...r.model.stateDict().keys()].sort());
  assert.ok(Object.keys(header.tensors).includes('1.running_mean'));
  assert.ok(fs.existsSync(path.join(dir, 'rng.safetensors')));
});

test('a truncated or incomplete checkpoint gives a clear error and changes nothing', () => {
  const r = makeRun(0);
  const dir = path.join(tmpdir(), 'c');
  torch.saveCheckpoint(dir, { model: r.model, optimizer: r.optimizer }, { step: 3 });
  const before = snapshot(r);
  const other = makeRun(5);
  // truncated model file
  const model = path.join(dir, 'model.safetensors');
  fs.truncateSync(model, fs.statSync(model).size - 10);
  assert.throws(() => torch.loadCheckpoint(dir, { model: other.model }), /model\.safetensors has \d+ bytes, \d+ expected/);
  // missing checkpoint.json
  fs.rmSync(path.join(dir, 'checkpoint.json'));
  assert.throws(() => torch.loadCheckpoint(dir, { model: other.model }), /checkpoint\.json is missing/);
  assert.throws(() => torch.loadCheckpoint(path.join(dir, 'nope'), { model: other.model }), /no such folder/);
  // a component the checkpoint lacks
  const dir2 = path.join(tmpdir(), 'c2');
  torch.saveCheckpoint(dir2, { model: r.model }, { step: 1 });
  assert.throws(() => torch.loadCheckpoint(dir2, { model: other.model, optimizer: other.optimizer }), /no state for optimizer/);
  assert.deepEqual(snapshot(r), before);
});

test('a failed save leaves the previous checkpoint intact and no temporary folders', () => {
  const r = makeRun(0);
  const root = tmpdir();
  const dir = path.join(root, 'c');
  torch.saveCheckpoint(dir, { model: r.model }, { step: 1 });
  const bad = { stateDict: () => ({ fn: () => 0 }), loadStateDict: () => undefined };
  assert.throws(() => torch.saveCheckpoint(dir, { model: r.model, bad }, { step: 2 }), /cannot store a value of type function/);
  assert.equal(torch.checkpoint.readCheckpointInfo(dir).step, 1);
  assert.deepEqual(fs.readdirSync(root), ['c']);
  assert.throws(() => torch.saveCheckpoint(dir, { 'bad name': r.model }, { step: 2 }), /component name/);
});

test('a crash between the two renames is recovered on load', () => {
  const r = makeRun(0);
  const root = tmpdir();
  const dir = path.join(root, 'c');
  torch.saveCheckpoint(dir, { model: r.model }, { step: 7 });
  fs.renameSync(dir, `${dir}.old-123-abcd`); // as if the process died after moving the old one aside
  const other = makeRun(3);
  assert.equal(torch.loadCheckpoint(dir, { model: other.model }).step, 7);
  assert.ok(fs.existsSync(path.join(dir, 'checkpoint.json')));
});

test('saving and loading do not leak tensors', () => {
  const r = makeRun(0);
  const dir = path.join(tmpdir(), 'c');
  trainStep(r);
  torch.saveCheckpoint(dir, { model: r.model, optimizer: r.optimizer, ema: r.ema }, { step: 1 });
  const before = torch.memory().tensors;
  for (let i = 0; i < 3; i++) {
    torch.saveCheckpoint(dir, { model: r.model, optimizer: r.optimizer, ema: r.ema }, { step: 1 });
    torch.loadCheckpoint(dir, { model: r.model, optimizer: r.optimizer, ema: r.ema });
  }
  assert.equal(torch.memory().tensors, before);
});
