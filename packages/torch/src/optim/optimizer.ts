// The Optimizer base: parameter groups, per-parameter state, zeroGrad, step and the state dict,
// following torch.optim.Optimizer of PyTorch 1.13.
//
// Memory: step() runs under noGrad with one tidy scope per parameter, so every temporary an update
// makes is freed; state tensors are created with keep() and freed by loadStateDict (when replaced)
// or dispose().
import { Tensor } from '../tensor';
import { enableGrad, noGrad } from '../autograd';
import { tidy } from '../scope';
import * as ops from '../ops.generated';
import { isFloatingDType } from '../dtype';

/** A value in a parameter's optimizer state. */
export type StateValue = Tensor | number | boolean | null;
/** The state of one parameter; keys are PyTorch's ('momentum_buffer', 'exp_avg', 'step', ...). */
export type ParamState = Record<string, StateValue>;

/** The options every optimizer has. */
export interface BaseOptions {
  lr: number;
  weightDecay: number;
}

/** A parameter group: its tensors and its hyperparameters (camelCase), plus any extra keys. */
export type ParamGroup<O extends BaseOptions = BaseOptions> = O & {
  params: Tensor[];
  [extra: string]: unknown;
};

/** What constructors and addParamGroup take: the tensors and any hyperparameters to override. */
export type ParamGroupInput<O extends BaseOptions = BaseOptions> = Partial<O> & {
  params: Iterable<Tensor> | Tensor;
  [extra: string]: unknown;
};

/** The tensors to optimize, or groups of them with their own hyperparameters. */
export type ParamsInput<O extends BaseOptions = BaseOptions> = Iterable<Tensor> | Iterable<ParamGroupInput<O>>;

/**
 * The optimizer state in PyTorch's layout and key names: `state` maps the index of a parameter
 * (counting through the groups in order) to its state, `param_groups` lists each group's
 * hyperparameters in snake_case (weight_decay, ...) with `params` as those indices. Tensors are
 * new handles that share storage with the live state (as PyTorch returns references): write or
 * copy them before the next step, and dispose them (or call stateDict inside tidy).
 */
export interface OptimizerStateDict {
  state: Record<string, Record<string, StateValue>>;
  param_groups: Array<Record<string, unknown> & { params: number[] }>;
}

/** weightDecay -> weight_decay. */
export function camelToSnake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
/** weight_decay -> weightDecay. */
export function snakeToCamel(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function fmt(shape: number[]): string {
  return `[${shape.join(', ')}]`;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !(x instanceof Tensor) && !Array.isArray(x);
}

/** Copies JSON-like hyperparameter values (arrays such as betas are copied, not shared). */
function copyValue(v: unknown): unknown {
  return Array.isArray(v) ? v.map(copyValue) : v;
}

/** Checks a hyperparameter is a finite number >= min (and < max when given). */
export function checkNumber(owner: string, name: string, v: unknown, min: number, maxExclusive?: number): void {
  if (typeof v !== 'number' || Number.isNaN(v)) {
    throw new TypeError(`${owner}: ${name} must be a number, got ${typeof v === 'number' ? v : typeof v}`);
  }
  if (!(v >= min) || (maxExclusive !== undefined && !(v < maxExclusive))) {
    const range = maxExclusive === undefined ? `>= ${min}` : `in [${min}, ${maxExclusive})`;
    throw new RangeError(`${owner}: invalid ${name} ${v} (must be ${range})`);
  }
}

/** Group keys of PyTorch's optimizers that select implementations; dropped when loading. */
const PYTORCH_ONLY_GROUP_KEYS = new Set(['foreach', 'differentiable', 'capturable', 'fused']);

export abstract class Optimizer<O extends BaseOptions = BaseOptions> {
  /** Hyperparameters a group gets unless it sets its own. */
  readonly defaults: O;
  readonly paramGroups: ParamGroup<O>[] = [];
  /** Per-parameter state, keyed by the parameter tensors of the groups. */
  readonly state = new Map<Tensor, ParamState>();

  /** The optimizer's name in messages. */
  protected abstract get name(): string;
  /** Checks a group's hyperparameters (throws a RangeError/TypeError naming the problem). */
  protected abstract validateGroup(group: ParamGroup<O>): void;
  /**
   * Updates one parameter in place from its gradient. Runs under noGrad inside a tidy scope:
   * temporaries are freed, state tensors must be created with keep().
   */
  protected abstract updateParam(param: Tensor, grad: Tensor, group: ParamGroup<O>, state: ParamState): void;
  /** Keys PyTorch's state dict has in each group that do not apply here (foreach, ...), with their values. */
  protected pytorchGroupExtras(): Record<string, unknown> {
    return {};
  }

  protected constructor(params: ParamsInput<O>, defaults: O) {
    this.defaults = defaults;
    const owner = new.target.name;
    if (params instanceof Tensor || params === null || params === undefined ||
      typeof (params as Iterable<unknown>)[Symbol.iterator] !== 'function') {
      throw new TypeError(`${owner}: params must be an iterable of Tensors or of parameter groups ({params, ...}), ` +
        `got ${params instanceof Tensor ? 'a single Tensor (wrap it in an array)' : String(params)}`);
    }
    const list = Array.from(params as Iterable<unknown>);
    if (list.length === 0) throw new RangeError(`${owner}: optimizer got an empty parameter list`);
    // As PyTorch: a list whose first element is not a group is one group of tensors.
    const groups = isPlainObject(list[0]) ? list : [{ params: list as Tensor[] }];
    groups.forEach((g) => this.addParamGroup(g as ParamGroupInput<O>));
  }

  /**
   * Adds a group (e.g. layers unfrozen during fine-tuning). Checks: every param is a leaf Tensor,
   * no param is repeated in this or another group, hyperparameters are valid.
   */
  addParamGroup(input: ParamGroupInput<O>): void {
    const owner = this.name;
    const gi = this.paramGroups.length;
    if (!isPlainObject(input) || !('params' in input)) {
      throw new TypeError(`${owner}: parameter group ${gi} must be an object with a 'params' list` +
        ((input as unknown) instanceof Tensor ? ' (cannot mix Tensors and groups in one list)' : ''));
    }
    const raw = input.params;
    if (raw === null || raw === undefined || (!(raw instanceof Tensor) && typeof (raw as Iterable<Tensor>)[Symbol.iterator] !== 'function')) {
      throw new TypeError(`${owner}: 'params' of group ${gi} must be a Tensor or an iterable of Tensors`);
    }
    const params = raw instanceof Tensor ? [raw] : Array.from(raw as Iterable<unknown>);
    params.forEach((p, i) => {
      if (!(p instanceof Tensor)) {
        throw new TypeError(`${owner}: optimizer can only optimize Tensors, but param ${i} of group ${gi} is ` +
          `${p === null ? 'null' : typeof p}`);
      }
      if (p.isDisposed) throw new TypeError(`${owner}: param ${i} of group ${gi} is a disposed Tensor`);
      if (!p.isLeaf) {
        throw new RangeError(`${owner}: can't optimize a non-leaf Tensor (param ${i} of group ${gi}, shape ` +
          `${fmt(p.shape)}, computed by ${p.gradFn}); optimize the leaf tensors it was computed from`);
      }
    });
    const tensors = params as Tensor[];
    // Duplicates: the same handle, or two handles of one tensor (same storage and shape).
    const seen = new Map<string, { p: Tensor; group: number; index: number }[]>();
    const add = (p: Tensor, group: number, index: number) => {
      const key = `${p.shape.join('x')}:${p.dtype}:${p.device}`;
      const bucket = seen.get(key) ?? [];
      for (const other of bucket) {
        const same = other.p === p || other.p._h === p._h || (p.numel > 0 && other.p.sharesStorageWith(p));
        if (!same) continue;
        if (other.group !== group) {
          throw new RangeError(`${owner}: some parameters appear in more than one parameter group ` +
            `(param ${index} of group ${group} is param ${other.index} of group ${other.group})`);
        }
        throw new RangeError(`${owner}: parameter group ${group} contains a parameter twice ` +
          `(params ${other.index} and ${index}, shape ${fmt(p.shape)})`);
      }
      bucket.push({ p, group, index });
      seen.set(key, bucket);
    };
    this.paramGroups.forEach((g, k) => g.params.forEach((p, i) => add(p, k, i)));
    tensors.forEach((p, i) => add(p, gi, i));

    const group: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this.defaults)) group[k] = copyValue(v);
    for (const [k, v] of Object.entries(input)) {
      if (k === 'params') continue;
      if (v !== undefined) group[k] = copyValue(v);
    }
    group.params = tensors;
    this.validateGroup(group as ParamGroup<O>);
    this.paramGroups.push(group as ParamGroup<O>);
  }

  /** All parameters of all groups, in order. */
  params(): Tensor[] {
    return this.paramGroups.flatMap((g) => g.params);
  }

  /**
   * Clears the gradients: sets them to null (the default, which frees their memory and lets step
   * skip them), or with setToNone false zeroes them in place.
   */
  zeroGrad(opts: { setToNone?: boolean } = {}): void {
    const setToNone = opts.setToNone ?? true;
    for (const g of this.paramGroups) {
      for (const p of g.params) {
        if (setToNone) {
          p.grad = null;
          continue;
        }
        const grad = p.grad;
        if (!grad) continue;
        try {
          noGrad(() => grad.zero_());
        } finally {
          grad.dispose();
        }
      }
    }
  }

  /**
   * One optimization step over every parameter with a gradient (parameters whose grad is null are
   * skipped, as PyTorch). `closure`, if given, runs first with gradients enabled (it should zero
   * the grads, compute the loss and call backward) and its result is returned.
   */
  step<T = unknown>(closure?: () => T): T | undefined {
    let loss: T | undefined;
    if (closure) loss = enableGrad(closure);
    noGrad(() => {
      for (const group of this.paramGroups) {
        for (const p of group.params) {
          tidy(() => {
            const grad = p.grad;
            if (!grad) return;
            let state = this.state.get(p);
            if (!state) {
              state = {};
              this.state.set(p, state);
            }
            this.updateParam(p, grad, group, state);
          });
        }
      }
    });
    return loss;
  }

  /** State value as written to the state dict (AdamW turns its step count into a tensor, as PyTorch). */
  protected packState(key: string, value: StateValue): StateValue {
    void key;
    return value instanceof Tensor ? value.detach() : value;
  }

  /** State value as read from a state dict, already copied and cast when a Tensor. */
  protected unpackState(key: string, value: StateValue): StateValue {
    void key;
    return value;
  }

  /** The state in PyTorch's layout (see OptimizerStateDict). */
  stateDict(): OptimizerStateDict {
    const index = new Map<Tensor, number>();
    let next = 0;
    const extras = this.pytorchGroupExtras();
    const param_groups = this.paramGroups.map((g) => {
      const packed: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(g)) {
        if (k !== 'params') packed[camelToSnake(k)] = copyValue(v);
      }
      for (const [k, v] of Object.entries(extras)) if (!(k in packed)) packed[k] = v;
      packed.params = g.params.map((p) => {
        index.set(p, next);
        return next++;
      });
      return packed as Record<string, unknown> & { params: number[] };
    });
    const state: Record<string, Record<string, StateValue>> = {};
    for (const [p, s] of this.state) {
      const i = index.get(p);
      if (i === undefined) continue;
      const out: Record<string, StateValue> = {};
      for (const [k, v] of Object.entries(s)) out[k] = this.packState(k, v);
      state[String(i)] = out;
    }
    return { state, param_groups };
  }

  /**
   * Restores a state dict made by stateDict() (or by PyTorch, same keys). Groups must match in
   * number and size. Hyperparameters come from the dict; tensors are copied (cast to the
   * parameter's dtype when floating, except 'step', and moved to its device), so the dict stays
   * the caller's. Nothing changes if the dict is rejected.
   */
  loadStateDict(sd: OptimizerStateDict): void {
    const owner = this.name;
    if (!isPlainObject(sd) || !isPlainObject(sd.state) || !Array.isArray(sd.param_groups)) {
      throw new TypeError(`${owner}: loadStateDict expects {state: {...}, param_groups: [...]}`);
    }
    const saved = sd.param_groups;
    if (saved.length !== this.paramGroups.length) {
      throw new RangeError(`${owner}: loaded state dict has a different number of parameter groups ` +
        `(${saved.length}, the optimizer has ${this.paramGroups.length})`);
    }
    saved.forEach((g, i) => {
      if (!isPlainObject(g) || !Array.isArray(g.params)) {
        throw new TypeError(`${owner}: param_groups[${i}] of the loaded state dict has no 'params' list`);
      }
      if (g.params.length !== this.paramGroups[i].params.length) {
        throw new RangeError(`${owner}: loaded state dict contains a parameter group that doesn't match the size of ` +
          `optimizer's group (group ${i}: ${g.params.length} params saved, ${this.paramGroups[i].params.length} here)`);
      }
    });
    const idMap = new Map<string, Tensor>();
    saved.forEach((g, i) => g.params.forEach((id, j) => idMap.set(String(id), this.paramGroups[i].params[j])));

    // New groups first (validated), then new state; swap in only when everything succeeded.
    const newGroups = saved.map((g, i) => {
      const cur = this.paramGroups[i];
      const group: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(cur)) if (k !== 'params') group[k] = v;
      for (const [k, v] of Object.entries(g)) {
        if (k === 'params' || PYTORCH_ONLY_GROUP_KEYS.has(k)) continue;
        group[snakeToCamel(k)] = copyValue(v);
      }
      group.params = cur.params;
      this.validateGroup(group as ParamGroup<O>);
      return group as ParamGroup<O>;
    });

    const made: Tensor[] = [];
    const newState = new Map<Tensor, ParamState>();
    try {
      for (const [k, entry] of Object.entries(sd.state)) {
        const p = idMap.get(k);
        if (!p) throw new RangeError(`${owner}: the loaded state dict has state for parameter ${k}, which no group lists`);
        if (!isPlainObject(entry)) throw new TypeError(`${owner}: state of parameter ${k} must be an object`);
        const s: ParamState = {};
        for (const [key, v] of Object.entries(entry)) {
          if (v instanceof Tensor) {
            if (v.isDisposed) throw new TypeError(`${owner}: state '${key}' of parameter ${k} is a disposed Tensor`);
            if (key !== 'step' && !(v.shape.length === p.shape.length && v.shape.every((d, i) => d === p.shape[i]))) {
              throw new RangeError(`${owner}: state '${key}' of parameter ${k} has shape ${fmt(v.shape)} but the parameter ` +
                `has shape ${fmt(p.shape)}`);
            }
            const dtype = key !== 'step' && isFloatingDType(p.dtype) ? p.dtype : v.dtype;
            const t = noGrad(() => v.to({ dtype, device: p.device, copy: true })).keep();
            made.push(t);
            s[key] = this.unpackState(key, t);
          } else {
            if (v !== null && typeof v !== 'number' && typeof v !== 'boolean') {
              throw new TypeError(`${owner}: state '${key}' of parameter ${k} must be a Tensor, number, boolean or null`);
            }
            s[key] = this.unpackState(key, v as StateValue);
          }
        }
        newState.set(p, s);
      }
    } catch (e) {
      for (const t of made) t.dispose();
      throw e;
    }
    // Dispose tensors unpackState consumed (e.g. step tensors turned into numbers).
    const kept = new Set<Tensor>();
    for (const s of newState.values()) for (const v of Object.values(s)) if (v instanceof Tensor) kept.add(v);
    for (const t of made) if (!kept.has(t)) t.dispose();

    this.disposeState();
    for (const [p, s] of newState) this.state.set(p, s);
    this.paramGroups.splice(0, this.paramGroups.length, ...newGroups);
  }

  private disposeState(): void {
    for (const s of this.state.values()) for (const v of Object.values(s)) if (v instanceof Tensor) v.dispose();
    this.state.clear();
  }

  /** Frees the state tensors (momentum buffers, moments); the optimizer starts afresh. */
  dispose(): void {
    this.disposeState();
  }
}

/** Internal: a float32 0-d tensor, as PyTorch 1.13 stores AdamW's step. */
export function scalarFloat(v: number): Tensor {
  return ops.scalarTensor(v, { dtype: 'float32' });
}
