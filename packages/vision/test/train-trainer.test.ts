// The generic Trainer on a toy problem (3 Gaussian clusters, a small MLP with BatchNorm and
// dropout): loss falls, metrics.jsonl, LR schedule, clipping, EMA, resume, epochs, amp, bad input.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { Trainer, TrainError, type TrainerOptions, type BatchSource, buildSchedule, readMetrics, stageFreePrefixes } from '../src/train';
import { DEFAULT_CONFIG, type ScheduleConfig } from '../src/config';
import { mulberry32 } from './numeric-helpers';

torch.setNumThreads(1);
const { nn } = torch;

class Toy extends nn.Module {
  fc1 = new nn.Linear(4, 16);
  bn = new nn.BatchNorm1d(16);
  drop = new nn.Dropout(0.1);
  fc2 = new nn.Linear(16, 3);
  override forward(x: Tensor): Tensor {
    return torch.tidy(() => this.fc2.forward(this.drop.forward(this.bn.forward(this.fc1.forward(x)).relu())));
  }
}

interface ToyBatch { x: Tensor; y: Tensor }

const CENTERS = [[2, 0, 0, 1], [0, 2, 1, 0], [-1, -1, 2, -2]];

/** Batch i of epoch e: a pure function of (e, i). */
function toyBatch(e: number, i: number, n = 16): ToyBatch {
  const r = mulberry32(e * 1000 + i + 1);
  const xs: number[] = [], ys: bigint[] = [];
  for (let k = 0; k < n; k++) {
    const c = Math.floor(r() * 3);
    ys.push(BigInt(c));
    for (const m of CENTERS[c]) xs.push(m + (r() - 0.5) * 1.5);
  }
  return { x: torch.tensor(xs, { shape: [n, 4] }), y: torch.tensor(ys, { shape: [n] }) };
}

class ToySource implements BatchSource<ToyBatch> {
  built = 0;
  constructor(readonly length = 4) {}
  async *batches(epoch: number, skip: number): AsyncIterable<ToyBatch> {
    for (let i = skip; i < this.length; i++) {
      this.built++;
      yield toyBatch(epoch, i);
    }
  }
  dispose(b: ToyBatch): void {
    b.x.dispose();
    b.y.dispose();
  }
}

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'must-trainer-'));
}

function toyModel(seed = 0): Toy {
  torch.manualSeed(seed);
  return new Toy();
}

const SCHEDULE: ScheduleConfig = { ...DEFAULT_CONFIG.schedule, name: 'cosine', warmupSteps: 5, warmupStartFactor: 0.1 };

function accuracy(model: Toy): number {
  return torch.noGrad(() => torch.tidy(() => {
    const b = toyBatch(999, 0, 96);
    return Number(model.forward(b.x).argmax({ dim: 1 }).eq(b.y).to('float32').mean().item());
  }));
}

function options(runDir: string, over: Partial<TrainerOptions<Toy, ToyBatch>> = {}): TrainerOptions<Toy, ToyBatch> {
  return {
    model: over.model ?? toyModel(),
    runDir,
    loss: (m, b) => ({ ce: torch.nn.functional.crossEntropy(m.forward(b.x), b.y) }),
    data: () => new ToySource(),
    optim: { ...DEFAULT_CONFIG.optim, lr: 0.2, weightDecay: 1e-4 },
    schedule: SCHEDULE,
    train: { steps: 30, logEvery: 1, evalEvery: 10, checkpointEvery: 0, clipGradNorm: 1.0, progress: false },
    seed: 1,
    evaluate: (m) => ({ acc: accuracy(m) }),
    ...over,
  };
}

function params(m: torch.nn.Module): Record<string, number[]> {
  return torch.tidy(() => Object.fromEntries([...m.stateDict()].map(([k, t]) => [k, Array.from(t.to('float64').dataSync() as Float64Array)])));
}

test('Trainer: the loss falls, metrics.jsonl is well formed, the LR schedule and clipping are applied', async () => {
  const dir = tmp();
  try {
    const model = toyModel();
    const before = accuracy(model);
    const trainer = new Trainer(options(dir, { model }));
    const r = await trainer.run();
    assert.equal(r.step, 30);
    assert.equal(r.totalSteps, 30);
    assert.equal(r.resumedFrom, null);

    const text = fs.readFileSync(path.join(dir, 'metrics.jsonl'), 'utf8');
    const lines = text.trimEnd().split('\n');
    const recs = lines.map((l) => JSON.parse(l) as Record<string, any>);
    assert.equal(recs[0].type, 'start');
    assert.equal(recs[0].totalSteps, 30);
    assert.equal(recs.at(-1)!.type, 'end');
    for (const rec of recs) {
      assert.equal(typeof rec.type, 'string');
      assert.ok(Number.isInteger(rec.step));
      assert.equal(typeof rec.time, 'number');
    }
    const trainRecs = recs.filter((x) => x.type === 'train');
    assert.deepEqual(trainRecs.map((x) => x.step), Array.from({ length: 30 }, (_, i) => i + 1));
    const times = recs.map((x) => x.time);
    assert.ok(times.every((t, i) => i === 0 || t >= times[i - 1]), 'time never goes back');
    for (const x of trainRecs) {
      assert.equal(typeof x.loss, 'number');
      assert.equal(x.losses.ce, x.loss);
      assert.equal(typeof x.gradNorm, 'number');
      assert.equal(x.epoch, Math.floor((x.step - 1) / 4));
    }
    // lr of step s (1-based) is the schedule at s - 1
    const sched = buildSchedule(SCHEDULE, 30);
    for (const x of trainRecs) assert.ok(Math.abs(x.lr - sched.lr(x.step - 1, 0.2)) < 1e-12, `lr at step ${x.step}`);
    assert.ok(Math.abs(trainRecs[0].lr - 0.02) < 1e-12, 'warmup starts at 0.1 x lr');
    assert.ok(trainRecs[5].lr === 0.2 && trainRecs[29].lr < 0.01, 'warmup then cosine decay');
    // clipping to 1: the first steps of a fresh model have larger gradients
    assert.ok(trainRecs.some((x) => x.gradNorm > 1));
    const evals = recs.filter((x) => x.type === 'eval');
    assert.deepEqual(evals.map((x) => x.step), [10, 20, 30]);
    assert.equal(typeof evals[0].eval.acc, 'number');
    assert.deepEqual(recs.at(-1)!.metrics, r.metrics);

    const first = trainRecs.slice(0, 3).reduce((s, x) => s + x.loss, 0) / 3;
    const last = trainRecs.slice(-3).reduce((s, x) => s + x.loss, 0) / 3;
    assert.ok(last < 0.5 * first, `loss falls: ${first} -> ${last}`);
    assert.ok(r.metrics.acc > 0.9 && r.metrics.acc > before, `accuracy ${before} -> ${r.metrics.acc}`);

    const fin = JSON.parse(fs.readFileSync(path.join(dir, 'final.json'), 'utf8'));
    assert.equal(fin.step, 30);
    assert.equal(fin.weights, 'model');
    assert.ok(!fs.existsSync(path.join(dir, 'train.lock')), 'the lock is released');
    // model.safetensors is the model's state dict
    const saved = torch.io.loadSafetensors(path.join(dir, 'model.safetensors'));
    const p = params(model);
    for (const [k, t] of Object.entries(saved)) assert.deepEqual(Array.from(t.to('float64').dataSync() as Float64Array), p[k], k);
    trainer.dispose();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('Trainer: EMA weights are evaluated and exported when configured', async () => {
  const dir = tmp();
  try {
    const model = toyModel();
    const seen: { weights: string; w: number[]; ema: number[] }[] = [];
    let trainer: Trainer<Toy, ToyBatch> | null = null;
    trainer = new Trainer(options(dir, {
      model,
      train: { steps: 8, logEvery: 4, evalEvery: 4, progress: false, ema: { enabled: true, decay: 0.7, warmup: false, evaluate: 'both' } },
      evaluate: (m, ctx) => {
        seen.push({
          weights: ctx.weights,
          w: Array.from(m.fc1.weight.dataSync() as Float32Array),
          ema: Array.from(trainer!.ema!.tensors.get('fc1.weight')!.dataSync() as Float32Array),
        });
        return { acc: accuracy(m) };
      },
    }));
    const r = await trainer.run();
    assert.deepEqual(seen.map((s) => s.weights), ['model', 'ema', 'model', 'ema']);
    for (const s of seen) {
      if (s.weights === 'ema') assert.deepEqual(s.w, s.ema, 'the model holds the EMA weights during the EMA evaluation');
      else assert.notDeepEqual(s.w, s.ema);
    }
    assert.ok('acc' in r.metrics && 'ema/acc' in r.metrics);
    assert.equal(r.weights, 'ema');
    assert.equal(trainer.ema!.updates, 8);
    // after evaluation the model has its own weights back; model.safetensors holds the EMA's
    const own = Array.from(model.fc1.weight.dataSync() as Float32Array);
    assert.deepEqual(own, seen[2].w);
    const saved = torch.io.loadSafetensors(path.join(dir, 'model.safetensors'));
    assert.deepEqual(Array.from(saved['fc1.weight'].dataSync() as Float32Array), seen[3].ema);
    assert.ok('bn.running_mean' in saved, 'BatchNorm statistics are averaged too');
    assert.ok(fs.existsSync(path.join(dir, 'checkpoints/last/ema.safetensors')));
    trainer.dispose();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('Trainer: an interrupted run resumes from its checkpoint (mid-epoch) and ends as an uninterrupted one', async () => {
  const a = tmp(), b = tmp();
  try {
    const train = { steps: 10, logEvery: 1, evalEvery: 3, checkpointEvery: 3, clipGradNorm: 2, progress: false, ema: { enabled: true, decay: 0.9 } };
    const straight = new Trainer(options(a, { train }));
    await straight.run();
    const want = params(straight.model);

    // crash in step 8 (the checkpoint is at 6, in epoch 1, after 2 of its 4 batches)
    const crash = new Trainer(options(b, {
      train,
      hooks: { onStep: (info) => { if (info.step === 8) throw new Error('crash'); } },
    }));
    await assert.rejects(crash.run(), /crash/);
    assert.ok(!fs.existsSync(path.join(b, 'train.lock')));
    const source = new ToySource();
    const again = new Trainer(options(b, { train, data: () => source }));
    const r = await again.run();
    assert.equal(r.resumedFrom, 6);
    assert.equal(r.step, 10);
    assert.equal(source.built, 2 + 2, 'the source was asked for epoch 1 from its third batch, then epoch 2');
    assert.deepEqual(params(again.model), want);
    assert.deepEqual(again.lastMetrics, straight.lastMetrics);
    const steps = readMetrics(path.join(b, 'metrics.jsonl')).filter((x) => x.type === 'train').map((x) => x.step);
    assert.deepEqual(steps, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'lines after the checkpoint were dropped before going on');
    // killed after the last checkpoint but before final.json: the next run only writes the outputs
    const c = tmp();
    try {
      const late = new Trainer(options(c, { train, hooks: { onCheckpoint: (step) => { if (step === 10) throw new Error('late crash'); } } }));
      await assert.rejects(late.run(), /late crash/);
      assert.ok(!fs.existsSync(path.join(c, 'final.json')));
      const fin = new Trainer(options(c, { train }));
      const rfin = await fin.run();
      assert.equal(rfin.resumedFrom, 10);
      assert.equal(rfin.alreadyComplete, false);
      assert.deepEqual(params(fin.model), want);
      assert.deepEqual(rfin.metrics, straight.lastMetrics);
      assert.ok(fs.existsSync(path.join(c, 'final.json')));
      const recs = readMetrics(path.join(c, 'metrics.jsonl'));
      assert.equal(recs.filter((x) => x.type === 'end').length, 1);
      assert.equal(recs.filter((x) => x.type === 'checkpoint' && x.step === 10).length, 1);
      for (const t of [late, fin]) t.dispose();
    } finally {
      fs.rmSync(c, { recursive: true, force: true });
    }
    // resume: false starts afresh
    const fresh = new Trainer(options(b, { train: { ...train, steps: 2 }, schedule: { ...SCHEDULE, warmupSteps: 0 }, resume: false }));
    const rf = await fresh.run();
    assert.equal(rf.resumedFrom, null);
    assert.equal(readMetrics(path.join(b, 'metrics.jsonl'))[0].type, 'start');
    for (const t of [straight, crash, again, fresh]) t.dispose();
  } finally {
    fs.rmSync(a, { recursive: true, force: true });
    fs.rmSync(b, { recursive: true, force: true });
  }
});

test('Trainer: epochs set the number of steps; amp runs the loss under bfloat16 autocast on CPU', async () => {
  const dir = tmp();
  try {
    const model = toyModel();
    const live = torch.memory().tensors;
    const t = new Trainer(options(dir, { model, train: { epochs: 2, logEvery: 4, progress: false }, evaluate: undefined }));
    const r = await t.run();
    assert.equal(r.totalSteps, 8);
    assert.equal(r.epoch, 1);
    assert.deepEqual(r.metrics, {});
    t.dispose();
    assert.equal(torch.memory().tensors, live, 'no tensor leaks from training');

    let autocastOn = false;
    const amp = new Trainer(options(dir, {
      resume: false,
      schedule: { ...SCHEDULE, warmupSteps: 1 },
      train: { steps: 4, logEvery: 2, amp: true, progress: false },
      loss: (m, b) => {
        autocastOn = torch.amp.autocastState('cpu').enabled;
        return { ce: torch.nn.functional.crossEntropy(m.forward(b.x), b.y) };
      },
    }));
    const ra = await amp.run();
    assert.ok(autocastOn);
    assert.ok(Number.isFinite(ra.loss!));
    assert.equal(readMetrics(path.join(dir, 'metrics.jsonl'))[0].amp, 'bfloat16');
    amp.dispose();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('Trainer: bad input gives clear errors and damages nothing', async () => {
  const dir = tmp();
  try {
    // a run folder that cannot be created (a file is in the way)
    const file = path.join(dir, 'notes.txt');
    fs.writeFileSync(file, 'keep me');
    await assert.rejects(new Trainer(options(path.join(file, 'run'))).run(),
      (e: Error) => e instanceof TrainError && /^cannot create the run folder .*notes\.txt\/run: a file is in the way$/.test(e.message));
    await assert.rejects(new Trainer(options(file)).run(), TrainError);
    assert.equal(fs.readFileSync(file, 'utf8'), 'keep me');
    if (process.getuid?.() !== 0) {
      const ro = path.join(dir, 'readonly');
      fs.mkdirSync(ro);
      fs.writeFileSync(path.join(ro, 'old.txt'), 'old');
      fs.chmodSync(ro, 0o555);
      await assert.rejects(new Trainer(options(ro)).run(), /cannot write to the run folder .*: permission denied/);
      fs.chmodSync(ro, 0o755);
      assert.deepEqual(fs.readdirSync(ro), ['old.txt']);
    }
    // a folder in use by a live process
    const busy = path.join(dir, 'busy');
    fs.mkdirSync(busy);
    fs.writeFileSync(path.join(busy, 'train.lock'), `${process.ppid}\n`);
    await assert.rejects(new Trainer(options(busy)).run(), /is in use by process/);
    // a non-finite loss stops the run, naming the step and the losses
    const nan = path.join(dir, 'nan');
    await assert.rejects(new Trainer(options(nan, { loss: (m, b) => ({ ce: m.forward(b.x).sum().mul(NaN) }) })).run(),
      /non-finite loss NaN at step 1 \(ce NaN\)/);
    assert.ok(!fs.existsSync(path.join(nan, 'train.lock')));
    await assert.rejects(new Trainer(options(nan, { loss: () => ({}) })).run(), /no loss with a non-zero weight/);
    await assert.rejects(new Trainer(options(nan, { train: { progress: false } })).run(), /train.steps or train.epochs/);
    assert.throws(() => new Trainer(options(nan, { train: { steps: 3, logEvery: -1 } })), /logEvery/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('stageFreePrefixes: what a stage does not depend on is free on resume', () => {
  assert.deepEqual(stageFreePrefixes('teacher:depth'), ['pseudo.', 'student.', 'baseline.', 'transfer.']);
  assert.ok(!stageFreePrefixes('student').includes('pseudo.'), 'the student depends on the pseudo labels');
  assert.ok(stageFreePrefixes('baseline').includes('pseudo.') && !stageFreePrefixes('baseline').includes('teachers.tasks'));
  assert.deepEqual(stageFreePrefixes('transfer'), []);
});
