// Exponential moving average of a model's weights (timm's ModelEmaV2 style), for evaluating or
// exporting the averaged model.
//
// The EMA holds its own copy of every parameter and buffer. update(model), called after each
// optimizer step, does for each floating tensor: ema = d · ema + (1 - d) · model, where d is the
// decay; integer and bool buffers (BatchNorm's num_batches_tracked) are copied. With warmup, the
// decay of the (n+1)-th update is min(decay, (1 + n) / (10 + n)) where n is the number of updates
// done before it (0 for the first: d = 0.1), the num_updates rule of TensorFlow's
// ExponentialMovingAverage; it lets the early average follow the fast-moving weights.
import { Tensor } from '../tensor';
import { noGrad } from '../autograd';
import { tidy } from '../scope';
import { isFloatingDType } from '../dtype';

/** What an EMA needs of a model (nn.Module provides it). */
export interface EmaModule {
  namedParameters(): Iterable<[string, Tensor]>;
  namedBuffers(): Iterable<[string, Tensor]>;
}

export interface ModelEmaOptions {
  /** Decay per update, in [0, 1]. Default 0.9999. */
  decay?: number;
  /** Ramp the decay up as min(decay, (1 + n) / (10 + n)). Default false (timm's behaviour). */
  warmup?: boolean;
  /** Keep the EMA on another device (e.g. 'cpu' to save accelerator memory). Default: the model's. */
  device?: string;
}

/** The EMA state: the number of updates done and the averaged tensors by name. */
export interface ModelEmaStateDict {
  updates: number;
  weights: Record<string, Tensor>;
}

function fmt(shape: number[]): string {
  return `[${shape.join(', ')}]`;
}

/** Every named parameter and buffer of a model, checked (no duplicate names). */
function namedTensors(model: EmaModule, who: string): Map<string, Tensor> {
  if (!model || typeof model.namedParameters !== 'function' || typeof model.namedBuffers !== 'function') {
    throw new TypeError(`${who}: the model must have namedParameters() and namedBuffers()`);
  }
  const out = new Map<string, Tensor>();
  for (const source of [model.namedParameters(), model.namedBuffers()]) {
    for (const [name, t] of source) {
      if (!(t instanceof Tensor)) throw new TypeError(`${who}: '${name}' of the model is not a Tensor`);
      if (out.has(name)) throw new RangeError(`${who}: the model lists '${name}' twice`);
      out.set(name, t);
    }
  }
  return out;
}

export class ModelEma {
  /** The configured decay (the one used once warmup is over). */
  decay: number;
  readonly warmup: boolean;
  readonly device: string | undefined;
  /** Averaged tensors by parameter/buffer name (the model's state dict names). */
  readonly tensors = new Map<string, Tensor>();
  private count = 0;

  constructor(model: EmaModule, opts: ModelEmaOptions = {}) {
    const decay = opts.decay ?? 0.9999;
    if (typeof decay !== 'number' || !(decay >= 0 && decay <= 1)) {
      throw new RangeError(`ModelEma: decay must be in [0, 1], got ${decay}`);
    }
    this.decay = decay;
    this.warmup = opts.warmup ?? false;
    this.device = opts.device;
    const named = namedTensors(model, 'ModelEma');
    noGrad(() => {
      for (const [name, t] of named) {
        const copy = t.to({ device: this.device ?? t.device, copy: true }).keep();
        this.tensors.set(name, copy);
      }
    });
  }

  /** Number of updates done. */
  get updates(): number {
    return this.count;
  }

  /** The decay the next update will use. */
  currentDecay(): number {
    if (!this.warmup) return this.decay;
    const n = this.count;
    return Math.min(this.decay, (1 + n) / (10 + n));
  }

  private matched(model: EmaModule, who: string): [string, Tensor, Tensor][] {
    const named = namedTensors(model, who);
    const out: [string, Tensor, Tensor][] = [];
    for (const [name, e] of this.tensors) {
      const m = named.get(name);
      if (!m) throw new RangeError(`${who}: the model has no parameter or buffer '${name}' (the EMA was made from another model)`);
      const ms = m.shape;
      const es = e.shape;
      if (ms.length !== es.length || ms.some((d, i) => d !== es[i])) {
        throw new RangeError(`${who}: '${name}' has shape ${fmt(ms)} in the model but ${fmt(es)} in the EMA`);
      }
      out.push([name, e, m]);
    }
    for (const name of named.keys()) {
      if (!this.tensors.has(name)) throw new RangeError(`${who}: the model's '${name}' is not in the EMA (the EMA was made from another model)`);
    }
    return out;
  }

  /** Blends the model's current weights into the average (call after optimizer.step()). */
  update(model: EmaModule): void {
    const d = this.currentDecay();
    noGrad(() => tidy(() => {
      for (const [, e, m] of this.matched(model, 'ModelEma.update')) {
        const src = m.device === e.device ? m : m.to({ device: e.device });
        if (isFloatingDType(e.dtype)) {
          e.mul_(d).add_(src, { alpha: 1 - d });
        } else {
          e.copy_(src);
        }
      }
    }));
    this.count++;
  }

  /** Copies the averaged weights into the model's parameters and buffers (in place). */
  copyTo(model: EmaModule): void {
    noGrad(() => tidy(() => {
      for (const [, e, m] of this.matched(model, 'ModelEma.copyTo')) m.copy_(e);
    }));
  }

  /**
   * Runs fn with the EMA weights in the model, then puts the model's own weights back (also when
   * fn throws, or when the promise fn returns settles).
   */
  withEmaWeights<T>(model: EmaModule, fn: () => T): T {
    const pairs = this.matched(model, 'ModelEma.withEmaWeights');
    const backup = noGrad(() => pairs.map(([, , m]) => m.clone().keep()));
    const restore = () => {
      noGrad(() => tidy(() => {
        pairs.forEach(([, , m], i) => m.copy_(backup[i]));
      }));
      for (const b of backup) b.dispose();
    };
    let result: T;
    try {
      this.copyTo(model);
      result = fn();
    } catch (e) {
      restore();
      throw e;
    }
    if (result instanceof Promise) {
      return result.finally(restore) as T;
    }
    restore();
    return result;
  }

  /**
   * The state: update count and the averaged tensors by name (new handles sharing storage with
   * the EMA: dispose them, or call inside tidy). `weights` is a model state dict, loadable into
   * the model to export the EMA model.
   */
  stateDict(): ModelEmaStateDict {
    const weights: Record<string, Tensor> = {};
    for (const [name, t] of this.tensors) weights[name] = t.detach();
    return { updates: this.count, weights };
  }

  /**
   * Restores a state from stateDict(), or from a name -> Tensor map or Map (a model state dict such
   * as timm's 'state_dict_ema'; the update count is then 0). Tensors are copied, cast to the EMA's
   * dtype and device; every name must match. Nothing changes if the dict is rejected.
   */
  loadStateDict(sd: ModelEmaStateDict | Record<string, Tensor> | Map<string, Tensor>): void {
    const who = 'ModelEma.loadStateDict';
    if (sd instanceof Map) sd = Object.fromEntries(sd);
    if (!sd || typeof sd !== 'object') throw new TypeError(`${who}: expects {updates, weights} or a name -> Tensor map`);
    const structured = 'weights' in sd && !((sd as Record<string, unknown>).weights instanceof Tensor);
    const weights = (structured ? (sd as ModelEmaStateDict).weights : sd) as Record<string, unknown>;
    const updates = structured ? (sd as ModelEmaStateDict).updates ?? 0 : 0;
    if (typeof updates !== 'number' || !Number.isInteger(updates) || updates < 0) {
      throw new RangeError(`${who}: updates must be an integer >= 0, got ${String(updates)}`);
    }
    for (const [name, e] of this.tensors) {
      const v = weights[name];
      if (!(v instanceof Tensor)) throw new RangeError(`${who}: missing tensor '${name}'`);
      if (v.shape.length !== e.shape.length || v.shape.some((d, i) => d !== e.shape[i])) {
        throw new RangeError(`${who}: '${name}' has shape ${fmt(v.shape)} but the EMA has ${fmt(e.shape)}`);
      }
    }
    for (const name of Object.keys(weights)) {
      if (!this.tensors.has(name)) throw new RangeError(`${who}: unexpected tensor '${name}'`);
    }
    noGrad(() => tidy(() => {
      for (const [name, e] of this.tensors) e.copy_(weights[name] as Tensor);
    }));
    this.count = updates;
  }

  /** Frees the averaged tensors. */
  dispose(): void {
    for (const t of this.tensors.values()) t.dispose();
    this.tensors.clear();
  }
}

/** Runs fn with the EMA weights in the model and restores the model's weights after. */
export function withEmaWeights<T>(model: EmaModule, ema: ModelEma, fn: () => T): T {
  return ema.withEmaWeights(model, fn);
}
