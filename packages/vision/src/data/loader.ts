// DataLoader: seeded shuffling, epochs, batching with collate, drop-last, prefetching with worker
// threads, per-sample and per-batch transforms, bad-file skipping.
//
//   const loader = new DataLoader(new SyntheticScenes({ length: 1000 }), {
//     batchSize: 32, shuffle: true, seed: 0, numWorkers: 2,
//     transforms: [{ module: require.resolve('./my-augs'), export: 'flipAndJitter', options: { p: 0.5 } }],
//     batchTransform: (batch, ctx) => batch,          // main thread, tensors
//   });
//   for (let epoch = 0; epoch < 10; epoch++) {
//     for await (const batch of loader.epoch(epoch)) { ...; disposeBatch(batch); }
//   }
//   await loader.close();
//
// Pipeline of one batch (the batch's dataset indices come from the epoch's order):
//  1. where samples are built — in a worker thread (numWorkers > 0) or on the main thread
//     (numWorkers = 0), the same code either way:
//       dataset.getRaw(i) (sync or async)  ->  `transforms` in order  ->  raw samples (typed arrays,
//       buffers transferred to the main thread);
//  2. on the main thread: `mainTransform` (if any) on the batch's Samples  ->  collate (padTo)  ->
//     `batchTransform` (if any)  ->  yielded Batch (the caller owns it: disposeBatch).
//
// Transforms that run where samples are built cannot be closures (functions do not cross threads):
// they are TransformSpecs (loader-core.ts): a module + export + options, built once per worker by
// calling the export (a factory) with the options. Three kinds: 'sample' (Sample -> Sample with
// tensors: the augment package's Transform objects, or functions (sample, ctx) => sample), 'raw'
// (RawSample -> RawSample with typed arrays, may be async) and 'batch' (the batch's Sample[] ->
// Sample[]: mixup, copy-paste; a Transform's applyBatch). Main-thread hooks take functions or
// Transform objects directly.
//
// Randomness. Every transform gets a TransformContext whose `rng` (the augment package's Rng) is
// seeded from (loader seed, epoch, dataset index) — or (seed, epoch, batch index) for batch-level
// transforms — so the batches of a seed are the same whatever numWorkers and prefetch are. One rng
// per sample is shared by its transforms in order. Do not use torch's global generator.
//
// Bad files. A dataset raises BadFileError (naming the file) for a file it cannot read or decode.
// Without `skipBad` the epoch's iteration throws that error. With `skipBad` the sample is left out
// of its batch (a batch whose samples all fail is not yielded), recorded in `loader.skipped`, and
// reported on stderr at the end of the epoch (or to `onSkip`). Other errors always throw.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as torch from '@must/torch';
import type { Sample } from './sample';
import { type RawSample, toSample, sampleTensors } from './raw';
import type { Dataset } from './dataset';
import { type Batch, collate, collateRaw, batchTensors } from './batch';
import { permutation, hashKeys } from './rng';
import {
  BatchBuilder, type BatchJob, type BatchResult, type SkipRecord, type TransformContext, type TransformLike,
  type TransformSpec, type ErrorData, errorFromData, makeRng, batchSeed,
} from './loader-core';
import type { WorkerInit } from './loader-worker';

export type {
  TransformSpec, TransformContext, TransformLike, SkipRecord, BatchJob, SampleTransformFn, RawTransformFn,
  BatchSamplesTransformFn, TransformRng,
} from './loader-core';

/** Main-thread hook on the batch's samples before collate: a Transform (applyBatch, else apply per sample) or a function. */
export type MainTransform = TransformLike | ((samples: Sample[], ctx: TransformContext) => Sample[]);
/** Main-thread hook on the collated batch. */
export type BatchTransform = (batch: Batch, ctx: TransformContext) => Batch;

export interface LoaderOptions {
  /** Samples per batch (default 32). */
  batchSize?: number;
  /** Shuffle each epoch with a permutation seeded by (seed, epoch) (default false). */
  shuffle?: boolean;
  /** Seed of shuffling and of every transform's rng (default 0). */
  seed?: number;
  /** Drop the last batch when it is smaller than batchSize (default false). */
  dropLast?: boolean;
  /** Worker threads building samples (default 0: on the main thread). Needs dataset.spec(). */
  numWorkers?: number;
  /** Batches being built ahead of the consumer (default max(2, 2 * numWorkers)). */
  prefetch?: number;
  /** Transforms run where samples are built (workers), in order. */
  transforms?: TransformSpec[];
  /** Main thread, the batch's Samples before collate. */
  mainTransform?: MainTransform;
  /** Main thread, after collate. */
  batchTransform?: BatchTransform;
  /** Pad batch canvases to a multiple of this (see collate). */
  padTo?: number;
  /** Skip samples whose file is bad (BadFileError), counting them (default false: throw). */
  skipBad?: boolean;
  /** Called for each skipped sample (default: a summary on stderr at the end of each epoch). */
  onSkip?: (rec: SkipRecord) => void;
  /** libtorch threads in each worker (default 1). */
  workerThreads?: number;
}

interface Pending {
  resolve(r: BatchResult): void;
  reject(e: Error): void;
  worker: WorkerHandle;
}

interface WorkerHandle {
  worker: Worker;
  busy: number;
  dead?: Error;
}

export class DataLoader implements AsyncIterable<Batch> {
  readonly dataset: Dataset;
  readonly batchSize: number;
  readonly shuffle: boolean;
  readonly seed: number;
  readonly dropLast: boolean;
  readonly numWorkers: number;
  readonly prefetch: number;
  /** Every sample skipped so far (skipBad), all epochs. */
  readonly skipped: SkipRecord[] = [];
  private readonly opts: LoaderOptions;
  private local?: BatchBuilder;
  private workers: WorkerHandle[] = [];
  private pending = new Map<number, Pending>();
  private nextJobId = 0;
  private nextEpoch = 0;
  private closed = false;

  constructor(dataset: Dataset, opts: LoaderOptions = {}) {
    this.dataset = dataset;
    this.opts = opts;
    this.batchSize = opts.batchSize ?? 32;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) throw new RangeError(`DataLoader: batchSize must be a positive integer, got ${opts.batchSize}`);
    this.shuffle = opts.shuffle ?? false;
    this.seed = opts.seed ?? 0;
    this.dropLast = opts.dropLast ?? false;
    this.numWorkers = opts.numWorkers ?? 0;
    if (!Number.isInteger(this.numWorkers) || this.numWorkers < 0) throw new RangeError(`DataLoader: numWorkers must be a non-negative integer, got ${opts.numWorkers}`);
    this.prefetch = Math.max(1, opts.prefetch ?? Math.max(2, 2 * this.numWorkers));
    if (this.numWorkers > 0 && typeof dataset.spec !== 'function') {
      throw new TypeError('DataLoader: numWorkers > 0 needs a dataset with spec() (how to rebuild it in a worker thread)');
    }
  }

  /** Batches per epoch. */
  get length(): number {
    const n = this.dataset.length;
    return this.dropLast ? Math.floor(n / this.batchSize) : Math.ceil(n / this.batchSize);
  }

  /** The dataset indices of an epoch, in order. */
  order(epoch: number): Int32Array {
    const n = this.dataset.length;
    if (this.shuffle) return permutation(n, this.seed, epoch, 0x73687566);
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++) p[i] = i;
    return p;
  }

  /** Iterates the next epoch (0, 1, 2, ... on successive iterations). */
  [Symbol.asyncIterator](): AsyncIterator<Batch> {
    return this.epoch(this.nextEpoch++);
  }

  /** The batches of one epoch. */
  async *epoch(epoch: number): AsyncGenerator<Batch> {
    if (this.closed) throw new Error('DataLoader: closed');
    const order = this.order(epoch);
    const nb = this.length;
    const queue: Promise<BatchResult>[] = [];
    let launched = 0;
    const skippedBefore = this.skipped.length;
    const launch = () => {
      while (launched < nb && queue.length < this.prefetch) {
        const b = launched++;
        const indices = Array.from(order.subarray(b * this.batchSize, Math.min(order.length, (b + 1) * this.batchSize)));
        const p = this.run({ epoch, batch: b, indices });
        p.catch(() => undefined); // handled when awaited; not an unhandled rejection if abandoned
        queue.push(p);
      }
    };
    try {
      for (let b = 0; b < nb; b++) {
        launch();
        const res = await queue.shift()!;
        for (const rec of res.skipped) {
          this.skipped.push(rec);
          this.opts.onSkip?.(rec);
        }
        launch();
        if (res.samples.length === 0) continue;
        yield this.finish(res.samples, epoch, b);
      }
    } finally {
      const n = this.skipped.length - skippedBefore;
      if (n > 0 && !this.opts.onSkip) {
        const first = this.skipped[skippedBefore];
        process.stderr.write(`DataLoader: skipped ${n} bad sample(s) in epoch ${epoch} (first: ${first.message}); see loader.skipped\n`);
      }
    }
  }

  private finish(raws: RawSample[], epoch: number, b: number): Batch {
    const seed = batchSeed(this.seed, epoch, b);
    // distinct streams for the two main-thread hooks (and from the workers' batch transforms)
    const ctx = (salt: number): TransformContext => {
      const s = hashKeys([seed, salt]);
      return { rng: makeRng(s), seed: s, epoch, index: b };
    };
    let batch: Batch;
    const mt = this.opts.mainTransform;
    if (mt) {
      const samples = raws.map(toSample);
      const c = ctx(1);
      let outs: Sample[];
      try {
        outs = torch.tidy(() => (typeof mt === 'function' ? mt(samples, c)
          : mt.applyBatch ? mt.applyBatch(samples, c.rng) : samples.map((s) => mt.apply(s, c.rng))));
      } catch (e) {
        for (const s of samples) for (const t of sampleTensors(s)) t.dispose();
        throw e;
      }
      const keep = new Set(outs.flatMap(sampleTensors));
      for (const s of samples) for (const t of sampleTensors(s)) if (!keep.has(t)) t.dispose();
      batch = collate(outs, { padTo: this.opts.padTo });
      for (const s of outs) for (const t of sampleTensors(s)) t.dispose();
    } else {
      batch = collateRaw(raws, { padTo: this.opts.padTo });
    }
    const bt = this.opts.batchTransform;
    if (bt) {
      const c = ctx(2);
      const before = batch;
      let out: Batch;
      try {
        out = torch.tidy(() => bt(before, c));
      } catch (e) {
        for (const t of batchTensors(before)) t.dispose();
        throw e;
      }
      if (out !== before) {
        const keep = new Set(batchTensors(out));
        for (const t of batchTensors(before)) if (!keep.has(t)) t.dispose();
      }
      batch = out;
    }
    return batch;
  }

  private run(job: BatchJob): Promise<BatchResult> {
    const config = { transforms: this.opts.transforms ?? [], seed: this.seed, skipBad: this.opts.skipBad ?? false };
    if (this.numWorkers === 0) {
      this.local ??= new BatchBuilder(this.dataset, config);
      return this.local.build(job);
    }
    if (this.workers.length === 0) {
      const init: WorkerInit = { dataset: this.dataset.spec!(), config, threads: this.opts.workerThreads ?? 1 };
      for (let i = 0; i < this.numWorkers; i++) this.workers.push(this.spawn(init));
    }
    // the least busy worker (ties: lowest index); which worker builds a batch never changes its content
    let w = this.workers[0];
    for (const x of this.workers) if (x.busy < w.busy) w = x;
    if (w.dead) return Promise.reject(w.dead);
    const id = this.nextJobId++;
    return new Promise<BatchResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker: w });
      if (w.busy++ === 0) w.worker.ref();
      w.worker.postMessage({ type: 'job', id, job });
    });
  }

  private spawn(init: WorkerInit): WorkerHandle {
    const worker = new Worker(path.join(__dirname, 'loader-worker.js'), { workerData: init });
    const h: WorkerHandle = { worker, busy: 0 };
    worker.unref();
    const settle = (id: number) => {
      const p = this.pending.get(id);
      if (!p) return undefined;
      this.pending.delete(id);
      if (--h.busy === 0) worker.unref();
      return p;
    };
    worker.on('message', (m: { type: 'done'; id: number; result: BatchResult } | { type: 'fail'; id: number; error: ErrorData }) => {
      const p = settle(m.id);
      if (!p) return;
      if (m.type === 'done') p.resolve(m.result);
      else p.reject(errorFromData(m.error));
    });
    const die = (e: Error) => {
      h.dead = e;
      for (const [id, p] of [...this.pending]) if (p.worker === h) { settle(id); p.reject(e); }
    };
    worker.on('error', (e) => die(e instanceof Error ? e : new Error(String(e))));
    worker.on('exit', (code) => { if (!this.closed) die(new Error(`DataLoader: worker exited with code ${code}`)); });
    return h;
  }

  /** Stops the worker threads (pending batches fail). The loader cannot be used afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    const ws = this.workers;
    this.workers = [];
    for (const [id, p] of [...this.pending]) { this.pending.delete(id); p.reject(new Error('DataLoader: closed')); }
    await Promise.all(ws.map((w) => w.worker.terminate()));
  }
}
