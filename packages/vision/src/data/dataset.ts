// The dataset interface. Every dataset builds samples as plain typed arrays (`getRaw`, see raw.ts)
// and as tensors (`get`); either may be synchronous (synthetic scenes, Fashion-MNIST) or return a
// Promise (file datasets decode with sharp, which is asynchronous). The loader handles both.
//
// To run in the loader's worker threads a dataset describes how to rebuild itself there: `spec()`
// returns a module path, an export name and structured-cloneable options; the worker does
// `new (require(module)[export])(options)` (or calls it, for a factory function).
import * as path from 'node:path';
import type { Sample } from './sample';
import { type RawSample, toSample } from './raw';

export interface DatasetSpec {
  /**
   * A CommonJS module: an absolute path (e.g. `__filename` of the dataset's own module) or a
   * package path ('@must/vision/dist/src/data/coco'); relative paths are refused.
   */
  module: string;
  /** Name of the exported class (called with `new`) or factory function. */
  export: string;
  /** Structured-cloneable options (plain objects, arrays, numbers, strings, typed arrays). */
  options?: unknown;
}

export interface Dataset {
  readonly length: number;
  /** The sample as typed arrays: what the loader builds, transfers and collates. */
  getRaw(index: number): RawSample | Promise<RawSample>;
  /** The sample as tensors (the caller owns them; see disposeSample). */
  get(index: number): Sample | Promise<Sample>;
  /** How to rebuild this dataset in a worker thread (needed for `numWorkers > 0`). */
  spec?(): DatasetSpec;
  /** Names of the class indices used by labels and instances, when the dataset knows them. */
  readonly classes?: readonly string[];
}

/** Resolves a raw sample (sync or async) to a Sample. */
export function getSample(ds: { getRaw(i: number): RawSample | Promise<RawSample> }, index: number): Sample | Promise<Sample> {
  const r = ds.getRaw(index);
  return r instanceof Promise ? r.then(toSample) : toSample(r);
}

function isClass(f: unknown): boolean {
  return typeof f === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(f));
}

/** Builds a dataset (or anything else) from a spec: `new Export(options)` or `Export(options)`. */
export function instantiate<T>(spec: DatasetSpec): T {
  if (!path.isAbsolute(spec.module) && spec.module.startsWith('.')) {
    throw new TypeError(`spec module must be an absolute path or a package path, got the relative '${spec.module}'`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(spec.module) as Record<string, unknown>;
  const ctor = mod[spec.export];
  if (typeof ctor !== 'function') {
    throw new TypeError(`${spec.module} has no exported class or function '${spec.export}'`);
  }
  return isClass(ctor)
    ? new (ctor as new (o: unknown) => T)(spec.options)
    : (ctor as (o: unknown) => T)(spec.options);
}

export function datasetFromSpec(spec: DatasetSpec): Dataset {
  return instantiate<Dataset>(spec);
}

export interface SubsetOptions {
  dataset: DatasetSpec | Dataset;
  indices: readonly number[] | Int32Array;
}

/** The samples of a dataset at some indices (e.g. a train/val split of a file dataset). */
export class Subset implements Dataset {
  readonly dataset: Dataset;
  readonly indices: Int32Array;
  constructor(opts: SubsetOptions) {
    const d = opts.dataset as Dataset | DatasetSpec;
    this.dataset = 'getRaw' in d ? d : datasetFromSpec(d);
    this.indices = Int32Array.from(opts.indices);
    for (const i of this.indices) {
      if (i < 0 || i >= this.dataset.length) throw new RangeError(`Subset: index ${i} out of range [0, ${this.dataset.length})`);
    }
  }
  get length(): number { return this.indices.length; }
  get classes(): readonly string[] | undefined { return this.dataset.classes; }
  getRaw(i: number): RawSample | Promise<RawSample> {
    if (!(i >= 0 && i < this.indices.length)) throw new RangeError(`Subset: index ${i} out of range [0, ${this.indices.length})`);
    return this.dataset.getRaw(this.indices[i]);
  }
  get(i: number): Sample | Promise<Sample> { return getSample(this, i); }
  spec(): DatasetSpec {
    if (!this.dataset.spec) throw new TypeError('Subset: the wrapped dataset has no spec() (it cannot run in workers)');
    return { module: __filename, export: 'Subset', options: { dataset: this.dataset.spec(), indices: Array.from(this.indices) } };
  }
}

/** Checks an index against a length (integer in [0, length)). */
export function checkIndex(i: number, length: number, what: string): void {
  if (!Number.isInteger(i) || i < 0 || i >= length) throw new RangeError(`${what}: index ${i} out of range [0, ${length})`);
}
