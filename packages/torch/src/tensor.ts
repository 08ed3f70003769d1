// The Tensor class: a handle to an at::Tensor held by the addon. Operator methods (x.add(y), ...)
// are installed on its prototype by ops.generated.ts; this file holds the hand-written members.
import { native, type TensorId } from './native';
import { scopeDepth, setScopeTensorClass, trackTopLevel } from './scope';
import { type DType, type TypedArray, isDType, viewBytes } from './dtype';
import { callOp1, setDispatchTensorClass } from './dispatch';
import { formatTensor } from './format';

export interface ToOptions {
  device?: string;
  dtype?: DType;
  /** Always copy, even when nothing changes. */
  copy?: boolean;
  nonBlocking?: boolean;
}

export interface BackwardOptions {
  retainGraph?: boolean;
  createGraph?: boolean;
}

export class Tensor {
  /** Internal: the addon's id of this tensor. */
  readonly _h: TensorId;
  /** Internal: registered with the garbage-collection backstop. */
  _tracked = false;

  /** Internal: tensors are made by factories and operators, never with `new`. */
  constructor(id: TensorId) {
    this._h = id;
    if (scopeDepth() === 0) trackTopLevel(this);
  }

  get shape(): number[] {
    return native.shape(this._h);
  }
  get dtype(): DType {
    return native.dtype(this._h) as DType;
  }
  /** 'cpu' or 'cuda:N'. */
  get device(): string {
    return native.device(this._h);
  }
  get numel(): number {
    return native.numel(this._h);
  }
  get ndim(): number {
    return native.ndim(this._h);
  }
  /** Size of one dimension (negative counts from the end), or the whole shape. */
  size(): number[];
  size(dim: number): number;
  size(dim?: number): number | number[] {
    const shape = this.shape;
    if (dim === undefined) return shape;
    const d = dim < 0 ? dim + shape.length : dim;
    if (d < 0 || d >= shape.length) throw new RangeError(`dimension ${dim} out of range for a ${shape.length}-d tensor`);
    return shape[d];
  }

  get isDisposed(): boolean {
    return native.isDisposed(this._h);
  }
  /** Frees the tensor now. Using it afterwards is a TypeError; disposing twice is allowed. */
  dispose(): void {
    native.dispose(this._h);
  }
  [Symbol.dispose](): void {
    native.dispose(this._h);
  }
  /** Exempts this tensor from every enclosing and future tidy scope. */
  keep(): this {
    native.keep(this._h);
    trackTopLevel(this);
    return this;
  }

  // ---- autograd ----
  get requiresGrad(): boolean {
    return native.requiresGrad(this._h);
  }
  set requiresGrad(on: boolean) {
    native.setRequiresGrad(this._h, on);
  }
  /** Sets requiresGrad and returns this tensor (like PyTorch's requires_grad_). */
  requiresGrad_(on = true): this {
    native.setRequiresGrad(this._h, on);
    return this;
  }
  /** The accumulated gradient (a new handle on each read; dispose it or read it in tidy). */
  get grad(): Tensor | null {
    return native.getGrad(this._h) as Tensor | null;
  }
  set grad(g: Tensor | null) {
    native.setGrad(this._h, g ? g._h : null);
  }
  get isLeaf(): boolean {
    return native.isLeaf(this._h);
  }
  /** Name of the autograd node that made this tensor, e.g. 'MulBackward0', or null. */
  get gradFn(): string | null {
    return native.gradFn(this._h);
  }
  get isInference(): boolean {
    return native.isInference(this._h);
  }
  backward(grad?: Tensor | null, opts: BackwardOptions = {}): void {
    native.backward(this._h, grad ? grad._h : null, opts.retainGraph, opts.createGraph);
  }

  // ---- data out ----
  /**
   * The elements in row-major order, copied to the CPU: Float32Array for float32 (and for
   * float16/bfloat16, widened), Float64Array, BigInt64Array for int64, Int32Array, Int16Array,
   * Int8Array, Uint8Array for uint8 and bool.
   */
  dataSync(): TypedArray {
    const d = this.dtype;
    if (d === 'float16' || d === 'bfloat16') {
      const wide = callOp1('to', this, 'float32');
      try {
        return wide.dataSync();
      } finally {
        wide.dispose();
      }
    }
    return viewBytes(native.toBytes(this._h), d) as TypedArray;
  }
  /** Same as dataSync(); asynchronous for API symmetry with device transfers. */
  async data(): Promise<TypedArray> {
    return this.dataSync();
  }
  /** The value of a one-element tensor. */
  item(): number | boolean {
    return native.item(this._h);
  }
  /** Nested JavaScript arrays (int64 as numbers, bool as booleans). */
  toArray(): unknown {
    const shape = this.shape;
    const d = this.dtype;
    const flat = this.dataSync();
    const get = d === 'bool' ? (i: number) => flat[i] !== 0
      : d === 'int64' ? (i: number) => Number(flat[i])
        : (i: number) => flat[i] as number;
    if (shape.length === 0) return get(0);
    let offset = 0;
    const build = (dim: number): unknown[] => {
      const out: unknown[] = new Array(shape[dim]);
      for (let i = 0; i < shape[dim]; i++) out[i] = dim === shape.length - 1 ? get(offset++) : build(dim + 1);
      return out;
    };
    return build(0);
  }
  toString(): string {
    if (this.isDisposed) return 'Tensor(disposed)';
    return formatTensor(this);
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }

  // ---- conversion ----
  /** Moves or casts: `to('cuda')`, `to('float16')`, `to({ device, dtype, copy })`. */
  to(target: string | ToOptions): Tensor {
    const o: ToOptions = typeof target === 'string' ? (isDType(target) ? { dtype: target } : { device: target }) : target;
    return callOp1('to', this, {
      dtype: o.dtype, device: o.device, copy: o.copy ?? false, nonBlocking: o.nonBlocking ?? false,
    });
  }
  cpu(): Tensor {
    return this.to({ device: 'cpu' });
  }
  cuda(index = 0): Tensor {
    return this.to({ device: `cuda:${index}` });
  }
  /** Whether two tensors share storage (views of one another). */
  sharesStorageWith(other: Tensor): boolean {
    return native.sameStorage(this._h, other._h);
  }
}

native.setTensorClass(Tensor);
setScopeTensorClass(Tensor);
setDispatchTensorClass(Tensor);

