// NumPy-style indexing on tensors: x.index(0, slice(1, null, 2), null, '...', mask) and indexPut_.
// Basic items (integers, slices, null = new axis, '...') become views through select, slice and
// unsqueeze; tensor items (int64 indices or bool masks) go to aten::index / index_put_ together,
// which applies PyTorch's rules for advanced indexing.
import { Tensor } from './tensor';
import { callOp1 } from './dispatch';

export interface Slice {
  readonly start: number | null;
  readonly stop: number | null;
  readonly step: number;
}

/** A slice like Python's start:stop:step; negative start/stop count from the end. */
export function slice(start: number | null = null, stop: number | null = null, step = 1): Slice {
  if (!Number.isInteger(step) || step <= 0) throw new RangeError(`slice step must be a positive integer, got ${step}`);
  return { start, stop, step };
}

export type IndexItem = number | Slice | null | '...' | Tensor;

function isSlice(x: unknown): x is Slice {
  return typeof x === 'object' && x !== null && !(x instanceof Tensor) && 'step' in x;
}

const BIG = Number.MAX_SAFE_INTEGER;

/** Applies the basic items; returns the view and the advanced-index list aligned to its dims. */
function basic(self: Tensor, items: IndexItem[]): { view: Tensor; adv: (Tensor | null)[]; owned: Tensor[] } {
  const consumed = items.reduce<number>((n, it) => n + (it === null || it === '...' ? 0
    : it instanceof Tensor ? (it.dtype === 'bool' || it.dtype === 'uint8' ? it.ndim : 1) : 1), 0);
  const ellipses = items.filter((it) => it === '...').length;
  if (ellipses > 1) throw new TypeError('index: at most one ellipsis');
  const ndim = self.ndim;
  if (consumed > ndim) throw new RangeError(`index: too many indices (${consumed}) for a ${ndim}-d tensor`);
  const expanded: IndexItem[] = [];
  for (const it of items) {
    if (it === '...') for (let i = 0; i < ndim - consumed; i++) expanded.push(slice());
    else expanded.push(it);
  }
  let view = self;
  const owned: Tensor[] = [];
  const adv: (Tensor | null)[] = [];
  let dim = 0;
  const replace = (t: Tensor) => {
    if (view !== self) owned.push(view);
    view = t;
  };
  for (const it of expanded) {
    if (it === null) {
      replace(callOp1('unsqueeze', view, dim));
      adv.push(null);
      dim++;
    } else if (typeof it === 'number') {
      if (!Number.isInteger(it)) throw new TypeError(`index: ${it} is not an integer`);
      const size = view.shape[dim];
      if (it >= size || it < -size) throw new RangeError(`index ${it} is out of bounds for dimension ${dim} with size ${size}`);
      replace(callOp1('select', view, dim, it));
    } else if (isSlice(it)) {
      replace(callOp1('slice', view, { dim, start: it.start ?? 0, end: it.stop ?? BIG, step: it.step }));
      adv.push(null);
      dim++;
    } else if (it instanceof Tensor) {
      adv.push(it);
      const span = it.dtype === 'bool' || it.dtype === 'uint8' ? it.ndim : 1;
      for (let k = 1; k < span; k++) adv.push(null);
      dim += span;
    } else {
      throw new TypeError(`index: unsupported item ${String(it)}`);
    }
  }
  // Bool masks span several dims but take one slot in aten::index's list.
  const list: (Tensor | null)[] = [];
  for (let i = 0; i < adv.length; i++) {
    const t = adv[i];
    list.push(t);
    if (t && (t.dtype === 'bool' || t.dtype === 'uint8')) i += t.ndim - 1;
  }
  while (list.length && list[list.length - 1] === null) list.pop();
  return { view, adv: list, owned };
}

function release(ts: Tensor[]): void {
  for (const t of ts) t.dispose();
}

declare module './tensor' {
  interface Tensor {
    /** x[items]: integers, slice(), null (new axis), '...', int64 index tensors and bool masks. */
    index(...items: IndexItem[]): Tensor;
    /** x[items] = value, in place. `accumulate` adds at repeated indices (tensor indices only). */
    indexPut_(items: IndexItem[], value: Tensor | number, opts?: { accumulate?: boolean }): this;
    /** Out-of-place indexPut_. */
    indexPut(items: IndexItem[], value: Tensor | number, opts?: { accumulate?: boolean }): Tensor;
  }
}

Tensor.prototype.index = function (this: Tensor, ...items: IndexItem[]): Tensor {
  const { view, adv, owned } = basic(this, items);
  try {
    if (adv.length === 0) return view === this ? callOp1('alias', this) : view;
    owned.push(view);
    return callOp1('index', view, adv);
  } finally {
    release(owned.filter((t) => t !== this));
  }
};

Tensor.prototype.indexPut_ = function (this: Tensor, items: IndexItem[], value: Tensor | number,
  opts: { accumulate?: boolean } = {}) {
  const { view, adv, owned } = basic(this, items);
  if (view !== this) owned.push(view);
  try {
    if (adv.length === 0) {
      if (typeof value === 'number') callOp1('fill_', view, value);
      else callOp1('copy_', view, value);
    } else {
      const v = typeof value === 'number' ? callOp1('scalar_tensor', value, { dtype: this.dtype, device: this.device }) : value;
      try {
        callOp1('index_put_', view, adv, v, { accumulate: opts.accumulate ?? false });
      } finally {
        if (v !== value) v.dispose();
      }
    }
  } finally {
    release(owned);
  }
  return this;
};

Tensor.prototype.indexPut = function (this: Tensor, items: IndexItem[], value: Tensor | number,
  opts: { accumulate?: boolean } = {}): Tensor {
  const out = callOp1('clone', this);
  return out.indexPut_(items, value, opts);
};
