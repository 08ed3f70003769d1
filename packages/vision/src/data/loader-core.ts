// What builds the samples of one batch: read them from the dataset, run the transforms given as
// TransformSpecs, hand back raw samples. The same code runs in the loader's worker threads and, for
// numWorkers = 0, on the main thread, so results never depend on the number of workers. See
// loader.ts for the interface.
import * as torch from '@must/torch';
import type { Sample } from './sample';
import { type RawSample, fromSample, toSample, sampleTensors, validateRaw } from './raw';
import { type Dataset, type DatasetSpec, datasetFromSpec, instantiate } from './dataset';
import { BadFileError, errorMessage } from './errors';
import { hashKeys } from './rng';

/** The random generator transforms receive: @must/vision's augment Rng (uniform, randint, bool, normal, ...). */
export type TransformRng = import('../augment/random').Rng;

/** What a transform gets besides the sample(s). */
export interface TransformContext {
  /**
   * A generator seeded from (loader seed, epoch, dataset index) for per-sample transforms, or
   * (loader seed, epoch, batch index) for batch transforms: use it for every random choice.
   * (torch's global generator is shared by all threads and must not be used for augmentation.)
   */
  rng: TransformRng;
  /** The 32-bit seed of `rng`. */
  seed: number;
  epoch: number;
  /** The dataset index of the sample (per-sample transforms) or the batch index (batch transforms). */
  index: number;
}

/** A per-sample transform on tensors (synchronous; it must not dispose or mutate its input). */
export type SampleTransformFn = (sample: Sample, ctx: TransformContext) => Sample;
/** A per-sample transform on typed arrays (may be asynchronous; may reuse its input's arrays). */
export type RawTransformFn = (sample: RawSample, ctx: TransformContext) => RawSample | Promise<RawSample>;
/** A transform of the list of samples of a batch (mixup, cutmix, copy-paste, mosaic). */
export type BatchSamplesTransformFn = (samples: Sample[], ctx: TransformContext) => Sample[];

/** The augment package's Transform protocol (an object with apply, optionally applyBatch). */
export interface TransformLike {
  readonly name?: string;
  apply(sample: Sample, rng: TransformRng): Sample;
  applyBatch?(samples: Sample[], rng: TransformRng): Sample[];
}

/**
 * A transform that can be built in a worker thread. The module is `require`d there (an absolute
 * path, or a package path such as '@must/vision/dist/src/augment/presets'); its export `export`
 * (default 'default') is a factory called with `options` (or a class, constructed with them) that
 * returns a TransformLike or a function of the matching kind:
 *  - kind 'sample' (default): SampleTransformFn or TransformLike (apply), per sample, tensors;
 *  - kind 'raw': RawTransformFn, per sample, typed arrays, may be async (no libtorch needed);
 *  - kind 'batch': BatchSamplesTransformFn or TransformLike (applyBatch), on the batch's samples.
 * Transforms run in the order given. Options must be structured-cloneable.
 */
export interface TransformSpec {
  module: string;
  export?: string;
  options?: unknown;
  kind?: 'sample' | 'raw' | 'batch';
}

export interface SkipRecord {
  epoch: number;
  /** Dataset index of the skipped sample. */
  index: number;
  file: string;
  message: string;
}

export interface BatchJob {
  epoch: number;
  /** Batch index within the epoch. */
  batch: number;
  /** Dataset indices of the batch's samples. */
  indices: number[];
}

export interface BatchResult {
  samples: RawSample[];
  skipped: SkipRecord[];
}

export interface BuilderConfig {
  transforms: TransformSpec[];
  seed: number;
  skipBad: boolean;
}

type Built =
  | { kind: 'sample'; fn: (s: Sample, ctx: TransformContext) => Sample }
  | { kind: 'raw'; fn: RawTransformFn }
  | { kind: 'batch'; fn: (s: Sample[], ctx: TransformContext) => Sample[] };

function buildTransform(spec: TransformSpec): Built {
  const kind = spec.kind ?? 'sample';
  if (kind !== 'sample' && kind !== 'raw' && kind !== 'batch') throw new TypeError(`transform kind must be 'sample', 'raw' or 'batch', got '${kind}'`);
  const made = instantiate<unknown>({ module: spec.module, export: spec.export ?? 'default', options: spec.options });
  const name = `${spec.module}#${spec.export ?? 'default'}`;
  if (kind === 'raw') {
    if (typeof made !== 'function') throw new TypeError(`${name}: a 'raw' transform factory must return a function`);
    return { kind, fn: made as RawTransformFn };
  }
  if (kind === 'sample') {
    if (typeof made === 'function') return { kind, fn: made as SampleTransformFn };
    const t = made as TransformLike;
    if (t && typeof t.apply === 'function') return { kind, fn: (s, ctx) => t.apply(s, ctx.rng) };
    throw new TypeError(`${name}: a 'sample' transform factory must return a function or an object with apply()`);
  }
  if (typeof made === 'function') return { kind, fn: made as BatchSamplesTransformFn };
  const t = made as TransformLike;
  if (t && typeof t.applyBatch === 'function') return { kind, fn: (s, ctx) => t.applyBatch!(s, ctx.rng) };
  if (t && typeof t.apply === 'function') return { kind, fn: (s, ctx) => s.map((x) => t.apply(x, ctx.rng)) };
  throw new TypeError(`${name}: a 'batch' transform factory must return a function or an object with applyBatch()`);
}

let RngClass: (new (seed: number) => TransformRng) | undefined;
/** An augment Rng for a seed (the augment module is loaded on first use). */
export function makeRng(seed: number): TransformRng {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  RngClass ??= (require('../augment/random') as { Rng: new (seed: number) => TransformRng }).Rng;
  return new RngClass(seed);
}

export function sampleSeed(seed: number, epoch: number, index: number): number {
  return hashKeys([seed, epoch, index, 0x73616d70]);
}
export function batchSeed(seed: number, epoch: number, batch: number): number {
  return hashKeys([seed, epoch, batch, 0x62617463]);
}

/** Frees the tensors of `old` that `next` does not hold (transforms may pass tensors through). */
export function disposeReplaced(old: Sample, next: Sample): void {
  if (old === next) return;
  const keep = new Set(sampleTensors(next));
  for (const t of sampleTensors(old)) if (!keep.has(t)) t.dispose();
}

function disposeAll(s: Sample): void {
  for (const t of sampleTensors(s)) t.dispose();
}

/** A sample being transformed: raw or tensors, converted on demand. */
type Item = { raw: RawSample; s?: undefined } | { raw?: undefined; s: Sample };

function asSample(it: Item): Sample {
  return it.s ?? toSample(it.raw!);
}

export class BatchBuilder {
  readonly dataset: Dataset;
  private readonly transforms: Built[];
  private readonly config: BuilderConfig;

  constructor(dataset: Dataset | DatasetSpec, config: BuilderConfig) {
    this.dataset = 'getRaw' in dataset ? dataset : datasetFromSpec(dataset);
    this.config = config;
    this.transforms = config.transforms.map(buildTransform);
  }

  async build(job: BatchJob): Promise<BatchResult> {
    const skipped: SkipRecord[] = [];
    let items: { index: number; item: Item; ctx?: TransformContext }[] = [];
    for (const index of job.indices) {
      try {
        const raw = await this.dataset.getRaw(index);
        validateRaw(raw);
        items.push({ index, item: { raw } });
      } catch (e) {
        if (this.config.skipBad && e instanceof BadFileError) {
          skipped.push({ epoch: job.epoch, index, file: e.file, message: e.message });
          continue;
        }
        throw e;
      }
    }
    const ctxOf = (index: number): TransformContext => {
      const seed = sampleSeed(this.config.seed, job.epoch, index);
      return { rng: makeRng(seed), seed, epoch: job.epoch, index };
    };
    try {
      for (const t of this.transforms) {
        if (t.kind === 'raw') {
          for (const x of items) {
            x.ctx ??= ctxOf(x.index);
            const raw = x.item.raw ?? fromSample(x.item.s!);
            if (x.item.s) disposeAll(x.item.s);
            x.item = { raw: await t.fn(raw, x.ctx) };
          }
        } else if (t.kind === 'sample') {
          for (const x of items) {
            x.ctx ??= ctxOf(x.index);
            const s = asSample(x.item);
            const ctx = x.ctx;
            const out = torch.tidy(() => t.fn(s, ctx));
            disposeReplaced(s, out);
            x.item = { s: out };
          }
        } else {
          const seed = batchSeed(this.config.seed, job.epoch, job.batch);
          const ctx: TransformContext = { rng: makeRng(seed), seed, epoch: job.epoch, index: job.batch };
          const ins = items.map((x) => asSample(x.item));
          const outs = torch.tidy(() => t.fn(ins, ctx));
          const keep = new Set(outs.flatMap(sampleTensors));
          for (const s of ins) for (const tt of sampleTensors(s)) if (!keep.has(tt)) tt.dispose();
          // a batch transform may change the number of samples; indices follow position when it does not
          items = outs.map((s, k) => ({ index: items[k]?.index ?? -1, item: { s }, ctx: items[k]?.ctx }));
        }
      }
      const samples = items.map((x) => {
        if (x.item.raw) return x.item.raw;
        const r = fromSample(x.item.s);
        disposeAll(x.item.s);
        return r;
      });
      return { samples, skipped };
    } catch (e) {
      for (const x of items) if (x.item.s) disposeAll(x.item.s);
      throw e;
    }
  }
}

/** An error as plain data (for postMessage), and back. */
export interface ErrorData { name: string; message: string; stack?: string; file?: string }

export function errorToData(e: unknown): ErrorData {
  if (e instanceof Error) return { name: e.name, message: e.message, stack: e.stack, file: (e as BadFileError).file };
  return { name: 'Error', message: errorMessage(e) };
}

export function errorFromData(d: ErrorData): Error {
  const e = d.name === 'BadFileError' && d.file !== undefined
    ? Object.assign(new BadFileError(d.file, ''), { message: d.message })
    : Object.assign(new Error(d.message), { name: d.name });
  if (d.stack) e.stack = d.stack;
  return e;
}
