// Containers: Sequential, ModuleList and ModuleDict. Their children are registered with
// registerModule under verbatim keys ('0', '1', ... or the given names), so `seq[0]` works and
// state-dict keys are PyTorch's ('0.weight', 'blocks.3.norm.bias').
import { tidy } from '../scope';
import { Module } from './module';

type NamedModules = Map<string, Module> | Record<string, Module>;

function entriesOf(named: NamedModules): [string, Module][] {
  return named instanceof Map ? [...named] : Object.entries(named);
}

/** Base of the containers: keys are used as given, not converted to snake_case. */
abstract class Container extends Module {
  protected override stateKeyOf(name: string): string {
    return name;
  }
}

/** An ordered list of children; Sequential and ModuleList. */
abstract class ListContainer extends Container {
  [index: number]: Module;
  #items: Module[] = [];

  get length(): number {
    return this.#items.length;
  }

  /** The module at index i (negative counts from the end). */
  at(i: number): Module {
    const j = i < 0 ? i + this.#items.length : i;
    if (!Number.isInteger(j) || j < 0 || j >= this.#items.length) {
      throw new RangeError(`index ${i} is out of range for a ${this.constructor.name} of length ${this.#items.length}`);
    }
    return this.#items[j];
  }

  protected add(name: string, module: Module): void {
    if (!(module instanceof Module)) throw new TypeError(`${this.constructor.name}: '${name}' is not a Module`);
    this.registerModule(name, module);
    this.#items.push(module);
  }

  append(module: Module): this {
    this.add(String(this.#items.length), module);
    return this;
  }

  extend(modules: Iterable<Module>): this {
    for (const m of modules) this.append(m);
    return this;
  }

  /** Inserts before index i; the modules are renumbered '0', '1', ... (keys shift, as in PyTorch). */
  insert(i: number, module: Module): this {
    const n = this.#items.length;
    const j = Math.min(Math.max(i < 0 ? i + n : i, 0), n);
    const items = [...this.#items.slice(0, j), module, ...this.#items.slice(j)];
    this.clearRegisteredModules();
    this.#items = [];
    for (const m of items) this.append(m);
    return this;
  }

  [Symbol.iterator](): Iterator<Module> {
    return this.#items[Symbol.iterator]();
  }
}

/**
 * Runs its modules in order: `new nn.Sequential(conv, bn, new nn.ReLU())` (keys '0', '1', ...) or
 * `new nn.Sequential({ conv, bn, act })` / a Map for named children. Intermediate outputs are
 * freed as soon as the call returns (autograd keeps what backward needs).
 */
export class Sequential extends ListContainer {
  constructor(...modules: Module[]);
  constructor(named: NamedModules);
  constructor(...args: (Module | NamedModules)[]) {
    super();
    if (args.length === 1 && !(args[0] instanceof Module)) {
      for (const [name, m] of entriesOf(args[0] as NamedModules)) this.add(name, m);
    } else {
      for (const m of args) this.append(m as Module);
    }
  }

  /** A new Sequential sharing modules start..end-1 (like seq[start:end]), keys kept. */
  slice(start = 0, end = this.length): Sequential {
    const s = new Sequential(new Map(this.namedChildren().slice(start, end)));
    s.training = this.training;
    return s;
  }

  override forward(input: any): any {
    return tidy(() => {
      let x = input;
      for (const m of this) x = m.forward(x);
      return x;
    });
  }
}

/** A list of registered modules (keys '0', '1', ...); iterate it in your forward. */
export class ModuleList extends ListContainer {
  constructor(modules: Iterable<Module> = []) {
    super();
    this.extend(modules);
  }
}

/** A dictionary of registered modules, in insertion order. */
export class ModuleDict extends Container {
  #items = new Map<string, Module>();

  constructor(modules: NamedModules = {}) {
    super();
    for (const [k, m] of entriesOf(modules)) this.set(k, m);
  }

  get size(): number {
    return this.#items.size;
  }
  get(key: string): Module | undefined {
    return this.#items.get(key);
  }
  has(key: string): boolean {
    return this.#items.has(key);
  }
  /** Adds or replaces a module (a replaced key keeps its position, as in PyTorch). */
  set(key: string, module: Module): this {
    if (!(module instanceof Module)) throw new TypeError(`ModuleDict: '${key}' is not a Module`);
    this.registerModule(key, module);
    this.#items.set(key, module);
    return this;
  }
  delete(key: string): boolean {
    if (!this.#items.has(key)) return false;
    const rest = [...this.#items].filter(([k]) => k !== key);
    this.clearRegisteredModules();
    this.#items.clear();
    for (const [k, m] of rest) this.set(k, m);
    return true;
  }
  keys(): IterableIterator<string> {
    return this.#items.keys();
  }
  values(): IterableIterator<Module> {
    return this.#items.values();
  }
  entries(): IterableIterator<[string, Module]> {
    return this.#items.entries();
  }
  [Symbol.iterator](): IterableIterator<[string, Module]> {
    return this.#items.entries();
  }
}
