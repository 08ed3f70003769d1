// The training loop every MuST model uses (teachers, student, baseline, transfer): generic over
// the model, the batch type and the loss.
//
//   const trainer = new Trainer({
//     model, runDir: 'runs/x',
//     loss: (model, batch) => ({ classification: ce(model.forward(batch.images), batch.labels) }),
//     lossWeights: { classification: 1 },
//     data: () => loaderSource(new DataLoader(ds, { batchSize: 32, shuffle: true, seed })),
//     optim: config.optim, schedule: config.schedule, train: config.train, seed,
//     evaluate: async (model, ctx) => ({ 'classification/top1': ... }),
//   });
//   const result = await trainer.run();      // resumes from runDir/checkpoints/last when present
//
// One step: loss(model, batch) -> named losses (inside tidy, and autocast when amp) -> weighted
// sum -> backward (scaled by the GradScaler for float16) -> optional gradient clipping ->
// optimizer step -> LR schedule step -> EMA update.
//
// Run folder:
//   metrics.jsonl          one JSON object per line (see metrics-log.ts)
//   checkpoints/last/      model, optimizer, scheduler, EMA, scaler, RNG, data position (atomic)
//   model.safetensors      the final weights (the EMA's when EMA is on and evaluated)
//   final.json             written last: step, metrics, which weights model.safetensors holds
//
// Exact resume: a checkpoint is taken after a step; it holds every state that step changed and
// the data position (epoch, batches consumed). Loading it and going on gives, on CPU, the same
// bits as never stopping: the data source replays the same batches (see data.ts), the RNG states
// are restored, and evaluation (which may draw random numbers) runs with the RNG state saved and
// restored around it, so it never changes the training stream.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '@must/torch';
import type { nn, Tensor } from '@must/torch';
import * as cliProgress from 'cli-progress';
import type { EmaConfig, OptimConfig, ScheduleConfig } from '../config/schema';
import { writeFileAtomic } from '../config/load';
import type { BatchSource } from './data';
import { MetricsLog, type MetricsRecord } from './metrics-log';
import { buildOptimizer, buildSchedule } from './optim';

/** An error of the training run (bad run folder, non-finite loss, ...): one-line message. */
export class TrainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrainError';
  }
}

/** The loop settings (config.train has this shape). */
export interface TrainLoopOptions {
  /** Optimizer steps; or give epochs. */
  steps?: number | null;
  /** Epochs over the source (steps = epochs x source.length). */
  epochs?: number | null;
  /** Steps between evaluations (0: only at the end). */
  evalEvery?: number;
  /** Steps between checkpoints (0: only at the end). */
  checkpointEvery?: number;
  /** Steps between metrics.jsonl lines (losses are averaged over them). Default 10. */
  logEvery?: number;
  /** Mixed precision: bfloat16 autocast on CPU; float16 autocast + GradScaler on CUDA. */
  amp?: boolean;
  ema?: Partial<EmaConfig>;
  /** Max gradient norm (0: no clipping). */
  clipGradNorm?: number;
  /** Progress bar on stderr, when stderr is a terminal (default true). */
  progress?: boolean;
}

export interface StepContext {
  /** Index of this step (0 for the first). */
  step: number;
  epoch: number;
  totalSteps: number;
}

export interface EvalContext {
  step: number;
  epoch: number;
  /** Which weights the model holds during this call. */
  weights: 'model' | 'ema';
}

export interface StepInfo {
  /** Steps done, this one included. */
  step: number;
  epoch: number;
  /** Learning rate of the first group during this step. */
  lr: number;
  loss: number;
  losses: Record<string, number>;
  /** Total gradient norm before clipping (when clipping). */
  gradNorm: number | null;
  /** false when the GradScaler skipped the update (inf/NaN gradients in float16). */
  updated: boolean;
}

export interface TrainerHooks {
  /** After each step, once its metrics line, evaluation and checkpoint (when due) are written. */
  onStep?(info: StepInfo): void | Promise<void>;
  onLog?(record: MetricsRecord): void | Promise<void>;
  onEval?(step: number, metrics: Record<string, number>): void | Promise<void>;
  onCheckpoint?(step: number, dir: string): void | Promise<void>;
}

export interface TrainerOptions<M extends nn.Module, B> {
  model: M;
  /** Run folder (created). */
  runDir: string;
  /**
   * Named losses of one batch (unweighted scalars). Synchronous: it runs inside torch.tidy and,
   * with amp, inside autocast.
   */
  loss: (model: M, batch: B, ctx: StepContext) => Record<string, Tensor>;
  /** Weight of each named loss (default 1; 0 logs it without optimizing it). */
  lossWeights?: Record<string, number>;
  /** The training batches, or a function making them (called once by run()). */
  data: BatchSource<B> | (() => BatchSource<B> | Promise<BatchSource<B>>);
  /** Optimizer config, or a function building the optimizer for the model. */
  optim: OptimConfig | ((model: M) => torch.optim.Optimizer);
  /** Schedule config (with its warmup), or a function of the number of steps. */
  schedule: ScheduleConfig | ((totalSteps: number) => torch.optim.Schedule);
  train: TrainLoopOptions;
  /** torch.manualSeed(seed) before the first step of a fresh run (resumed runs restore the RNG). */
  seed?: number;
  /** Periodic evaluation: a record of metrics (called in eval mode; use noGrad inside). */
  evaluate?: (model: M, ctx: EvalContext) => Record<string, number> | Promise<Record<string, number>>;
  hooks?: TrainerHooks;
  /** More states to checkpoint (each with stateDict/loadStateDict), e.g. a loss normalizer. */
  extraState?: Record<string, torch.checkpoint.Stateful>;
  /** Go on from runDir/checkpoints/last when it exists (default true). false starts afresh. */
  resume?: boolean;
  /** Fields added to the 'start' record of metrics.jsonl. */
  info?: Record<string, unknown>;
}

export interface TrainResult {
  /** Steps done in all (the run's length). */
  step: number;
  totalSteps: number;
  epoch: number;
  /** The step the run resumed from, or null for a fresh run. */
  resumedFrom: number | null;
  /** true when the run was already complete (nothing was trained). */
  alreadyComplete: boolean;
  /** Mean losses over the last logging window. */
  loss: number | null;
  losses: Record<string, number>;
  /** The final evaluation (empty without an evaluate hook). */
  metrics: Record<string, number>;
  /** Seconds of training, all sessions together. */
  time: number;
  runDir: string;
  /** model.safetensors: the final weights (EMA's when `weights` is 'ema'). */
  modelFile: string;
  weights: 'model' | 'ema';
  checkpointDir: string;
}

interface CheckpointExtra {
  epoch: number;
  consumed: number;
  totalSteps: number;
  time: number;
  metrics: Record<string, number> | null;
  window: { loss: number | null; losses: Record<string, number> };
  [k: string]: unknown;
}

const LOCK = 'train.lock';

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates the run folder and checks it is writable, before anything is written. */
export function prepareRunDir(dir: string): string {
  const abs = path.resolve(dir);
  try {
    fs.mkdirSync(abs, { recursive: true });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied'
      : err.code === 'EEXIST' || err.code === 'ENOTDIR' ? 'a file is in the way'
        : err.code === 'EROFS' ? 'read-only file system' : err.message;
    throw new TrainError(`cannot create the run folder ${dir}: ${why}`);
  }
  if (!fs.statSync(abs).isDirectory()) throw new TrainError(`the run folder ${dir} is a file`);
  try {
    fs.accessSync(abs, fs.constants.W_OK | fs.constants.X_OK);
  } catch {
    throw new TrainError(`cannot write to the run folder ${dir}: permission denied`);
  }
  return abs;
}

function fmtLoss(v: number | null): string {
  if (v === null) return '-';
  if (!Number.isFinite(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(1) : v.toPrecision(4);
}

export class Trainer<M extends nn.Module, B> {
  readonly model: M;
  readonly optimizer: torch.optim.Optimizer;
  readonly runDir: string;
  readonly checkpointDir: string;
  readonly metricsFile: string;
  scheduler: torch.optim.LRScheduler | null = null;
  ema: torch.optim.ModelEma | null = null;
  scaler: torch.amp.GradScaler | null = null;
  /** Steps done. */
  step = 0;
  epoch = 0;
  /** Batches of `epoch` consumed. */
  consumed = 0;
  totalSteps = 0;
  lastMetrics: Record<string, number> | null = null;

  private readonly opts: TrainerOptions<M, B>;
  private readonly loop: Required<Omit<TrainLoopOptions, 'steps' | 'epochs' | 'ema'>> & { ema: EmaConfig };
  private readonly log: MetricsLog;
  private readonly ampDevice: 'cpu' | 'cuda';
  private timeBefore = 0;
  private sessionStart = 0;
  private window = { n: 0, loss: 0, losses: {} as Record<string, number>, gradNorm: 0, gradN: 0, t0: 0 };
  private lastWindow: { loss: number | null; losses: Record<string, number> } = { loss: null, losses: {} };

  constructor(opts: TrainerOptions<M, B>) {
    this.opts = opts;
    this.model = opts.model;
    const t = opts.train ?? {};
    const ema: EmaConfig = { enabled: false, decay: 0.9999, warmup: true, evaluate: 'ema', ...(t.ema ?? {}) };
    this.loop = {
      evalEvery: t.evalEvery ?? 0, checkpointEvery: t.checkpointEvery ?? 0, logEvery: t.logEvery ?? 10,
      amp: t.amp ?? false, clipGradNorm: t.clipGradNorm ?? 0, progress: t.progress ?? true, ema,
    };
    for (const k of ['evalEvery', 'checkpointEvery', 'logEvery', 'clipGradNorm'] as const) {
      const v = this.loop[k];
      const min = k === 'logEvery' ? 1 : 0;
      if (typeof v !== 'number' || !(v >= min) || (k !== 'clipGradNorm' && !Number.isInteger(v))) {
        throw new RangeError(`Trainer: train.${k} must be ${k === 'clipGradNorm' ? 'a number' : 'an integer'} >= ${min}, got ${String(v)}`);
      }
    }
    this.runDir = path.resolve(opts.runDir);
    this.checkpointDir = path.join(this.runDir, 'checkpoints', 'last');
    this.metricsFile = path.join(this.runDir, 'metrics.jsonl');
    this.log = new MetricsLog(this.metricsFile);
    const first = this.model.parameters()[0];
    if (!first) throw new RangeError('Trainer: the model has no parameters');
    this.ampDevice = first.device.startsWith('cuda') ? 'cuda' : 'cpu';
    this.optimizer = typeof opts.optim === 'function' ? opts.optim(this.model) : buildOptimizer(opts.optim, this.model);
  }

  /** Seconds of training so far (every session). */
  get time(): number {
    return this.timeBefore + (this.sessionStart ? (Date.now() - this.sessionStart) / 1000 : 0);
  }

  /** The components a checkpoint holds. */
  components(): Record<string, torch.checkpoint.Stateful> {
    const c: Record<string, torch.checkpoint.Stateful> = { model: this.model, optimizer: this.optimizer };
    if (this.scheduler) c.scheduler = this.scheduler;
    if (this.ema) c.ema = this.ema;
    if (this.scaler?.enabled) c.scaler = this.scaler;
    for (const [k, v] of Object.entries(this.opts.extraState ?? {})) {
      if (k in c) throw new RangeError(`Trainer: extraState '${k}' clashes with a built-in checkpoint component`);
      c[k] = v;
    }
    return c;
  }

  private hasCheckpoint(): boolean {
    if (fs.existsSync(path.join(this.checkpointDir, 'checkpoint.json'))) return true;
    const parent = path.dirname(this.checkpointDir);
    return fs.existsSync(parent) && fs.readdirSync(parent).some((f) => f.startsWith('last.old-'));
  }

  private lock(): void {
    const file = path.join(this.runDir, LOCK);
    if (fs.existsSync(file)) {
      const pid = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && pidAlive(pid)) {
        throw new TrainError(`the run folder ${this.runDir} is in use by process ${pid} (remove ${LOCK} if that is wrong)`);
      }
    }
    writeFileAtomic(file, `${process.pid}\n`);
  }

  private unlock(): void {
    const file = path.join(this.runDir, LOCK);
    try {
      if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.rmSync(file, { force: true });
    } catch {
      // already gone
    }
  }

  /** Trains to the end (or returns at once when the run folder holds a finished run). */
  async run(): Promise<TrainResult> {
    prepareRunDir(this.runDir);
    this.lock();
    let source: BatchSource<B> | null = null;
    let bar: cliProgress.SingleBar | null = null;
    try {
      source = typeof this.opts.data === 'function' ? await this.opts.data() : this.opts.data;
      const t = this.opts.train ?? {};
      const steps = t.steps ?? null, epochs = t.epochs ?? null;
      if ((steps === null) === (epochs === null)) throw new RangeError('Trainer: give train.steps or train.epochs (one of them)');
      this.totalSteps = steps ?? epochs! * source.length;
      if (!Number.isInteger(this.totalSteps) || this.totalSteps < 1) {
        throw new RangeError(`Trainer: the run has ${this.totalSteps} steps (steps ${steps}, epochs ${epochs}, ${source.length} batches per epoch)`);
      }
      const schedule = typeof this.opts.schedule === 'function' ? this.opts.schedule(this.totalSteps) : buildSchedule(this.opts.schedule, this.totalSteps);
      this.scheduler = new torch.optim.LRScheduler(this.optimizer, schedule);
      this.ema?.dispose();
      this.ema = this.loop.ema.enabled ? new torch.optim.ModelEma(this.model, { decay: this.loop.ema.decay, warmup: this.loop.ema.warmup }) : null;
      this.scaler = new torch.amp.GradScaler({ enabled: this.loop.amp && this.ampDevice === 'cuda' });

      // leftovers of a checkpoint write interrupted by a kill
      const ckParent = path.dirname(this.checkpointDir);
      if (fs.existsSync(ckParent)) {
        for (const f of fs.readdirSync(ckParent)) if (f.startsWith('last.tmp-')) fs.rmSync(path.join(ckParent, f), { recursive: true, force: true });
      }

      let resumedFrom: number | null = null;
      if ((this.opts.resume ?? true) && this.hasCheckpoint()) {
        const meta = torch.loadCheckpoint(this.checkpointDir, this.components());
        const extra = meta.extra as unknown as CheckpointExtra;
        this.step = meta.step;
        this.epoch = extra.epoch;
        this.consumed = extra.consumed;
        this.timeBefore = extra.time;
        this.lastMetrics = extra.metrics;
        this.lastWindow = extra.window ?? { loss: null, losses: {} };
        resumedFrom = this.step;
        if (this.step > this.totalSteps) {
          throw new TrainError(`the checkpoint in ${this.checkpointDir} is at step ${this.step}, beyond this run's ${this.totalSteps} steps`);
        }
        this.log.truncateAfter(this.step);
      } else {
        // a fresh start: nothing of an earlier run in this folder may be resumed later
        for (const f of ['final.json', 'model.safetensors']) fs.rmSync(path.join(this.runDir, f), { force: true });
        if (fs.existsSync(ckParent)) {
          for (const f of fs.readdirSync(ckParent)) if (f === 'last' || f.startsWith('last.')) fs.rmSync(path.join(ckParent, f), { recursive: true, force: true });
        }
        this.log.reset();
        this.step = 0;
        this.epoch = 0;
        this.consumed = 0;
        this.timeBefore = 0;
        if (this.opts.seed !== undefined) torch.manualSeed(this.opts.seed);
      }
      this.sessionStart = Date.now();

      const finalFile = path.join(this.runDir, 'final.json');
      if (resumedFrom !== null && this.step === this.totalSteps && fs.existsSync(finalFile)) {
        return { ...this.result(resumedFrom), alreadyComplete: true };
      }
      if (resumedFrom === null) {
        await this.record({
          type: 'start', step: 0, time: 0, totalSteps: this.totalSteps, batchesPerEpoch: source.length,
          amp: this.loop.amp ? (this.ampDevice === 'cuda' ? 'float16' : 'bfloat16') : false, ema: this.loop.ema.enabled,
          pid: process.pid, ...(this.opts.info ?? {}),
        });
      } else {
        await this.record({ type: 'resume', step: this.step, time: this.time, epoch: this.epoch, pid: process.pid });
      }

      this.model.train();
      if (this.loop.progress && process.stderr.isTTY) {
        bar = new cliProgress.SingleBar({
          stream: process.stderr, hideCursor: true, etaBuffer: 50, fps: 5,
          format: 'train [{bar}] {value}/{total} | loss {loss} | {rate} it/s | ETA {eta_formatted}',
        }, cliProgress.Presets.shades_classic);
        bar.start(this.totalSteps, this.step, { loss: fmtLoss(this.lastWindow.loss), rate: '-' });
      }
      this.window = { n: 0, loss: 0, losses: {}, gradNorm: 0, gradN: 0, t0: Date.now() };
      let rate = 0;
      let last = Date.now();

      while (this.step < this.totalSteps) {
        let got = 0;
        for await (const batch of source.batches(this.epoch, this.consumed)) {
          got++;
          let info: StepInfo;
          try {
            info = this.trainStep(batch);
          } finally {
            source.dispose(batch);
          }
          this.step++;
          this.consumed++;
          this.accumulate(info);
          const now = Date.now();
          const dt = Math.max((now - last) / 1000, 1e-6); // the step and its data
          last = now;
          rate = rate === 0 ? 1 / dt : 0.9 * rate + 0.1 / dt;
          bar?.update(this.step, { loss: fmtLoss(info.loss), rate: rate.toFixed(2) });
          if (this.step % this.loop.logEvery === 0 || this.step === this.totalSteps) await this.flushWindow();
          if (this.step < this.totalSteps) {
            if (this.loop.evalEvery > 0 && this.step % this.loop.evalEvery === 0) await this.evalAndRecord('eval');
            if (this.loop.checkpointEvery > 0 && this.step % this.loop.checkpointEvery === 0) await this.checkpoint();
          }
          await this.opts.hooks?.onStep?.(info);
          // one turn of the event loop per step: with the data made on this thread every await
          // above may resolve at once, and signals, IPC (a job process whose parent died) and timers
          // would wait for the end of the run
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (this.step >= this.totalSteps) break;
        }
        if (this.step >= this.totalSteps) break;
        if (got === 0 && this.consumed === 0) throw new TrainError(`the data source gave no batch in epoch ${this.epoch}`);
        this.epoch++;
        this.consumed = 0;
      }
      bar?.stop();
      bar = null;

      // The end: final evaluation (unless a resumed finished run has it), checkpoint, weights, final.json.
      if (resumedFrom !== this.totalSteps) {
        await this.evalAndRecord('eval');
        await this.checkpoint();
      }
      const weights = this.finalWeights();
      this.saveWeights(weights);
      await this.record({ type: 'end', step: this.step, time: this.time, metrics: this.lastMetrics ?? {}, weights });
      const result = this.result(resumedFrom);
      writeFileAtomic(finalFile, `${JSON.stringify({
        step: result.step, totalSteps: result.totalSteps, epoch: result.epoch, loss: result.loss, losses: result.losses,
        metrics: result.metrics, time: result.time, weights: result.weights, model: path.basename(result.modelFile),
      }, null, 1)}\n`);
      return result;
    } finally {
      bar?.stop();
      try {
        await source?.close?.();
      } finally {
        this.unlock();
      }
    }
  }

  private finalWeights(): 'model' | 'ema' {
    return this.ema && this.loop.ema.evaluate !== 'model' ? 'ema' : 'model';
  }

  private result(resumedFrom: number | null): TrainResult {
    return {
      step: this.step, totalSteps: this.totalSteps, epoch: this.epoch, resumedFrom, alreadyComplete: false,
      loss: this.lastWindow.loss, losses: this.lastWindow.losses, metrics: this.lastMetrics ?? {}, time: this.time,
      runDir: this.runDir, modelFile: path.join(this.runDir, 'model.safetensors'), weights: this.finalWeights(),
      checkpointDir: this.checkpointDir,
    };
  }

  /** Writes model.safetensors (a plain state dict) with the model's or the EMA's weights. */
  private saveWeights(which: 'model' | 'ema'): void {
    torch.tidy(() => {
      const sd = which === 'ema' && this.ema ? new Map(Object.entries(this.ema.stateDict().weights)) : this.model.stateDict();
      torch.io.saveSafetensors(path.join(this.runDir, 'model.safetensors'), sd, { weights: which, step: String(this.step) });
    });
  }

  /** One optimization step on a batch (synchronous). */
  trainStep(batch: B): StepInfo {
    const ctx: StepContext = { step: this.step, epoch: this.epoch, totalSteps: this.totalSteps };
    const weights = this.opts.lossWeights ?? {};
    const opt = this.optimizer;
    const scaler = this.scaler!;
    const lr = opt.paramGroups[0].lr;
    return torch.tidy(() => {
      const named = this.loop.amp
        ? torch.autocast(this.ampDevice, this.ampDevice === 'cuda' ? 'float16' : 'bfloat16', () => this.opts.loss(this.model, batch, ctx))
        : this.opts.loss(this.model, batch, ctx);
      if (!named || typeof named !== 'object') throw new TypeError('Trainer: the loss function must return a record of named scalar tensors');
      const losses: Record<string, number> = {};
      let total: Tensor | null = null;
      for (const [name, l] of Object.entries(named)) {
        if (!(l instanceof torch.Tensor) || l.numel !== 1) throw new TypeError(`Trainer: loss '${name}' is not a scalar tensor`);
        const w = weights[name] ?? 1;
        const l32 = l.to('float32');
        losses[name] = Number(l32.item());
        if (w !== 0) total = total ? total.add(l32.mul(w)) : w === 1 ? l32 : l32.mul(w);
      }
      if (!total) throw new TypeError(`Trainer: the loss function returned no loss with a non-zero weight (got ${Object.keys(named).join(', ') || 'none'})`);
      const loss = Number(total.item());
      if (!Number.isFinite(loss) && !scaler.enabled) {
        throw new TrainError(`non-finite loss ${loss} at step ${this.step + 1} (${Object.entries(losses).map(([k, v]) => `${k} ${v}`).join(', ')})`);
      }
      opt.zeroGrad();
      scaler.scale(total).backward();
      let gradNorm: number | null = null;
      if (this.loop.clipGradNorm > 0) {
        scaler.unscale_(opt);
        gradNorm = torch.optim.clipGradNorm_(opt.params(), this.loop.clipGradNorm);
      }
      const updated = scaler.step(opt);
      scaler.update();
      opt.zeroGrad();
      this.scheduler!.step();
      this.ema?.update(this.model);
      return { step: this.step + 1, epoch: this.epoch, lr, loss, losses, gradNorm, updated };
    });
  }

  private accumulate(info: StepInfo): void {
    const w = this.window;
    w.n++;
    w.loss += info.loss;
    for (const [k, v] of Object.entries(info.losses)) w.losses[k] = (w.losses[k] ?? 0) + v;
    if (info.gradNorm !== null) {
      w.gradNorm += info.gradNorm;
      w.gradN++;
    }
  }

  private async flushWindow(): Promise<void> {
    const w = this.window;
    if (w.n === 0) return;
    const losses: Record<string, number> = {};
    for (const [k, v] of Object.entries(w.losses)) losses[k] = v / w.n;
    const now = Date.now();
    this.lastWindow = { loss: w.loss / w.n, losses };
    const rec: MetricsRecord = {
      type: 'train', step: this.step, epoch: this.epoch, lr: this.optimizerLr(), loss: w.loss / w.n, losses,
      time: this.time, stepsPerSec: w.n / Math.max((now - w.t0) / 1000, 1e-6),
    };
    if (w.gradN > 0) rec.gradNorm = w.gradNorm / w.gradN;
    if (this.scaler?.enabled) rec.lossScale = this.scaler.getScale();
    this.window = { n: 0, loss: 0, losses: {}, gradNorm: 0, gradN: 0, t0: now };
    await this.record(rec);
  }

  /** The lr of the last step (the scheduler has already moved on to the next one). */
  private optimizerLr(): number {
    return this.scheduler ? this.scheduler.lrAt(Math.max(0, this.step - 1))[0] : this.optimizer.paramGroups[0].lr;
  }

  private async record(rec: MetricsRecord): Promise<void> {
    this.log.append(rec);
    await this.opts.hooks?.onLog?.(rec);
  }

  /**
   * Runs the evaluate hook with the weights train.ema.evaluate selects ('both': the model's under
   * their names, the EMA's prefixed 'ema/'), in eval mode, with the RNG state put back afterwards.
   */
  async evaluate(): Promise<Record<string, number>> {
    const fn = this.opts.evaluate;
    if (!fn) return {};
    const states: [string, Tensor][] = [['cpu', torch.getRngState('cpu')]];
    if (torch.cuda.isAvailable()) for (let i = 0; i < torch.cuda.deviceCount(); i++) states.push([`cuda:${i}`, torch.getRngState(`cuda:${i}`)]);
    const base = { step: this.step, epoch: this.epoch };
    this.model.eval();
    try {
      const mode = this.ema ? this.loop.ema.evaluate : 'model';
      const onModel = async () => fn(this.model, { ...base, weights: 'model' });
      const onEma = async () => this.ema!.withEmaWeights(this.model, () => Promise.resolve(fn(this.model, { ...base, weights: 'ema' })));
      if (mode === 'model') return await onModel();
      if (mode === 'ema') return await onEma();
      const m = await onModel();
      const e = await onEma();
      const out: Record<string, number> = { ...m };
      for (const [k, v] of Object.entries(e)) out[`ema/${k}`] = v;
      return out;
    } finally {
      this.model.train();
      for (const [device, s] of states) {
        torch.setRngState(s, device);
        s.dispose();
      }
    }
  }

  private async evalAndRecord(type: 'eval'): Promise<void> {
    if (!this.opts.evaluate) return;
    const metrics = await this.evaluate();
    for (const [k, v] of Object.entries(metrics)) {
      if (typeof v !== 'number') throw new TypeError(`Trainer: evaluate returned a non-number for '${k}'`);
    }
    this.lastMetrics = metrics;
    await this.record({ type, step: this.step, time: this.time, epoch: this.epoch, eval: metrics });
    await this.opts.hooks?.onEval?.(this.step, metrics);
  }

  /** Saves checkpoints/last (atomically replacing the previous one). */
  async checkpoint(): Promise<void> {
    const extra: CheckpointExtra = {
      epoch: this.epoch, consumed: this.consumed, totalSteps: this.totalSteps, time: this.time,
      metrics: this.lastMetrics, window: this.lastWindow,
    };
    torch.saveCheckpoint(this.checkpointDir, this.components(), { step: this.step, extra: extra as unknown as torch.checkpoint.CheckpointMeta['extra'] });
    await this.record({ type: 'checkpoint', step: this.step, time: this.time });
    await this.opts.hooks?.onCheckpoint?.(this.step, this.checkpointDir);
  }

  /** Frees the EMA copy and the optimizer state. */
  dispose(): void {
    this.ema?.dispose();
    this.optimizer.dispose();
  }
}
