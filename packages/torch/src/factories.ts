// Tensor factories with TypeScript-friendly defaults. From JavaScript numbers the default dtype is
// float32 (JavaScript cannot tell 1 from 1.0); arange and randint follow PyTorch (int64 for
// integral arguments).
import { native } from './native';
import { Tensor } from './tensor';
import { callOp1 } from './dispatch';
import { type DType, dtypeOfArray, isFloatingDType } from './dtype';
import * as ops from './ops.generated';

export interface FactoryOptions {
  dtype?: DType;
  device?: string;
  requiresGrad?: boolean;
}

export interface TensorOptions extends FactoryOptions {
  /** Shape for flat data (typed arrays or flat number arrays); inferred from nested arrays. */
  shape?: number[];
}

export type NestedArray<T> = T | NestedArray<T>[];
export type TensorData = NestedArray<number> | NestedArray<boolean> | NestedArray<bigint> | ArrayBufferView;

function finish(t: Tensor, o: FactoryOptions): Tensor {
  let out = t;
  if (o.device && o.device !== 'cpu') {
    out = t.to({ device: o.device });
    t.dispose();
  }
  if (o.requiresGrad) out.requiresGrad = true;
  return out;
}

function inferShape(data: unknown): number[] {
  const shape: number[] = [];
  let cur: unknown = data;
  while (Array.isArray(cur)) {
    shape.push(cur.length);
    if (cur.length === 0) break;
    cur = cur[0];
  }
  return shape;
}

function flatten(data: unknown, shape: number[], dim: number, out: unknown[]): void {
  if (dim === shape.length) {
    if (Array.isArray(data)) throw new TypeError('tensor(): ragged nested array (too deep)');
    out.push(data);
    return;
  }
  if (!Array.isArray(data) || data.length !== shape[dim]) {
    throw new TypeError(`tensor(): ragged nested array: expected ${shape[dim]} elements at depth ${dim}`);
  }
  for (const d of data) flatten(d, shape, dim + 1, out);
}

/**
 * A tensor from raw bytes. The addon's fromBytes hands back a Tensor object (it wraps the new
 * tensor itself), although its declared type is an id; accept both so a tensor is never wrapped
 * twice (a Tensor whose `_h` is another Tensor is rejected inside tensor lists, e.g. torch.cat).
 */
function fromBytes(data: ArrayBufferView, dtype: DType, shape: number[]): Tensor {
  const r = native.fromBytes(data, dtype, shape) as unknown;
  return r instanceof Tensor ? r : new Tensor(r as number);
}

function product(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Encodes JavaScript values as the raw bytes of a dtype (float16/bfloat16 go through float32). */
function fromValues(values: unknown[], dtype: DType, shape: number[]): Tensor {
  const n = values.length;
  if (n !== product(shape)) throw new TypeError(`tensor(): ${n} values do not fill shape [${shape}]`);
  const num = (v: unknown): number => {
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'bigint') return Number(v);
    throw new TypeError(`tensor(): expected numbers, booleans or bigints, got ${typeof v}`);
  };
  let arr: ArrayBufferView;
  switch (dtype) {
    case 'float64': arr = Float64Array.from(values, num); break;
    case 'int64': arr = BigInt64Array.from(values, (v) => typeof v === 'bigint' ? v : BigInt(Math.trunc(num(v)))); break;
    case 'int32': arr = Int32Array.from(values, num); break;
    case 'int16': arr = Int16Array.from(values, num); break;
    case 'int8': arr = Int8Array.from(values, num); break;
    case 'uint8': arr = Uint8Array.from(values, num); break;
    case 'bool': arr = Uint8Array.from(values, (v) => (num(v) ? 1 : 0)); break;
    case 'float16': case 'bfloat16': {
      const wide = fromBytes(Float32Array.from(values, num), 'float32', shape);
      try {
        return callOp1('to', wide, dtype);
      } finally {
        wide.dispose();
      }
    }
    default: arr = Float32Array.from(values, num);
  }
  return fromBytes(arr, dtype, shape);
}

/**
 * Makes a tensor from data: a nested array of numbers (float32 by default), booleans (bool) or
 * bigints (int64); a scalar; or a typed array (its own dtype, or `dtype` to convert; `shape`
 * reshapes flat data). Always copies.
 */
export function tensor(data: TensorData, opts: TensorOptions = {}): Tensor {
  let t: Tensor;
  if (ArrayBuffer.isView(data)) {
    const own = dtypeOfArray(data);
    const shape = opts.shape ?? [(data as unknown as { length: number }).length];
    const len = (data as unknown as { length: number }).length;
    if (product(shape) !== len) throw new TypeError(`tensor(): ${len} values do not fill shape [${shape}]`);
    const want = opts.dtype ?? own;
    // uint8 -> bool goes through a cast too: raw bytes other than 0/1 are not valid bools.
    if (want === own) {
      t = fromBytes(data, want, shape);
    } else {
      const raw = fromBytes(data, own, shape);
      try {
        t = callOp1('to', raw, want);
      } finally {
        raw.dispose();
      }
    }
  } else {
    const inferred = inferShape(data);
    const values: unknown[] = [];
    flatten(data, inferred, 0, values);
    const shape = opts.shape ?? inferred;
    const first = values[0];
    const dtype = opts.dtype ?? (typeof first === 'boolean' ? 'bool' : typeof first === 'bigint' ? 'int64' : 'float32');
    t = fromValues(values, dtype, shape);
  }
  return finish(t, opts);
}

function factoryArgs(o: FactoryOptions, fallback: DType = 'float32') {
  return { dtype: o.dtype ?? fallback, device: o.device };
}

function shapeOf(size: number | number[]): number[] {
  return typeof size === 'number' ? [size] : size;
}

export function zeros(shape: number | number[], opts: FactoryOptions = {}): Tensor {
  return finish(ops.zeros(shapeOf(shape), factoryArgs(opts)), { requiresGrad: opts.requiresGrad });
}
export function ones(shape: number | number[], opts: FactoryOptions = {}): Tensor {
  return finish(ops.ones(shapeOf(shape), factoryArgs(opts)), { requiresGrad: opts.requiresGrad });
}
export function empty(shape: number | number[], opts: FactoryOptions = {}): Tensor {
  return finish(ops.empty(shapeOf(shape), factoryArgs(opts)), { requiresGrad: opts.requiresGrad });
}
/** A tensor filled with `value`: float32 by default, bool for booleans, int64 for bigints. */
export function full(shape: number | number[], value: number | boolean | bigint, opts: FactoryOptions = {}): Tensor {
  const fallback: DType = typeof value === 'boolean' ? 'bool' : typeof value === 'bigint' ? 'int64' : 'float32';
  return finish(ops.full(shapeOf(shape), value, factoryArgs(opts, fallback)), { requiresGrad: opts.requiresGrad });
}
/** Uniform on [0, 1). */
export function rand(shape: number | number[], opts: FactoryOptions = {}): Tensor {
  return finish(ops.rand(shapeOf(shape), factoryArgs(opts)), { requiresGrad: opts.requiresGrad });
}
/** Standard normal. */
export function randn(shape: number | number[], opts: FactoryOptions = {}): Tensor {
  return finish(ops.randn(shapeOf(shape), factoryArgs(opts)), { requiresGrad: opts.requiresGrad });
}
/** Integers uniform in [low, high) (int64 by default). */
export function randint(low: number, high: number, shape: number | number[], opts: FactoryOptions = {}): Tensor {
  if (!(high > low)) throw new RangeError(`randint: high (${high}) must be greater than low (${low})`);
  return finish(ops.randint(low, high, shapeOf(shape), factoryArgs(opts, 'int64')), { requiresGrad: opts.requiresGrad });
}
/**
 * [start, end) with a step: arange(end), arange(start, end), arange(start, end, step).
 * int64 when every argument is an integer and no dtype is given, float32 otherwise.
 */
export function arange(end: number, opts?: FactoryOptions): Tensor;
export function arange(start: number, end: number, opts?: FactoryOptions): Tensor;
export function arange(start: number, end: number, step: number, opts?: FactoryOptions): Tensor;
export function arange(...args: (number | FactoryOptions | undefined)[]): Tensor {
  const nums = args.filter((a): a is number => typeof a === 'number');
  const o = (args.find((a) => typeof a === 'object') ?? {}) as FactoryOptions;
  const [start, end, step] = nums.length === 1 ? [0, nums[0], 1] : [nums[0], nums[1], nums[2] ?? 1];
  if (step === 0) throw new RangeError('arange: step must be nonzero');
  const dtype = o.dtype ?? (nums.every(Number.isInteger) ? 'int64' : 'float32');
  return finish(ops.arange(start, end, { step, dtype, device: o.device }), { requiresGrad: o.requiresGrad });
}
/** `steps` evenly spaced values from start to end inclusive. */
export function linspace(start: number, end: number, steps: number, opts: FactoryOptions = {}): Tensor {
  return finish(ops.linspace(start, end, steps, factoryArgs(opts)), { requiresGrad: opts.requiresGrad });
}
/** Identity matrix n x m (m defaults to n). */
export function eye(n: number, m?: number | FactoryOptions, opts: FactoryOptions = {}): Tensor {
  const o = typeof m === 'object' ? m : opts;
  const cols = typeof m === 'number' ? m : n;
  return finish(ops.eye(n, cols, factoryArgs(o)), { requiresGrad: o.requiresGrad });
}

function likeArgs(t: Tensor, o: FactoryOptions) {
  return { dtype: o.dtype ?? t.dtype, device: o.device ?? t.device };
}
export function zerosLike(t: Tensor, opts: FactoryOptions = {}): Tensor {
  return finish(ops.zerosLike(t, likeArgs(t, opts)), { requiresGrad: opts.requiresGrad });
}
export function onesLike(t: Tensor, opts: FactoryOptions = {}): Tensor {
  return finish(ops.onesLike(t, likeArgs(t, opts)), { requiresGrad: opts.requiresGrad });
}
export function emptyLike(t: Tensor, opts: FactoryOptions = {}): Tensor {
  return finish(ops.emptyLike(t, likeArgs(t, opts)), { requiresGrad: opts.requiresGrad });
}
export function fullLike(t: Tensor, value: number | boolean, opts: FactoryOptions = {}): Tensor {
  return finish(ops.fullLike(t, value, likeArgs(t, opts)), { requiresGrad: opts.requiresGrad });
}
export function randLike(t: Tensor, opts: FactoryOptions = {}): Tensor {
  const o = likeArgs(t, opts);
  if (!isFloatingDType(o.dtype)) throw new TypeError(`randLike needs a floating dtype, got ${o.dtype}`);
  return finish(ops.randLike(t, o), { requiresGrad: opts.requiresGrad });
}
export function randnLike(t: Tensor, opts: FactoryOptions = {}): Tensor {
  const o = likeArgs(t, opts);
  if (!isFloatingDType(o.dtype)) throw new TypeError(`randnLike needs a floating dtype, got ${o.dtype}`);
  return finish(ops.randnLike(t, o), { requiresGrad: opts.requiresGrad });
}
export function randintLike(t: Tensor, low: number, high: number, opts: FactoryOptions = {}): Tensor {
  return finish(ops.randintLike(t, low, high, likeArgs(t, opts)), { requiresGrad: opts.requiresGrad });
}
