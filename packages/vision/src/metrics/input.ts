// Inputs of the evaluators: tensors (any device, any numeric dtype) or plain arrays, normalized to
// a flat array of numbers plus a shape. Every evaluator validates shapes through these helpers so
// errors name the argument.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';

/** A numeric array with an explicit shape (row-major). */
export interface ShapedArray {
  data: ArrayLike<number>;
  shape: number[];
}

/**
 * Anything an evaluator takes as numbers: a Tensor, a (nested) JavaScript array of numbers or
 * booleans, a typed array (1-D, or with `shape`), or `{ data, shape }`.
 */
export type ArrayInput =
  | Tensor
  | ArrayLike<number>
  | readonly boolean[]
  | readonly (readonly number[])[]
  | readonly (readonly (readonly number[])[])[]
  | readonly (readonly (readonly (readonly number[])[])[])[]
  | ShapedArray;

export function isTensor(x: unknown): x is Tensor {
  return x instanceof torch.Tensor;
}

function isShaped(x: unknown): x is ShapedArray {
  return !!x && typeof x === 'object' && !ArrayBuffer.isView(x) && !Array.isArray(x) && 'data' in x && 'shape' in x;
}

/** Normalizes an input to { data, shape }. */
export function toShaped(x: ArrayInput, name: string): ShapedArray {
  if (isTensor(x)) {
    const d = x.dataSync();
    let data: ArrayLike<number>;
    if (d instanceof BigInt64Array) {
      const out = new Float64Array(d.length);
      for (let i = 0; i < d.length; i++) out[i] = Number(d[i]);
      data = out;
    } else data = d;
    return { data, shape: x.shape };
  }
  if (isShaped(x)) {
    const n = x.shape.reduce((a, b) => a * b, 1);
    if (n !== x.data.length) throw new RangeError(`${name}: ${x.data.length} values do not fill shape [${x.shape}]`);
    return { data: x.data, shape: [...x.shape] };
  }
  if (ArrayBuffer.isView(x)) {
    const v = x as unknown as ArrayLike<number | bigint>;
    if (v instanceof BigInt64Array || v instanceof BigUint64Array) {
      return { data: Float64Array.from(v as BigInt64Array, Number), shape: [v.length] };
    }
    return { data: v as ArrayLike<number>, shape: [v.length] };
  }
  if (Array.isArray(x)) {
    const shape: number[] = [];
    let cur: unknown = x;
    while (Array.isArray(cur)) {
      shape.push(cur.length);
      if (cur.length === 0) break;
      cur = cur[0];
    }
    const n = shape.reduce((a, b) => a * b, 1);
    const out = new Float64Array(n);
    let k = 0;
    const walk = (v: unknown, dim: number): void => {
      if (dim === shape.length) {
        if (typeof v === 'number') out[k++] = v;
        else if (typeof v === 'boolean') out[k++] = v ? 1 : 0;
        else throw new TypeError(`${name}: expected numbers, got ${Array.isArray(v) ? 'a ragged array' : typeof v}`);
        return;
      }
      if (!Array.isArray(v) || v.length !== shape[dim]) throw new RangeError(`${name}: ragged nested array`);
      for (const e of v) walk(e, dim + 1);
    };
    walk(x, 0);
    return { data: out, shape };
  }
  throw new TypeError(`${name}: expected a Tensor, an array or {data, shape}`);
}

export function shapeStr(s: readonly number[]): string {
  return `[${s.join(', ')}]`;
}

/** Checks that every value is finite (NaN and infinities are errors). */
export function checkFinite(d: ArrayLike<number>, name: string): void {
  for (let i = 0; i < d.length; i++) {
    if (!Number.isFinite(d[i])) throw new RangeError(`${name}: value ${d[i]} at index ${i} is not finite`);
  }
}

/** Checks that every value is an integer in [0, n). */
export function checkIndices(d: ArrayLike<number>, n: number, name: string, allow?: number): void {
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (v === allow) continue;
    if (!Number.isInteger(v) || v < 0 || v >= n) {
      throw new RangeError(`${name}: value ${v} at index ${i} is not a class index in [0, ${n})`);
    }
  }
}

/** A growable typed array (doubling). */
export class Grow<T extends Float64Array | Float32Array | Int32Array | Uint8Array> {
  buf: T;
  length = 0;
  constructor(private readonly ctor: new (n: number) => T, capacity = 1024) {
    this.buf = new ctor(capacity);
  }
  reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < need) cap *= 2;
    const nb = new this.ctor(cap);
    nb.set(this.buf.subarray(0, this.length) as never);
    this.buf = nb;
  }
  push(v: number): void {
    if (this.length === this.buf.length) this.reserve(1);
    this.buf[this.length++] = v;
  }
  view(): T {
    return this.buf.subarray(0, this.length) as T;
  }
  clear(): void {
    this.length = 0;
  }
}
