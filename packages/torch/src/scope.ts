// Deterministic memory management: tidy scopes, keep, and a garbage-collection backstop.
import { native } from './native';
import type { Tensor } from './tensor';

let depth = 0;

/** Number of tidy scopes open on this thread. */
export function scopeDepth(): number {
  return depth;
}

// Backstop only: a tensor created outside any tidy scope and never disposed is freed when its
// JavaScript object is collected. Tensors inside scopes skip it (the scope frees them) and are
// registered when they escape to the top level.
const finalizers = new FinalizationRegistry<number>((id) => {
  try {
    native.dispose(id);
  } catch {
    // the environment is shutting down
  }
});

export function trackTopLevel(t: Tensor): void {
  if (t._tracked) return;
  t._tracked = true;
  finalizers.register(t, t._h);
}

/** Collects every Tensor inside a value returned from tidy (arrays, plain objects, Maps). */
function collect(value: unknown, out: Tensor[], seen: Set<unknown>, TensorClass: Function): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (value instanceof TensorClass) {
    out.push(value as Tensor);
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, out, seen, TensorClass);
  } else if (value instanceof Map) {
    for (const v of value.values()) collect(v, out, seen, TensorClass);
  } else if (Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) collect(v, out, seen, TensorClass);
  }
}

let tensorClass: Function | null = null;
export function setScopeTensorClass(c: Function): void {
  tensorClass = c;
}

/**
 * Runs `fn` and frees every tensor created inside it, except the tensors it returns (found in
 * arrays, plain objects and Maps) and those marked with `keep()`. Scopes nest: returned tensors
 * belong to the enclosing scope. `fn` must be synchronous.
 */
export function tidy<T>(fn: () => T): T;
export function tidy<T>(name: string, fn: () => T): T;
export function tidy<T>(a: string | (() => T), b?: () => T): T {
  const fn = typeof a === 'function' ? a : b;
  if (typeof fn !== 'function') throw new TypeError('tidy expects a function');
  if (fn.constructor.name === 'AsyncFunction') {
    throw new TypeError('tidy cannot take an async function: tensors would be freed while it still runs');
  }
  native.scopeBegin();
  depth++;
  let result: T;
  try {
    result = fn();
  } catch (e) {
    depth--;
    native.scopeEnd([]);
    throw e;
  }
  if (result instanceof Promise) {
    depth--;
    native.scopeEnd([]);
    throw new TypeError('tidy cannot take a function that returns a Promise: tensors would be freed while it still runs');
  }
  const escaping: Tensor[] = [];
  collect(result, escaping, new Set(), tensorClass!);
  depth--;
  native.scopeEnd(escaping.map((t) => t._h));
  if (depth === 0) for (const t of escaping) trackTopLevel(t);
  return result;
}

/** Live tensors on this thread and the bytes of the distinct storages they hold. */
export function memory(): { tensors: number; bytes: number } {
  return native.memory();
}
