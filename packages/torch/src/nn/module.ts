// nn.Module: the base class of layers and models.
//
// Registration (no Proxy): a module's state is discovered by scanning its own enumerable
// properties in insertion order, i.e. in the order fields are declared or assigned:
//   - a property holding a Module is a submodule,
//   - a property holding a tensor marked with `new Parameter(t)` / `parameter(t)` is a parameter,
//   - any other value (numbers, plain tensors, arrays, #private fields) is not state.
// Buffers are declared with `registerBuffer(name, t, persistent)`: they live in the module and
// `name` becomes a non-enumerable accessor, so `this.runningMean = t` keeps working (and keeps t).
// Type a buffer with `declare runningMean: Tensor | null;` (a plain field declaration would be
// redefined as undefined after a base-class constructor registered it).
// `registerParameter` / `registerModule` do the same for names chosen at run time (containers);
// their entries follow the scanned properties.
//
// State-dict keys are PyTorch's: property names are camelCase and become snake_case
// (runningMean -> running_mean, inProjWeight -> in_proj_weight, layer1 -> layer1); an odd name
// gets an explicit key with `setStateKey(property, key)`.
//
// Ownership: parameters and buffers are kept (exempt from tidy) and belong to the module. A
// replaced parameter or buffer is never disposed by the module, since an optimizer or the caller
// may still hold it; once unreachable the garbage-collection backstop frees it, or the caller
// disposes it. `dispose()` frees all of a module tree's parameters and buffers at once.
// stateDict() hands out new detached views the caller owns; loadStateDict() and to() change data
// in place, so parameter objects held elsewhere (optimizers) stay valid.
import { Tensor } from '../tensor';
import { noGrad } from '../autograd';
import { isDType, isFloatingDType, type DType } from '../dtype';
import { isParameter } from './parameter';

const snakeCache = new Map<string, string>();

/** The state-dict key of a camelCase property name: 'inProjWeight' -> 'in_proj_weight'. */
export function toStateKey(name: string): string {
  let key = snakeCache.get(name);
  if (key === undefined) {
    key = name
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
      .toLowerCase();
    snakeCache.set(name, key);
  }
  return key;
}

/** Ordered like PyTorch's OrderedDict: key -> tensor. */
export type StateDict = Map<string, Tensor>;

export interface LoadStateDictOptions {
  /** Fail on missing or unexpected keys (default true). Shape and dtype mismatches always fail. */
  strict?: boolean;
}

export interface LoadStateDictResult {
  missingKeys: string[];
  unexpectedKeys: string[];
}

export interface StateDictOptions {
  /** Key prefix (e.g. 'backbone.'). */
  prefix?: string;
  /**
   * Return the live parameter and buffer objects instead of detached views (PyTorch's keep_vars).
   * They belong to the module: do not dispose them.
   */
  keepVars?: boolean;
}

export interface ModuleToOptions {
  device?: string;
  dtype?: DType;
}

interface BufferSlot {
  tensor: Tensor | null;
  persistent: boolean;
}

function shapeString(s: number[]): string {
  return `[${s.join(', ')}]`;
}

function checkTensorOrNull(what: string, v: unknown): asserts v is Tensor | null {
  if (v !== null && !(v instanceof Tensor)) throw new TypeError(`${what} must be a Tensor or null`);
}

export class Module {
  /** Training mode (train()/eval()): changes Dropout, DropPath and BatchNorm. */
  training = true;

  #buffers = new Map<string, BufferSlot>(); // property name -> slot, in registration order
  #params = new Map<string, Tensor | null>(); // registerParameter: property name -> tensor
  #modules = new Map<string, Module | null>(); // registerModule: property name -> module
  #keys = new Map<string, string>(); // property name -> state-dict key override

  /** The computation; subclasses override it with their own signature. Called as `m.forward(x)`. */
  forward(..._args: any[]): any {
    throw new Error(`${this.constructor.name}: forward() is not implemented`);
  }

  // ---- registration ----

  /** The state-dict key of a property (snake_case unless overridden). */
  protected stateKeyOf(property: string): string {
    return this.#keys.get(property) ?? toStateKey(property);
  }

  /** Gives a property an explicit state-dict key, for names the camelCase rule gets wrong. */
  setStateKey(property: string, key: string): this {
    this.#keys.set(property, key);
    return this;
  }

  /** Defines `this[name]`; a name taken by a method is refused, or for modules left unaliased. */
  #defineAccessor(name: string, get: () => unknown, set: (v: unknown) => void, optional = false): void {
    const own = Object.getOwnPropertyDescriptor(this, name);
    if (!own && name in this) {
      // e.g. ModuleDict({ keys: m }): keep the method; the entry stays reachable with get()/getSubmodule.
      if (optional) return;
      throw new Error(`${this.constructor.name}: attribute '${name}' already exists`);
    }
    if (own && !own.configurable) throw new Error(`${this.constructor.name}: cannot register '${name}'`);
    if (own && 'value' in own && own.value !== undefined && own.value !== null) {
      throw new Error(`${this.constructor.name}: attribute '${name}' already exists`);
    }
    Object.defineProperty(this, name, { get, set, enumerable: false, configurable: true });
  }

  /**
   * Adds a buffer: state that is not trained (running statistics, ...). Persistent buffers are
   * part of the state dict. `this[name]` reads it; assigning `this[name] = t` replaces it (t is
   * kept; the old tensor is not disposed). Prefer in-place updates, which keep its identity.
   */
  registerBuffer(name: string, tensor: Tensor | null, persistent = true): void {
    checkTensorOrNull(`buffer '${name}'`, tensor);
    tensor?.keep();
    const existing = this.#buffers.get(name);
    if (existing) {
      existing.tensor = tensor;
      existing.persistent = persistent;
      return;
    }
    const slot: BufferSlot = { tensor, persistent };
    this.#defineAccessor(name, () => slot.tensor, (v) => {
      checkTensorOrNull(`buffer '${name}'`, v);
      v?.keep();
      slot.tensor = v;
    });
    this.#buffers.set(name, slot);
  }

  /** Adds a parameter under a name chosen at run time; `this[name]` reads and replaces it. */
  registerParameter(name: string, param: Tensor | null): void {
    if (param !== null && !isParameter(param)) {
      throw new TypeError(`cannot assign a plain Tensor as parameter '${name}' (nn.Parameter or null required)`);
    }
    if (!this.#params.has(name)) {
      this.#defineAccessor(name, () => this.#params.get(name) ?? null, (v) => {
        if (v !== null && !isParameter(v)) {
          throw new TypeError(`cannot assign a plain Tensor as parameter '${name}' (nn.Parameter or null required)`);
        }
        this.#params.set(name, v as Tensor | null);
      });
    }
    this.#params.set(name, param);
  }

  /** Adds a submodule under a name chosen at run time; `this[name]` reads and replaces it. */
  registerModule(name: string, module: Module | null): void {
    if (module !== null && !(module instanceof Module)) throw new TypeError(`'${name}' must be a Module or null`);
    if (!this.#modules.has(name)) {
      this.#defineAccessor(name, () => this.#modules.get(name) ?? null, (v) => {
        if (v !== null && !(v instanceof Module)) throw new TypeError(`'${name}' must be a Module or null`);
        this.#modules.set(name, v as Module | null);
      }, true);
    }
    this.#modules.set(name, module);
  }

  /** Internal (containers): drops every registerModule entry and its accessor. */
  protected clearRegisteredModules(): void {
    for (const name of this.#modules.keys()) delete (this as Record<string, unknown>)[name];
    this.#modules.clear();
  }

  // ---- this module's own entries, as [key, value] ----

  #ownParameters(): [string, Tensor][] {
    const out: [string, Tensor][] = [];
    for (const prop of Object.keys(this)) {
      const v = (this as Record<string, unknown>)[prop];
      if (isParameter(v)) out.push([this.stateKeyOf(prop), v]);
    }
    for (const [name, p] of this.#params) if (p) out.push([this.stateKeyOf(name), p]);
    return out;
  }

  #ownBuffers(persistentOnly: boolean): [string, Tensor][] {
    const out: [string, Tensor][] = [];
    for (const [name, slot] of this.#buffers) {
      if (slot.tensor && (slot.persistent || !persistentOnly)) out.push([this.stateKeyOf(name), slot.tensor]);
    }
    return out;
  }

  #ownChildren(): [string, Module][] {
    const out: [string, Module][] = [];
    for (const prop of Object.keys(this)) {
      const v = (this as Record<string, unknown>)[prop];
      if (v instanceof Module) {
        if (v !== this) out.push([this.stateKeyOf(prop), v]);
      } else if (Array.isArray(v) && v.length > 0 && v[0] instanceof Module) {
        // A plain array would silently leave its modules untrained and out of the state dict.
        throw new TypeError(`${this.constructor.name}.${prop} holds an array of Modules: use nn.ModuleList ` +
          '(or a #private field to hold modules that are not part of this one)');
      }
    }
    for (const [name, m] of this.#modules) if (m) out.push([this.stateKeyOf(name), m]);
    return out;
  }

  // ---- traversal (PyTorch's names and order; shared tensors and modules reported once) ----

  /** Direct submodules as [key, module]. */
  namedChildren(): [string, Module][] {
    const seen = new Set<Module>();
    return this.#ownChildren().filter(([, m]) => !seen.has(m) && (seen.add(m), true));
  }

  children(): Module[] {
    return this.namedChildren().map(([, m]) => m);
  }

  /** This module and every submodule, depth first, as [dotted key, module] ('' for this one). */
  namedModules(prefix = ''): [string, Module][] {
    const out: [string, Module][] = [];
    const seen = new Set<Module>();
    const visit = (m: Module, p: string): void => {
      if (seen.has(m)) return;
      seen.add(m);
      out.push([p, m]);
      for (const [k, c] of m.#ownChildren()) visit(c, p ? `${p}.${k}` : k);
    };
    visit(this, prefix);
    return out;
  }

  modules(): Module[] {
    return this.namedModules().map(([, m]) => m);
  }

  /** Parameters as [dotted key, tensor] (the live tensors: do not dispose them). */
  namedParameters(prefix = '', recurse = true): [string, Tensor][] {
    const out: [string, Tensor][] = [];
    const seen = new Set<Tensor>();
    const mods: [string, Module][] = recurse ? this.namedModules(prefix) : [[prefix, this]];
    for (const [p, m] of mods) {
      for (const [k, t] of m.#ownParameters()) {
        if (seen.has(t)) continue;
        seen.add(t);
        out.push([p ? `${p}.${k}` : k, t]);
      }
    }
    return out;
  }

  /** The live parameter tensors, e.g. for an optimizer. */
  parameters(recurse = true): Tensor[] {
    return this.namedParameters('', recurse).map(([, t]) => t);
  }

  /** Buffers (persistent or not) as [dotted key, tensor] (the live tensors). */
  namedBuffers(prefix = '', recurse = true): [string, Tensor][] {
    const out: [string, Tensor][] = [];
    const seen = new Set<Tensor>();
    const mods: [string, Module][] = recurse ? this.namedModules(prefix) : [[prefix, this]];
    for (const [p, m] of mods) {
      for (const [k, t] of m.#ownBuffers(false)) {
        if (seen.has(t)) continue;
        seen.add(t);
        out.push([p ? `${p}.${k}` : k, t]);
      }
    }
    return out;
  }

  buffers(recurse = true): Tensor[] {
    return this.namedBuffers('', recurse).map(([, t]) => t);
  }

  /** The submodule at a dotted key ('layer1.0.conv1'), like get_submodule. */
  getSubmodule(target: string): Module {
    if (target === '') return this;
    let m: Module = this;
    for (const part of target.split('.')) {
      const next = m.#ownChildren().find(([k]) => k === part);
      if (!next) throw new Error(`${m.constructor.name} has no submodule '${part}' (in '${target}')`);
      m = next[1];
    }
    return m;
  }

  // ---- state dict ----

  /** [key, live tensor, owner, owner's key] of every state-dict entry, in PyTorch's order. */
  #stateEntries(prefix: string, out: [string, Tensor, Module, string][], path: Set<Module>): void {
    if (path.has(this)) throw new Error(`${this.constructor.name}: module cycle at '${prefix}'`);
    path.add(this);
    for (const [k, t] of this.#ownParameters()) out.push([prefix + k, t, this, k]);
    for (const [k, t] of this.#ownBuffers(true)) out.push([prefix + k, t, this, k]);
    for (const [k, c] of this.#ownChildren()) c.#stateEntries(`${prefix}${k}.`, out, path);
    path.delete(this);
  }

  /**
   * Parameters then persistent buffers of each module, recursively in registration order, with
   * PyTorch's keys. Values are new detached views (sharing storage, requiresGrad false) that the
   * caller owns: dispose them or take the state dict inside tidy; the module is unaffected. Writing
   * into them in place writes into the module, as in PyTorch.
   */
  stateDict(opts: StateDictOptions = {}): StateDict {
    const entries: [string, Tensor, Module, string][] = [];
    this.#stateEntries(opts.prefix ?? '', entries, new Set());
    const out: StateDict = new Map();
    for (const [k, t] of entries) out.set(k, opts.keepVars ? t : t.detach());
    return out;
  }

  /**
   * Value to load when this module's own key is missing from a state dict, or null to report it
   * missing. The returned tensor is disposed after loading. (BatchNorm accepts old checkpoints
   * without num_batches_tracked, as PyTorch does.)
   */
  protected missingStateDefault(_key: string): Tensor | null {
    return null;
  }

  /**
   * Copies a state dict (Map or plain object of tensors) into the parameters and buffers, in
   * place under noGrad, so their identities (and optimizers' references) stay. Everything is
   * checked before anything is copied: a shape or dtype mismatch, or a missing or unexpected key
   * when strict, throws an Error naming the keys and leaves the module unchanged.
   */
  loadStateDict(stateDict: StateDict | Record<string, Tensor>, opts: LoadStateDictOptions = {}): LoadStateDictResult {
    const strict = opts.strict ?? true;
    const given = stateDict instanceof Map ? stateDict : new Map(Object.entries(stateDict));
    const entries: [string, Tensor, Module, string][] = [];
    this.#stateEntries('', entries, new Set());
    const missingKeys: string[] = [];
    const errors: string[] = [];
    const copies: [Tensor, Tensor][] = [];
    const defaults: Tensor[] = [];
    const expected = new Set<string>();
    for (const [key, dst, owner, local] of entries) {
      expected.add(key);
      let src = given.get(key);
      if (src === undefined) {
        const d = owner.missingStateDefault(local);
        if (!d) {
          missingKeys.push(key);
          continue;
        }
        defaults.push(d);
        src = d;
      }
      if (!(src instanceof Tensor)) {
        errors.push(`value for ${key} is not a Tensor`);
        continue;
      }
      const [ss, ds] = [src.shape, dst.shape];
      if (ss.length !== ds.length || ss.some((n, i) => n !== ds[i])) {
        errors.push(`size mismatch for ${key}: copying a param with shape ${shapeString(ss)} from checkpoint, ` +
          `the shape in current model is ${shapeString(ds)}.`);
        continue;
      }
      if (src.dtype !== dst.dtype) {
        errors.push(`dtype mismatch for ${key}: copying a param of dtype ${src.dtype} from checkpoint, ` +
          `the dtype in current model is ${dst.dtype}; convert one of them first (e.g. model.to('${src.dtype}')).`);
        continue;
      }
      copies.push([dst, src]);
    }
    const unexpectedKeys = [...given.keys()].filter((k) => !expected.has(k));
    const msgs: string[] = [];
    if (strict && missingKeys.length) msgs.push(`Missing key(s) in state_dict: ${missingKeys.map((k) => `"${k}"`).join(', ')}.`);
    if (strict && unexpectedKeys.length) msgs.push(`Unexpected key(s) in state_dict: ${unexpectedKeys.map((k) => `"${k}"`).join(', ')}.`);
    msgs.push(...errors);
    try {
      if (msgs.length) throw new Error(`Error(s) in loading state_dict for ${this.constructor.name}:\n\t${msgs.join('\n\t')}`);
      noGrad(() => {
        for (const [dst, src] of copies) dst.copy_(src);
      });
    } finally {
      for (const d of defaults) d.dispose();
    }
    return { missingKeys, unexpectedKeys };
  }

  // ---- modes and bulk changes ----

  /** Sets training mode on this module and every submodule. */
  train(mode = true): this {
    for (const m of this.modules()) m.training = mode;
    return this;
  }

  /** Evaluation mode: train(false). */
  eval(): this {
    return this.train(false);
  }

  /** Calls fn on every submodule (children first) and then on this module, like Module.apply. */
  apply(fn: (m: Module) => void): this {
    for (const c of this.children()) c.apply(fn);
    fn(this);
    return this;
  }

  /** Turns gradient recording of every parameter on or off (off freezes the subtree). */
  requiresGrad_(requiresGrad = true): this {
    for (const p of this.parameters()) p.requiresGrad = requiresGrad;
    return this;
  }

  /** Drops every parameter's gradient (sets .grad to null), or zeroes it in place. */
  zeroGrad(opts: { setToNone?: boolean } = {}): void {
    const setToNone = opts.setToNone ?? true;
    for (const p of this.parameters()) {
      if (setToNone) {
        p.grad = null;
        continue;
      }
      const g = p.grad;
      if (g) {
        noGrad(() => g.zero_());
        g.dispose();
      }
    }
  }

  /** Number of parameter elements (shared parameters counted once). */
  numParameters(opts: { trainableOnly?: boolean } = {}): number {
    let n = 0;
    for (const p of this.parameters()) if (!opts.trainableOnly || p.requiresGrad) n += p.numel;
    return n;
  }

  /**
   * Moves parameters and buffers to a device and/or casts the floating ones to a floating dtype:
   * `to('cuda')`, `to('float64')`, `to({ device, dtype })`. Done in place: each tensor's data is
   * replaced (aten::set_data, like `p.data = p.data.to(...)`), so the Parameter objects held by
   * optimizers stay the same and see the new data; gradients are moved along. Views taken before
   * (e.g. a stateDict()) still point to the old data.
   */
  to(target: string | ModuleToOptions): this {
    const o: ModuleToOptions = typeof target === 'string' ? (isDType(target) ? { dtype: target } : { device: target }) : target;
    if (o.dtype && !isFloatingDType(o.dtype)) {
      throw new TypeError(`nn.Module.to only accepts floating point dtypes, but got ${o.dtype}`);
    }
    const convert = (t: Tensor): void => {
      const dtype = o.dtype && isFloatingDType(t.dtype) ? o.dtype : undefined;
      if (!dtype && !o.device) return;
      const moved = t.to({ device: o.device, dtype });
      if (moved.dtype !== t.dtype || moved.device !== t.device) t.setData(moved);
      moved.dispose();
    };
    noGrad(() => {
      for (const p of this.parameters()) {
        convert(p);
        const g = p.grad;
        if (g) {
          convert(g);
          g.dispose();
        }
      }
      for (const b of this.buffers()) convert(b);
    });
    return this;
  }

  cpu(): this {
    return this.to({ device: 'cpu' });
  }
  cuda(index = 0): this {
    return this.to({ device: `cuda:${index}` });
  }
  float(): this {
    return this.to({ dtype: 'float32' });
  }
  double(): this {
    return this.to({ dtype: 'float64' });
  }
  half(): this {
    return this.to({ dtype: 'float16' });
  }

  /** Frees every parameter and buffer of this module tree now; the module is unusable after. */
  dispose(): void {
    for (const t of this.parameters()) t.dispose();
    for (const t of this.buffers()) t.dispose();
  }

  // ---- printing ----

  /** The part inside the parentheses of this module's repr, e.g. 'in_features=4, out_features=2'. */
  extraRepr(): string {
    return '';
  }

  toString(): string {
    // PyTorch's layout: extra lines, then one '(key): child' entry per submodule, indented.
    const extra = this.extraRepr();
    const extraLines = extra ? extra.split('\n') : [];
    const childLines = this.#ownChildren().map(([k, c]) => `(${k}): ${c.toString().split('\n').join('\n  ')}`);
    const name = this.constructor.name;
    if (extraLines.length === 1 && childLines.length === 0) return `${name}(${extraLines[0]})`;
    const lines = [...extraLines, ...childLines];
    return lines.length ? `${name}(\n  ${lines.join('\n  ')}\n)` : `${name}()`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}
